"""Anonymous visitors get cached pages; publishing empties the cache in every language."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


def get(client, url, **kwargs):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **kwargs)
    return response, len(queries)


def test_second_anonymous_visit_is_served_from_cache_without_queries(client, about):
    first, _count = get(client, "/fr/a-propos/")
    second, queries = get(client, "/fr/a-propos/")
    assert first["X-Cache"] == "MISS"
    assert second["X-Cache"] == "HIT"
    assert queries == 0
    assert second.content == first.content
    assert second["Content-Language"] == "fr"


def test_cached_copies_still_get_a_fresh_nonce(client, about):
    first = client.get("/en/about/")
    second = client.get("/en/about/")
    assert second["X-Cache"] == "HIT"
    assert first["Content-Security-Policy"] != second["Content-Security-Policy"]


def test_logged_in_users_always_get_a_fresh_page(client, about, admin_user):
    client.get("/en/about/")
    client.force_login(admin_user)
    response = client.get("/en/about/")
    assert "X-Cache" not in response


def test_publishing_empties_the_cache_in_all_languages(client, about):
    for url in ("/en/about/", "/fr/a-propos/", "/de/about/"):
        client.get(url)
        assert client.get(url)["X-Cache"] == "HIT"
    about.title_en, about.title_fr = "Who we are", "Qui sommes-nous"
    about.save_revision().publish()
    english, french, german = (client.get(url) for url in ("/en/about/", "/fr/a-propos/", "/de/about/"))
    assert english["X-Cache"] == french["X-Cache"] == german["X-Cache"] == "MISS"
    assert "Who we are" in english.content.decode()
    assert "Qui sommes-nous" in french.content.decode()


def test_unknown_query_parameters_bypass_the_cache(client, about):
    client.get("/en/about/?utm_source=x")
    response = client.get("/en/about/?utm_source=x")
    assert "X-Cache" not in response
    assert response.status_code == 200


def test_errors_and_redirects_are_not_cached(client, about):
    client.get("/en/missing/")
    assert "X-Cache" not in client.get("/en/missing/")
    client.get("/en/about")
    redirect = client.get("/en/about")
    assert redirect.status_code == 301
    assert "X-Cache" not in redirect


@pytest.mark.parametrize("junk", ["abc", "0", "01", "2%20", "999999"])
def test_only_real_page_numbers_are_cached(client, about, junk):
    client.get(f"/en/about/?page={junk}")
    response = client.get(f"/en/about/?page={junk}")
    assert response.status_code == 200
    assert "X-Cache" not in response


def test_logged_in_views_of_public_pages_are_private(client, about, admin_user):
    client.force_login(admin_user)
    assert "private" in client.get("/en/about/")["Cache-Control"]


def test_a_cache_time_of_zero_turns_the_page_cache_off(client, about, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get("/en/about/")
    response = client.get("/en/about/")
    assert "X-Cache" not in response
    assert "core/standard_page.html" in [template.name for template in response.templates]
