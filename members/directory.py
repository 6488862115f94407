"""The member directory: filtering, counts and map points, in a fixed number of queries."""

from django.utils.translation import get_language

from efus_site.core.generation import cached

from .maps import linked_dots
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


def count_and_dots(authorities, filters, counts, directory_url):
    """How many members match, and the map's dots for them, each a link to the member's profile.

    The unfiltered directory's map is cached per language (the dots are named in it); a filtered
    one reads every match's location, address and name in one query, whose length is the count:
    no separate COUNT(*).
    """
    places = authorities.values_list("latitude", "longitude", "slug", "name")
    if not filters:
        key = f"members:map-dots:{get_language()}:{directory_url}"
        return counts["authorities"], cached(key, lambda: linked_dots(_located(places, directory_url)))
    places = list(places)
    return len(places), linked_dots(_located(places, directory_url))


def _located(places, directory_url):
    return [
        (float(latitude), float(longitude), f"{directory_url}{slug}/", name)
        for latitude, longitude, slug, name in places
        if latitude is not None and longitude is not None
    ]
