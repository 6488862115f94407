"""The figures pages quote over current members, cached per content generation."""

from django.db.models import Count
from django.utils.translation import ngettext

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
