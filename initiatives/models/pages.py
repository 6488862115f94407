"""The platform's section (what Efus did, the shared initiatives, the form) and the published initiatives.

The routes are thin: the views in initiatives/views/ do the work, imported when a request comes.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from efus_site.core.blocks import BaseStreamBlock
from efus_site.core.cards import CARD_FIELDS
from efus_site.core.generation import cached, track_content
from efus_site.core.models import BasePage, ThemedMixin
from efus_site.core.models.pages import themes_page
from efus_site.core.profile_rows import profile_rows
from efus_site.core.routing import public_only
from members.models import Kind

from ..structured_data import article
from .crises import Crisis

#: Sub-addresses of the section: no initiative may take one as its own.
RESERVED_SLUGS = {"share", "feed"}
TEXT_FIELDS = ("summary", "description", "target_groups", "partners", "results")


def live_initiatives(section=None):
    """The live, public initiatives (of one section, if given), newest first."""
    pages = InitiativePage.objects.live()
    if section is not None:
        pages = pages.child_of(section)
    return public_only(pages).order_by("-start_date", "-pk")


def section_at(tree_path):
    """The live section at a tree path (an initiative's parent), cached per generation."""
    return cached(
        f"initiatives:section:{tree_path}",
        lambda: InitiativesIndexPage.objects.live().filter(path=tree_path).select_related("crisis").first(),
    )


class InitiativesIndexPage(RoutablePageMixin, BasePage):
    """A crisis' section: what Efus did, the initiatives authorities shared, and the form to share one."""

    crisis = models.ForeignKey(Crisis, verbose_name=_("crisis"), on_delete=models.PROTECT, related_name="sections")
    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    body = StreamField(BaseStreamBlock(), verbose_name=_("what Efus did"), blank=True)
    share_intro = RichTextField(
        _("text above the form to share an initiative"), blank=True, features=["bold", "italic", "link", "ol", "ul"]
    )
    privacy_notice = RichTextField(
        _("privacy notice"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("What Efus does with the submitter's details; they agree to it in the first step."),
    )
    notification_email = models.EmailField(
        _("send new initiatives to"),
        blank=True,
        help_text=_("Staff address told of each initiative sent for review. Empty: the site's contact address."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("crisis"),
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("share_intro"),
        FieldPanel("privacy_notice"),
    ]
    settings_panels = [*BasePage.settings_panels, FieldPanel("notification_email")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["core.HomePage"]
    subpage_types = ["initiatives.InitiativePage"]
    card_fields = (*CARD_FIELDS, "intro")

    class Meta:
        verbose_name = _("initiatives platform")

    @path("")
    def platform(self, request):
        """What Efus did, then the shared initiatives: filters with counts, the map and the list."""
        from ..views import platform

        return platform.platform(self, request)

    @path("share/", name="share")
    def share(self, request):
        """Step 1: who shares the initiative."""
        from ..views import share

        return share.step_one(self, request)

    @path("share/sent/", name="share_sent")
    def share_sent(self, request):
        """Confirmation once an initiative is sent for review."""
        from ..views import share

        return share.sent(self, request)

    @path("share/<str:payload>/<str:stamp>/<str:signature>/", name="share_continue")
    def share_continue(self, request, payload, stamp, signature):
        """Step 2: what the initiative is, reached from step 1 or the link emailed after it."""
        from ..views import share

        return share.step_two(self, request, f"{payload}/{stamp}/{signature}")

    @path("feed/", name="feed")
    def feed(self, request):
        """The latest initiatives as RSS."""
        from ..feeds import InitiativesFeed

        return InitiativesFeed(self)(request)

    def feed_links(self, request):
        """The feed for <link rel="alternate"> in the page head."""
        return [
            {
                "type": "application/rss+xml",
                "title": _("Initiatives shared on the %(crisis)s platform (RSS)") % {"crisis": self.crisis.name},
                "url": self.get_url(request) + "feed/",
            }
        ]


class InitiativeManager(PageManager):
    def on_profile(self):
        """The live, public initiatives, latest first: what the sharing authority's profile lists."""
        return profile_rows(self, lambda: public_only(self.live()).order_by("-start_date", "-pk"))


class InitiativePage(ThemedMixin, BasePage):
    """An initiative an authority shared and Efus approved: what, who, when, with whom, with what results.

    The submitter's contact details stay on the submission: nothing here is private.
    """

    crisis = models.ForeignKey(Crisis, verbose_name=_("crisis"), on_delete=models.PROTECT, related_name="initiatives")
    authority = models.ForeignKey(
        "members.MemberAuthority",
        verbose_name=_("member authority"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="shared_initiatives",
    )
    authority_name = models.CharField(
        _("authority"), max_length=200, help_text=_("As it signs the initiative, member or not.")
    )
    country = CountryField(_("country"))
    authority_kind = models.CharField(_("kind of authority"), max_length=20, choices=Kind.choices)
    original_language = models.CharField(
        _("language it was written in"), max_length=7, choices=settings.LANGUAGES, default="en"
    )
    summary = models.TextField(_("summary"), max_length=600)
    description = models.TextField(_("description"), max_length=6000)
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), null=True, blank=True, help_text=_("Empty while it goes on."))
    target_groups = models.TextField(_("target groups"), max_length=600, blank=True)
    partners = models.TextField(_("partners"), max_length=600, blank=True)
    results = models.TextField(_("results"), max_length=3000, blank=True)
    links = models.TextField(_("links"), max_length=1200, blank=True, help_text=_("One address per line."))

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("authority"),
                FieldPanel("authority_name"),
                FieldRowPanel([FieldPanel("country"), FieldPanel("authority_kind")]),
            ],
            heading=_("Who"),
        ),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("target_groups"),
        FieldPanel("partners"),
        FieldPanel("results"),
        FieldPanel("links"),
        InlinePanel("attachments", label=_("attachment")),
        *ThemedMixin.theme_panels,
    ]
    settings_panels = [*BasePage.settings_panels, FieldPanel("crisis"), FieldPanel("original_language")]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("description"),
        index.SearchField("results"),
        index.SearchField("authority_name"),
    ]
    parent_page_types = ["initiatives.InitiativesIndexPage"]
    subpage_types = []
    card_fields = (*CARD_FIELDS, "summary", "authority_name", "country", "start_date")

    objects = InitiativeManager()

    class Meta:
        verbose_name = _("shared initiative")
        verbose_name_plural = _("shared initiatives")
        indexes = [models.Index(fields=["country", "authority_kind"], name="initiatives_country_kind")]

    @property
    def teaser_text(self):
        """Cards show the listing summary, else the initiative's summary."""
        return self.listing_summary or self.summary

    def clean(self):
        super().clean()
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": _("This address is used by the section itself; choose another.")})
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date cannot be before the start date.")})

    def text_language(self, language):
        """The language the text reads in for a visitor in `language`: a translation's, else the original's.

        An empty column falls back to English, itself the original text until an editor translates it.
        """
        shown = language if getattr(self, f"summary_{language}", "") else settings.LANGUAGE_CODE
        text = getattr(self, f"summary_{shown}", "")
        original = getattr(self, f"summary_{self.original_language}", "")
        return self.original_language if shown == self.original_language or text == original else shown

    @property
    def shown_language(self):
        """The language the text reads in for the active language (for lang attributes in lists)."""
        return self.text_language(get_language())

    @property
    def link_list(self):
        return [line.strip() for line in self.links.splitlines() if line.strip().startswith(("http://", "https://"))]

    def _extras(self):
        """(themes, attachment documents, crisis, authority), read with .all(): a preview holds them in memory."""
        attachments = [item.document for item in self.attachments.all()]
        return list(self.themes.all()), attachments, self.crisis, self.authority if self.authority_id else None

    def get_context(self, request, *args, **kwargs):
        """The section, themes, attachments, the language the text is in, and Article structured data."""
        context = super().get_context(request, *args, **kwargs)
        # A preview shows the editor's unsaved themes and files; a published initiative, cached ones.
        if getattr(request, "is_preview", False) or not self.pk:
            themes, attachments, self.crisis, self.authority = self._extras()
        else:
            themes, attachments, self.crisis, self.authority = cached(
                f"initiatives:page-extras:{self.pk}", self._extras
            )
        section = section_at(self.path[: -self.steplen]) if self.pk else None
        context.update(
            section=section,
            feeds=section.feed_links(request) if section else [],
            initiative_themes=themes,
            themes_url=(themes_page().get_url(request) if themes and themes_page() else ""),
            attachments=attachments,
            text_language=self.text_language(get_language()),
            structured_data=article(self, request),
        )
        return context


class InitiativeAttachment(Orderable):
    """A file an initiative came with (a leaflet, a photo), checked and cleaned when it was uploaded."""

    page = ParentalKey(InitiativePage, on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("file"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("document")]


for relation in (InitiativeAttachment, InitiativePage.themes.through):
    track_content(relation)
