"""Changes to an authority's record that its coordinator proposes and staff review."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class ChangeStatus(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")


class AuthorityChange(models.Model):
    """What a coordinator would change in their authority's public record; staff apply it by hand."""

    authority = models.ForeignKey(
        "members.MemberAuthority",
        verbose_name=_("member authority"),
        on_delete=models.CASCADE,
        related_name="proposed_changes",
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("proposed by"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    website = models.URLField(_("website"), blank=True)
    representative = models.CharField(_("representative"), max_length=200, blank=True)
    description = models.TextField(_("short description"), max_length=600, blank=True)
    note = models.TextField(_("note to Efus"), max_length=2000, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=ChangeStatus.choices, default=ChangeStatus.PROPOSED)
    created_at = models.DateTimeField(_("proposed"), default=timezone.now)

    panels = [
        FieldPanel("authority", read_only=True),
        FieldPanel("website"),
        FieldPanel("representative"),
        FieldPanel("description"),
        FieldPanel("note"),
        FieldPanel("status"),
    ]

    class Meta:
        verbose_name = _("proposed change to a record")
        verbose_name_plural = _("proposed changes to records")
        ordering = ["-created_at"]

    def __str__(self):
        return str(self.authority)
