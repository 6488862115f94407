"""Efus' events: webinars, task forces, General Assemblies, study visits, trainings, workshops, conferences."""

import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.search import index

from efus_site.core.blocks import BaseStreamBlock, DocumentBlock, VideoBlock
from efus_site.core.cards import CARD_FIELDS
from efus_site.core.generation import track_content
from efus_site.core.models import BasePage, ThemedMixin
from efus_site.core.profile_rows import profile_rows
from efus_site.core.routing import public_only

from ..timezones import DEFAULT_TIME_ZONE, TIME_ZONE_CHOICES, aware, zone
from .registrable import RegistrableMixin


class EventKind(models.TextChoices):
    WEBINAR = "webinar", _("Webinar")
    TASK_FORCE = "task_force", _("Task force")
    GENERAL_ASSEMBLY = "general_assembly", _("General Assembly")
    STUDY_VISIT = "study_visit", _("Study visit")
    TRAINING = "training", _("Training")
    WORKSHOP = "workshop", _("Workshop")
    CONFERENCE = "conference", _("Conference")


#: The address of each type's calendar feed (/en/events/calendar/webinars/).
KIND_SLUGS = {
    EventKind.WEBINAR: "webinars",
    EventKind.TASK_FORCE: "task-forces",
    EventKind.GENERAL_ASSEMBLY: "general-assemblies",
    EventKind.STUDY_VISIT: "study-visits",
    EventKind.TRAINING: "trainings",
    EventKind.WORKSHOP: "workshops",
    EventKind.CONFERENCE: "conferences",
}


