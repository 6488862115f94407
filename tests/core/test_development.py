"""`make run` (DEBUG on): a missing public page shows the site's own 404 page; other errors Django's."""

import pytest
from django.core.exceptions import PermissionDenied

from efus_site.core.debug import PublicNotFoundMiddleware

pytestmark = pytest.mark.django_db


def test_with_debug_on_a_missing_public_page_is_the_sites_own_translated_404(client, home, settings):
    settings.DEBUG = True
    response = client.get("/fr/nulle-part/")
    html = response.content.decode()
    assert response.status_code == 404
    assert '<html lang="fr"' in html
    assert "Page introuvable" in html
    assert "DEBUG = True" not in html


def test_with_debug_on_a_404_outside_the_public_pages_keeps_djangos_debug_page(client, home, settings):
    settings.DEBUG = True
    response = client.get("/documents/999999/missing.pdf")
    assert response.status_code == 404
    assert "DEBUG = True" in response.content.decode()


@pytest.mark.parametrize("exception", [ValueError("a bug"), PermissionDenied()])
def test_with_debug_on_other_errors_are_left_to_django(rf, settings, exception):
    settings.DEBUG = True
    middleware = PublicNotFoundMiddleware(lambda request: None)
    assert middleware.process_exception(rf.get("/en/about/"), exception) is None


def test_with_debug_off_the_404_page_is_unchanged(client, home):
    response = client.get("/de/nirgendwo/")
    assert response.status_code == 404
    assert '<html lang="de"' in response.content.decode()
