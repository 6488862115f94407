"""The press room's list and a theme page run a fixed number of queries, however many releases there are."""

import datetime

import pytest

from efus_site.core.factories import CustomImageFactory, StandardPageFactory
from tests.core.test_queries import count_queries
from tests.press.conftest import release

pytestmark = pytest.mark.django_db


def add_releases(press_room, count, themes=(), start=0):
    for number in range(start, start + count):
        release(
            press_room,
            title=f"Release {number}",
            slug_en=f"release-{number}",
            date=datetime.date(2018 + number % 6, 1 + number % 12, 1),
            listing_image=CustomImageFactory(),
            themes=list(themes),
        )


def test_press_index_query_count_does_not_grow_with_releases(client, press_room):
    add_releases(press_room, 2)
    few, _html = count_queries(client, "/en/press/")
    add_releases(press_room, 14, start=2)
    many, html = count_queries(client, "/en/press/")
    assert html.count('class="card release-card"') == 10
    assert few == many


def test_a_years_list_costs_the_same_as_the_whole_list(client, press_room):
    add_releases(press_room, 12)
    whole, _html = count_queries(client, "/fr/presse/")
    one_year, html = count_queries(client, "/fr/presse/?year=2019")
    assert html.count('class="card release-card"') == 2
    assert one_year == whole


def test_a_release_costs_the_same_whatever_the_number_of_releases(client, press_room, nightlife):
    add_releases(press_room, 1, themes=[nightlife])
    few, _html = count_queries(client, "/en/press/release-0/")
    add_releases(press_room, 8, themes=[nightlife], start=1)
    many, _html = count_queries(client, "/en/press/release-0/")
    assert few == many


def test_theme_page_query_count_does_not_grow_with_content(client, press_room, nightlife, themes_page):
    add_releases(press_room, 2, themes=[nightlife])
    few, _html = count_queries(client, "/en/themes/nightlife/")
    add_releases(press_room, 14, themes=[nightlife], start=2)
    StandardPageFactory(parent=press_room.get_parent(), title="Not on a theme")
    many, html = count_queries(client, "/en/themes/nightlife/")
    assert html.count('class="card"') == 12
    assert few == many
