"""The embargo: a release scheduled for later is nowhere until its time, then everywhere on its own."""

import datetime
import os
import subprocess
import time

import feedparser
import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.utils import timezone
from wagtail.models import Revision

from efus_site.core import tasks
from press.factories import PressReleasePageFactory
from tests.services import require, start_worker

pytestmark = pytest.mark.django_db

EMBARGOED = "/en/press/embargoed/"
#: How far ahead the release goes live: the beat test waits for it in real time, the others move time on.
LEAD = datetime.timedelta(seconds=20)


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
    """A release published with a go-live time ahead (LEAD), as the editor's "Publish" with a schedule does."""
    home.news_source = press_room
    home.save_revision().publish()
    page = PressReleasePageFactory(
        parent=press_room,
        title="Embargoed until tomorrow morning",
        slug_en="embargoed",
        date=datetime.date(2025, 1, 1),
        live=False,
    )
    page.go_live_at = timezone.now() + LEAD
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


def searchable(client):
    """Whether the site search finds the embargoed release by its title."""
    return EMBARGOED in client.get("/en/search/", {"q": "embargoed until tomorrow"}).content.decode()


@pytest.fixture
def beat_and_worker(transactional_db, django_db_serialized_rollback, tmp_path):
    """Celery beat and a worker in another process, on the test database, running the real beat schedule.

    The data must be committed for the worker to see it; the rows the migrations made (the root page,
    the locales) are restored after the test's flush, for the tests that run after it.
    """
    require(os.environ.get("REDIS_URL"), "REDIS_URL is not set: no broker for a real worker")
    database = connection.settings_dict
    env = dict(
        {name: value for name, value in os.environ.items() if name != "PYTEST_XDIST_WORKER"},
        DJANGO_SETTINGS_MODULE="efus_site.settings.test",
        DATABASE_URL=f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{database['NAME']}",
        # The test's own cache (a parallel run gives each pytest worker one), and a broker database
        # of its own: no other worker on this machine may take the beat's task.
        REDIS_URL=settings.CACHES["default"]["LOCATION"],
        CELERY_BROKER_URL=os.environ["REDIS_URL"].rsplit("/", 1)[0] + "/14",
        PUBLISH_SCHEDULED_EVERY="2",
        CELERY_TASK_ALWAYS_EAGER="false",
    )
    require(database["ENGINE"].endswith("postgresql"), "the worker needs the PostgreSQL test database")
    worker = start_worker(
        env,
        *("--beat", "--pool", "solo", "--schedule", str(tmp_path / "beat-schedule")),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    yield
    worker.terminate()
    worker.wait(timeout=30)


@pytest.mark.services
def test_a_release_scheduled_ahead_appears_by_itself_through_beat_and_a_worker(client, scheduled, beat_and_worker):
    go_live = scheduled.go_live_at
    seen_before, seen_after = [], None
    while timezone.now() < go_live + datetime.timedelta(seconds=45):
        shown = {**everywhere(client), "search": searchable(client)}
        if timezone.now() < go_live:
            seen_before.append(shown)
        elif all(shown.values()):
            seen_after = shown
            break
        time.sleep(3)
    assert seen_before and not any(any(shown.values()) for shown in seen_before)
    assert seen_after, "the release did not appear within 45 seconds of its time"
    scheduled.refresh_from_db()
    assert scheduled.live and scheduled.first_published_at >= go_live
