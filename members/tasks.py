"""Background work of the members app: one task per email, so a retry never repeats the other."""

from celery import shared_task

from . import notifications, retention

RETRY = {"autoretry_for": (OSError,), "retry_backoff": 60, "max_retries": 5}


@shared_task(**RETRY)
def notify_staff_of_application(application_id, recipient):
    """Email staff at recipient (worked out when the application arrived) about a new application to join."""
    return notifications.notify_staff(application_id, recipient)


@shared_task(**RETRY)
def confirm_application(application_id):
    """Email the applicant that their application arrived."""
    return notifications.confirm_to_applicant(application_id)


@shared_task
def forget_old_applications():
    """Delete the applications kept longer than the form promises (every day, by beat)."""
    return retention.forget_old_applications()
