"""The figures pages quote over current members, cached per content generation."""

from django.db.models import Count
from django.utils.translation import gettext, ngettext

from efus_site.core.generation import cached

from .authorities import MemberAuthority


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


def network_figures(network_size=None):
    """The members listed in the directory (live, from the records) beside the network's size as Efus publishes it.

    One sentence in the current language, the same on the home page, the directory and the
    governance page, and the home page's key figures with their labels. network_size is the
    members section's "members of the whole network", which counts members without a profile here.
    """
    counts = network_counts()
    listed, countries = counts["authorities"], counts["countries"]
    values = {"listed": listed, "from_countries": counts["from_countries"], "size": network_size}
    if network_size:
        summary = ngettext(
            "%(listed)s member authority %(from_countries)s is listed in our directory, "
            "of a network of about %(size)s members.",
            "%(listed)s member authorities %(from_countries)s are listed in our directory, "
            "of a network of about %(size)s members.",
            listed,
        )
    else:
        summary = ngettext(
            "%(listed)s member authority %(from_countries)s is listed in our directory.",
            "%(listed)s member authorities %(from_countries)s are listed in our directory.",
            listed,
        )
    listed_label = ngettext(
        "Member authorities listed in our directory, from %(count)s country",
        "Member authorities listed in our directory, from %(count)s countries",
        countries,
    ) % {"count": countries}
    figures = [(network_size, gettext("Members of the network (approx.)"))] if network_size else []
    figures.append((listed, listed_label))
    return {**counts, "size": network_size, "summary": summary % values, "figures": figures}
