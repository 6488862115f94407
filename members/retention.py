"""How long applications to join are kept: two years, unless the authority joined."""

from datetime import timedelta

from django.utils import timezone

from .models.applications import ApplicationStatus, MembershipApplication

RETENTION_DAYS = 730


def forget_old_applications(now=None):
    """Delete applications older than two years that did not lead to membership, as the form promises."""
    cutoff = (now or timezone.now()) - timedelta(days=RETENTION_DAYS)
    old = MembershipApplication.objects.filter(created_at__lt=cutoff).exclude(status=ApplicationStatus.ACCEPTED)
    deleted, _by_model = old.delete()
    return deleted
