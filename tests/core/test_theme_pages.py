"""Theme pages: every theme at /en/themes/, and on each one everything on it, whatever its page type."""

import datetime
import re

import pytest
from wagtail.models import PageViewRestriction

from efus_site.core.factories import ThemeFactory, ThemesIndexPageFactory
from efus_site.core.models import ThemesIndexPage
from efus_site.core.theme_listing import themed_page_models
from press.factories import PressIndexPageFactory, PressReleasePageFactory
from press.models import PressReleasePage
from tests.pages import page_html

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture
def themes(home):
    ThemesIndexPageFactory(parent=home, slug_fr="thematiques", title_fr="Thématiques")
    return {
        "nightlife": ThemeFactory(
            name_en="Nightlife", name_fr="Vie nocturne", slug_en="nightlife", slug_fr="vie-nocturne", sort_order=2
        ),
        "youth": ThemeFactory(name_en="Youth", name_fr="Jeunesse", slug_en="youth", slug_fr="jeunesse", sort_order=1),
    }


def on_theme(parent, theme, count, start=0):
    pages = []
    for number in range(start, start + count):
        page = PressReleasePageFactory(
            parent=parent, title=f"Item {number}", slug_en=f"item-{number}", date=datetime.date(2024, 1, 1)
        )
        page.themes.set([theme])
        page.save()
        page.first_published_at = None
        page.save_revision().publish()
        pages.append(page)
    return pages


def titles(html):
    return re.findall(r'class="card__link" href="[^"]+">([^<]+)<', html)


def test_page_types_with_a_themes_field_join_the_theme_pages():
    assert PressReleasePage in themed_page_models()
    assert ThemesIndexPage not in themed_page_models()


def test_every_theme_is_listed_in_the_visitors_language(client, themes):
    html = page_html(client, "/fr/thematiques/")
    assert re.findall(r'<a href="(/fr/thematiques/[^"]+/)">([^<]+)</a>', html) == [
        ("/fr/thematiques/jeunesse/", "Jeunesse"),
        ("/fr/thematiques/vie-nocturne/", "Vie nocturne"),
    ]


def test_a_theme_lists_what_is_on_it_newest_first(client, home, themes):
    press = PressIndexPageFactory(parent=home)
    on_theme(press, themes["nightlife"], 2)
    on_theme(press, themes["youth"], 1, start=5)
    html = page_html(client, "/en/themes/nightlife/")
    assert '<h1 class="content__title">Nightlife</h1>' in html
    assert titles(html) == ["Item 1", "Item 0"]
    assert '<span aria-current="page">Nightlife</span>' in html


def test_a_theme_in_french_and_its_address_in_every_language(client, home, themes):
    on_theme(PressIndexPageFactory(parent=home), themes["nightlife"], 1)
    html = page_html(client, "/fr/thematiques/vie-nocturne/")
    assert '<html lang="fr"' in html and "Vie nocturne" in html
    assert 'hreflang="en" href="http://testserver/en/themes/nightlife/"' in html
    assert 'hreflang="de" href="http://testserver/de/themes/nightlife/"' in html  # no German address: English


def test_another_languages_address_leads_to_this_languages_one(client, themes):
    response = client.get("/fr/thematiques/nightlife/")
    assert response.status_code == 301
    assert response["Location"] == "/fr/thematiques/vie-nocturne/"


def test_unknown_theme_is_a_404(client, themes):
    assert client.get("/en/themes/no-such-theme/").status_code == 404


def test_a_theme_with_nothing_on_it_says_so(client, themes):
    html = page_html(client, "/en/themes/youth/")
    assert "Nothing has been published on this theme yet." in html


def test_a_theme_page_is_paginated(client, home, themes):
    on_theme(PressIndexPageFactory(parent=home), themes["youth"], 14)
    first = page_html(client, "/en/themes/youth/")
    assert len(titles(first)) == 12 and 'rel="next"' in first
    assert titles(page_html(client, "/en/themes/youth/?page=2")) == ["Item 1", "Item 0"]
    assert len(titles(page_html(client, "/en/themes/youth/?page=abc"))) == 12


def test_unpublished_and_restricted_pages_leave_the_theme(client, home, themes):
    press = PressIndexPageFactory(parent=home)
    first, second = on_theme(press, themes["youth"], 2)
    first.unpublish()
    PageViewRestriction.objects.create(page=second, restriction_type=PageViewRestriction.LOGIN)
    assert titles(page_html(client, "/en/themes/youth/")) == []


def test_theme_pages_are_in_the_sitemap_at_each_languages_address(client, themes):
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "http://testserver/en/themes/nightlife/" in sitemap
    assert "http://testserver/fr/thematiques/vie-nocturne/" in sitemap
    assert "http://testserver/fr/thematiques/jeunesse/" in sitemap
