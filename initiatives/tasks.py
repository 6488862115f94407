"""Background work of the initiatives platform: one task per email, and the daily clean-up."""

from celery import shared_task

from . import notifications, retention

RETRY = {"autoretry_for": (OSError,), "retry_backoff": 60, "max_retries": 5}


@shared_task(**RETRY)
def send_resume_link(submission_id, url):
    """Email the submitter the signed link to finish their initiative later."""
    return notifications.send_resume_link(submission_id, url)


@shared_task(**RETRY)
def tell_outcome(submission_id, state, url):
    """Email the submitter what the review decided."""
    return notifications.tell_outcome(submission_id, state, url)


@shared_task(**RETRY)
def notify_staff_of_submission(submission_id, recipient, admin_url):
    """Email staff at recipient that an initiative waits for review."""
    return notifications.notify_staff(submission_id, recipient, admin_url)


@shared_task
def forget_old_submissions():
    """Delete drafts never sent after 90 days and rejected submissions after a year (every day, by beat)."""
    return retention.forget_old_submissions()
