"""Sending an issue: one mailing per issue, one delivery per issue and subscriber.

A delivery goes pending → claimed (by the sender, before it talks to the SMTP server) → sent or
failed. "Sent" is written just before the message's last line, the one that makes the server
accept it, so a sender killed at any moment leaves claimed rows that never went out: the next
sender puts them back to pending (sending.py explains the order).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .pages import NewsletterIssuePage
from .subscribers import Subscriber


class Mailing(models.Model):
    """Sending one issue: when, and whether it runs, is paused or is done."""

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        SENDING = "sending", _("Sending")
        PAUSED = "paused", _("Paused")
        DONE = "done", _("Done")

    issue = models.OneToOneField(
        NewsletterIssuePage, verbose_name=_("issue"), on_delete=models.CASCADE, related_name="mailing"
    )
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.SCHEDULED)
    send_at = models.DateTimeField(_("send at"))
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    requested_by = models.CharField(_("requested by"), max_length=254, blank=True)

    class Meta:
        verbose_name = _("mailing")
        verbose_name_plural = _("mailings")

    def __str__(self):
        return str(self.issue)


class Delivery(models.Model):
    """The issue for one subscriber: claimed, then sent or failed."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        CLAIMED = "claimed", _("Being sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")
        SKIPPED = "skipped", _("Skipped (unsubscribed meanwhile)")

    issue = models.ForeignKey(NewsletterIssuePage, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="deliveries")
    language = models.CharField(max_length=5)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    claimed_by = models.CharField(max_length=64, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    #: The first time the open-tracking image was loaded (issues that count opens only).
    opened_at = models.DateTimeField(null=True, blank=True)
    error = models.CharField(max_length=500, blank=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [models.UniqueConstraint(fields=["issue", "subscriber"], name="one_delivery_per_subscriber")]
        indexes = [models.Index(fields=["issue", "status"])]

    def __str__(self):
        return f"{self.issue_id} → {self.subscriber_id}"
