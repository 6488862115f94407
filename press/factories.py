"""Test factories for the press room, its releases and the texts they share."""

import datetime

import factory
import wagtail_factories

from .models import PressBoilerplate, PressContact, PressIndexPage, PressReleasePage


class PressIndexPageFactory(wagtail_factories.PageFactory):
    """The press room, with English and French addresses."""

    title = "Press room"
    title_en = "Press room"
    title_fr = "Espace presse"
    slug = "press"
    slug_en = "press"
    slug_fr = "presse"

    class Meta:
        model = PressIndexPage


class PressReleasePageFactory(wagtail_factories.PageFactory):
    """A release in English, dated a day earlier than the previous one."""

    title = factory.Sequence(lambda n: f"Release {n}")
    title_en = factory.LazyAttribute(lambda obj: obj.title)
    slug_en = factory.Sequence(lambda n: f"release-{n}")
    slug = factory.LazyAttribute(lambda obj: obj.slug_en)
    date = factory.Sequence(lambda n: datetime.date(2024, 6, 30) - datetime.timedelta(days=n))
    dateline_en = "Paris"
    standfirst_en = "Cities and regions gather to share what works."

    class Meta:
        model = PressReleasePage


class PressBoilerplateFactory(factory.django.DjangoModelFactory):
    heading_en = "About Efus"
    heading_fr = "À propos de l'Efus"
    text_en = "The European Forum for Urban Security is a network of local and regional authorities."
    text_fr = "Le Forum européen pour la sécurité urbaine est un réseau de collectivités locales et régionales."

    class Meta:
        model = PressBoilerplate


class PressContactFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Press officer {n}")
    role_en = "Communications"
    email = factory.Sequence(lambda n: f"press{n}@example.org")

    class Meta:
        model = PressContact
