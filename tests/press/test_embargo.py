"""The embargo: a release scheduled for later is nowhere until its time, then everywhere on its own."""

import datetime

import feedparser
import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Revision

from efus_site.core import tasks
from press.factories import PressReleasePageFactory

pytestmark = pytest.mark.django_db

EMBARGOED = "/en/press/embargoed/"


def everywhere(client):
    """Where the release may show: its page, the list, both feeds, the sitemap, the home page."""
    return {
        "page": client.get(EMBARGOED).status_code == 200,
        "index": EMBARGOED in client.get("/en/press/").content.decode(),
        "rss": any(
            entry.link.endswith(EMBARGOED)
            for entry in feedparser.parse(client.get("/en/press/feed/rss/").content).entries
        ),
        "atom": any(
            entry.link.endswith(EMBARGOED)
            for entry in feedparser.parse(client.get("/en/press/feed/atom/").content).entries
        ),
        "sitemap": EMBARGOED in client.get("/sitemap.xml").content.decode(),
        "home": EMBARGOED in client.get("/en/").content.decode(),
    }


@pytest.fixture
def scheduled(home, press_room, releases):
    """A release published with a go-live time a minute ahead, as the editor's "Publish" with a schedule does."""
    home.news_source = press_room
    home.save_revision().publish()
    page = PressReleasePageFactory(
        parent=press_room,
        title="Embargoed until tomorrow morning",
        slug_en="embargoed",
        date=datetime.date(2025, 1, 1),
        live=False,
    )
    page.go_live_at = timezone.now() + datetime.timedelta(minutes=1)
    page.save_revision().publish()
    return page


def move_time_past_go_live(page):
    """What waiting a minute does: the go-live time, approved and in the scheduled revision, is now past."""
    past = timezone.now() - datetime.timedelta(seconds=1)
    for revision in Revision.page_revisions.filter(object_id=str(page.pk), approved_go_live_at__isnull=False):
        revision.approved_go_live_at = past
        revision.content["go_live_at"] = past.isoformat()
        revision.save(update_fields=["approved_go_live_at", "content"])


def test_a_scheduled_release_is_nowhere_before_its_time(client, scheduled):
    scheduled.refresh_from_db()
    assert not scheduled.live
    assert everywhere(client) == dict.fromkeys(("page", "index", "rss", "atom", "sitemap", "home"), False)


def test_scheduled_publishing_does_nothing_before_the_time(client, scheduled):
    tasks.publish_scheduled()
    assert not any(everywhere(client).values())


def test_the_beat_task_publishes_it_when_its_time_comes(client, scheduled):
    assert not any(everywhere(client).values())  # warms every cache with the embargoed state
    move_time_past_go_live(scheduled)
    tasks.publish_scheduled()
    assert everywhere(client) == dict.fromkeys(("page", "index", "rss", "atom", "sitemap", "home"), True)


def test_the_management_command_publishes_it_too(client, scheduled):
    move_time_past_go_live(scheduled)
    call_command("publish_scheduled")
    assert client.get(EMBARGOED).status_code == 200
