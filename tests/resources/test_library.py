"""The library: creation rules, facets whose counts match their results, bad input, and its queries."""

import datetime
import re

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page
from wagtail.test.utils import WagtailTestUtils

from efus_site.core.generation import content_changed
from efus_site.core.models import HomePage, Theme
from resources import library as service
from resources.models import ResourceIndexPage, ResourcePage
from tests.pages import page_html

from .conftest import add_resource

pytestmark = pytest.mark.django_db


def titles(html):
    return re.findall(r'class="resource-item__title"><a href="[^"]+">([^<]+)</a>', html)


class TestCreationRules(WagtailTestUtils):
    def test_library_under_home_only_and_resources_under_the_library(self, library):
        assert ResourcePage.allowed_parent_page_models() == [ResourceIndexPage]
        assert ResourceIndexPage.allowed_parent_page_models() == [HomePage]
        assert ResourcePage.allowed_subpage_models() == []
        assert not ResourceIndexPage.can_create_at(library.get_parent().specific)  # once only


def test_renders_in_english_and_french(client, resources):
    english = page_html(client, "/en/resources/")
    assert titles(english)[:2] == ["Members report", "Night video"]  # newest first
    assert "5 resources, newest first." in english
    french = page_html(client, "/fr/ressources/")
    assert "Rapport des membres" in french
    assert "5 ressources" in french
    page = page_html(client, "/fr/ressources/drug-scenes-toolkit/")
    assert "Boîte à outils scènes de drogue" in page


def _service(library, query):
    themes = list(Theme.objects.all())
    filters, ignored = service.parse(QueryDict(query), themes)
    queryset = service.resources(library)
    counts = service.facet_counts(queryset, filters)
    results = list(service.ordered(service.filtered(queryset, filters)))
    return filters, ignored, counts, results, themes


@pytest.mark.parametrize(
    "query",
    ["", "theme=drugs", "theme=drogues&year=2021", "language=fr&theme=youth", "type=report&language=en", "year=2023"],
)
def test_each_option_count_is_what_choosing_it_would_show(library, resources, query):
    filters, ignored, counts, results, themes = _service(library, query)
    assert not ignored
    assert service.matching_count(counts, filters) == len(results)
    for name, choices in service.options(counts, filters, themes).items():
        for option in choices:
            combined = QueryDict(query, mutable=True)
            combined[name] = option.value
            assert option.count == len(_service(library, combined.urlencode())[3]), (name, option.value)


def test_combined_filters(library, resources):
    _filters, _ignored, counts, results, _themes = _service(library, "theme=drugs&language=fr")
    assert {page.slug for page in results} == {"drug-scenes-toolkit", "youth-drugs-sheet", "members-report"}
    assert counts["year"] == {2021: 1, 2022: 1, 2023: 1}
    assert counts["language"] == {"en": 2, "fr": 3, "it": 1}


def test_filtered_list_is_shareable_and_not_indexed(client, resources):
    html = page_html(client, "/en/resources/?theme=youth&year=2021")
    assert titles(html) == ["Youth report"]
    assert '<meta name="robots" content="noindex, follow">' in html
    assert "noindex" not in page_html(client, "/en/resources/")


def test_empty_state(client, resources):
    html = page_html(client, "/en/resources/?type=webinar")
    assert "No resource matches these filters" in html


@pytest.mark.parametrize(
    "query",
    [
        "year=abc",
        "type=%3Cscript%3Ealert(1)%3C/script%3E",
        "theme=%00",
        "language=%00xx",
        "year=" + "9" * 2000,
        "theme=" + "a" * 2000,
        "page=%00",
        "type=report&type=video",
    ],
)
def test_bad_input_is_ignored_with_a_message(client, resources, query):
    response = client.get(f"/en/resources/?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert" not in html
    if not query.startswith(("page", "type=report")):
        assert "were not understood and have been ignored" in html
        assert len(titles(html)) == 5


def test_paginates(client, library):
    for number in range(14):
        add_resource(
            library, title=f"Item {number:02d}", slug_en=f"item-{number}", date=datetime.date(2020, 1, 1 + number)
        )
    assert len(titles(page_html(client, "/en/resources/"))) == 12
    assert len(titles(page_html(client, "/en/resources/?page=2"))) == 2


def _queries(client, url):
    """The queries of a cold render: nothing cached, as right after a publication."""
    content_changed(sender=None)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_queries_do_not_grow_with_the_resources(client, library, themes, settings):
    settings.PAGE_CACHE_SECONDS = 0
    for number in range(3):
        add_resource(library, slug_en=f"a-{number}", themes=[themes["drugs"]], files=["en", "fr"])
    urls = ["/en/resources/", "/en/resources/?theme=drugs&language=fr&year=2022"]
    before = [_queries(client, url) for url in urls]
    for number in range(12):
        add_resource(library, slug_en=f"b-{number}", themes=list(themes.values()), files=["en", "de"])
    assert [_queries(client, url) for url in urls] == before
    assert max(before) < 40


def test_search_fields_hold_public_text_only():
    fields = {field.field_name for field in ResourcePage.search_fields}
    assert "body" not in fields
    assert fields >= {"title", "summary"}
    assert Page  # the library's pages are plain Wagtail pages for the site search
