"""A member authority's preview: its public profile, with the editor's changes, in the chosen language."""

import pytest
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db

FIELDS = {
    "slug": "liege",
    "kind": "city",
    "status": "member",
    "country": "BE",
    "exco_role": "president",
    "exco_from": "2016",
}


def send(client, url, **names):
    data = {**FIELDS, **names}
    response = client.post(url, data)
    assert response.json()["is_valid"], response.content
    return url


def test_a_profile_is_previewed_with_its_changes_in_each_language(client, admin_user, authorities):
    client.force_login(admin_user)
    liege = authorities["liege"]
    url = reverse("wagtailsnippets_members_memberauthority:preview_on_edit", args=[liege.pk])
    send(client, url, name_en="Liège", name_de="Lüttich", description_en="City of fire.", description_de="Feuerstadt.")
    german = client.get(url, {"mode": "de", "in_preview_panel": "true"}).content.decode()
    assert '<html lang="de"' in german
    assert '<h1 class="content__title">Lüttich</h1>' in german
    assert "Feuerstadt." in german
    english = client.get(url, {"mode": "en"}).content.decode()
    assert '<h1 class="content__title">Liège</h1>' in english
    assert "City of fire." in english
    liege.refresh_from_db()
    assert liege.description_en == "A member city."  # a preview saves nothing


def test_a_new_authority_can_be_previewed_before_it_is_saved(client, admin_user, members_page):
    client.force_login(admin_user)
    url = reverse("wagtailsnippets_members_memberauthority:preview_on_add")
    send(client, url, slug="ghent", kind="forum", exco_role="", exco_from="", name_en="Ghent", name_fr="Gand")
    html = client.get(url, {"mode": "fr"}).content.decode()
    assert '<html lang="fr"' in html
    assert '<h1 class="content__title">Gand</h1>' in html


def test_the_profile_address_is_in_the_active_language(authorities):
    with translation.override("fr"):
        assert authorities["liege"].full_url == "http://testserver/fr/membres/liege/"
