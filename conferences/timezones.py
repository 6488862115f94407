"""Local times in a named time zone: what editors type, turned into instants the lists sort by."""

import datetime
import zoneinfo

from django.utils.translation import gettext_lazy as _

#: The zones Efus' events take place in, and the ones its online events are announced in.
TIME_ZONE_CHOICES = [
    ("Europe/Paris", _("Central European Time (Paris, Brussels, Rome, Madrid, Berlin)")),
    ("Europe/Lisbon", _("Western European Time (Lisbon)")),
    ("Europe/London", _("United Kingdom and Ireland (London, Dublin)")),
    ("Europe/Athens", _("Eastern European Time (Athens, Riga, Helsinki)")),
    ("America/Montreal", _("Eastern Time (Montreal, New York)")),
    ("UTC", _("Coordinated Universal Time (UTC)")),
]
DEFAULT_TIME_ZONE = "Europe/Paris"


def zone(name):
    """The ZoneInfo of a name, the default zone if the name is unknown."""
    try:
        return zoneinfo.ZoneInfo(name or DEFAULT_TIME_ZONE)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo(DEFAULT_TIME_ZONE)


def aware(day, time, zone_name):
    """The instant of a local day and time (midnight if no time) in the named zone."""
    return datetime.datetime.combine(day, time or datetime.time(0), tzinfo=zone(zone_name))


def overlap(first, second):
    """True if two (start, end) intervals share a moment; touching ends do not overlap."""
    return first[0] < second[1] and second[0] < first[1]
