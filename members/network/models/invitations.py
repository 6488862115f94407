"""Invitations: a signed link, sent to one address, valid for 7 days and used once."""

from django.conf import settings
from django.core import signing
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

SALT = "network.invitation"


class Invitation(models.Model):
    """Staff or a coordinator invite someone of a member authority to the network."""

    email = models.EmailField(_("email address"))
    name = models.CharField(_("name"), max_length=150, blank=True)
    authority = models.ForeignKey(
        "members.MemberAuthority", verbose_name=_("member authority"), on_delete=models.CASCADE, related_name="+"
    )
    as_coordinator = models.BooleanField(_("as coordinator"), default=False)
    language = models.CharField(_("language"), max_length=2, choices=settings.LANGUAGES, default="en")
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("invited by"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("sent"), default=timezone.now)
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at"]

    def __str__(self):
        return self.email

    def token(self):
        """The signed value in the invitation link."""
        return signing.dumps(self.pk, salt=SALT)

    @classmethod
    def from_token(cls, token):
        """The unused invitation a link names, or None when the link is forged, over 7 days old or used."""
        try:
            pk = signing.loads(token, salt=SALT, max_age=settings.INVITATION_DAYS * 24 * 3600)
        except signing.BadSignature:
            return None
        return cls.objects.filter(pk=pk, accepted_at__isnull=True).select_related("authority").first()
