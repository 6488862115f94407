"""The member directory: filtering, counts and map points, in a fixed number of queries."""

import string

from django import forms
from django.db.models import Count
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext_lazy as _

from efus_site.core.generation import cached

from .countries import country_name
from .maps import dots
from .models.authorities import Kind, MemberAuthority
from .text import fold

LETTERS = tuple(string.ascii_uppercase)
MAX_QUERY_LENGTH = 100


class DirectoryFilterForm(forms.Form):
    """The directory's filters, read from the address so a filtered list can be shared."""

    q = forms.CharField(label=_("Search by name"), required=False, max_length=MAX_QUERY_LENGTH)
    country = forms.ChoiceField(label=_("Country"), required=False)
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    exco = forms.BooleanField(label=_("Executive Committee only"), required=False)
    letter = forms.ChoiceField(required=False, choices=[("", "")] + [(letter, letter) for letter in LETTERS])

    def __init__(self, data, country_counts):
        super().__init__(data)
        countries = sorted(((code, country_name(code), count) for code, count in country_counts), key=_by_name)
        self.fields["country"].choices = [("", _("All countries"))] + [
            (code, f"{name} ({count})") for code, name, count in countries
        ]
        self.fields["kind"].choices = [("", _("All kinds"))] + list(Kind.choices)

    def filters(self):
        """The valid filters; an invalid one (an unknown country in a shared link) is ignored."""
        self.is_valid()
        return {name: value for name, value in getattr(self, "cleaned_data", {}).items() if value}


def _by_name(row):
    return fold(row[1])


def filtered(filters):
    """Current members matching the directory's filters, in A–Z order."""
    authorities = MemberAuthority.objects.current()
    if filters.get("q"):
        for word in fold(filters["q"]).split():
            authorities = authorities.filter(search_text__contains=word)
    if filters.get("country"):
        authorities = authorities.filter(country=filters["country"])
    if filters.get("kind"):
        authorities = authorities.filter(kind=filters["kind"])
    if filters.get("exco"):
        authorities = authorities.on_executive_committee()
    if filters.get("letter"):
        authorities = authorities.filter(sort_name__startswith=filters["letter"].lower())
    return authorities.order_by("sort_name", "pk")


#: What a card in the list shows: the rest of a record (descriptions in six languages) stays in the database.
CARD_FIELDS = ("name", "slug", "kind", "country", "member_since", "status", "exco_role", "exco_from", "exco_to")


def listed(authorities, page_number, filters):
    """One page of the list, loaded with the card fields only; the unfiltered pages are cached.

    Visitors choose the filters, so filtered lists are never cached (nor could they all be).
    """
    rows = authorities.only(*CARD_FIELDS)
    if filters:
        return list(rows)
    return cached(f"members:directory:{get_language()}:{page_number}", lambda: list(rows))


def country_counts():
    """(country code, number of current members) for every country with members."""
    return cached(
        "members:country-counts",
        lambda: list(
            MemberAuthority.objects.current().values_list("country").annotate(count=Count("pk")).order_by("country")
        ),
    )


def network_counts():
    """The figures the site quotes over current members, with the country count's own plural.

    "in_countries" and "from_countries" are phrases in the current language, so that a sentence
    pluralised on the number of authorities still reads right with a single country.
    """
    counts = country_counts()
    countries = len(counts)
    return {
        "authorities": sum(count for _code, count in counts),
        "countries": countries,
        "in_countries": ngettext("in %(count)s country", "in %(count)s countries", countries) % {"count": countries},
        "from_countries": ngettext("from %(count)s country", "from %(count)s countries", countries)
        % {"count": countries},
    }


def count_and_dots(authorities, filters, counts):
    """How many members match, and the map's dots for them.

    The unfiltered directory's figures are cached; a filtered one reads every match's location in
    one query, whose length is the count: no separate COUNT(*).
    """
    if not filters:
        places = authorities.values_list("latitude", "longitude")
        return counts["authorities"], cached("members:map-dots", lambda: dots(_located(places)))
    places = list(authorities.values_list("latitude", "longitude"))
    return len(places), dots(_located(places))


def _located(places):
    return [
        (float(latitude), float(longitude))
        for latitude, longitude in places
        if latitude is not None and longitude is not None
    ]
