"""The press room's list: newest first, by year, a page at a time, and never an error on odd input."""

import datetime
import re

import pytest

from press.releases import chosen_year
from tests.pages import page_html
from tests.press.conftest import release

pytestmark = pytest.mark.django_db


def listed(html):
    return re.findall(r'class="card__link" href="([^"]+)"', html)


def test_releases_newest_first_with_the_years_to_choose(client, releases):
    html = page_html(client, "/en/press/")
    assert listed(html) == ["/en/press/safer-nights/", "/en/press/youth/", "/en/press/declaration/"]
    assert 'href="/en/press/?year=2024"' in html and 'href="/en/press/?year=2022"' in html
    assert "?year=2023" not in html


def test_a_year_keeps_its_releases(client, releases):
    html = page_html(client, "/fr/presse/?year=2022")
    assert listed(html) == ["/fr/presse/declaration/"]
    assert '<meta name="robots" content="noindex, follow">' in html
    # The language switcher keeps the year.
    assert 'href="/en/press/?year=2022"' in html


def test_the_list_is_paginated(client, press_room):
    for number in range(12):
        release(press_room, title=f"Release {number}", slug_en=f"r-{number}", date=datetime.date(2020, 1, 1 + number))
    first = page_html(client, "/en/press/")
    assert len(listed(first)) == 10 and 'rel="next"' in first
    second = page_html(client, "/en/press/?page=2")
    assert listed(second) == ["/en/press/r-1/", "/en/press/r-0/"]


def test_empty_press_room_says_so(client, press_room):
    assert "No press release has been published yet." in page_html(client, "/en/press/")


@pytest.mark.parametrize(
    "query",
    [
        "year=abc",
        "year=%3Cscript%3Ealert(1)%3C/script%3E",
        "page=%00",
        "year=%00",
        "year=" + "9" * 2000,
        "page=" + "x" * 2000,
        "year=1999",
    ],
)
def test_bad_input_shows_the_whole_list(client, releases, query):
    response = client.get(f"/en/press/?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert len(listed(html)) == 3
    assert "<script>alert" not in html


def test_a_year_that_is_not_one_is_explained(client, releases):
    html = page_html(client, "/en/press/?year=%3Cscript%3E")
    assert "That is not a year we know. Here are all the releases." in html
    assert "There is no press release from 1999." in page_html(client, "/en/press/?year=1999")


def test_chosen_year():
    assert chosen_year("", [2024]) == (None, "")
    assert chosen_year("2024", [2024]) == (2024, "")
    assert chosen_year(" 2024 ", [2024]) == (2024, "")
    assert chosen_year("2023", [2024])[0] is None
    assert chosen_year("١٢٣٤", [2024])[0] is None  # digits, but not ASCII ones
