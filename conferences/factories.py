"""Test factories for the series, editions, sessions, speakers, events, registrations, declarations and projects."""

import datetime

import factory
import wagtail_factories
from wagtail.models import Page

from efus_site.core.factories import HomePageFactory
from efus_site.core.models import HomePage

from .models import (
    ConferenceEditionPage,
    ConferencesIndexPage,
    DeclarationPage,
    DeclarationsIndexPage,
    EventPage,
    EventsIndexPage,
    NetworkHistoryPage,
    ProjectPage,
    ProjectPartner,
    ProjectsIndexPage,
    Registration,
    Session,
    SessionChoice,
    Signatory,
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
    # Modulo: a long test run's sequence would otherwise step back past year 1.
    start_date = factory.Sequence(lambda n: datetime.date(2024, 3, 20) - datetime.timedelta(days=365 * (n % 100)))
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
    start_date = factory.Sequence(lambda n: datetime.date(2030, 1, 15) + datetime.timedelta(days=7 * (n % 1000)))
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


class DeclarationsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Declarations"
    title_en = "Declarations"
    title_fr = "Déclarations"
    slug = "declarations"
    slug_en = "declarations"
    slug_fr = "declarations"

    class Meta:
        model = DeclarationsIndexPage


class DeclarationPageFactory(wagtail_factories.PageFactory):
    """A declaration adopted in Brussels, a year apart from the previous one."""

    title = factory.Sequence(lambda n: f"Declaration {n}")
    title_en = factory.LazyAttribute(lambda obj: obj.title)
    slug_en = factory.Sequence(lambda n: f"declaration-{n}")
    slug = factory.LazyAttribute(lambda obj: obj.slug_en)
    adopted_on = factory.Sequence(lambda n: datetime.date(2022, 11, 23) - datetime.timedelta(days=365 * (n % 100)))
    place_en = "Brussels"
    intro_en = "Cities call for support to secure their public spaces."

    class Meta:
        model = DeclarationPage


class SignatoryFactory(factory.django.DjangoModelFactory):
    """An organisation's signature; pass authority= for a member's."""

    page = factory.SubFactory(DeclarationPageFactory)
    organisation = factory.Sequence(lambda n: f"Organisation {n}")
    signed_by = "Alex Signer, Director"
    signed_on = datetime.date(2022, 11, 23)

    class Meta:
        model = Signatory


class ProjectsIndexPageFactory(wagtail_factories.PageFactory):
    title = "EU projects"
    title_en = "EU projects"
    title_fr = "Projets européens"
    slug = "projects"
    slug_en = "projects"
    slug_fr = "projets"

    class Meta:
        model = ProjectsIndexPage


class ProjectPageFactory(wagtail_factories.PageFactory):
    """A finished four-year project funded by the Internal Security Fund."""

    acronym = factory.Sequence(lambda n: f"PRJ{n}")
    title = factory.LazyAttribute(lambda obj: obj.acronym)
    title_en = factory.LazyAttribute(lambda obj: obj.title)
    slug_en = factory.Sequence(lambda n: f"project-{n}")
    slug = factory.LazyAttribute(lambda obj: obj.slug_en)
    full_name_en = factory.Sequence(lambda n: f"Safer public spaces {n}")
    programme = "isf_police"
    start_date = datetime.date(2019, 1, 1)
    end_date = datetime.date(2022, 12, 31)
    intro_en = "Cities and their police learn together to protect public spaces."

    class Meta:
        model = ProjectPage


class ProjectPartnerFactory(factory.django.DjangoModelFactory):
    """An organisation partner; pass authority= for a member."""

    page = factory.SubFactory(ProjectPageFactory)
    organisation = factory.Sequence(lambda n: f"Partner {n}")
    country = "FR"
    role = "partner"

    class Meta:
        model = ProjectPartner


class NetworkHistoryPageFactory(wagtail_factories.PageFactory):
    title = "Our history"
    title_en = "Our history"
    title_fr = "Notre histoire"
    slug = "history"
    slug_en = "history"
    slug_fr = "histoire"

    class Meta:
        model = NetworkHistoryPage
