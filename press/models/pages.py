"""The press room and its releases.

Scheduled publishing is the embargo: a release published with a go-live time in the future stays
unpublished (not live) until Wagtail's publish_scheduled task publishes it, so every listing, feed
and the sitemap, which read live pages only, leave it out until then.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from efus_site.core.blocks import BaseStreamBlock
from efus_site.core.cards import CARD_FIELDS, as_cards
from efus_site.core.generation import cached, track_content
from efus_site.core.models import BasePage, ThemedMixin
from efus_site.core.models.pages import themes_page
from efus_site.core.routing import public_only

from ..structured_data import news_article
from .snippets import shared_press_texts

RELEASE_ORDER = ("-date", "-first_published_at", "-pk")


def live_releases(index=None):
    """The live, public releases (of one press room, if given), newest first."""
    releases = PressReleasePage.objects.live()
    if index is not None:
        releases = releases.child_of(index)
    return public_only(releases).order_by(*RELEASE_ORDER)


def press_room_at(tree_path):
    """The live press room at a tree path (a release's parent), cached per generation."""
    return cached(f"press:room:{tree_path}", lambda: PressIndexPage.objects.live().filter(path=tree_path).first())


class PressIndexPage(RoutablePageMixin, BasePage):
    """The press room: releases by year, their RSS and Atom feeds, and the press kit."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    kit_intro = models.TextField(_("press kit introduction"), blank=True, max_length=600)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("kit_intro"), InlinePanel("kit_items", label=_("file"))], heading=_("Press kit")),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["core.HomePage"]
    subpage_types = ["press.PressReleasePage"]
    max_count = 1
    card_fields = (*CARD_FIELDS, "intro")

    class Meta:
        verbose_name = _("press room")

    @path("")
    def releases(self, request):
        """The releases, newest first, filtered by year."""
        from ..views import press_index

        return press_index(self, request)

    @path("kit/", name="kit")
    def kit(self, request):
        """The press kit: logos, photos and the boilerplate."""
        from ..views import press_kit

        return press_kit(self, request)

    @path("feed/rss/", name="rss")
    def rss(self, request):
        """The latest releases in the visitor's language, as RSS 2.0."""
        from ..feeds import PressReleasesRssFeed

        return PressReleasesRssFeed(self)(request)

    @path("feed/atom/", name="atom")
    def atom(self, request):
        """The same releases as Atom."""
        from ..feeds import PressReleasesAtomFeed

        return PressReleasesAtomFeed(self)(request)

    def feed_links(self, request):
        """The feeds for <link rel="alternate"> in the page head."""
        base = self.get_url(request)
        return [
            {"type": "application/rss+xml", "title": _("Efus press releases (RSS)"), "url": base + "feed/rss/"},
            {"type": "application/atom+xml", "title": _("Efus press releases (Atom)"), "url": base + "feed/atom/"},
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["feeds"] = self.feed_links(request)
        return context

    def get_home_items(self, limit=3):
        """The latest releases, for the home page's "Latest news"."""
        return as_cards(live_releases(self)[:limit])


class PressKitItem(Orderable):
    """A file of the press kit: a logo, a photo, a fact sheet."""

    page = ParentalKey(PressIndexPage, on_delete=models.CASCADE, related_name="kit_items")
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("file"), on_delete=models.CASCADE, related_name="+"
    )
    caption = models.CharField(_("caption"), max_length=200, blank=True)

    panels = [FieldPanel("document"), FieldPanel("caption")]


class PressReleasePage(ThemedMixin, BasePage):
    """A press release: dated and datelined, with a standfirst, attachments, related pages and themes."""

    date = models.DateField(_("release date"), default=timezone.localdate)
    dateline = models.CharField(_("dateline city"), max_length=80, help_text=_("Where the release is issued (Paris)."))
    standfirst = models.TextField(_("standfirst"), max_length=600, help_text=_("The opening summary, in bold."))
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel([FieldPanel("date"), FieldPanel("dateline")], heading=_("Date and place")),
        FieldPanel("standfirst"),
        FieldPanel("body"),
        InlinePanel("attachments", label=_("attachment")),
        InlinePanel("related_links", label=_("related page")),
        *ThemedMixin.theme_panels,
    ]
    search_fields = [*Page.search_fields, index.SearchField("standfirst"), index.SearchField("body")]
    parent_page_types = ["press.PressIndexPage"]
    subpage_types = []
    card_fields = (*CARD_FIELDS, "date", "dateline", "standfirst")

    class Meta:
        verbose_name = _("press release")

    @property
    def teaser_text(self):
        """Cards show the listing summary, else the search description, else the standfirst."""
        return self.listing_summary or self.search_description or self.standfirst

    def _extras(self):
        """(attachment documents, related pages as cards, themes), read with .all(): a preview holds them in memory."""
        attachments = [item.document for item in self.attachments.all()]
        related_ids = [link.target_id for link in self.related_links.all()]
        related = as_cards(public_only(Page.objects.live().filter(pk__in=related_ids))) if related_ids else []
        return attachments, related, list(self.themes.all())

    def get_context(self, request, *args, **kwargs):
        """The shared boilerplate and contacts, the attachments, related pages, themes and structured data."""
        context = super().get_context(request, *args, **kwargs)
        context["boilerplate"], context["contacts"] = shared_press_texts()
        # A preview shows the editor's unsaved attachments and themes; a published release, cached ones.
        if getattr(request, "is_preview", False) or not self.pk:
            extras = self._extras()
        else:
            extras = cached(f"press:release-extras:{self.pk}", self._extras)
        context["attachments"], context["related_pages"], context["release_themes"] = extras
        section = themes_page()
        context["themes_url"] = section.get_url(request) if section and context["release_themes"] else ""
        context["structured_data"] = news_article(self, request)
        parent = press_room_at(self.path[: -self.steplen]) if self.pk else None
        context["feeds"] = parent.feed_links(request) if parent else []
        context["press_room"] = parent
        return context


class PressReleaseAttachment(Orderable):
    """A document attached to a release (the full report, a photo, a declaration)."""

    page = ParentalKey(PressReleasePage, on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("document"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("document")]


class PressReleaseRelatedPage(Orderable):
    """A page of the site a release points readers to."""

    page = ParentalKey(PressReleasePage, on_delete=models.CASCADE, related_name="related_links")
    target = models.ForeignKey("wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("target")]


# A release's attachments, related pages and themes are saved with the page, but also by themselves
# (a document deleted, a theme removed): either way the pages that show them must be rendered again.
for relation in (PressKitItem, PressReleaseAttachment, PressReleaseRelatedPage, PressReleasePage.themes.through):
    track_content(relation)
