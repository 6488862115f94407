"""The member directory: filtering, counts and map points, in a fixed number of queries."""

from django.utils.translation import get_language

from efus_site.core.generation import cached

from .maps import dots
from .models.authorities import MemberAuthority


def filtered(filters):
    """Current members matching the directory's filters, in A–Z order."""
    authorities = MemberAuthority.objects.current()
    if filters.get("q"):
        authorities = authorities.matching(filters["q"])
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
