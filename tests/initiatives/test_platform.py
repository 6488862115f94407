"""The platform's list: filters with counts, the map, pages, an empty state, and queries that do not grow."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from members.factories import MemberAuthorityFactory

from .conftest import add_initiative

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0


def count_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response.content.decode()


def many(section, themes, count, country="FR", kind="city", authority=None):
    for _ in range(count):
        add_initiative(section, country=country, authority_kind=kind, authority=authority, themes=[themes["youth"]])


def test_filters_count_what_each_option_would_show(client, section, themes, liege):
    add_initiative(section, title="Night in Ghent", country="BE", authority=liege, themes=[themes["nightlife"]])
    add_initiative(section, title="Youth in Lyon", country="FR", themes=[themes["youth"]])
    add_initiative(
        section,
        title="Region help",
        country="FR",
        authority_kind="region",
        themes=[themes["youth"], themes["nightlife"]],
    )
    html = client.get("/en/covid-19/?country=FR").content.decode()
    assert "2 initiatives shared." in html
    assert "Youth in Lyon" in html and "Region help" in html and "Night in Ghent" not in html
    assert '<option value="BE">Belgium (1)</option>' in html
    assert '<option value="FR" selected>France (2)</option>' in html
    assert '<option value="nightlife">Nightlife (1)</option>' in html
    assert '<option value="region">Region (1)</option>' in html
    french = client.get("/fr/covid-19/?theme=vie-nocturne&kind=city").content.decode()
    assert "1 initiative partagée." in french and "Night in Ghent" in french
    assert '<meta name="robots" content="noindex, follow">' in french


def test_the_map_marks_where_member_initiatives_come_from(client, section, themes, liege):
    add_initiative(section, authority=liege, country="BE")
    add_initiative(section, title="Not a member", authority=None)
    html = client.get("/en/covid-19/").content.decode()
    assert html.count("<circle ") == 1
    assert "members/europe.svg" in html and "https://" not in html.split("<svg", 1)[1].split("</svg>", 1)[0]


def test_nothing_found_and_junk_filters_say_so(client, section, themes):
    add_initiative(section, country="FR")
    empty = client.get("/en/covid-19/?country=SE").content.decode()
    assert "No initiative matches these filters." in empty
    junk = client.get("/en/covid-19/?kind=castle&country=<script>").content.decode()
    assert "were not understood and have been ignored" in junk and "1 initiative shared." in junk


def test_the_list_has_pages(client, section, themes):
    many(section, themes, 13)
    first = client.get("/en/covid-19/").content.decode()
    second = client.get("/en/covid-19/?page=2").content.decode()
    assert first.count('class="resource-item"') == 12 and second.count('class="resource-item"') == 1
    assert client.get("/en/covid-19/?page=99").status_code == 200


def test_the_filtered_list_costs_the_same_whatever_the_number_of_initiatives(client, section, themes):
    located = MemberAuthorityFactory(latitude=Decimal("48.85"), longitude=Decimal("2.35"))
    many(section, themes, 2, authority=located)
    few, _html = count_queries(client, "/en/covid-19/?country=FR&theme=youth")
    many(section, themes, 10, authority=MemberAuthorityFactory())
    more, html = count_queries(client, "/en/covid-19/?country=FR&theme=youth")
    assert "12 initiatives shared." in html
    assert few == more == 0  # counts, the page of results and the map are cached per filters and generation


def test_an_initiative_page_costs_the_same_whatever_its_siblings(client, section, themes, liege):
    page = add_initiative(section, slug_en="the-one", authority=liege, themes=[themes["youth"], themes["nightlife"]])
    few, html = count_queries(client, "/en/covid-19/the-one/")
    assert page.title in html
    assert few == 0  # the page, its section, themes, files, crisis and authority come from the generation's cache
    many(section, themes, 8)
    more, _html = count_queries(client, "/en/covid-19/the-one/")
    assert few == more


def test_the_profile_lists_initiatives_shared_in_fixed_queries(client, section, themes, liege):
    add_initiative(section, title="First of Liège", authority=liege)
    few, html = count_queries(client, "/en/members/liege/")
    assert "Initiatives shared" in html and "First of Liège" in html
    many(section, themes, 4, authority=liege)
    more, html = count_queries(client, "/en/members/liege/")
    assert html.count('class="resource-item"') == 5
    assert few == more


def test_a_profile_without_initiatives_shows_no_heading(client, liege):
    assert "Initiatives shared" not in client.get("/en/members/liege/").content.decode()
