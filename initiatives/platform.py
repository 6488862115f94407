"""The platform's list: filters by theme, country and kind of authority, each option with its count, and the map.

Each option counts the initiatives it would show with the visitor's other filters kept, in one
query per filter, however many initiatives and options there are.
"""

import re
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Q

from efus_site.core.routing import public_only
from efus_site.core.text import fold
from members.countries import country_name
from members.maps import dots
from members.models import Kind

from .models import InitiativePage

FACETS = ("theme", "country", "kind")
SLUG = re.compile(r"^[-a-z0-9_]{1,100}$")
COUNTRY = re.compile(r"^[A-Z]{2}$")
#: What a card of the list shows of each initiative.
LIST_FIELDS = (
    "title",
    "slug",
    "url_path",
    "path",
    "depth",
    "live",
    "locale",
    "content_type",
    "listing_summary",
    "summary",
    "authority_name",
    "country",
    "authority_kind",
    "start_date",
    "end_date",
    "original_language",
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
        if name == "theme" and SLUG.match(value) and value in theme_ids:
            filters["theme"] = theme_ids[value]
        elif name == "country" and COUNTRY.match(value.upper()):
            filters["country"] = value.upper()
        elif name == "kind" and value in Kind.values:
            filters["kind"] = value
        else:
            ignored = True
    return filters, ignored


def cache_key(filters):
    """The understood filters as a short, stable string."""
    return "|".join(f"{name}={filters.get(name, '')}" for name in FACETS)


def initiatives(section):
    """The live, public initiatives of the section."""
    return public_only(InitiativePage.objects.child_of(section).live())


def filtered(queryset, filters, leave_out=None):
    """The initiatives matching the filters, but for the one left out (to count that one's options)."""
    conditions = Q()
    if "theme" in filters and leave_out != "theme":
        conditions &= Q(themes=filters["theme"])
    if "country" in filters and leave_out != "country":
        conditions &= Q(country=filters["country"])
    if "kind" in filters and leave_out != "kind":
        conditions &= Q(authority_kind=filters["kind"])
    return queryset.filter(conditions)


def facet_counts(queryset, filters):
    """{filter: {value: count}}, each filter counted over the initiatives the other filters match."""
    columns = {"theme": "themes", "country": "country", "kind": "authority_kind"}
    counts = {}
    for name, column in columns.items():
        rows = filtered(queryset, filters, leave_out=name).order_by().values(column)
        rows = rows.annotate(matching=Count("pk", distinct=True)).values_list(column, "matching")
        counts[name] = {value: matching for value, matching in rows if value is not None}
    return counts


def matching_count(counts, filters):
    """How many initiatives match every filter, read from the kind counts: each has one kind."""
    if "kind" in filters:
        return counts["kind"].get(filters["kind"], 0)
    return sum(counts["kind"].values())


def options(counts, filters, themes):
    """The choices of each filter, with their counts; options that would show nothing are left out."""

    def choice(name, value, key, label):
        count = counts[name].get(key, 0)
        selected = filters.get(name) == key
        return Option(str(value), str(label), count, selected) if count or selected else None

    countries = sorted({*counts["country"], *([filters["country"]] if "country" in filters else [])})
    built = {
        "theme": [choice("theme", theme.slug, theme.pk, theme.name) for theme in themes],
        "country": sorted(
            (choice("country", code, code, country_name(code)) for code in countries),
            key=lambda option: fold(option.label) if option else "",
        ),
        "kind": [choice("kind", value, value, label) for value, label in Kind.choices],
    }
    return {name: [option for option in choices if option] for name, choices in built.items()}


def ordered(queryset):
    return queryset.order_by("-start_date", "-pk")


def listed(queryset):
    """One page of initiatives, loaded with what the list shows (every summary: they tell the text's language)."""
    summaries = [f"summary_{code}" for code, _name in settings.LANGUAGES]
    return list(queryset.only(*LIST_FIELDS, *summaries))


def map_dots(queryset):
    """The map's dots: one per place the matching initiatives' member authorities are, in one query."""
    places = queryset.filter(authority__latitude__isnull=False).values_list(
        "authority__latitude", "authority__longitude"
    )
    return dots([(float(latitude), float(longitude)) for latitude, longitude in places.distinct()])
