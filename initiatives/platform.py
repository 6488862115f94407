"""The platform's list: filters by theme, country and kind of authority, each option with its count, and the map.

Each option counts the initiatives it would show with the visitor's other filters kept, in one
query per filter, however many initiatives and options there are.
"""

from django.conf import settings

from efus_site.core import facets
from efus_site.core.routing import public_only
from efus_site.core.text import fold
from members.countries import country_name
from members.maps import dots
from members.models import Kind

from .models import InitiativePage

FACETS = ("theme", "country", "kind")
#: The column each filter matches.
LOOKUPS = {"theme": "themes", "country": "country", "kind": "authority_kind"}
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


def parse(params, themes):
    """The filters a query string asks for, and whether some of it was not understood (and ignored)."""
    filters, ignored = {}, False
    theme_ids = facets.theme_ids(themes)
    for name in FACETS:
        value = params.get(name, "")
        if not value:
            continue
        if name == "theme" and facets.theme_filter(value, theme_ids):
            filters["theme"] = facets.theme_filter(value, theme_ids)
        elif name == "country" and facets.COUNTRY.match(value.upper()):
            filters["country"] = value.upper()
        elif name == "kind" and value in Kind.values:
            filters["kind"] = value
        else:
            ignored = True
    return filters, ignored


def cache_key(filters):
    """The understood filters as a short, stable string."""
    return facets.cache_key(filters, FACETS)


def initiatives(section):
    """The live, public initiatives of the section."""
    return public_only(InitiativePage.objects.child_of(section).live())


def filtered(queryset, filters, leave_out=None):
    """The initiatives matching the filters, but for the one left out (to count that one's options)."""
    return queryset.filter(facets.conditions(filters, LOOKUPS, leave_out))


def facet_counts(queryset, filters):
    """{filter: {value: count}}, each filter counted over the initiatives the other filters match."""
    return facets.grouped_counts(lambda leave_out: filtered(queryset, filters, leave_out), LOOKUPS)


def matching_count(counts, filters):
    """How many initiatives match every filter, read from the kind counts: each has one kind."""
    if "kind" in filters:
        return counts["kind"].get(filters["kind"], 0)
    return sum(counts["kind"].values())


def options(counts, filters, themes):
    """The choices of each filter, with their counts; options that would show nothing are left out."""
    choice = facets.chooser(counts, filters)
    countries = sorted({*counts["country"], *([filters["country"]] if "country" in filters else [])})
    built = {
        "theme": [choice("theme", theme.slug, theme.pk, theme.name) for theme in themes],
        "country": sorted(
            (choice("country", code, code, country_name(code)) for code in countries),
            key=lambda option: fold(option.label) if option else "",
        ),
        "kind": [choice("kind", value, value, label) for value, label in Kind.choices],
    }
    return facets.kept(built)


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
