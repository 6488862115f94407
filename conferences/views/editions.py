"""An edition's page with its programme by day or by type."""

from django.template.response import TemplateResponse
from django.utils.translation import get_language

from efus_site.core.generation import cached

from ..programme import VIEWS, entries, programme, speakers_of
from ..structured_data import edition_data


def programme_and_speakers(page):
    """(the programme's entries in the active language, the distinct speakers) of an edition."""
    sessions = page.programme_sessions()
    return entries(sessions), speakers_of(sessions)


def edition(page, request):
    """The edition: figures, hosts, programme (?by=day or ?by=type), speakers, videos, practical information."""
    view = request.GET.get("by", "day")
    view = view if view in VIEWS else "day"
    if getattr(request, "is_preview", False):
        sessions, speakers = programme_and_speakers(page)
        declarations = page.adopted_declarations() if page.pk else []
    else:
        # Values per generation and language; the HTML is rendered every time.
        key = f"conferences:programme:{page.pk}:{get_language()}"
        sessions, speakers = cached(key, lambda: programme_and_speakers(page))
        declarations = cached(f"conferences:adopted:{page.pk}:{get_language()}", page.adopted_declarations)
    context = page.get_context(request)
    context.update(
        programme=programme(sessions, view),
        programme_view=view,
        by_type=view == "type",
        speakers=speakers,
        hosts=list(page.hosts.all()),
        declarations=declarations,
        structured_data=edition_data(page, request),
        route_suffix="?by=type" if view == "type" else "",
    )
    return TemplateResponse(request, "conferences/conference_edition_page.html", context)
