"""Themes: one taxonomy, an address per language that no two themes share."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from efus_site.core.factories import ThemeFactory

pytestmark = pytest.mark.django_db


def test_a_theme_is_named_in_the_visitors_language():
    theme = ThemeFactory(name_en="Nightlife", name_fr="Vie nocturne", slug_en="nightlife", slug_fr="vie-nocturne")
    with translation.override("fr"):
        assert (str(theme), theme.slug) == ("Vie nocturne", "vie-nocturne")
    with translation.override("de"):
        assert (str(theme), theme.slug) == ("Nightlife", "nightlife")


def test_two_themes_cannot_share_an_address_in_one_language():
    ThemeFactory(slug_en="youth", slug_fr="jeunesse")
    other = ThemeFactory.build(slug_en="young-people", slug_fr="jeunesse")
    with pytest.raises(ValidationError) as error:
        other.clean()
    assert list(error.value.message_dict) == ["slug_fr"]
    other.slug_fr = "jeunes"
    other.clean()


def test_staff_list_and_search_themes(admin_client):
    ThemeFactory(name_en="Radicalisation and polarisation", name_fr="Radicalisation et polarisation")
    ThemeFactory(name_en="Urban planning", name_fr="Urbanisme")
    response = admin_client.get("/admin/snippets/core/theme/", {"q": "urbanisme"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Urban planning" in html and "Radicalisation" not in html
