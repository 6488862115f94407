"""The projects index (filters with counts, the list and its pages) and a project's page."""

from django.db.models import Prefetch
from django.template.response import TemplateResponse
from django.utils.translation import get_language

from efus_site.core.cards import CARD_FIELDS, as_cards
from efus_site.core.generation import cached
from efus_site.core.models import Theme
from efus_site.core.pagination import paginate
from efus_site.core.routing import public_only
from members.models.pages import members_index

from .. import projects as service
from ..models import ProjectPartner

PROJECTS_PER_PAGE = 10
LIST_FIELDS = (*CARD_FIELDS, "acronym", "full_name", "programme", "start_date", "end_date", "intro")


def projects_index(page, request):
    """The projects, filtered as the query string asks; what it does not understand is ignored, and said so."""
    themes = cached("conferences:themes", lambda: list(Theme.objects.all()))
    filters, ignored = service.parse(request.GET, themes)
    projects = service.projects(page)
    # Keyed by the filters once understood, never by what was typed: there are only so many combinations.
    key = f"conferences:projects:{page.pk}:{service.cache_key(filters)}"
    counts = cached(f"{key}:counts", lambda: service.facet_counts(projects, filters))
    matching = service.matching_count(counts, filters)
    page_obj = paginate(request, service.listed(projects, filters), PROJECTS_PER_PAGE, matching)
    rows = page_obj.object_list
    page_obj.object_list = cached(f"{key}:{get_language()}:{page_obj.number}", lambda: _with_leads(rows))
    context = page.get_context(request)
    context.update(
        filtered=bool(filters),
        ignored=ignored,
        options=service.options(counts, filters, themes),
        projects=page_obj,
        matching=matching,
        projects_url=page.get_url(request),
        route_suffix=f"?{request.GET.urlencode()}" if request.GET else "",
    )
    return TemplateResponse(request, "conferences/projects_index_page.html", context)


def _with_leads(rows):
    """One page of projects with their lead partners, in three queries whatever the page holds."""
    leads = ProjectPartner.objects.filter(role="lead").select_related("authority")
    projects = rows.only(*LIST_FIELDS).prefetch_related(Prefetch("partners", leads, to_attr="leads"))
    return list(projects)


def project_context(page, request):
    """The partners (members linked to their profiles), the outputs, events and declarations, each loaded once."""
    if getattr(request, "is_preview", False):
        parts = _parts(page)
    else:
        parts = cached(f"conferences:project:{page.pk}:{get_language()}", lambda: _parts(page))
    section = members_index()
    directory_url = section.get_url(request) if section else None
    partners = [
        (partner, f"{directory_url}{partner.authority.slug}/" if directory_url and partner.authority_id else "")
        for partner in parts["partners"]
    ]
    return {**parts, "partners": partners, "lead": next((p for p, _url in partners if p.role == "lead"), None)}


def _parts(page):
    """What the page shows besides its own fields; in a preview, as the editor's form left it."""
    partners = page.partners.select_related("authority")
    return {
        "partners": sorted(partners, key=lambda partner: partner.sort_order or 0),
        "outputs": _live_cards(page.outputs.all(), "-date"),
        "events": _live_cards(page.events.all(), "-start_date"),
        "declarations": list(page.declarations.live().order_by("adopted_on")) if page.pk else [],
        "themes": list(page.themes.all()),
    }


def _live_cards(pages, order):
    """The live, public pages among the chosen ones, as cards; in a preview, the chosen pages as they are."""
    if not hasattr(pages, "live"):
        return [each for each in pages if each.live]
    return as_cards(public_only(pages.live()).order_by(order))
