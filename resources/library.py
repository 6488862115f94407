"""The library's filters: what a visitor asked for, the matching resources and each option's count.

Each option counts the resources it would show with the visitor's other filters kept (faceted counts),
in one query per filter, however many resources and options there are.
"""

import re
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Q
from django.db.models.functions import ExtractYear

from efus_site.core.routing import public_only

from .models import ResourcePage, ResourceType

FACETS = ("type", "theme", "language", "year")
SLUG = re.compile(r"^[-a-z0-9_]{1,100}$")
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


@dataclass
class Option:
    """One choice of a filter: its value in the address, its label, how many it would show, chosen or not."""

    value: str
    label: str
    count: int
    selected: bool


def parse(params, themes):
    """The filters a query string asks for, and whether some of it was not understood (and ignored)."""
    filters, ignored = {}, False
    theme_ids = {}
    for theme in themes:
        for code, _name in settings.LANGUAGES:
            slug = getattr(theme, f"slug_{code}", None)
            if slug:
                theme_ids.setdefault(slug, theme.pk)
    for name in FACETS:
        value = params.get(name, "")
        if not value:
            continue
        if name == "type" and value in ResourceType.values:
            filters["type"] = value
        elif name == "theme" and SLUG.match(value) and value in theme_ids:
            filters["theme"] = theme_ids[value]
        elif name == "language" and value in LANGUAGE_NAMES:
            filters["language"] = value
        elif name == "year" and YEAR.match(value):
            filters["year"] = int(value)
        else:
            ignored = True
    return filters, ignored


def cache_key(filters):
    """The understood filters as a short, stable string (type=…|theme=…|language=…|year=…)."""
    return "|".join(f"{name}={filters.get(name, '')}" for name in FACETS)


def resources(index):
    """The live, public resources of the library."""
    return public_only(ResourcePage.objects.child_of(index).live())


def filtered(queryset, filters, leave_out=None):
    """The resources matching the filters, but for the one left out (to count that one's options)."""
    conditions = Q()
    if "type" in filters and leave_out != "type":
        conditions &= Q(resource_type=filters["type"])
    if "theme" in filters and leave_out != "theme":
        conditions &= Q(themes=filters["theme"])
    if "language" in filters and leave_out != "language":
        conditions &= Q(files__language=filters["language"])
    if "year" in filters and leave_out != "year":
        conditions &= Q(date__year=filters["year"])
    return queryset.filter(conditions)


def facet_counts(queryset, filters):
    """{filter: {value: count}}, each filter counted over the resources the other filters match."""
    grouped = {
        "type": ("resource_type", {}),
        "theme": ("themes", {}),
        "language": ("files__language", {}),
        "year": ("year", {"year": ExtractYear("date")}),
    }
    counts = {}
    for name, (column, annotations) in grouped.items():
        rows = filtered(queryset, filters, leave_out=name).order_by().annotate(**annotations).values(column)
        rows = rows.annotate(matching=Count("pk", distinct=True)).values_list(column, "matching")
        counts[name] = {value: matching for value, matching in rows if value is not None}
    return counts


def matching_count(counts, filters):
    """How many resources match every filter, read from the type counts: each resource has one type."""
    if "type" in filters:
        return counts["type"].get(filters["type"], 0)
    return sum(counts["type"].values())


def options(counts, filters, themes):
    """The choices of each filter, with their counts; options that would show nothing are left out."""

    def choice(name, value, key, label):
        count = counts[name].get(key, 0)
        selected = filters.get(name) == key
        return Option(str(value), str(label), count, selected) if count or selected else None

    built = {
        "type": [choice("type", value, value, label) for value, label in ResourceType.choices],
        "theme": [choice("theme", theme.slug, theme.pk, theme.name) for theme in themes],
        "language": [choice("language", code, code, name) for code, name in settings.LANGUAGES],
        "year": [
            choice("year", year, year, year) for year in sorted({*counts["year"], filters.get("year", 0)} - {0})[::-1]
        ],
    }
    return {name: [option for option in choices if option] for name, choices in built.items()}


def listed(queryset):
    """One page of resources, newest first, loaded with what the list shows."""
    return list(queryset.only(*LIST_FIELDS))


def ordered(queryset):
    return queryset.order_by("-date", "-pk")
