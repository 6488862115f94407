"""Previews in the editor: one mode per language, the editor's language first, at that language's address."""

import pytest
from django.conf import settings
from django.db import connection
from django.urls import reverse
from django.utils import translation
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail.users.models import UserProfile

from efus_site.core.models import StandardPage
from efus_site.core.preview import preview_language

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, admin_user, about):
    """An editor whose form for the About page, with a new French title, waits for the preview."""
    client.force_login(admin_user)
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[about.pk])
    fields = {
        "title_en": "About Efus (draft)",
        "slug_en": "about",
        "title_fr": "Efus en bref (brouillon)",
        "slug_fr": "a-propos",
        "title_de": "Über Efus (Entwurf)",
        "slug_de": "ueber-efus",
        "comments": inline_formset([]),
        **{f"body_{code}": streamfield([]) for code, _name in settings.LANGUAGES},
    }
    assert client.post(url, nested_form_data(fields)).json()["is_valid"]
    return url


def title(response):
    html = response.content.decode()
    return html.split('<h1 class="content__title">', 1)[1].split("</h1>", 1)[0].strip()


def test_every_language_is_a_preview_mode_and_the_panel_offers_them(client, admin_user, about):
    assert [code for code, _name in StandardPage().preview_modes] == [code for code, _name in settings.LANGUAGES]
    client.force_login(admin_user)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[about.pk])).content.decode()
    assert 'name="preview_mode"' in html
    assert '<option value="fr">' in html
    assert "js/admin/preview_language.js" in html


@pytest.mark.parametrize(
    ("mode", "lang", "expected"),
    [("fr", "fr", "Efus en bref (brouillon)"), ("de", "de", "Über Efus (Entwurf)"), ("en", "en", "About Efus (draft)")],
)
def test_the_preview_shows_the_chosen_language_with_the_unsaved_changes(client, editor, mode, lang, expected):
    response = client.get(editor, {"mode": mode, "in_preview_panel": "true"})
    assert response.status_code == 200
    assert f'<html lang="{lang}"' in response.content.decode()
    assert title(response) == expected


def test_an_untranslated_field_falls_back_to_english_in_the_preview(client, editor):
    response = client.get(editor, {"mode": "it"})
    assert '<html lang="it"' in response.content.decode()
    assert title(response) == "About Efus (draft)"


def test_without_a_mode_the_preview_is_in_the_editors_own_admin_language(client, editor, admin_user):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "de"
    profile.save()
    # "Preview in new tab" and the moderation screens ask without a mode.
    assert title(client.get(editor)) == "Über Efus (Entwurf)"
    assert title(client.get(editor, {"mode": "no-such-language"})) == "Über Efus (Entwurf)"


def test_the_preview_leaves_the_admin_in_its_own_language(client, editor):
    translation.activate("en")
    client.get(editor, {"mode": "fr"})
    assert translation.get_language() == "en"


def test_a_new_page_is_previewed_in_the_chosen_language(client, admin_user, about):
    client.force_login(admin_user)
    url = reverse("wagtailadmin_pages:preview_on_add", args=["core", "standardpage", about.pk])
    fields = {
        "title_en": "New page",
        "slug_en": "new-page",
        "title_pt": "Página nova",
        "comments": inline_formset([]),
        **{f"body_{code}": streamfield([]) for code, _name in settings.LANGUAGES},
    }
    assert client.post(url, nested_form_data(fields)).json()["is_valid"]
    response = client.get(url, {"mode": "pt"})
    assert '<html lang="pt"' in response.content.decode()
    assert title(response) == "Página nova"


@pytest.mark.parametrize(
    ("mode", "active", "expected"),
    [("fr", "en", "fr"), (None, "de", "de"), ("", "pt-br", "pt"), ("xx", "ja", settings.LANGUAGE_CODE)],
)
def test_preview_language_is_a_site_language(mode, active, expected):
    with translation.override(active):
        assert preview_language(mode) == expected


def test_on_sqlite_the_editors_simultaneous_writes_wait_for_each_other():
    """Preview, autosave and editing-session pings write at once; SQLite must queue them, not fail."""
    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL handles concurrent writes itself")
    assert connection.settings_dict["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
