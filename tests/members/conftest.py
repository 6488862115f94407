"""Fixtures of the members tests: the members section and a handful of real-looking authorities."""

from decimal import Decimal

import pytest

from members.factories import MemberAuthorityFactory, MembersIndexPageFactory


@pytest.fixture
def members_page(home):
    """The members section under the home page, published."""
    return MembersIndexPageFactory(parent=home)


@pytest.fixture
def authorities(members_page):
    """Six authorities in four countries, one forum, two Executive Committee seats, one former member."""
    forum = MemberAuthorityFactory(
        name_en="Belgian Forum for Prevention and Urban Security",
        name_fr="Forum belge pour la prévention et la sécurité urbaine",
        slug="belgian-forum",
        kind="forum",
        country="BE",
        population=None,
        exco_role="member",
        exco_from=2020,
    )
    return {
        "forum": forum,
        "liege": MemberAuthorityFactory(
            name_en="Liège",
            name_de="Lüttich",
            slug="liege",
            country="BE",
            national_forum=forum,
            exco_role="president",
            exco_from=2016,
            representative_en="Willy Demeyer, Mayor",
            latitude=Decimal("50.6326"),
            longitude=Decimal("5.5797"),
        ),
        "gdansk": MemberAuthorityFactory(name_en="Gdańsk", slug="gdansk", country="PL", member_since=2019),
        "nice": MemberAuthorityFactory(
            name_en="Nice", name_it="Nizza", slug="nice", country="FR", exco_role="vice_president", exco_from=2021
        ),
        "region": MemberAuthorityFactory(
            name_en="Emilia-Romagna Region",
            name_fr="Région Émilie-Romagne",
            slug="emilia-romagna",
            kind="region",
            country="IT",
        ),
        "former": MemberAuthorityFactory(name_en="Oldtown", slug="oldtown", country="FR", status="former"),
    }
