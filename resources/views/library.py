"""The library's public view: filters with their counts, the list and its pages."""

from django.template.response import TemplateResponse
from django.utils.translation import get_language

from efus_site.core.cards import with_card_images
from efus_site.core.generation import cached
from efus_site.core.models import Theme
from efus_site.core.pagination import paginate

from .. import library as service

RESOURCES_PER_PAGE = 12


def library(page, request):
    """The library, filtered as the query string asks; what it does not understand is ignored, and said so."""
    themes = cached("resources:themes", lambda: list(Theme.objects.all()))
    filters, ignored = service.parse(request.GET, themes)
    resources = service.resources(page)
    # Keyed by the filters once understood, never by what was typed: there are only so many combinations.
    key = f"resources:library:{page.pk}:{service.cache_key(filters)}"
    counts = cached(f"{key}:counts", lambda: service.facet_counts(resources, filters))
    matching = service.matching_count(counts, filters)
    page_obj = paginate(request, service.ordered(service.filtered(resources, filters)), RESOURCES_PER_PAGE, matching)
    rows = page_obj.object_list
    page_obj.object_list = cached(
        f"{key}:{get_language()}:{page_obj.number}", lambda: with_card_images(service.listed(rows))
    )
    context = page.get_context(request)
    context.update(
        filters=filters,
        filtered=bool(filters),
        ignored=ignored,
        options=service.options(counts, filters, themes),
        resources=page_obj,
        matching=matching,
        library_url=page.get_url(request),
        # The language switcher keeps the filters.
        route_suffix=f"?{request.GET.urlencode()}" if request.GET else "",
    )
    return TemplateResponse(request, "resources/resource_index_page.html", context)
