"""Public pages run a fixed number of SQL queries, whatever the amount of content."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from efus_site.core.factories import CustomImageFactory, StandardPageFactory
from efus_site.core.models import MainMenuItem, NavigationSettings

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    """Count the queries of a real render, not of a copy served from the page cache."""
    settings.PAGE_CACHE_SECONDS = 0


# Once warm, the home page without images of its own reads nothing from the database: the site, menus,
# settings, restrictions, the members section and the news cards all come from per-generation caches.
HOME_QUERIES = 0


def add_news(home, count):
    section = StandardPageFactory(parent=home, title="News", slug_en="news")
    for _ in range(count):
        StandardPageFactory(parent=section, listing_image=CustomImageFactory())
    home.news_source = section
    home.save_revision().publish()
    navigation = NavigationSettings.for_site(home.get_site())
    MainMenuItem.objects.create(setting=navigation, page=section)
    return section


def count_queries(client, url):
    client.get(url)  # warm up the menu and site root caches, as in production
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response.content.decode()


def test_home_page_query_count_is_fixed(client, home):
    add_news(home, 3)
    count, html = count_queries(client, "/en/")
    assert html.count('class="card"') == 3
    assert html.count(".fill-640x360.") == 3
    assert count == HOME_QUERIES


def test_home_page_query_count_does_not_grow_with_news(client, home):
    add_news(home, 1)
    few, _html = count_queries(client, "/fr/")
    home.news_source.delete()
    add_news(home, 3)
    many, html = count_queries(client, "/fr/")
    assert html.count('class="card"') == 3
    assert few == many


def test_section_page_query_count_does_not_grow_with_subpages(client, about):
    StandardPageFactory(parent=about, listing_image=CustomImageFactory())
    few, _html = count_queries(client, "/en/about/")
    for _ in range(6):
        StandardPageFactory(parent=about, listing_image=CustomImageFactory())
    many, html = count_queries(client, "/en/about/")
    assert html.count('class="card"') == 8
    assert few == many


def test_a_deep_page_costs_the_same_whatever_the_number_of_its_siblings(client, about):
    few, _html = count_queries(client, "/fr/a-propos/gouvernance/")
    for _ in range(15):
        StandardPageFactory(parent=about)
    many, html = count_queries(client, "/fr/a-propos/gouvernance/")
    assert "<h1" in html and "Gouvernance" in html
    assert few == many
