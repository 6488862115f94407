"""Fixtures of the conferences tests: the series with an edition and its programme, the events section."""

import datetime

import pytest

from conferences.factories import (
    ConferenceEditionPageFactory,
    ConferencesIndexPageFactory,
    EventsIndexPageFactory,
    SessionFactory,
    SpeakerFactory,
)


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    """Look at real renders, not at copies from the page cache."""
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture
def emails(django_capture_on_commit_callbacks):
    """Run what was queued (emails) once the block's transaction would have committed, as in production."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def series(home):
    return ConferencesIndexPageFactory(parent=home, intro_en="Efus' international conference since 1989.")


@pytest.fixture
def edition(series):
    """Brussels 2024, registration open, 100 seats, in Brussels' time zone."""
    return ConferenceEditionPageFactory(
        parent=series,
        title="Brussels 2024",
        title_fr="Bruxelles 2024",
        title_es="Bruselas 2024",
        slug_en="brussels-2024",
        slug_fr="bruxelles-2024",
        number=8,
        start_date=datetime.date(2030, 3, 20),
        end_date=datetime.date(2030, 3, 22),
        host_name_en="Brussels-Capital Region",
        host_name_fr="Région de Bruxelles-Capitale",
        participants=800,
        cities_and_regions=150,
        figures_expected=True,
        registration_open=True,
        capacity=100,
    )


def session(edition, **fields):
    """A session of the edition, on its first day unless told."""
    fields.setdefault("day", edition.start_date)
    return SessionFactory(edition=edition, **fields)


@pytest.fixture
def workshops(edition):
    """Two workshops at the same time and one later, two seats each; two speakers."""
    speaker, moderator = SpeakerFactory(name="Ana Torres"), SpeakerFactory(name="Jan Peeters")
    morning = session(
        edition,
        title_en="Drugs and public space",
        title_fr="Drogues et espace public",
        title_es="Drogas y espacio público",
        capacity=2,
    )
    morning.speakers.add(speaker)
    morning.moderators.add(moderator)
    overlapping = session(
        edition, title_en="Nightlife", start_time=datetime.time(11), end_time=datetime.time(12), capacity=2
    )
    later = session(
        edition, title_en="Trust and the police", start_time=datetime.time(14), end_time=datetime.time(16), capacity=2
    )
    return morning, overlapping, later


@pytest.fixture
def events_section(home):
    return EventsIndexPageFactory(parent=home, intro_en="Webinars, task forces and meetings.")


@pytest.fixture
def members_section(home):
    from members.factories import MembersIndexPageFactory

    return MembersIndexPageFactory(parent=home)


@pytest.fixture
def nice(members_section):
    from decimal import Decimal

    from members.factories import MemberAuthorityFactory

    return MemberAuthorityFactory(
        name_en="Nice",
        name_de="Nizza",
        slug="nice",
        country="FR",
        latitude=Decimal("43.6966"),
        longitude=Decimal("7.277"),
    )


@pytest.fixture
def liege(members_section):
    from decimal import Decimal

    from members.factories import MemberAuthorityFactory

    return MemberAuthorityFactory(
        name_en="Liège",
        name_de="Lüttich",
        slug="liege",
        country="BE",
        latitude=Decimal("50.6452"),
        longitude=Decimal("5.5751"),
    )


@pytest.fixture
def declarations_section(home):
    from conferences.factories import DeclarationsIndexPageFactory

    return DeclarationsIndexPageFactory(parent=home, intro_en="What Efus' members stand for.")


@pytest.fixture
def projects_section(home):
    from conferences.factories import ProjectsIndexPageFactory

    return ProjectsIndexPageFactory(parent=home, intro_en="Efus' European projects.")
