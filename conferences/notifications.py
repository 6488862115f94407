"""Emails to registrants, each in the language they registered in, with the link to their own page."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.db.models import Prefetch
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.text import slugify

from .ical import registration_calendar
from .models import Registration, SessionChoice, Status
from .tokens import manage_url


def _load(registration_id):
    choices = SessionChoice.objects.select_related("session").exclude(status=Status.CANCELLED)
    return (
        Registration.objects.select_related("page")
        .prefetch_related(Prefetch("choices", queryset=choices))
        .filter(pk=registration_id)
        .first()
    )


def _send(registration, template, extra=None, attach_calendar=False):
    page = registration.page.specific
    choices = list(registration.choices.all())
    with translation.override(registration.language):
        context = {
            "registration": registration,
            "page": page,
            "choices": choices,
            "manage_url": manage_url(registration, page, registration.language),
            **(extra or {}),
        }
        subject = " ".join(render_to_string(f"conferences/emails/{template}_subject.txt", context).split())
        body = render_to_string(f"conferences/emails/{template}_body.txt", context)
        message = EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [registration.email])
        if attach_calendar:
            # Built in the registrant's language too: the titles in their calendar are the ones they read.
            confirmed = [choice.session for choice in choices if choice.status == Status.CONFIRMED]
            message.attach(
                f"{slugify(page.title)[:60] or 'efus'}.ics",
                registration_calendar(registration, page, confirmed),
                "text/calendar",
            )
    message.send()
    return True


def confirm(registration_id):
    """Confirm a registration (a seat or a waiting-list place), with the calendar file. False if it is gone."""
    registration = _load(registration_id)
    if registration is None or registration.status == Status.CANCELLED:
        return False
    return _send(registration, "confirmation", attach_calendar=registration.status == Status.CONFIRMED)


def moved_up(registration_id):
    """Tell someone they moved up from a waiting list, with the updated calendar file."""
    registration = _load(registration_id)
    if registration is None or registration.status != Status.CONFIRMED:
        return False
    return _send(registration, "moved_up", attach_calendar=True)


def cancelled(registration_id):
    """Confirm a cancellation."""
    registration = _load(registration_id)
    if registration is None or registration.status != Status.CANCELLED:
        return False
    return _send(registration, "cancelled")


def remind(registration_id):
    """Remind a registrant two days before; claimed first, so a second run sends nothing."""
    claimed = Registration.objects.filter(pk=registration_id, status=Status.CONFIRMED, reminded_at__isnull=True).update(
        reminded_at=timezone.now()
    )
    registration = _load(registration_id) if claimed else None
    if registration is None:
        return False
    return _send(registration, "reminder", attach_calendar=True)


def mail_session(session_id, subject, body, sent_ids=()):
    """Send staff's message to everyone holding a seat in a session; the ids of those written to."""
    choices = SessionChoice.objects.filter(
        session_id=session_id, status=Status.CONFIRMED, registration__status=Status.CONFIRMED
    ).exclude(registration_id__in=sent_ids)
    written = []
    for registration_id in choices.values_list("registration_id", flat=True):
        registration = _load(registration_id)
        _send(registration, "session_message", {"message_subject": subject, "message_body": body})
        written.append(registration_id)
    return written
