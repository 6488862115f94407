"""How long submissions are kept: a draft never sent 90 days, a rejected one a year."""

from datetime import timedelta

from django.utils import timezone

from .attachments import delete
from .models.submissions import InitiativeSubmission, State

DRAFT_DAYS = 90
REJECTED_DAYS = 365


def forget_old_submissions(now=None):
    """Delete drafts untouched for 90 days and rejections older than a year, files too; return how many."""
    now = now or timezone.now()
    old = InitiativeSubmission.objects.filter(
        state=State.DRAFT, submitted_at__isnull=True, updated_at__lt=now - timedelta(days=DRAFT_DAYS)
    ) | InitiativeSubmission.objects.filter(state=State.REJECTED, decided_at__lt=now - timedelta(days=REJECTED_DAYS))
    deleted = 0
    for submission in old.prefetch_related("attachments"):
        for attachment in submission.attachments.all():
            delete(attachment)
        submission.delete()
        deleted += 1
    return deleted
