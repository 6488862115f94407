"""A conference's programme: its sessions, typed, timed, placed, with speakers and moderators."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField

from efus_site.core.blocks import VideoBlock
from efus_site.core.generation import track_content

from ..timezones import aware, overlap


class SessionKind(models.TextChoices):
    PLENARY = "plenary", _("Plenary session")
    WORKSHOP = "workshop", _("Workshop")
    FOCUS = "focus", _("Focus session")
    FIELD_VISIT = "field_visit", _("Field visit")


#: The sessions chosen one by one when registering: each has its own capacity.
CHOSEN_KINDS = (SessionKind.WORKSHOP, SessionKind.FIELD_VISIT)


@track_content
class Session(models.Model):
    """One session of an edition's programme."""

    edition = models.ForeignKey(
        "conferences.ConferenceEditionPage",
        verbose_name=_("edition"),
        on_delete=models.CASCADE,
        related_name="sessions",
    )
    title = models.CharField(_("title"), max_length=200)
    kind = models.CharField(_("type"), max_length=20, choices=SessionKind.choices, default=SessionKind.WORKSHOP)
    day = models.DateField(_("day"))
    start_time = models.TimeField(_("starts at"))
    end_time = models.TimeField(_("ends at"))
    room = models.CharField(_("room or place"), max_length=200, blank=True)
    description = models.TextField(_("description"), blank=True, max_length=3000)
    themes = models.ManyToManyField("core.Theme", verbose_name=_("themes"), blank=True, related_name="+")
    speakers = models.ManyToManyField(
        "conferences.Speaker", verbose_name=_("speakers"), blank=True, related_name="sessions_spoken"
    )
    moderators = models.ManyToManyField(
        "conferences.Speaker", verbose_name=_("moderators"), blank=True, related_name="sessions_moderated"
    )
    capacity = models.PositiveIntegerField(
        _("seats"),
        null=True,
        blank=True,
        help_text=_("For workshops and field visits chosen when registering. Empty: no limit."),
    )
    recording = StreamField([("video", VideoBlock())], verbose_name=_("recording"), blank=True, max_num=1)

    panels = [
        FieldPanel("edition"),
        FieldPanel("title"),
        FieldPanel("kind"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("day"), FieldPanel("start_time"), FieldPanel("end_time")]), FieldPanel("room")],
            heading=_("When and where"),
        ),
        FieldPanel("description"),
        FieldPanel("speakers"),
        FieldPanel("moderators"),
        FieldPanel("themes"),
        FieldPanel("capacity"),
        FieldPanel("recording"),
    ]

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        ordering = ["day", "start_time", "kind", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_time__gt=models.F("start_time")), name="session_ends_after_start"
            )
        ]

    def __str__(self):
        return f"{self.title} ({self.day:%d/%m} {self.start_time:%H:%M})"

    @property
    def is_chosen(self):
        """True for the sessions a registrant picks one by one (workshops and field visits)."""
        return self.kind in CHOSEN_KINDS

    def interval(self, zone_name):
        """(start, end) as instants in the edition's zone."""
        return aware(self.day, self.start_time, zone_name), aware(self.day, self.end_time, zone_name)

    def overlaps(self, other):
        """True if the two sessions run at the same time."""
        return self.day == other.day and overlap((self.start_time, self.end_time), (other.start_time, other.end_time))


for relation in (Session.themes.through, Session.speakers.through, Session.moderators.through):
    track_content(relation)
