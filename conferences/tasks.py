"""Background work of conferences and events: one task per email, and the reminders."""

import datetime

from celery import shared_task
from django.utils import timezone

from efus_site.core.outbox import enqueue

from . import notifications
from .reminders import due_reminders, forget_old_registrations

RETRY = {"autoretry_for": (OSError,), "retry_backoff": 60, "max_retries": 5}
REMINDER_AHEAD = datetime.timedelta(days=2)


@shared_task(**RETRY)
def confirm_registration(registration_id):
    """Email a registrant their confirmation (or waiting-list place) with the calendar file."""
    return notifications.confirm(registration_id)


@shared_task(**RETRY)
def notify_moved_up(registration_id):
    """Email someone who moved up from a waiting list."""
    return notifications.moved_up(registration_id)


@shared_task(**RETRY)
def confirm_cancellation(registration_id):
    """Email a registrant that their registration is cancelled."""
    return notifications.cancelled(registration_id)


@shared_task(**RETRY)
def send_reminder(registration_id):
    """Remind one registrant (sent at most once)."""
    return notifications.remind(registration_id)


@shared_task
def remind_registrants():
    """Queue a reminder for everyone confirmed to what starts in the next two days (hourly, by beat)."""
    due = due_reminders(timezone.now(), REMINDER_AHEAD)
    for registration_id in due:
        enqueue(send_reminder, registration_id)
    return len(due)


@shared_task(**RETRY)
def mail_session_registrants(session_id, subject, body):
    """Send staff's message to the registrants of a session."""
    return len(notifications.mail_session(session_id, subject, body))


@shared_task
def forget_registrations():
    """Delete registrations a year after their edition or event (daily, by beat)."""
    return forget_old_registrations(timezone.now())
