"""iCalendar files: an event, a calendar of events, a registrant's edition and sessions, each with its VTIMEZONE."""

import datetime

from django.utils import timezone
from icalendar import Calendar
from icalendar import Event as CalendarEvent

PRODUCT_ID = "-//Efus//Conferences and events//EN"


def _calendar(name):
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    return calendar


def _day(value):
    return value.date() if isinstance(value, datetime.datetime) else value


def _finish(calendar):
    # One VTIMEZONE per zone the events name, so calendars show the local times wherever the reader is;
    # its transitions span the calendar's events with a year to spare, not the zone's whole history.
    days = [_day(entry.decoded(name)) for entry in calendar.walk("VEVENT") for name in ("dtstart", "dtend")]
    if days:
        margin = datetime.timedelta(days=366)
        calendar.add_missing_timezones(first_date=min(days) - margin, last_date=max(days) + margin)
    return calendar.to_ical()


def _entry(uid, summary, start, end, url="", location="", description="", all_day=False):
    entry = CalendarEvent()
    entry.add("uid", uid)
    entry.add("dtstamp", timezone.now())
    entry.add("summary", summary)
    if all_day:
        entry.add("dtstart", start.date() if isinstance(start, datetime.datetime) else start)
        entry.add("dtend", end.date() if isinstance(end, datetime.datetime) else end)
    else:
        entry.add("dtstart", start)
        entry.add("dtend", end)
    if url:
        entry.add("url", url)
    if location:
        entry.add("location", location)
    if description:
        entry.add("description", description)
    return entry


def event_entry(event, request=None):
    """A VEVENT for an event page, in its own time zone (a whole-day event as dates)."""
    start, end = event.interval()
    location = event.place or ("Online" if event.online else "")
    return _entry(
        f"event-{event.pk}@efus.eu",
        event.title,
        start,
        end,
        url=event.get_full_url(request),
        location=location,
        description=event.intro,
        all_day=event.all_day,
    )


def events_calendar(events, name, request=None):
    """A calendar of events (bytes)."""
    calendar = _calendar(name)
    for event in events:
        calendar.add_component(event_entry(event, request))
    return _finish(calendar)


def registration_calendar(registration, page, sessions):
    """The calendar attached to a confirmation: the edition or event, and each session chosen."""
    specific = page.specific
    calendar = _calendar(specific.title)
    if hasattr(specific, "interval"):
        calendar.add_component(event_entry(specific))
    else:
        end = specific.end_date + datetime.timedelta(days=1)
        calendar.add_component(
            _entry(
                f"edition-{specific.pk}@efus.eu",
                specific.title,
                specific.start_date,
                end,
                url=specific.get_full_url(),
                location=specific.venue,
                all_day=True,
            )
        )
        for session in sessions:
            start, session_end = session.interval(specific.time_zone)
            calendar.add_component(
                _entry(
                    f"session-{session.pk}-{registration.pk}@efus.eu",
                    session.title,
                    start,
                    session_end,
                    location=session.room,
                )
            )
    return _finish(calendar)
