"""The library's filters: what a visitor asked for, the matching resources and each option's count.

Each option counts the resources it would show with the visitor's other filters kept (faceted counts),
in one query per filter, however many resources and options there are.
"""

import re

from django.conf import settings
from django.db.models.functions import ExtractYear

from efus_site.core import facets
from efus_site.core.routing import public_only

from .models import ResourcePage, ResourceType

FACETS = ("type", "theme", "language", "year")
#: The column each filter matches.
LOOKUPS = {"type": "resource_type", "theme": "themes", "language": "files__language", "year": "date__year"}
YEAR = re.compile(r"^(19|20)[0-9]{2}$")
LANGUAGE_NAMES = dict(settings.LANGUAGES)
#: What the list of a filtered library shows of each resource.
LIST_FIELDS = (
    "title",
    "slug",
    "url_path",
    "path",
    "depth",
    "live",
    "locale",
    "content_type",
    "listing_image",
    "listing_summary",
    "summary",
    "resource_type",
    "date",
    "members_only",
)


def parse(params, themes):
    """The filters a query string asks for, and whether some of it was not understood (and ignored)."""
    filters, ignored = {}, False
    theme_ids = facets.theme_ids(themes)
    for name in FACETS:
        value = params.get(name, "")
        if not value:
            continue
        if name == "type" and value in ResourceType.values:
            filters["type"] = value
        elif name == "theme" and facets.theme_filter(value, theme_ids):
            filters["theme"] = facets.theme_filter(value, theme_ids)
        elif name == "language" and value in LANGUAGE_NAMES:
            filters["language"] = value
        elif name == "year" and YEAR.match(value):
            filters["year"] = int(value)
        else:
            ignored = True
    return filters, ignored


def cache_key(filters):
    """The understood filters as a short, stable string (type=…|theme=…|language=…|year=…)."""
    return facets.cache_key(filters, FACETS)


def resources(index):
    """The live, public resources of the library."""
    return public_only(ResourcePage.objects.child_of(index).live())


def filtered(queryset, filters, leave_out=None):
    """The resources matching the filters, but for the one left out (to count that one's options)."""
    return queryset.filter(facets.conditions(filters, LOOKUPS, leave_out))


def facet_counts(queryset, filters):
    """{filter: {value: count}}, each filter counted over the resources the other filters match."""
    return facets.grouped_counts(
        lambda leave_out: filtered(queryset, filters, leave_out),
        {"type": "resource_type", "theme": "themes", "language": "files__language", "year": "year"},
        annotations={"year": {"year": ExtractYear("date")}},
    )


def matching_count(counts, filters):
    """How many resources match every filter, read from the type counts: each resource has one type."""
    if "type" in filters:
        return counts["type"].get(filters["type"], 0)
    return sum(counts["type"].values())


def options(counts, filters, themes):
    """The choices of each filter, with their counts; options that would show nothing are left out."""
    choice = facets.chooser(counts, filters)
    years = sorted({*counts["year"], filters.get("year", 0)} - {0})[::-1]
    return facets.kept(
        {
            "type": [choice("type", value, value, label) for value, label in ResourceType.choices],
            "theme": [choice("theme", theme.slug, theme.pk, theme.name) for theme in themes],
            "language": [choice("language", code, code, name) for code, name in settings.LANGUAGES],
            "year": [choice("year", year, year, year) for year in years],
        }
    )


def listed(queryset):
    """One page of resources, newest first, loaded with what the list shows."""
    return list(queryset.only(*LIST_FIELDS))


def ordered(queryset):
    return queryset.order_by("-date", "-pk")
