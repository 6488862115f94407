"""Cards on section pages come from a cache that follows publishing, restrictions and renditions."""

import importlib

import pytest
from django.apps import apps
from django.db import connection
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction
from wagtail_factories import PageFactory

from efus_site.core.cards import as_cards
from efus_site.core.factories import CustomImageFactory, StandardPageFactory
from efus_site.core.models import BasePage, HomePage
from members.factories import GovernancePageFactory, MembersIndexPageFactory
from tests.core.test_queries import count_queries

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


def page_factories():
    """{page model: factory} from every installed app's factories module."""
    found = {}
    for config in apps.get_app_configs():
        try:
            module = importlib.import_module(f"{config.name}.factories")
        except ModuleNotFoundError:
            continue
        for value in vars(module).values():
            model = getattr(getattr(value, "_meta", None), "model", None)
            if isinstance(value, type) and issubclass(value, PageFactory) and model is not None:
                found[model] = value
    return found


def card_page_models():
    return [model for model in apps.get_models() if issubclass(model, BasePage) and model is not HomePage]


def test_every_page_type_has_a_factory():
    assert set(card_page_models()) - set(page_factories()) == set()


def render_cards(cards, request):
    return "".join(render_to_string("components/card.html", {"item": card, "request": request}) for card in cards)


def test_a_card_of_every_page_type_reads_nothing_its_card_fields_left_out(home):
    factories = page_factories()
    for model in card_page_models():
        factories[model](
            parent=home, title=model.__name__, slug_en=model.__name__.lower(), listing_summary="", search_description=""
        )
    listing = Page.objects.child_of(home).order_by("path")
    request = RequestFactory().get("/en/")
    render_cards(as_cards(listing), request)  # the request's site, found once per request
    cards = as_cards(listing)
    with CaptureQueriesContext(connection) as queries:
        html = render_cards(cards, request)
    assert html.count('class="card"') == len(card_page_models())
    assert [query["sql"] for query in queries] == []


def test_a_listing_of_mixed_page_types_shows_each_cards_own_fields_in_fixed_queries(client, about):
    def publish(page):
        page.save_revision().publish()  # a new generation, as publishing in the admin starts

    governance = about.get_children().get().specific
    governance.intro = "How Efus is governed."
    publish(governance)
    publish(GovernancePageFactory(parent=about, slug_en="committee", slug_fr="comite", intro="Who sits on it."))
    publish(MembersIndexPageFactory(parent=about, intro="Every member authority."))
    few, html = count_queries(client, "/en/about/")
    assert all(intro in html for intro in ("How Efus is governed.", "Who sits on it.", "Every member authority."))
    for number in range(4):
        publish(StandardPageFactory(parent=about, intro_en=f"Standard {number}"))
        publish(
            GovernancePageFactory(parent=about, slug_en=f"g-{number}", slug_fr=f"g-{number}", intro=f"Seats {number}")
        )
    many, html = count_queries(client, "/en/about/")
    assert html.count('class="card"') == 11 and "Standard 3" in html and "Seats 3" in html
    assert few == many
