"""A member's profile: their authority, role, themes, languages and what the directory shows of them."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from ..languages import SPOKEN


class Frequency(models.TextChoices):
    EACH = "each", _("An email for each new post")
    WEEKLY = "weekly", _("A weekly digest")
    NEVER = "never", _("No emails")


class MemberProfile(models.Model):
    """A member authority's staff member on the network; the account is Django's user."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="network_profile")
    authority = models.ForeignKey(
        "members.MemberAuthority",
        verbose_name=_("member authority"),
        on_delete=models.CASCADE,
        related_name="network_members",
    )
    name = models.CharField(_("name"), max_length=150)
    role = models.CharField(_("role"), max_length=150, blank=True)
    is_coordinator = models.BooleanField(
        _("coordinator"),
        default=False,
        help_text=_("Invites colleagues and proposes changes to the authority's record."),
    )
    themes = models.ManyToManyField("core.Theme", verbose_name=_("themes of work"), blank=True, related_name="+")
    languages = models.JSONField(_("languages spoken"), default=list, blank=True)
    followed_themes = models.ManyToManyField(
        "core.Theme", verbose_name=_("followed themes"), blank=True, related_name="network_followers"
    )
    frequency = models.CharField(
        _("emails about followed themes"), max_length=10, choices=Frequency.choices, default=Frequency.EACH
    )
    language = models.CharField(_("language of emails"), max_length=2, choices=settings.LANGUAGES, default="en")
    in_directory = models.BooleanField(_("listed in the directory of people"), default=True)
    show_role = models.BooleanField(_("show my role"), default=True)
    show_themes = models.BooleanField(_("show my themes"), default=True)
    show_languages = models.BooleanField(_("show my languages"), default=True)
    show_email = models.BooleanField(_("show my email address"), default=False)

    panels = [
        FieldPanel("name"),
        FieldPanel("authority"),
        FieldPanel("role"),
        FieldPanel("is_coordinator"),
        FieldPanel("themes"),
        FieldPanel("followed_themes"),
        FieldPanel("frequency"),
        FieldPanel("language"),
        MultiFieldPanel(
            [FieldPanel(name) for name in ("in_directory", "show_role", "show_themes", "show_languages", "show_email")],
            heading=_("Directory"),
        ),
    ]

    class Meta:
        verbose_name = _("network member")
        verbose_name_plural = _("network members")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def language_names(self):
        """The languages spoken, by their names in the reader's language."""
        names = dict(SPOKEN)
        return [str(names[code]) for code in self.languages if code in names]
