"""Cards on section pages come from a cache that follows publishing, restrictions and renditions."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from efus_site.core.factories import CustomImageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    """Look at real renders, where only the card data is cached."""
    settings.PAGE_CACHE_SECONDS = 0


def card_titles(client, url):
    html = client.get(url).content.decode()
    return [part.split("</a>")[0] for part in html.split('class="card__link" href="')[1:]]


def test_a_published_subpage_joins_the_cards_and_leaves_them_when_unpublished(client, about):
    assert card_titles(client, "/en/about/") == ['/en/about/governance/">Governance']
    news = StandardPageFactory(parent=about, title="Press room", slug_en="press-room", live=False)
    news.save_revision().publish()
    assert card_titles(client, "/en/about/") == [
        '/en/about/governance/">Governance',
        '/en/about/press-room/">Press room',
    ]
    news.refresh_from_db()
    news.unpublish()
    assert card_titles(client, "/en/about/") == ['/en/about/governance/">Governance']


def test_a_restricted_subpage_leaves_the_cards(client, about):
    governance = about.get_children().get()
    assert len(card_titles(client, "/fr/a-propos/")) == 1
    PageViewRestriction.objects.create(page=governance, restriction_type=PageViewRestriction.LOGIN)
    assert card_titles(client, "/fr/a-propos/") == []


def test_cached_cards_keep_titles_and_addresses_per_language(client, about):
    assert card_titles(client, "/en/about/") == ['/en/about/governance/">Governance']
    assert card_titles(client, "/fr/a-propos/") == ['/fr/a-propos/gouvernance/">Gouvernance']


def test_cards_cached_before_their_renditions_existed_ask_for_none_later(client, about):
    StandardPageFactory(parent=about, listing_image=CustomImageFactory())
    first = client.get("/en/about/").content.decode()
    with CaptureQueriesContext(connection) as queries:
        again = client.get("/en/about/").content.decode()
    assert ".fill-640x360." in first and ".fill-640x360." in again
    assert not [query for query in queries if "customrendition" in query["sql"]]


def test_a_page_served_from_the_generation_cache_follows_publishing(client, about):
    governance = about.get_children().get().specific
    assert "<h1" in client.get("/fr/a-propos/gouvernance/").content.decode()
    governance.title_fr = "Instances dirigeantes"
    governance.save_revision().publish()
    assert "Instances dirigeantes</h1>" in client.get("/fr/a-propos/gouvernance/").content.decode()
    governance.refresh_from_db()
    governance.unpublish()
    assert client.get("/fr/a-propos/gouvernance/").status_code == 404
