"""Applications to join the network, sent from the public form and followed up by staff."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from efus_site.core.panels import YesNoFieldPanel

from .authorities import Kind, MemberAuthority


class ApplicationStatus(models.TextChoices):
    NEW = "new", _("New")
    CONTACTED = "contacted", _("Contacted")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")


class MembershipApplication(models.Model):
    """An authority's request to join Efus, with what staff did about it."""

    authority_name = models.CharField(_("authority"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    country = CountryField(_("country"))
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    contact_name = models.CharField(_("contact person"), max_length=200)
    role = models.CharField(_("role"), max_length=200)
    email = models.EmailField(_("email"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    message = models.TextField(_("message"), max_length=4000, blank=True)
    consent = models.BooleanField(_("consent to data processing"), default=False)
    language = models.CharField(_("language"), max_length=7, choices=settings.LANGUAGES, default="en")
    status = models.CharField(_("status"), max_length=12, choices=ApplicationStatus.choices, default="new")
    notes = models.TextField(_("staff notes"), blank=True)
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    authority = models.ForeignKey(
        MemberAuthority,
        verbose_name=_("member record"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="applications",
        help_text=_("The member authority staff created from this application."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("authority_name", read_only=True),
                FieldRowPanel([FieldPanel("kind", read_only=True), FieldPanel("country", read_only=True)]),
                FieldPanel("population", read_only=True),
            ],
            heading=_("Authority"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("contact_name", read_only=True), FieldPanel("role", read_only=True)]),
                FieldRowPanel([FieldPanel("email", read_only=True), FieldPanel("phone", read_only=True)]),
                FieldPanel("message", read_only=True),
                FieldRowPanel([FieldPanel("language", read_only=True), YesNoFieldPanel("consent", read_only=True)]),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel([FieldPanel("status"), FieldPanel("notes")], heading=_("Follow-up")),
    ]

    class Meta:
        verbose_name = _("application to join")
        verbose_name_plural = _("applications to join")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.authority_name} ({self.get_country_display()})"
