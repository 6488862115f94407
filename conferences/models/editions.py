"""The Security, Democracy & Cities series: its index and one page per edition."""

import datetime

from django.db import models
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager
from wagtail.search import index

from efus_site.core.blocks import BaseStreamBlock, VideoBlock
from efus_site.core.cards import CARD_FIELDS
from efus_site.core.generation import cached, track_content
from efus_site.core.models import BasePage, ThemedMixin
from efus_site.core.profile_rows import profile_rows
from efus_site.core.routing import public_only

from ..timezones import DEFAULT_TIME_ZONE, TIME_ZONE_CHOICES, aware
from .registrable import RegistrableMixin
from .sessions import Session
from .speakers import make_photo_renditions, speakers_with_photos

#: The key figures of an edition, in the order the pages show them.
FIGURE_FIELDS = (
    "participants",
    "cities_and_regions",
    "countries",
    "continents",
    "speakers_count",
    "workshops_count",
    "focus_sessions_count",
    "field_visits_count",
    "plenaries_count",
)


def _figure(label):
    return models.PositiveIntegerField(label, null=True, blank=True)


class ConferencesIndexPage(BasePage):
    """The series: every edition side by side with its figures."""

    intro = models.TextField(_("introduction"), blank=True, max_length=800)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["core.HomePage"]
    subpage_types = ["conferences.ConferenceEditionPage"]
    max_count = 1
    card_fields = (*CARD_FIELDS, "intro")

    class Meta:
        verbose_name = _("conference series")

    def get_context(self, request, *args, **kwargs):
        """Every live edition, newest first, with its figures."""
        context = super().get_context(request, *args, **kwargs)
        context["editions"] = cached(f"conferences:editions:{self.pk}", lambda: list(editions_of(self)))
        context["figure_labels"] = figure_labels()
        return context


def editions_of(index):
    """The live, public editions of a series, newest first, with their host authorities."""
    editions = public_only(ConferenceEditionPage.objects.live().child_of(index))
    return editions.order_by("-start_date").prefetch_related("hosts")


def figure_labels():
    """(field, label) of each key figure."""
    return [(name, ConferenceEditionPage._meta.get_field(name).verbose_name) for name in FIGURE_FIELDS]


class EditionManager(PageManager):
    def on_profile(self):
        """The live, public editions, latest first: what a host's profile lists (authority.hosted_conferences)."""
        return profile_rows(self, lambda: public_only(self.live()).order_by("-start_date"))


class ConferenceEditionPage(RegistrableMixin, RoutablePageMixin, ThemedMixin, BasePage):
    """One edition of the conference: where and when, its figures, programme, videos and practical information."""

    number = models.PositiveSmallIntegerField(_("edition number"))
    start_date = models.DateField(_("first day"))
    end_date = models.DateField(_("last day"))
    time_zone = models.CharField(_("time zone"), max_length=40, choices=TIME_ZONE_CHOICES, default=DEFAULT_TIME_ZONE)
    host_name = models.CharField(
        _("host city or region"), max_length=150, help_text=_("As it is named: “Aubervilliers and Saint-Denis”.")
    )
    hosts = ParentalManyToManyField(
        "members.MemberAuthority",
        verbose_name=_("host member authorities"),
        blank=True,
        related_name="hosted_conferences",
    )
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    partners = models.TextField(_("partners"), blank=True, max_length=1000)
    patronage = models.CharField(_("under the patronage of"), max_length=300, blank=True)
    intro = models.TextField(_("introduction"), blank=True, max_length=1000)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    participants = _figure(_("participants"))
    cities_and_regions = _figure(_("cities and regions"))
    countries = _figure(_("countries"))
    continents = _figure(_("continents"))
    speakers_count = _figure(_("speakers"))
    workshops_count = _figure(_("thematic workshops"))
    focus_sessions_count = _figure(_("focus sessions"))
    field_visits_count = _figure(_("field visits"))
    plenaries_count = _figure(_("plenary sessions"))
    figures_expected = models.BooleanField(
        _("figures are expected"),
        default=False,
        help_text=_("Tick before the edition: the figures are shown as expected."),
    )
    declaration_url = models.URLField(
        _("declaration (outside link)"),
        blank=True,
        help_text=_(
            "Only for a declaration not on this site: one on the site names its edition and is linked by itself."
        ),
    )
    video_messages = StreamField([("video", VideoBlock())], verbose_name=_("video messages"), blank=True)
    practical_information = RichTextField(
        _("practical information"), blank=True, features=["h3", "bold", "italic", "link", "ol", "ul"]
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("number"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]), FieldPanel("time_zone")],
            heading=_("Dates"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("host_name"),
                FieldPanel("hosts"),
                FieldPanel("venue"),
                FieldPanel("partners"),
                FieldPanel("patronage"),
            ],
            heading=_("Host and partners"),
        ),
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(
            [*(FieldPanel(name) for name in FIGURE_FIELDS), FieldPanel("figures_expected")], heading=_("Key figures")
        ),
        MultiFieldPanel([FieldPanel("declaration_url")], heading=_("Declaration")),
        FieldPanel("video_messages"),
        FieldPanel("practical_information"),
        *RegistrableMixin.registration_panels,
        *ThemedMixin.theme_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("host_name"),
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    parent_page_types = ["conferences.ConferencesIndexPage"]
    subpage_types = []
    card_fields = (*CARD_FIELDS, "intro", "start_date", "end_date", "host_name")

    objects = EditionManager()

    class Meta:
        verbose_name = _("conference edition")

    @property
    def teaser_text(self):
        """Cards show the listing summary, else the search description, else the introduction."""
        return self.listing_summary or self.search_description or self.intro

    @path("")
    def edition(self, request):
        """The edition with its programme, by day or, with ?by=type, by type of session."""
        from ..views.editions import edition

        return edition(self, request)

    @property
    def is_upcoming(self):
        return self.end_date >= timezone.localdate()

    def registration_start(self):
        return aware(self.start_date, datetime.time(9), self.time_zone)

    def figures(self):
        """(label, value) of the figures the edition has."""
        return [(label, getattr(self, name)) for name, label in figure_labels() if getattr(self, name) is not None]

    def figure_values(self):
        """The value of each key figure (None where unknown), in the index's column order."""
        return [getattr(self, name) for name in FIGURE_FIELDS]

    def adopted_declarations(self):
        """The live, public declarations adopted at this edition, in the order they were adopted."""
        return list(public_only(self.declarations_adopted.live()).order_by("adopted_on", "pk"))

    def programme_sessions(self):
        """The sessions with their speakers, moderators and themes, in a fixed number of queries."""
        sessions = list(
            Session.objects.filter(edition=self).prefetch_related(
                Prefetch("speakers", queryset=speakers_with_photos()),
                Prefetch("moderators", queryset=speakers_with_photos()),
                "themes",
            )
        )
        for session in sessions:
            make_photo_renditions([*session.speakers.all(), *session.moderators.all()])
        return sessions


def upcoming_edition_open_for_registration():
    """The next live, public edition whose registration is open, if any (cached per generation)."""

    def find():
        editions = ConferenceEditionPage.objects.live().filter(
            registration_open=True, end_date__gte=timezone.localdate()
        )
        return public_only(editions).order_by("start_date").first()

    return cached(f"conferences:home-edition:{timezone.localdate()}", find)


# Hosts and themes are saved with the page, but also by themselves (a theme deleted): re-render either way.
for relation in (ConferenceEditionPage.hosts.through, ConferenceEditionPage.themes.through):
    track_content(relation)
