"""Nothing unapproved is public: not by address, search, feed or sitemap; contact details never are."""

import pytest
from django.test import Client

from initiatives.factories import InitiativeSubmissionFactory

from .conftest import add_initiative

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture
def published(section, themes):
    return add_initiative(
        section, title="Lanterns for night-shift nurses", slug_en="lanterns", themes=[themes["nightlife"]]
    )


@pytest.fixture
def waiting(section):
    return {
        state: InitiativeSubmissionFactory(
            section=section, crisis=section.crisis, state=state, title=f"Zeppelin {state} quokka"
        )
        for state in ("draft", "new", "changes_requested", "rejected")
    }


def test_only_approved_initiatives_are_anywhere_public(client, section, published, waiting):
    pages = {
        "platform": client.get("/en/covid-19/").content.decode(),
        "feed": client.get("/en/covid-19/feed/").content.decode(),
        "sitemap": client.get("/sitemap.xml").content.decode(),
        "search": client.get("/en/search/?q=zeppelin+quokka").content.decode(),
        "theme": client.get("/en/covid-19/?theme=nightlife").content.decode(),
    }
    assert "Lanterns for night-shift nurses" in pages["platform"] + pages["feed"]
    assert "/en/covid-19/lanterns/" in pages["sitemap"]
    for name, html in pages.items():
        assert "Zeppelin" not in html, name
        assert "submitter" not in html and "Claire Martin" not in html, name
    assert "Lanterns" in client.get("/en/search/?q=lanterns+nurses").content.decode()


def test_no_address_reaches_a_submission(client, section, waiting):
    for submission in waiting.values():
        for path in (
            f"/en/covid-19/{submission.pk}/",
            f"/en/covid-19/zeppelin-{submission.state}-quokka/",
            f"/admin/snippets/initiatives/initiativesubmission/edit/{submission.pk}/",
        ):
            response = Client().get(path)
            assert response.status_code in (302, 404), path
            assert b"Zeppelin" not in response.content


def test_an_unpublished_initiative_leaves_every_list(client, section, published):
    published.unpublish()
    assert "Lanterns" not in client.get("/en/covid-19/").content.decode()
    assert "Lanterns" not in client.get("/en/covid-19/feed/").content.decode()
    assert client.get("/en/covid-19/lanterns/").status_code == 404


def test_the_initiative_page_has_article_data_and_links_to_its_theme(client, published):
    html = client.get("/en/covid-19/lanterns/").content.decode()
    assert '"@type": "Article"' in html and '"headline": "Lanterns for night-shift nurses"' in html
    assert 'rel="alternate" type="application/rss+xml"' in html
