"""An edition's page with its programme by day or by type."""

from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils.translation import get_language

from efus_site.core.generation import cached

from ..programme import VIEWS, programme, speakers_of
from ..structured_data import edition_data


def _rendered(page, view):
    """(has a programme, programme HTML, speakers HTML) in the active language: the page's heaviest part."""
    sessions = page.programme_sessions()
    groups = programme(sessions, view)
    context = {"programme": groups, "programme_view": view, "by_type": view == "type"}
    return (
        bool(groups),
        render_to_string("conferences/components/programme.html", context),
        render_to_string("conferences/components/speakers.html", {"speakers": speakers_of(sessions)}),
    )


def edition(page, request):
    """The edition: figures, hosts, programme (?by=day or ?by=type), speakers, videos, practical information."""
    view = request.GET.get("by", "day")
    view = view if view in VIEWS else "day"
    if getattr(request, "is_preview", False):
        rendered = _rendered(page, view)
    else:
        # Rendered once per generation, language and view: sessions and speakers change with a generation.
        rendered = cached(f"conferences:programme:{page.pk}:{get_language()}:{view}", lambda: _rendered(page, view))
    context = page.get_context(request)
    context.update(
        programme=rendered[0],
        programme_html=rendered[1],
        speakers_html=rendered[2],
        programme_view=view,
        hosts=list(page.hosts.all()),
        structured_data=edition_data(page, request),
        route_suffix="?by=type" if view == "type" else "",
    )
    return TemplateResponse(request, "conferences/conference_edition_page.html", context)
