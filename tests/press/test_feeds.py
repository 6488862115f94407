"""RSS and Atom feeds: valid, one per language, the latest releases written in that language."""

import datetime

import feedparser
import pytest

from press.releases import FEED_ITEMS
from tests.press.conftest import release

pytestmark = pytest.mark.django_db


def parsed(client, url):
    response = client.get(url)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


@pytest.mark.parametrize("kind,version", [("rss", "rss20"), ("atom", "atom10")])
def test_english_feed_lists_every_release_newest_first(client, releases, kind, version):
    feed = parsed(client, f"/en/press/feed/{kind}/")
    assert feed.version == version
    assert [entry.title for entry in feed.entries] == [
        "Safer nights in European cities",
        "Youth and prevention",
        "Public spaces declaration",
    ]
    assert feed.entries[0].link == "http://testserver/en/press/safer-nights/"
    assert feed.feed.get("language", "en") == "en"


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_french_feed_lists_only_releases_written_in_french(client, releases, kind):
    feed = parsed(client, f"/fr/presse/feed/{kind}/")
    raw = client.get(f"/fr/presse/feed/{kind}/").content.decode()
    assert "<language>fr</language>" in raw if kind == "rss" else 'xml:lang="fr"' in raw
    assert [entry.title for entry in feed.entries] == [
        "Des nuits plus sûres dans les villes européennes",
        "Déclaration sur les espaces publics",
    ]
    assert feed.entries[0].link == "http://testserver/fr/presse/nuits-plus-sures/"
    assert feed.entries[0].summary == "Les villes partagent leurs chartes de la nuit."


def test_feeds_keep_the_latest_releases(client, press_room):
    for number in range(FEED_ITEMS + 3):
        release(
            press_room,
            title=f"Release {number}",
            slug_en=f"r-{number}",
            date=datetime.date(2020, 1, 1) + datetime.timedelta(days=number),
        )
    feed = parsed(client, "/en/press/feed/rss/")
    assert len(feed.entries) == FEED_ITEMS
    assert feed.entries[0].title == f"Release {FEED_ITEMS + 2}"


def test_the_press_room_links_its_feeds_in_the_head(client, press_room):
    html = client.get("/en/press/").content.decode()
    head = html.split("</head>")[0]
    assert (
        '<link rel="alternate" type="application/rss+xml" title="Efus press releases (RSS)" href="/en/press/feed/rss/">'
        in head
    )
    assert 'type="application/atom+xml"' in head
