"""The events lists: upcoming or past, filtered by type, theme and year, and the home page's next events."""

from bisect import bisect_left

from django.conf import settings
from django.utils import timezone

from efus_site.core.cards import as_cards
from efus_site.core.generation import cached
from efus_site.core.models import Theme
from efus_site.core.pagination import paginate
from efus_site.core.routing import public_only

from .models import EventKind, EventPage


def live_events(index=None):
    """The live, public events (of one section, if given)."""
    events = EventPage.objects.live()
    if index is not None:
        events = events.child_of(index)
    return public_only(events)


def filtered_events(index, past, kind="", theme=None, year=None, now=None):
    """Upcoming events soonest first, or past ones latest first, with the filters applied."""
    now = now or timezone.now()
    events = live_events(index)
    events = (
        events.filter(ends_at__lt=now).order_by("-starts_at", "-pk")
        if past
        else events.filter(ends_at__gte=now).order_by("starts_at", "pk")
    )
    if kind:
        events = events.filter(kind=kind)
    if theme is not None:
        events = events.filter(themes=theme)
    if year:
        events = events.filter(start_date__year=year)
    return events


def read_filters(params):
    """(kind, theme, year, message): the valid filters of a query string; junk is ignored and said so."""
    kind = params.get("type", "")
    theme_slug = params.get("theme", "")
    year_text = params.get("year", "")
    ignored = False
    if kind not in EventKind.values:
        ignored = ignored or bool(kind)
        kind = ""
    theme = None
    if theme_slug:
        theme = next((each for each in all_themes() if theme_slug in _slugs(each)), None)
        ignored = ignored or theme is None
    year = int(year_text) if year_text.isdigit() and len(year_text) == 4 else None
    ignored = ignored or (bool(year_text) and year is None)
    return kind, theme, year, ignored


EVENTS_PER_PAGE = 12


def event_years(index):
    """The years that have events, newest first (cached per generation)."""
    return cached(
        f"conferences:event-years:{index.pk}",
        lambda: sorted({day.year for day in live_events(index).values_list("start_date", flat=True)}, reverse=True),
    )


def ended_events(index, now):
    """How many of the section's events have ended by now: the lists change when it does."""
    ends = cached(
        f"conferences:event-ends:{index.pk}",
        lambda: sorted(live_events(index).filter(ends_at__isnull=False).values_list("ends_at", flat=True)),
    )
    return bisect_left(ends, now)


def events_page(request, index, past, kind="", theme=None, year=None, years=()):
    """The requested page of events as cards, cached until the content changes or one of the events ends."""
    now = timezone.now()
    events = filtered_events(index, past, kind, theme, year, now)
    if year is not None and year not in years:  # any four digits a visitor typed: not a cache key
        page = paginate(request, events, EVENTS_PER_PAGE)
        page.object_list = as_cards(page.object_list)
        return page
    key = f"conferences:events:{index.pk}:{ended_events(index, now)}:{past}:{kind}:{theme.pk if theme else ''}:{year}"
    page = paginate(request, events, EVENTS_PER_PAGE, count=cached(f"{key}:count", events.count))
    page.object_list = cached(f"{key}:{page.number}", lambda: as_cards(page.object_list))
    return page


def upcoming_cards(index, limit):
    """The next events as cards."""
    return as_cards(filtered_events(index, past=False)[:limit])


def all_themes():
    """Every theme, cached per generation."""
    return cached("conferences:themes", lambda: list(Theme.objects.all()))


def _slugs(theme):
    return {getattr(theme, f"slug_{code}", "") for code, _name in settings.LANGUAGES} - {""}
