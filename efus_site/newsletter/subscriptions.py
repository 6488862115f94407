"""Subscribing, confirming, changing preferences, leaving and erasing: what the forms and links do."""

import hashlib
import hmac

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from .models import ALL_TOPICS, Subscriber
from .models.subscribers import new_key
from .tokens import MANAGE, BadLink, read_token

#: The consent wording's version: raise it whenever the text in forms.CONSENT_TEXT changes.
CONSENT_VERSION = "2026-12"

#: What subscribe() asks the caller to email: a confirmation link, or a note that the address is on the list.
CONFIRM = "confirm"
ALREADY = "already"


def source_hash(client_ip):
    """A keyed hash of the address consent came from: provable later, unreadable meanwhile."""
    return hmac.new(settings.SECRET_KEY.encode(), (client_ip or "").encode(), hashlib.sha256).hexdigest()


def normalise(email):
    return email.strip().lower()


def subscribe(email, language, topics, consent_text, client_ip):
    """Record a request to subscribe; return the subscriber and which email to send (CONFIRM or ALREADY).

    A confirmed subscriber is left as they are: whoever typed the address may not own it, so only
    the owner, by email, learns that it is on the list. Anyone else (new, waiting, unsubscribed)
    starts or restarts the double opt-in with a new key, which makes their older links worthless.
    """
    email = normalise(email)
    consent = {
        "consent_text": consent_text,
        "consent_version": CONSENT_VERSION,
        "consented_at": timezone.now(),
        "consent_source": source_hash(client_ip),
    }
    wanted = {"language": language, "topics": list(topics) or list(ALL_TOPICS), **consent}
    for _attempt in range(2):
        existing = Subscriber.objects.filter(email=email).first()
        if existing is not None and existing.status == Subscriber.Status.CONFIRMED:
            return existing, ALREADY
        if existing is not None:
            for name, value in wanted.items():
                setattr(existing, name, value)
            existing.status = Subscriber.Status.PENDING
            existing.key = new_key()
            existing.unsubscribed_at = None
            existing.save()
            return existing, CONFIRM
        try:
            with transaction.atomic():
                return Subscriber.objects.create(email=email, **wanted), CONFIRM
        except IntegrityError:
            continue  # the same address arrived at the same moment: read it back
    raise IntegrityError("subscriber kept changing")


def subscriber_from_link(token, purpose):
    """The subscriber a signed link names; BadLink if it was altered, expired, replaced or erased."""
    pk, key = read_token(token, purpose)
    subscriber = Subscriber.objects.filter(pk=pk).first()
    if subscriber is None or not hmac.compare_digest(subscriber.key, key):
        raise BadLink("gone")
    return subscriber


def confirm(subscriber):
    """Confirm a waiting subscription; return the status it has afterwards."""
    if subscriber.status == Subscriber.Status.PENDING:
        subscriber.status = Subscriber.Status.CONFIRMED
        subscriber.confirmed_at = timezone.now()
        subscriber.save(update_fields=["status", "confirmed_at"])
    return subscriber.status


def unsubscribe(subscriber):
    """Take the address off the list (safe to repeat): it receives nothing more."""
    if subscriber.status != Subscriber.Status.UNSUBSCRIBED:
        subscriber.status = Subscriber.Status.UNSUBSCRIBED
        subscriber.unsubscribed_at = timezone.now()
        subscriber.save(update_fields=["status", "unsubscribed_at"])


def unsubscribe_by_link(token):
    """One-click unsubscribe (RFC 8058): the subscriber, unsubscribed, or None for a link that names nobody."""
    try:
        subscriber = subscriber_from_link(token, MANAGE)
    except BadLink:
        return None
    unsubscribe(subscriber)
    return subscriber


def update_preferences(subscriber, language, topics, paused):
    subscriber.language = language
    subscriber.topics = list(topics)
    subscriber.paused = paused
    subscriber.save(update_fields=["language", "topics", "paused"])


def erase(subscriber):
    """Delete the subscriber and their deliveries: nothing about the address is kept."""
    subscriber.delete()
