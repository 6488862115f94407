"""Fixtures of the press tests: the press room, the shared texts, a few releases on themes."""

import datetime

import pytest

from efus_site.core.factories import ThemeFactory, ThemesIndexPageFactory
from press.factories import (
    PressBoilerplateFactory,
    PressContactFactory,
    PressIndexPageFactory,
    PressReleasePageFactory,
)


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    """Look at real renders, not at copies from the page cache."""
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture
def press_room(home):
    """The press room under the home page, published, with its boilerplate and contact."""
    PressBoilerplateFactory()
    PressContactFactory(
        name="Silvia Icardi", role_en="Communications Manager", role_fr="Responsable de la communication"
    )
    return PressIndexPageFactory(parent=home, intro_en="Releases of Efus.", intro_fr="Les communiqués de l'Efus.")


@pytest.fixture
def nightlife():
    return ThemeFactory(name_en="Nightlife", name_fr="Vie nocturne", slug_en="nightlife", slug_fr="vie-nocturne")


@pytest.fixture
def themes_page(home):
    return ThemesIndexPageFactory(parent=home, slug_fr="thematiques", title_fr="Thématiques")


def release(press_room, **fields):
    """A published release (a new content generation, as publishing in the admin)."""
    themes = fields.pop("themes", [])
    page = PressReleasePageFactory(parent=press_room, **fields)
    if themes:
        page.themes.set(themes)
        page.save()
    page.save_revision().publish()
    return page


@pytest.fixture
def releases(press_room, nightlife):
    """Three releases over two years, the newest translated into French and on nightlife."""
    return [
        release(
            press_room,
            title="Safer nights in European cities",
            title_fr="Des nuits plus sûres dans les villes européennes",
            slug_en="safer-nights",
            slug_fr="nuits-plus-sures",
            date=datetime.date(2024, 3, 5),
            dateline_fr="Paris",
            standfirst_fr="Les villes partagent leurs chartes de la nuit.",
            themes=[nightlife],
        ),
        release(press_room, title="Youth and prevention", slug_en="youth", date=datetime.date(2024, 1, 10)),
        release(
            press_room,
            title="Public spaces declaration",
            title_fr="Déclaration sur les espaces publics",
            slug_en="declaration",
            slug_fr="declaration",
            date=datetime.date(2022, 11, 23),
        ),
    ]
