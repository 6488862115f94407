"""schema.org Event data for an event or an edition, as JSON safe to put inside a <script> element."""

import datetime
import json

from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from press.structured_data import JSON_SCRIPT_ESCAPES

ORGANISER = {"@type": "Organization", "name": "Efus – European Forum for Urban Security", "url": "https://efus.eu"}
ONLINE = "https://schema.org/OnlineEventAttendanceMode"
OFFLINE = "https://schema.org/OfflineEventAttendanceMode"


def _script(data):
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES))  # noqa: S308 - escaped


def event_data(event, request):
    """An event page as a schema.org Event, with its times in its own zone."""
    start, end = event.interval()
    url = event.get_full_url(request) if event.pk else ""
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.intro,
        "startDate": start.date().isoformat() if event.all_day else start.isoformat(),
        "endDate": (end - datetime.timedelta(days=1)).date().isoformat() if event.all_day else end.isoformat(),
        "eventAttendanceMode": ONLINE if event.online else OFFLINE,
        "eventStatus": "https://schema.org/EventScheduled",
        "inLanguage": get_language(),
        "organizer": ORGANISER,
        "location": (
            {"@type": "VirtualLocation", "url": url}
            if event.online
            else {"@type": "Place", "name": event.place or event.title, "address": event.place or ""}
        ),
    }
    if url:
        data["url"] = url
    return _script(data)


def edition_data(edition, request):
    """An edition as a schema.org Event."""
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": edition.title,
        "description": edition.intro,
        "startDate": edition.start_date.isoformat(),
        "endDate": edition.end_date.isoformat(),
        "eventAttendanceMode": OFFLINE,
        "eventStatus": "https://schema.org/EventScheduled",
        "inLanguage": get_language(),
        "organizer": ORGANISER,
        "location": {"@type": "Place", "name": edition.venue or edition.host_name, "address": edition.host_name},
    }
    if edition.pk:
        data["url"] = edition.get_full_url(request)
    return _script(data)
