"""Test factories for crises, the platform's pages and submissions."""

import datetime

import factory
import wagtail_factories

from .models import Crisis, InitiativePage, InitiativesIndexPage, InitiativeSubmission, State


class CrisisFactory(factory.django.DjangoModelFactory):
    """COVID-19, or another crisis."""

    name_en = "COVID-19"
    slug = factory.Sequence(lambda n: "covid-19" if n == 0 else f"crisis-{n}")
    started = datetime.date(2020, 3, 1)

    class Meta:
        model = Crisis
        django_get_or_create = ("slug",)


class InitiativesIndexPageFactory(wagtail_factories.PageFactory):
    """The COVID-19 section, with English and French titles."""

    title = "COVID-19"
    title_en = "COVID-19"
    title_fr = "COVID-19"
    slug = "covid-19"
    slug_en = "covid-19"
    slug_fr = "covid-19"
    crisis = factory.SubFactory(CrisisFactory)
    intro_en = "What Efus and its members did during the pandemic."
    intro_fr = "Ce que l'Efus et ses membres ont fait pendant la pandémie."

    class Meta:
        model = InitiativesIndexPage


class InitiativePageFactory(wagtail_factories.PageFactory):
    """An approved initiative of a French city, in English."""

    title = factory.Sequence(lambda n: f"Initiative {n}")
    title_en = factory.LazyAttribute(lambda obj: obj.title)
    slug_en = factory.Sequence(lambda n: f"initiative-{n}")
    slug = factory.LazyAttribute(lambda obj: obj.slug_en)
    crisis = factory.SubFactory(CrisisFactory)
    authority_name = "Town of Example"
    country = "FR"
    authority_kind = "city"
    original_language = "en"
    summary_en = "Volunteers phoned every older resident living alone."
    description_en = "Twice a week during the lockdown, volunteers called older residents."
    start_date = factory.Sequence(lambda n: datetime.date(2020, 3, 16) + datetime.timedelta(days=n))

    class Meta:
        model = InitiativePage


class InitiativeSubmissionFactory(factory.django.DjangoModelFactory):
    """A submission sent for review by a non-member town, written in French."""

    crisis = factory.SubFactory(CrisisFactory)
    state = State.NEW
    authority_name = factory.Sequence(lambda n: f"Commune {n}")
    country = "FR"
    authority_kind = "city"
    contact_name = "Claire Martin"
    role = "Chargée de prévention"
    email = factory.Sequence(lambda n: f"submitter{n}@example.org")
    consent = True
    language = "fr"
    title = factory.Sequence(lambda n: f"Maraudes de nuit {n}")
    summary = "Des équipes mobiles ont rencontré les personnes sans abri pendant le confinement."
    description = "Chaque soir, deux équipes ont distribué repas et masques."
    start_date = datetime.date(2020, 3, 20)

    class Meta:
        model = InitiativeSubmission