class EventsIndexPage(RoutablePageMixin, BasePage):
    """The events: upcoming and past, filtered by type, theme and year, with calendar and RSS feeds."""

    intro = models.TextField(_("introduction"), blank=True, max_length=800)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["core.HomePage"]
    subpage_types = ["conferences.EventPage"]
    max_count = 1
    card_fields = (*CARD_FIELDS, "intro")

    class Meta:
        verbose_name = _("events section")

    @path("")
    def upcoming(self, request):
        """The coming events, soonest first."""
        from ..views.events import events_list

        return events_list(self, request, past=False)

    @path("past/", name="past")
    def past(self, request):
        """The past events, latest first."""
        from ..views.events import events_list

        return events_list(self, request, past=True)

    @path("calendar/", name="calendar")
    def calendar(self, request):
        """Every event as an iCalendar feed."""
        from ..views.events import calendar_feed

        return calendar_feed(self, request, None)

    @path("calendar/<slug:kind_slug>/", name="kind_calendar")
    def kind_calendar(self, request, kind_slug):
        """The events of one type as an iCalendar feed."""
        from ..views.events import calendar_feed

        return calendar_feed(self, request, kind_slug)

    @path("feed/rss/", name="rss")
    def rss(self, request):
        """The latest announced events in the visitor's language, as RSS 2.0."""
        from ..feeds import EventsRssFeed

        return EventsRssFeed(self)(request)

    def feed_links(self, request):
        """The feeds for <link rel="alternate"> in the page head."""
        base = self.get_url(request)
        return [
            {"type": "application/rss+xml", "title": _("Efus events (RSS)"), "url": base + "feed/rss/"},
            {"type": "text/calendar", "title": _("Efus events (iCalendar)"), "url": base + "calendar/"},
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["feeds"] = self.feed_links(request)
        return context

    def get_home_items(self, limit=3):
        """The next events, for the home page's "Upcoming events"."""
        from ..listing import upcoming_cards

        return upcoming_cards(self, limit)


class EventManager(PageManager):
    def on_profile(self):
        """The live, public events, latest first: what the profile of an authority involved lists (efus_events)."""
        return profile_rows(self, lambda: public_only(self.live()).order_by("-start_date", "-pk"))


class EventPage(RegistrableMixin, RoutablePageMixin, ThemedMixin, BasePage):
    """An event: when (in its time zone), online or where, registration, and afterwards its recording and materials."""

    kind = models.CharField(_("type"), max_length=20, choices=EventKind.choices, default=EventKind.WEBINAR)
    start_date = models.DateField(_("starts on"))
    start_time = models.TimeField(_("start time"), null=True, blank=True, help_text=_("Empty for a whole day."))
    end_date = models.DateField(_("ends on"))
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    time_zone = models.CharField(_("time zone"), max_length=40, choices=TIME_ZONE_CHOICES, default=DEFAULT_TIME_ZONE)
    # The instants lists sort and filter by, worked out from the local fields when the page is saved.
    starts_at = models.DateTimeField(editable=False, db_index=True, null=True)
    ends_at = models.DateTimeField(editable=False, db_index=True, null=True)
    online = models.BooleanField(_("online"), default=False)
    place = models.CharField(_("place"), max_length=200, blank=True, help_text=_("Venue and city, if in person."))
    intro = models.TextField(_("introduction"), blank=True, max_length=800)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    speakers = ParentalManyToManyField(
        "conferences.Speaker", verbose_name=_("speakers"), blank=True, related_name="events"
    )
    organisers = ParentalManyToManyField(
        "members.MemberAuthority", verbose_name=_("member authorities involved"), blank=True, related_name="efus_events"
    )
    registration_url = models.URLField(
        _("registration elsewhere"),
        blank=True,
        help_text=_("A link to another registration page, instead of the form."),
    )
    recording = StreamField([("video", VideoBlock())], verbose_name=_("recording"), blank=True, max_num=1)
    materials = StreamField([("document", DocumentBlock())], verbose_name=_("materials"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
                FieldPanel("time_zone"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel([FieldPanel("online"), FieldPanel("place")], heading=_("Where")),
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("speakers"),
        FieldPanel("organisers"),
        *RegistrableMixin.registration_panels,
        FieldPanel("registration_url"),
        MultiFieldPanel([FieldPanel("recording"), FieldPanel("materials")], heading=_("Afterwards")),
        *ThemedMixin.theme_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("place"),
        index.SearchField("body"),
    ]
    parent_page_types = ["conferences.EventsIndexPage"]
    subpage_types = []
    card_fields = (
        *CARD_FIELDS,
        "intro",
        "kind",
        "start_date",
        "start_time",
        "end_date",
        "end_time",
        "time_zone",
        "online",
        "place",
    )

    objects = EventManager()

    class Meta:
        verbose_name = _("event")

    @property
    def teaser_text(self):
        return self.listing_summary or self.search_description or self.intro

    @path("")
    def event(self, request):
        """The event."""
        from ..views.events import event

        return event(self, request)

    @path("calendar/", name="ics")
    def ics(self, request):
        """The event as an iCalendar file, with its time zone."""
        from ..views.events import event_ics

        return event_ics(self, request)

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The event cannot end before it starts.")})
        timed = self.start_date and self.end_date and self.start_time and self.end_time
        if timed and self.interval()[1] <= self.interval()[0]:
            raise ValidationError({"end_time": _("The event must end after it starts.")})

    def save(self, *args, **kwargs):
        self.starts_at, self.ends_at = self.interval()
        super().save(*args, **kwargs)

    @property
    def all_day(self):
        return self.start_time is None

    def interval(self):
        """(start, end) as aware instants in the event's own zone; a whole day ends at the next midnight."""
        start = aware(self.start_date, self.start_time, self.time_zone)
        if self.end_time is None:
            end = aware(self.end_date + datetime.timedelta(days=1), None, self.time_zone)
        else:
            end = aware(self.end_date, self.end_time, self.time_zone)
        return start, end

    @property
    def local_start(self):
        return self.interval()[0]

    @property
    def local_end(self):
        return self.interval()[1]

    @property
    def zone_abbreviation(self):
        return self.local_start.tzname()

    @property
    def is_past(self):
        return self.interval()[1] < timezone.now()

    def registration_start(self):
        return self.interval()[0]

    def kind_slug(self):
        return KIND_SLUGS[self.kind]

    def zone_info(self):
        return zone(self.time_zone)


for relation in (EventPage.speakers.through, EventPage.organisers.through, EventPage.themes.through):
    track_content(relation)
