"""The site keeps answering when the cache is gone, and errors are shown in the visitor's language."""

import pytest
from django.test import RequestFactory, override_settings
from django.utils import translation

from efus_site.core.views import server_error

pytestmark = pytest.mark.django_db

# Nothing listens on port 1: every cache call fails at once, as when Redis is down.
DEAD_REDIS = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5, "IGNORE_EXCEPTIONS": True},
    }
}


def test_pages_answer_when_redis_is_down(client, about):
    with override_settings(CACHES=DEAD_REDIS):
        from django.core.cache import cache

        cache.set("probe", 1)
        assert cache.get("probe") is None  # the write was lost, yet nothing raised
        response = client.get("/fr/a-propos/")
    assert response.status_code == 200
    assert "À propos" in response.content.decode()


def test_server_error_page_is_translated():
    request = RequestFactory().get("/de/")
    with translation.override("de"):
        response = server_error(request)
    html = response.content.decode()
    assert response.status_code == 500
    assert '<html lang="de">' in html
    assert "Startseite" in html or "startseite" in html.lower()
