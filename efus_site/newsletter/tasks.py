"""Background work of the newsletter: thin tasks over subscriptions.py, emails.py and sending.py."""

from celery import shared_task

from efus_site.core.outbox import enqueue

from . import emails, sending
from .models import NewsletterIssuePage

RETRY = {"autoretry_for": (OSError,), "retry_backoff": 60, "max_retries": 5}


@shared_task(**RETRY)
def send_subscription_note(subscriber_id, key, section_url, template):
    """Email a subscriber their confirmation link, or that they are already subscribed."""
    return emails.send_subscription_note(subscriber_id, key, section_url, template)


@shared_task(**RETRY)
def send_test_issue(issue_id, language, recipient):
    """Email staff an issue in one language, as subscribers will see it."""
    issue = NewsletterIssuePage.objects.filter(pk=issue_id).first()
    if issue is None:
        return False
    emails.send_test(issue, language, recipient)
    return True


@shared_task
def send_newsletter(mailing_id):
    """Send a mailing's pending deliveries; hand over to a new task when the time budget is spent."""
    result = sending.send_mailing(mailing_id)
    if result == "more":
        enqueue(send_newsletter, mailing_id)
    return result


@shared_task
def send_due_newsletters():
    """Start the mailings whose time has come and (re)start a sender for each one under way (by beat)."""
    for mailing_id in sending.due_mailings():
        enqueue(send_newsletter, mailing_id)
