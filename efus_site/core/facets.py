"""What the faceted listings share (the library, the COVID-19 platform, the EU projects).

Each option counts what it would show with the visitor's other filters kept (faceted counts), in one
query per filter however many items and options there are. Each app keeps what is its own: which
filters it has, how it reads their values from the address and how it labels their options.
"""

import re
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Q

SLUG = re.compile(r"^[-a-z0-9_]{1,100}$")
COUNTRY = re.compile(r"^[A-Z]{2}$")


@dataclass
class Option:
    """One choice of a filter: its value in the address, its label, how many it would show, chosen or not."""

    value: str
    label: str
    count: int
    selected: bool


def theme_ids(themes):
    """{slug in any language: theme id}: an address made in one language filters in every other."""
    ids = {}
    for theme in themes:
        for code, _name in settings.LANGUAGES:
            slug = getattr(theme, f"slug_{code}", None)
            if slug:
                ids.setdefault(slug, theme.pk)
    return ids


def theme_filter(value, ids):
    """The id of the theme a filter value names, or None."""
    return ids.get(value) if SLUG.match(value) else None


def cache_key(filters, facets):
    """The understood filters as a short, stable string (theme=…|country=…)."""
    return "|".join(f"{name}={filters.get(name, '')}" for name in facets)


def conditions(filters, lookups, leave_out=None):
    """The filters as one condition, each through its lookup ({filter: "column"}), but for the one left out."""
    condition = Q()
    for name, lookup in lookups.items():
        if name in filters and name != leave_out:
            condition &= Q(**{lookup: filters[name]})
    return condition


def grouped_counts(filtered, columns, annotations=None):
    """{filter: {value: count}}: what filtered(leave_out=filter) holds, grouped by the filter's column."""
    counts = {}
    for name, column in columns.items():
        rows = filtered(leave_out=name).order_by().annotate(**(annotations or {}).get(name, {})).values(column)
        rows = rows.annotate(matching=Count("pk", distinct=True)).values_list(column, "matching")
        counts[name] = {value: matching for value, matching in rows if value not in (None, "")}
    return counts


def chooser(counts, filters):
    """choice(filter, value, key, label): that option with its count, or None when it would show nothing."""

    def choice(name, value, key, label):
        count = counts[name].get(key, 0)
        selected = filters.get(name) == key
        return Option(str(value), str(label), count, selected) if count or selected else None

    return choice


def kept(built):
    """The options of each filter that show something or are chosen."""
    return {name: [option for option in choices if option] for name, choices in built.items()}
