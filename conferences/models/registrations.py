"""Registrations to an edition or an event, and the sessions each registrant chose."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField


class Status(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITING = "waiting", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


#: The statuses that hold a seat or a place in the queue: one such registration per email and page.
ACTIVE = (Status.CONFIRMED, Status.WAITING)


class Registration(models.Model):
    """Someone registered to an edition or an event (not a page's content: never shown publicly)."""

    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("edition or event"), on_delete=models.CASCADE, related_name="+"
    )
    name = models.CharField(_("name"), max_length=150)
    organisation = models.CharField(_("organisation"), max_length=200)
    member_authority = models.ForeignKey(
        "members.MemberAuthority",
        verbose_name=_("member authority"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="conference_registrations",
    )
    email = models.EmailField(_("email"))
    country = CountryField(_("country"))
    accessibility_needs = models.TextField(_("accessibility needs"), blank=True, max_length=1000)
    dietary_needs = models.TextField(_("dietary needs"), blank=True, max_length=1000)
    consent = models.BooleanField(_("consent"), default=False)
    language = models.CharField(_("language"), max_length=7, choices=settings.LANGUAGES, default="en")
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.CONFIRMED)
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True, db_index=True)
    checked_in_at = models.DateTimeField(_("checked in at"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("reminded at"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["-created_at", "-pk"]
        constraints = [
            # A double submit, or two tabs, never make two live registrations of one person to one page.
            models.UniqueConstraint(
                fields=["page", "email"],
                condition=models.Q(status__in=["confirmed", "waiting"]),
                name="one_active_registration_per_email",
            )
        ]

    def __str__(self):
        return f"{self.name} <{self.email}>"

    def sessions_list(self):
        """The sessions chosen and their status, for the CSV export."""
        return "; ".join(
            f"{choice.session.title} ({choice.get_status_display()})"
            for choice in self.choices.all()
            if choice.status != Status.CANCELLED
        )


class SessionChoice(models.Model):
    """A workshop or field visit a registrant chose, with its own seat or place on its waiting list."""

    registration = models.ForeignKey(
        Registration, verbose_name=_("registration"), on_delete=models.CASCADE, related_name="choices"
    )
    session = models.ForeignKey(
        "conferences.Session", verbose_name=_("session"), on_delete=models.CASCADE, related_name="choices"
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.CONFIRMED)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("session chosen")
        verbose_name_plural = _("sessions chosen")
        ordering = ["session__day", "session__start_time", "pk"]
        constraints = [models.UniqueConstraint(fields=["registration", "session"], name="one_choice_per_session")]

    def __str__(self):
        return f"{self.registration} – {self.session}"
