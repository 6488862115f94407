"""The network's history as a timeline: Efus' founding, then its conferences, declarations and projects."""

import datetime
from dataclasses import dataclass

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from efus_site.core.generation import cached
from efus_site.core.routing import public_only

from .models import ConferenceEditionPage, DeclarationPage, ProjectPage

FOUNDED = datetime.date(1987, 1, 1)


@dataclass
class Moment:
    """One entry of the timeline: when, what kind, its title and text, its page if it has one."""

    date: datetime.date
    kind: str
    title: str
    text: str = ""
    url: str = ""
    period: str = ""

    @property
    def year(self):
        return self.date.year


def network_timeline(request):
    """Every moment, oldest first, in the visitor's language (cached per generation)."""
    return cached(f"conferences:timeline:{get_language()}", lambda: _moments(request))


def latest_moments(request, count=5):
    """The founding and the latest moments, for the home page."""
    moments = network_timeline(request)
    return moments[:1] + moments[max(1, len(moments) - count) :]


def _moments(request):
    moments = [
        Moment(
            FOUNDED,
            _("Founding"),
            _("Efus is founded"),
            _(
                "Local elected officials found the European Forum for Urban Security"
                " under the auspices of the Council of Europe."
            ),
        )
    ]
    editions = public_only(ConferenceEditionPage.objects.live()).only(
        "title", "url_path", "path", "depth", "locale", "start_date", "host_name", "number"
    )
    for edition in editions:
        moments.append(
            Moment(edition.start_date, _("Conference"), edition.title, edition.host_name, edition.get_url(request))
        )
    declarations = public_only(DeclarationPage.objects.live()).only(
        "title", "url_path", "path", "depth", "locale", "adopted_on", "place"
    )
    for declaration in declarations:
        moments.append(
            Moment(
                declaration.adopted_on,
                _("Declaration"),
                declaration.title,
                declaration.place,
                declaration.get_url(request),
            )
        )
    projects = public_only(ProjectPage.objects.live()).only(
        "title", "url_path", "path", "depth", "locale", "start_date", "end_date", "acronym", "full_name"
    )
    for project in projects:
        period = f"{project.start_date.year}–{project.end_date.year}"
        moments.append(
            Moment(
                project.start_date,
                _("EU project"),
                project.acronym,
                project.full_name,
                project.get_url(request),
                period,
            )
        )
    return sorted(moments, key=lambda moment: (moment.date, moment.title))
