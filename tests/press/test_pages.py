"""The press room and its releases: where they may be created, and how they read in two languages."""

import json
import re

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from efus_site.core.models import HomePage, StandardPage
from press.models import PressIndexPage, PressReleaseAttachment, PressReleasePage
from tests.pages import page_html
from tests.press.conftest import release

pytestmark = pytest.mark.django_db


def test_creation_rules(press_room):
    assert PressIndexPage.can_create_at(HomePage()) is False  # one press room, and it exists
    assert PressReleasePage.can_create_at(press_room)
    assert not PressReleasePage.can_create_at(HomePage())
    assert not PressReleasePage.can_create_at(StandardPage())
    assert PressReleasePage.subpage_types == []
    assert PressIndexPage.allowed_subpage_models() == [PressReleasePage]


def test_the_press_room_can_be_created_on_the_home_page_when_missing(home):
    assert PressIndexPage.can_create_at(home.specific)


def test_a_release_in_english_and_in_french(client, releases):
    english = page_html(client, "/en/press/safer-nights/")
    assert '<h1 class="content__title">Safer nights in European cities</h1>' in english
    assert '<time datetime="2024-03-05">' in english
    assert "About Efus" in english and "Silvia Icardi" in english and "Communications Manager" in english
    french = page_html(client, "/fr/presse/nuits-plus-sures/")
    assert '<html lang="fr"' in french
    assert "Des nuits plus sûres dans les villes européennes" in french
    assert "Les villes partagent leurs chartes de la nuit." in french
    assert "À propos de l&#x27;Efus" in french and "Responsable de la communication" in french
    assert 'href="/fr/presse/"' in french


def test_a_release_links_its_feeds_and_its_themes(client, releases, themes_page):
    html = page_html(client, "/fr/presse/nuits-plus-sures/")
    assert '<link rel="alternate" type="application/rss+xml"' in html
    assert 'href="/fr/presse/feed/rss/"' in html and 'href="/fr/presse/feed/atom/"' in html
    assert '<a href="/fr/thematiques/vie-nocturne/">Vie nocturne</a>' in html


def test_a_release_carries_news_article_data_with_the_responses_nonce(client, releases):
    response = client.get("/fr/presse/nuits-plus-sures/")
    html = response.content.decode()
    found = re.search(r'<script type="application/ld\+json" nonce="([^"]+)">(.*?)</script>', html, re.S)
    assert found is not None
    assert f"'nonce-{found[1]}'" in response["Content-Security-Policy"]
    data = json.loads(found[2])
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Des nuits plus sûres dans les villes européennes"
    assert data["datePublished"] == "2024-03-05"
    assert data["inLanguage"] == "fr"
    assert data["url"] == "http://testserver/fr/presse/nuits-plus-sures/"


def test_structured_data_cannot_close_its_script(client, press_room):
    release(press_room, title="</script><script>alert(1)</script>", slug_en="tricky")
    html = page_html(client, "/en/press/tricky/")
    ld = re.search(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', html, re.S)[1]
    assert "<" not in ld
    assert json.loads(ld)["headline"] == "</script><script>alert(1)</script>"


def test_attachments_are_listed_to_download(client, press_room):
    document = get_document_model().objects.create(
        title="The declaration", file=ContentFile(b"%PDF-1.4 demo", name="declaration.pdf")
    )
    page = release(press_room, title="With attachment", slug_en="with-attachment")
    page.attachments = [PressReleaseAttachment(document=document)]
    page.save_revision().publish()
    html = page_html(client, "/en/press/with-attachment/")
    assert f'href="{document.url}" download>The declaration</a>' in html
    assert client.get(document.url).status_code == 200


def test_press_kit_shows_the_boilerplate_and_the_contacts_in_french(client, press_room):
    html = page_html(client, "/fr/presse/kit/")
    assert "Le Forum européen pour la sécurité urbaine" in html
    assert "Silvia Icardi" in html
    assert 'hreflang="en" href="http://testserver/en/press/kit/"' in html


def test_the_home_page_shows_the_latest_releases(client, home, releases, press_room):
    home.news_source = press_room
    home.save_revision().publish()
    html = page_html(client, "/en/")
    assert "Latest news" in html
    titles = re.findall(r'class="card__link" href="[^"]+">([^<]+)<', html)
    assert titles == ["Safer nights in European cities", "Youth and prevention", "Public spaces declaration"]


def test_a_release_is_previewed_with_its_unsaved_attachments_and_themes(press_room, nightlife):
    document = get_document_model().objects.create(title="Draft annex", file=ContentFile(b"%PDF", name="annex.pdf"))
    page = release(press_room, title="Draft", slug_en="draft")
    page.title = "Draft, edited"
    page.attachments = [PressReleaseAttachment(document=document)]
    page.themes = [nightlife]
    response = page.make_preview_request(preview_mode="fr")
    html = response.render().content.decode() if hasattr(response, "render") else response.content.decode()
    assert response.status_code == 200
    assert "Draft, edited" in html and "Draft annex" in html and "Vie nocturne" in html
    assert not page.__class__.objects.get(pk=page.pk).attachments.exists()  # a preview saves nothing
