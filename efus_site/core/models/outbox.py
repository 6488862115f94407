"""Background tasks waiting for the broker to come back."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class QueuedTask(models.Model):
    """A task that could not be sent because the broker was unreachable; flush_outbox sends it later."""

    task_name = models.CharField(_("task"), max_length=200)
    args = models.JSONField(_("arguments"), default=list)
    kwargs = models.JSONField(_("keyword arguments"), default=dict)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    failed = models.BooleanField(
        _("failed"), default=False, help_text=_("Could not be sent for a reason other than the broker.")
    )

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("queued task")

    def __str__(self):
        return f"{self.task_name} ({self.created_at:%Y-%m-%d %H:%M})"
