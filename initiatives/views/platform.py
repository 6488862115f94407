"""The platform's public list: filters with their counts, the map and the pages of initiatives."""

from django.template.response import TemplateResponse
from django.utils.translation import get_language

from efus_site.core.generation import cached
from efus_site.core.models import Theme
from efus_site.core.pagination import paginate
from members.maps import HEIGHT, WIDTH

from .. import platform as service

INITIATIVES_PER_PAGE = 12


def platform(page, request):
    """The section filtered as the query string asks; what it does not understand is ignored, and said so."""
    themes = cached("initiatives:themes", lambda: list(Theme.objects.all()))
    # The heading and the feed name the crisis: read once per generation, not on every render.
    page.crisis = cached(f"initiatives:crisis:{page.crisis_id}", lambda: page.crisis)
    filters, ignored = service.parse(request.GET, themes)
    initiatives = service.initiatives(page)
    # Keyed by the filters once understood, never by what was typed: there are only so many combinations.
    key = f"initiatives:platform:{page.pk}:{service.cache_key(filters)}"
    counts = cached(f"{key}:counts", lambda: service.facet_counts(initiatives, filters))
    matching = service.matching_count(counts, filters)
    selected = service.filtered(initiatives, filters)
    page_obj = paginate(request, service.ordered(selected), INITIATIVES_PER_PAGE, matching)
    rows = page_obj.object_list
    page_obj.object_list = cached(f"{key}:{get_language()}:{page_obj.number}", lambda: service.listed(rows))
    context = page.get_context(request)
    context.update(
        filters=filters,
        filtered=bool(filters),
        ignored=ignored,
        options=service.options(counts, filters, themes),
        initiatives=page_obj,
        matching=matching,
        map_dots=cached(f"{key}:map", lambda: service.map_dots(selected)),
        map_size=(WIDTH, HEIGHT),
        platform_url=page.get_url(request),
        share_url=page.get_url(request) + page.reverse_subpage("share"),
        feeds=page.feed_links(request),
        route_suffix=f"?{request.GET.urlencode()}" if request.GET else "",
    )
    return TemplateResponse(request, "initiatives/initiatives_index_page.html", context)
