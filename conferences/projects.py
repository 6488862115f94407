"""The projects index's filters: what a visitor asked for, the matching projects and each option's count.

As in the library (resources/library.py), each option counts the projects it would show with the
visitor's other filters kept, in one query per filter however many projects and options there are.
"""

from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django_countries import countries

from efus_site.core import facets
from efus_site.core.routing import public_only
from members.countries import country_name

from .models import Programme, ProjectPage

FACETS = ("theme", "programme", "country", "status")
STATUSES = ("current", "finished")
#: The column each filter but the status matches.
LOOKUPS = {"theme": "themes", "programme": "programme", "country": "partners__country"}


def status_labels():
    return {"current": _("Running"), "finished": _("Finished")}


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
        elif name == "programme" and value in Programme.values:
            filters["programme"] = value
        elif name == "country" and facets.COUNTRY.match(value.upper()) and value.upper() in countries:
            filters["country"] = value.upper()
        elif name == "status" and value in STATUSES:
            filters["status"] = value
        else:
            ignored = True
    return filters, ignored


def cache_key(filters):
    """The understood filters as a short, stable string."""
    return facets.cache_key(filters, FACETS)


def projects(index):
    """The live, public projects of the section."""
    return public_only(ProjectPage.objects.child_of(index).live())


def _running(today):
    return Q(end_date__gte=today)


def filtered(queryset, filters, leave_out=None, today=None):
    """The projects matching the filters, but for the one left out (to count that one's options)."""
    today = today or timezone.localdate()
    conditions = facets.conditions(filters, LOOKUPS, leave_out)
    if "status" in filters and leave_out != "status":
        conditions &= _running(today) if filters["status"] == "current" else ~_running(today)
    return queryset.filter(conditions)


def listed(queryset, filters):
    """The matching projects once each (a country may have several partners in one project), running first."""
    matching = filtered(queryset, filters).values("pk")
    return ProjectPage.objects.filter(pk__in=matching).order_by("-end_date", "-start_date", "-pk")


def facet_counts(queryset, filters, today=None):
    """{filter: {value: count}}, each filter counted over the projects the other filters match."""
    today = today or timezone.localdate()
    counts = facets.grouped_counts(lambda leave_out: filtered(queryset, filters, leave_out, today), LOOKUPS)
    by_status = (
        filtered(queryset, filters, leave_out="status", today=today)
        .order_by()
        .aggregate(
            current=Count("pk", filter=_running(today), distinct=True),
            finished=Count("pk", filter=~_running(today), distinct=True),
        )
    )
    counts["status"] = {key: value for key, value in by_status.items() if value}
    return counts


def matching_count(counts, filters):
    """How many projects match every filter, read from the status counts: each project has one status."""
    if "status" in filters:
        return counts["status"].get(filters["status"], 0)
    return sum(counts["status"].values())


def options(counts, filters, themes):
    """The choices of each filter, with their counts; options that would show nothing are left out."""
    choice = facets.chooser(counts, filters)
    countries = sorted({*counts["country"], filters.get("country", "")} - {""}, key=country_name)
    built = {
        "theme": [choice("theme", theme.slug, theme.pk, theme.name) for theme in themes],
        "programme": [choice("programme", value, value, label) for value, label in Programme.choices],
        "country": [choice("country", code, code, country_name(code)) for code in countries],
        "status": [choice("status", key, key, label) for key, label in status_labels().items()],
    }
    return facets.kept(built)
