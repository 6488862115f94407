"""The press room's listings: releases by year, a page at a time, and the feeds' latest releases."""

from django.utils.translation import gettext as _

from efus_site.core.cards import as_cards
from efus_site.core.generation import cached
from efus_site.core.pagination import paginate

from .models import live_releases

RELEASES_PER_PAGE = 10
FEED_ITEMS = 20


def release_years(index):
    """The years with at least one live release, newest first (cached per generation)."""
    return cached(
        f"press:years:{index.pk}",
        lambda: [day.year for day in live_releases(index).dates("date", "year", order="DESC")],
    )


def chosen_year(value, years):
    """(year, message) from the ?year= a visitor sent: a listed year, else None and why it was ignored."""
    if not value:
        return None, ""
    value = value.strip()
    if not (value.isascii() and value.isdigit() and len(value) == 4):
        return None, _("That is not a year we know. Here are all the releases.")
    if int(value) in years:
        return int(value), ""
    return None, _("There is no press release from %(year)s. Here are all the releases.") % {"year": value}


def releases_page(request, index, year=None):
    """The requested page of releases (of one year, if given), counted and loaded once per generation."""
    releases = live_releases(index)
    if year is not None:
        releases = releases.filter(date__year=year)
    key = f"press:releases:{index.pk}:{year}"
    page = paginate(request, releases, RELEASES_PER_PAGE, count=cached(f"{key}:count", releases.count))
    page.object_list = cached(f"{key}:{page.number}", lambda: as_cards(page.object_list))
    return page


def feed_releases(index, language, limit=FEED_ITEMS):
    """The latest live releases written in a language (their title exists in it), newest first."""
    return list(live_releases(index).filter(**{f"title_{language}__gt": ""})[:limit])
