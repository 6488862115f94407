"""Test factories for the series, editions, sessions, speakers, events and registrations."""

import datetime

import factory
import wagtail_factories
from wagtail.models import Page

from efus_site.core.factories import HomePageFactory
from efus_site.core.models import HomePage

from .models import (
    ConferenceEditionPage,
    ConferencesIndexPage,
    EventPage,
    EventsIndexPage,
    Registration,
    Session,
    SessionChoice,
    Speaker,
)


class ConferencesIndexPageFactory(wagtail_factories.PageFactory):
    """The series, with English and French addresses."""

    title = "Security, Democracy & Cities"
    title_en = "Security, Democracy & Cities"
    title_fr = "Sécurité, démocratie et villes"
    slug = "conferences"
    slug_en = "conferences"
    slug_fr = "conferences"

    class Meta:
        model = ConferencesIndexPage


class ConferenceEditionPageFactory(wagtail_factories.PageFactory):
    """An edition a year apart from the previous one, in Brussels."""

    title = factory.Sequence(lambda n: f"Edition {n}")
    title_en = factory.LazyAttribute(lambda obj: obj.title)
    slug_en = factory.Sequence(lambda n: f"edition-{n}")
    slug = factory.LazyAttribute(lambda obj: obj.slug_en)
    number = factory.Sequence(lambda n: n + 1)
    start_date = factory.Sequence(lambda n: datetime.date(2024, 3, 20) - datetime.timedelta(days=365 * n))
    end_date = factory.LazyAttribute(lambda obj: obj.start_date + datetime.timedelta(days=2))
    host_name_en = "Brussels"
    participants = 800

    class Meta:
        model = ConferenceEditionPage


def an_edition():
    """The first edition, or a new one in a series under the home page (made too if missing)."""
    edition = ConferenceEditionPage.objects.first()
    if edition is not None:
        return edition
    series = ConferencesIndexPage.objects.first()
    if series is None:
        home = HomePage.objects.first() or HomePageFactory(parent=Page.get_first_root_node())
        series = ConferencesIndexPageFactory(parent=home)
    return ConferenceEditionPageFactory(parent=series)


class SpeakerFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Alex Speaker{n:03d}")
    role_en = "Deputy Mayor"
    organisation = "City of Liège"

    class Meta:
        model = Speaker


class SessionFactory(factory.django.DjangoModelFactory):
    """A workshop on the first morning of its edition."""

    edition = factory.LazyFunction(an_edition)
    title_en = factory.Sequence(lambda n: f"Workshop {n}")
    kind = "workshop"
    day = factory.LazyAttribute(lambda obj: obj.edition.start_date)
    start_time = datetime.time(10)
    end_time = datetime.time(11, 30)
    room_en = "Room A"

    class Meta:
        model = Session


class EventsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Events"
    title_en = "Events"
    title_fr = "Événements"
    slug = "events"
    slug_en = "events"
    slug_fr = "evenements"

    class Meta:
        model = EventsIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    """A webinar at 14:00 Paris time, a week apart from the previous one."""

    title = factory.Sequence(lambda n: f"Webinar {n}")
    title_en = factory.LazyAttribute(lambda obj: obj.title)
    slug_en = factory.Sequence(lambda n: f"webinar-{n}")
    slug = factory.LazyAttribute(lambda obj: obj.slug_en)
    kind = "webinar"
    start_date = factory.Sequence(lambda n: datetime.date(2030, 1, 15) + datetime.timedelta(days=7 * n))
    start_time = datetime.time(14)
    end_date = factory.LazyAttribute(lambda obj: obj.start_date)
    end_time = datetime.time(15, 30)
    online = True
    intro_en = "Cities share what works."

    class Meta:
        model = EventPage


class RegistrationFactory(factory.django.DjangoModelFactory):
    page = factory.LazyFunction(an_edition)
    name = factory.Sequence(lambda n: f"Registrant {n}")
    organisation = "City of Turin"
    email = factory.Sequence(lambda n: f"registrant{n}@example.org")
    country = "IT"
    consent = True

    class Meta:
        model = Registration


class SessionChoiceFactory(factory.django.DjangoModelFactory):
    registration = factory.SubFactory(RegistrationFactory)
    session = factory.SubFactory(SessionFactory)

    class Meta:
        model = SessionChoice
