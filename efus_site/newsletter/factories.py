"""Test factories for the newsletter section, its issues and subscribers."""

import factory
import wagtail_factories
from django.utils import timezone

from .models import ALL_TOPICS, Delivery, Mailing, NewsletterIssuePage, NewsletterItem, NewsletterPage, Subscriber


class NewsletterPageFactory(wagtail_factories.PageFactory):
    """The newsletter section, with English, French and Portuguese addresses."""

    title = "Newsletter"
    title_en = "Newsletter"
    title_fr = "Lettre d'information"
    title_pt = "Boletim informativo"
    slug = "newsletter"
    slug_en = "newsletter"
    slug_fr = "lettre-d-information"
    slug_pt = "boletim"

    class Meta:
        model = NewsletterPage


class NewsletterIssuePageFactory(wagtail_factories.PageFactory):
    """An issue in English and French."""

    title = factory.Sequence(lambda n: f"Newsletter {n}")
    title_en = factory.LazyAttribute(lambda obj: obj.title)
    title_fr = factory.Sequence(lambda n: f"Lettre {n}")
    slug_en = factory.Sequence(lambda n: f"issue-{n}")
    slug = factory.LazyAttribute(lambda obj: obj.slug_en)
    intro_en = "News from the network."
    intro_fr = "Des nouvelles du réseau."

    class Meta:
        model = NewsletterIssuePage


class NewsletterItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NewsletterItem


class SubscriberFactory(factory.django.DjangoModelFactory):
    """A confirmed subscriber of every topic."""

    email = factory.Sequence(lambda n: f"reader{n}@example.org")
    language = "en"
    topics = factory.LazyFunction(lambda: list(ALL_TOPICS))
    status = Subscriber.Status.CONFIRMED
    consent_text = "I agree."
    consent_version = "2026-12"
    consented_at = factory.LazyFunction(timezone.now)
    confirmed_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Subscriber


class MailingFactory(factory.django.DjangoModelFactory):
    send_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Mailing


class DeliveryFactory(factory.django.DjangoModelFactory):
    language = "en"

    class Meta:
        model = Delivery
