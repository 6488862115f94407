"""What authorities send through the two-step form: private records until Efus approves them.

A submission holds the submitter's contact details, which never leave it: approving one copies
only the initiative itself into a public page.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel

from members.models import Kind

from .crises import Crisis

#: Where the drafts' files are kept: outside images/, which is the only folder of media the site serves.
DRAFT_FILES = "initiative-drafts/"


class State(models.TextChoices):
    DRAFT = "draft", _("Draft, not sent yet")
    NEW = "new", _("New, to review")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


#: States in which the submitter may still edit it from their link.
EDITABLE = (State.DRAFT, State.CHANGES_REQUESTED)


class InitiativeSubmission(ClusterableModel):
    """An initiative sent (or being written) by an authority, with who sent it and what Efus decided."""

    crisis = models.ForeignKey(Crisis, verbose_name=_("crisis"), on_delete=models.PROTECT, related_name="submissions")
    section = models.ForeignKey(
        "initiatives.InitiativesIndexPage",
        verbose_name=_("platform"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    state = models.CharField(_("state"), max_length=20, choices=State.choices, default=State.DRAFT)
    # Step 1: who.
    authority = models.ForeignKey(
        "members.MemberAuthority",
        verbose_name=_("member authority"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    authority_name = models.CharField(_("authority"), max_length=200)
    country = CountryField(_("country"))
    authority_kind = models.CharField(_("kind of authority"), max_length=20, choices=Kind.choices)
    contact_name = models.CharField(_("contact person"), max_length=200)
    role = models.CharField(_("role"), max_length=200)
    email = models.EmailField(_("email"))
    consent = models.BooleanField(_("consent to the privacy notice"), default=False)
    language = models.CharField(_("language"), max_length=7, choices=settings.LANGUAGES, default="en")
    # Step 2: what.
    title = models.CharField(_("title"), max_length=200, blank=True)
    themes = ParentalManyToManyField("core.Theme", verbose_name=_("themes"), blank=True, related_name="+")
    summary = models.TextField(_("summary"), max_length=600, blank=True)
    description = models.TextField(_("description"), max_length=6000, blank=True)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    target_groups = models.TextField(_("target groups"), max_length=600, blank=True)
    partners = models.TextField(_("partners"), max_length=600, blank=True)
    results = models.TextField(_("results"), max_length=3000, blank=True)
    links = models.TextField(_("links"), max_length=1200, blank=True)
    #: What was typed in step 2 the last time it was posted, valid or not, so it comes back as typed.
    draft = models.JSONField(default=dict, blank=True, editable=False)
    # Moderation.
    reason = models.TextField(
        _("message to the submitter"),
        blank=True,
        help_text=_("Required to reject or to ask for changes: it is emailed to the submitter."),
    )
    notes = models.TextField(_("staff notes"), blank=True, help_text=_("Never shown to the submitter."))
    page = models.ForeignKey(
        "initiatives.InitiativePage",
        verbose_name=_("published page"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("started"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last saved"), auto_now=True)
    submitted_at = models.DateTimeField(_("sent"), null=True, blank=True, editable=False)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("shared initiative (submission)")
        verbose_name_plural = _("shared initiatives (submissions)")
        ordering = ["-updated_at"]
        indexes = [models.Index(fields=["state", "updated_at"], name="initiatives_state_updated")]

    def __str__(self):
        return self.title or _("Untitled initiative from %(authority)s") % {"authority": self.authority_name}

    @property
    def is_editable(self):
        return self.state in EDITABLE


class SubmissionAttachment(models.Model):
    """A file sent with a submission, checked, and for images re-encoded without their metadata."""

    submission = ParentalKey(
        InitiativeSubmission, on_delete=models.CASCADE, related_name="attachments", verbose_name=_("submission")
    )
    file = models.FileField(_("file"), upload_to=DRAFT_FILES + "%Y/%m/", max_length=255)
    name = models.CharField(_("file name"), max_length=200)
    size = models.PositiveIntegerField(_("size in bytes"), default=0)

    panels = [FieldPanel("name", read_only=True)]

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["pk"]

    def __str__(self):
        return self.name
