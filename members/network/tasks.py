"""Celery tasks of the network: thin, taking ids, safe to run twice (the deliveries say what went)."""

from celery import shared_task

from . import notifications


@shared_task
def notify_followers(post_id):
    """Email the followers of a new post's themes who want each post."""
    return notifications.notify_followers(post_id)


@shared_task
def send_weekly_digests():
    """Send the weekly digest of new posts to the followers who chose it."""
    return notifications.send_weekly_digests()


@shared_task
def notify_author(reply_id):
    """Email a post's author about a new reply."""
    return notifications.notify_author(reply_id)
