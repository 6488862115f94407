"""Fixtures of the search tests: pages in two languages, a restricted page, member authorities."""

import pytest
from wagtail.models import PageViewRestriction

from efus_site.core.factories import StandardPageFactory
from members.factories import MemberAuthorityFactory, MembersIndexPageFactory


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture
def members_page(home):
    return MembersIndexPageFactory(parent=home)


@pytest.fixture
def authorities(members_page):
    return {
        "liege": MemberAuthorityFactory(name_en="Liège", name_de="Lüttich", slug="liege", country="BE"),
        "gdansk": MemberAuthorityFactory(name_en="Gdańsk", slug="gdansk", country="PL"),
    }


@pytest.fixture
def pages(home):
    """A section with pages in English and French, and a restricted page with words of its own."""
    section = StandardPageFactory(parent=home, title="Publications", slug_en="publications", slug_fr="publications")
    nightlife = StandardPageFactory(
        parent=section,
        title="Nightlife and safety",
        slug_en="nightlife",
        title_fr="La vie nocturne en sécurité",
        slug_fr="vie-nocturne",
        intro_en="How cities keep their nights safe and lively.",
        intro_fr="Comment les villes gardent leurs nuits sûres et animées, avec les habitants.",
    )
    prevention = StandardPageFactory(
        parent=section,
        title="Prevention in Liège",
        slug_en="prevention-liege",
        intro_en="Liège and its neighbourhoods work on prevention, nightlife and more.",
    )
    restricted = StandardPageFactory(
        parent=home,
        title="Members briefing zorblax",
        slug_en="briefing",
        intro_en="Confidential quixotic minutes about Liège.",
        intro_fr="Procès-verbal confidentiel quixotique.",
    )
    PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.LOGIN)
    return {"section": section, "nightlife": nightlife, "prevention": prevention, "restricted": restricted}
