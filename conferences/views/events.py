"""The events lists, an event's page, its .ics and the calendar feeds."""

from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from efus_site.core.generation import cached

from ..ical import events_calendar
from ..listing import all_themes, event_years, events_page, filtered_events, read_filters
from ..models import KIND_SLUGS, EventKind
from ..models.speakers import make_photo_renditions, speakers_with_photos
from ..structured_data import event_data

#: How many events a calendar feed holds: the coming ones and the recent past.
FEED_LIMIT = 200


def events_list(page, request, past):
    """Upcoming (soonest first) or past events (latest first), filtered, a page at a time."""
    kind, theme, year, ignored = read_filters(request.GET)
    years = event_years(page)
    results = events_page(request, page, past, kind, theme, year, years)
    context = page.get_context(request)
    context.update(
        events=results,
        past=past,
        kinds=EventKind.choices,
        kind=kind,
        themes=all_themes(),
        theme=theme,
        years=years,
        year=year,
        filtered=bool(kind or theme or year),
        ignored_filters=ignored,
        kind_feeds=[(label, KIND_SLUGS[value]) for value, label in EventKind.choices],
        route_suffix="past/" if past else "",
        subpage_title=_("Past events") if past else None,
    )
    return TemplateResponse(request, "conferences/events_index_page.html", context)


def event(page, request):
    """An event: when in its own time zone, where, registration, and afterwards the recording and materials."""
    preview = getattr(request, "is_preview", False) or not page.pk

    def extras():
        section = page.get_parent()
        return {
            "speakers": make_photo_renditions(list(speakers_with_photos().filter(events=page))),
            "event_themes": list(page.themes.all()),
            "section": section.specific if section else None,
        }

    if preview:
        section = page.get_parent()
        found = {
            "speakers": list(page.speakers.all()),
            "event_themes": list(page.themes.all()),
            "section": section.specific if section else None,
        }
    else:
        found = cached(f"conferences:event-page:{page.pk}", extras)
    context = page.get_context(request)
    context.update(found, structured_data=event_data(page, request))
    context["feeds"] = context["section"].feed_links(request) if context["section"] else []
    return TemplateResponse(request, "conferences/event_page.html", context)


def _calendar_response(body, filename):
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def event_ics(page, request):
    """One event as an .ics file."""
    return _calendar_response(events_calendar([page], page.title, request), f"{page.slug}.ics")


def calendar_feed(page, request, kind_slug):
    """Every event, or one type's, as an iCalendar feed."""
    kinds = {slug: kind for kind, slug in KIND_SLUGS.items()}
    if kind_slug is not None and kind_slug not in kinds:
        raise Http404
    events = filtered_events(page, past=False)
    past = filtered_events(page, past=True)
    if kind_slug:
        events, past = events.filter(kind=kinds[kind_slug]), past.filter(kind=kinds[kind_slug])
    chosen = [*events[:FEED_LIMIT], *past[: FEED_LIMIT // 4]]
    name = f"Efus – {EventKind(kinds[kind_slug]).label}" if kind_slug else "Efus"
    return _calendar_response(events_calendar(chosen, name, request), f"efus-{kind_slug or 'events'}.ics")
