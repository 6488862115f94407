"""The events lists with their filters and empty states, an event's page, its structured data and the RSS feed."""

import datetime
import json
import re
from unittest import mock

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from conferences.factories import EventPageFactory, SpeakerFactory
from conferences.models import EventPage, EventsIndexPage
from efus_site.core.factories import CustomImageFactory, ThemeFactory

pytestmark = pytest.mark.django_db


def event(section, **fields):
    themes = fields.pop("themes", [])
    page = EventPageFactory(parent=section, **fields)
    if themes:
        page.themes.set(themes)
        page.save_revision().publish()
    return page


def test_creation_rules():
    assert EventPage.parent_page_types == ["conferences.EventsIndexPage"]
    assert EventsIndexPage.max_count == 1


def test_start_and_end_are_stored_as_instants_of_the_events_zone(events_section):
    page = event(events_section, start_date=datetime.date(2030, 7, 1), time_zone="America/Montreal")
    assert page.starts_at == datetime.datetime(2030, 7, 1, 18, 0, tzinfo=datetime.UTC)  # 14:00 EDT
    assert page.ends_at == datetime.datetime(2030, 7, 1, 19, 30, tzinfo=datetime.UTC)


def test_upcoming_soonest_first_and_past_latest_first(client, events_section):
    event(events_section, title="Later", start_date=datetime.date(2031, 5, 1))
    event(events_section, title="Sooner", start_date=datetime.date(2030, 5, 1))
    event(events_section, title="Long ago", start_date=datetime.date(2019, 5, 1))
    event(events_section, title="Less long ago", start_date=datetime.date(2020, 5, 1))
    upcoming = client.get("/en/events/").content.decode()
    assert upcoming.index("Sooner") < upcoming.index("Later") and "Long ago" not in upcoming
    past = client.get("/en/events/past/").content.decode()
    assert past.index("Less long ago") < past.index("Long ago") and "Sooner" not in past


def test_filters_by_type_theme_and_year(client, events_section):
    nightlife = ThemeFactory(name_en="Nightlife", slug_en="nightlife", slug_fr="vie-nocturne")
    event(
        events_section,
        title="Night task force",
        kind="task_force",
        start_date=datetime.date(2020, 5, 20),
        themes=[nightlife],
    )
    event(events_section, title="Webinar 2020", start_date=datetime.date(2020, 4, 2))
    event(events_section, title="Webinar 2021", start_date=datetime.date(2021, 4, 2))
    html = client.get("/en/events/past/?type=task_force").content.decode()
    assert "Night task force" in html and "Webinar 2020" not in html
    html = client.get("/fr/evenements/past/?theme=vie-nocturne").content.decode()
    assert "Night task force" in html and "Webinar 2021" not in html
    html = client.get("/en/events/past/?year=2021").content.decode()
    assert "Webinar 2021" in html and "Webinar 2020" not in html


def test_empty_states(client, events_section):
    assert "No event is announced at the moment." in client.get("/en/events/").content.decode()
    assert "No past event yet." in client.get("/en/events/past/").content.decode()
    event(events_section, start_date=datetime.date(2020, 1, 1))
    assert "No event matches these filters." in client.get("/en/events/past/?year=2019").content.decode()


@pytest.mark.parametrize("query", ["?type=concert", "?theme=" + "x" * 500, "?year=20x0", "?page=999", "?page=abc"])
def test_junk_filters_never_fail(client, events_section, query):
    event(events_section, start_date=datetime.date(2020, 1, 1))
    response = client.get("/en/events/past/" + query)
    assert response.status_code == 200


def test_pagination(client, events_section):
    for day in range(14):
        event(events_section, start_date=datetime.date(2030, 1, 1) + datetime.timedelta(days=day))
    first = client.get("/en/events/").content.decode()
    assert first.count('class="card event-card"') == 12 and 'rel="next"' in first
    assert client.get("/en/events/?page=2").content.decode().count('class="card event-card"') == 2


def test_event_page_times_in_its_zone_and_structured_data(client, events_section):
    page = event(
        events_section,
        title="Transatlantic webinar",
        slug_en="transatlantic",
        start_date=datetime.date(2030, 7, 1),
        time_zone="America/Montreal",
    )
    page.speakers.add(SpeakerFactory(name="Ana Torres"))
    page.save_revision().publish()
    html = client.get("/en/events/transatlantic/").content.decode()
    assert "14:00–15:30 EDT" in html and "Ana Torres" in html
    data = json.loads(re.search(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', html, re.S).group(1))
    assert data["@type"] == "Event" and data["startDate"] == "2030-07-01T14:00:00-04:00"
    assert data["eventAttendanceMode"].endswith("OnlineEventAttendanceMode")


def test_all_day_event(client, events_section):
    event(
        events_section,
        slug_en="visit",
        kind="study_visit",
        start_time=None,
        end_time=None,
        start_date=datetime.date(2030, 5, 11),
        end_date=datetime.date(2030, 5, 12),
        online=False,
        place_en="Turin",
    )
    html = client.get("/en/events/visit/").content.decode()
    assert "Turin" in html and '"startDate": "2030-05-11"' in html and '"endDate": "2030-05-12"' in html


def test_outside_registration_link(client, events_section):
    event(events_section, slug_en="elsewhere", registration_url="https://example.org/register")
    html = client.get("/en/events/elsewhere/").content.decode()
    assert 'href="https://example.org/register"' in html


def test_rss_feed_in_the_visitors_language(client, events_section):
    event(events_section, title="Webinar", title_fr="Webinaire", start_date=datetime.date(2030, 1, 1))
    body = client.get("/fr/evenements/feed/rss/").content.decode()
    assert "<language>fr</language>" in body and "Webinaire" in body and "2030-01-01 14:00 CET" in body


def test_home_page_shows_upcoming_events(client, home, events_section):
    event(events_section, title="Coming webinar")
    home.events_source = events_section
    home.save_revision().publish()
    assert "Coming webinar" in client.get("/en/").content.decode()


def _queries(client, url):
    """Queries of a cold render (empty cache), once renditions and Django's own caches exist."""
    client.get(url)
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_list_query_count_does_not_grow(client, events_section):
    theme = ThemeFactory()
    event(events_section, themes=[theme])
    few = _queries(client, "/en/events/")
    for _ in range(8):
        event(events_section, themes=[theme]).speakers.add(SpeakerFactory())
    assert _queries(client, "/en/events/") == few


def test_event_query_count_does_not_grow_with_speakers(client, events_section):
    page = event(events_section, slug_en="one")
    page.speakers.add(SpeakerFactory(photo=CustomImageFactory()))
    few = _queries(client, "/en/events/one/")
    page.speakers.add(*[SpeakerFactory(photo=CustomImageFactory()) for _ in range(6)])
    assert _queries(client, "/en/events/one/") == few


def test_lists_are_read_once_and_follow_the_clock(client, events_section):
    """A warm list reads nothing; when an event ends it moves to the past list without anyone editing."""
    page = event(events_section, title="Evening webinar", start_date=datetime.date(2030, 5, 1))
    assert "Evening webinar" in client.get("/en/events/").content.decode()
    with CaptureQueriesContext(connection) as queries:
        assert "Evening webinar" in client.get("/en/events/").content.decode()
    assert len(queries) == 0
    later = page.ends_at + datetime.timedelta(minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        assert "Evening webinar" not in client.get("/en/events/").content.decode()
        assert "Evening webinar" in client.get("/en/events/past/").content.decode()
