"""Subscribers: an address, a language, topics, the consent they gave and whether they confirmed it."""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

#: Permanent failures after which an address is no longer mailed.
BOUNCE_LIMIT = 3


class Topic(models.TextChoices):
    NEWS = "news", _("News")
    EVENTS = "events", _("Events")
    PUBLICATIONS = "publications", _("Publications")
    PRESS = "press", _("Press releases")


ALL_TOPICS = [topic.value for topic in Topic]


def new_key():
    """A random value every signed link carries: changing it makes the old links worthless."""
    return secrets.token_urlsafe(16)


class SubscriberQuerySet(models.QuerySet):
    def mailable(self):
        """Confirmed, not paused and not bouncing: those an issue goes to."""
        return self.filter(status=Subscriber.Status.CONFIRMED, paused=False, bounces__lt=BOUNCE_LIMIT)


class Subscriber(models.Model):
    """One address on the list, with the consent it gave (double opt-in)."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for confirmation")
        CONFIRMED = "confirmed", _("Confirmed")
        UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")

    email = models.EmailField(_("email address"), unique=True)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES, default="en")
    topics = models.JSONField(_("topics"), default=list, blank=True)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.PENDING)
    paused = models.BooleanField(_("paused"), default=False)
    bounces = models.PositiveSmallIntegerField(
        _("permanent failures"), default=0, help_text=_("After three, the address is no longer mailed.")
    )
    key = models.CharField(max_length=32, default=new_key, editable=False)
    consent_text = models.TextField(_("consent text agreed to"), editable=False)
    consent_version = models.CharField(_("consent version"), max_length=20, editable=False)
    consented_at = models.DateTimeField(_("consent given at"), editable=False)
    consent_source = models.CharField(
        _("hash of the address consent came from"), max_length=64, editable=False, blank=True
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True, editable=False)
    unsubscribed_at = models.DateTimeField(_("unsubscribed"), null=True, blank=True, editable=False)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "language"])]

    def __str__(self):
        return self.email

    @property
    def is_bouncing(self):
        return self.bounces >= BOUNCE_LIMIT

    def topic_labels(self):
        """The subscriber's topics by name, in the active language."""
        return [label for value, label in Topic.choices if value in self.topics]
