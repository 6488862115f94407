"""iCalendar files: they parse, name their time zone with a VTIMEZONE, keep times across daylight saving."""

import datetime
import zoneinfo

import pytest
from icalendar import Calendar

from conferences.factories import EventPageFactory

pytestmark = pytest.mark.django_db
PARIS = zoneinfo.ZoneInfo("Europe/Paris")


def _calendar(client, url):
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def _events(calendar):
    return {str(item["summary"]): item for item in calendar.walk("VEVENT")}


def test_event_ics_keeps_its_time_zone(client, events_section):
    EventPageFactory(
        parent=events_section,
        title="Montreal webinar",
        slug_en="montreal",
        time_zone="America/Montreal",
        start_date=datetime.date(2030, 7, 1),
    )
    calendar = _calendar(client, "/en/events/montreal/calendar/")
    entry = _events(calendar)["Montreal webinar"]
    start = entry.decoded("dtstart")
    assert entry["dtstart"].params["TZID"] == "America/Montreal"
    assert start.astimezone(datetime.UTC) == datetime.datetime(2030, 7, 1, 18, tzinfo=datetime.UTC)
    assert [str(zone["tzid"]) for zone in calendar.walk("VTIMEZONE")] == ["America/Montreal"]


def test_times_stay_right_across_a_daylight_saving_change(client, events_section):
    """14:00 in Paris the week before and the week after clocks go forward (30 March 2031): 13:00 then 12:00 UTC."""
    EventPageFactory(parent=events_section, title="Before", start_date=datetime.date(2031, 3, 27))
    EventPageFactory(parent=events_section, title="After", start_date=datetime.date(2031, 4, 3))
    entries = _events(_calendar(client, "/en/events/calendar/"))
    before, after = entries["Before"].decoded("dtstart"), entries["After"].decoded("dtstart")
    assert (before.astimezone(PARIS).hour, after.astimezone(PARIS).hour) == (14, 14)
    assert before.astimezone(datetime.UTC).hour == 13 and after.astimezone(datetime.UTC).hour == 12
    assert entries["After"]["dtstart"].params["TZID"] == "Europe/Paris"


def test_whole_day_events_are_dates(client, events_section):
    EventPageFactory(
        parent=events_section,
        title="Visit",
        slug_en="visit",
        start_time=None,
        end_time=None,
        start_date=datetime.date(2030, 5, 11),
        end_date=datetime.date(2030, 5, 12),
    )
    entry = _events(_calendar(client, "/en/events/visit/calendar/"))["Visit"]
    assert entry.decoded("dtstart") == datetime.date(2030, 5, 11)
    assert entry.decoded("dtend") == datetime.date(2030, 5, 13)  # DTEND of a whole day is exclusive


def test_feed_per_type(client, events_section):
    EventPageFactory(parent=events_section, title="A webinar")
    EventPageFactory(parent=events_section, title="A training", kind="training")
    assert set(_events(_calendar(client, "/en/events/calendar/trainings/"))) == {"A training"}
    assert set(_events(_calendar(client, "/en/events/calendar/"))) == {"A webinar", "A training"}
    assert client.get("/en/events/calendar/concerts/").status_code == 404
