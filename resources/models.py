"""The resources library: its index page and the resource pages, each with one file per language.

The routes are thin: the views in resources/views/ do the work, imported when a request comes.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents.models import Document
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from efus_site.core.blocks import BaseStreamBlock
from efus_site.core.cards import CARD_FIELDS
from efus_site.core.generation import track_content
from efus_site.core.models import BasePage, ThemedMixin
from efus_site.core.models.pages import SOCIAL_RENDITION

from .access import is_member

COVER_RENDITION = "fill-480x640"


class ResourceType(models.TextChoices):
    PUBLICATION = "publication", _("Publication")
    PRACTICE_SHEET = "practice_sheet", _("Practice sheet")
    ARTICLE = "article", _("Article")
    VIDEO = "video", _("Video")
    TOOLKIT = "toolkit", _("Toolkit")
    REPORT = "report", _("Report")
    WEBINAR = "webinar", _("Webinar recording")


class ResourceIndexPage(RoutablePageMixin, BasePage):
    """The library: every resource, filtered by type, theme, language and year."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["core.HomePage"]
    subpage_types = ["resources.ResourcePage"]
    max_count = 1
    card_fields = (*CARD_FIELDS, "intro")

    class Meta:
        verbose_name = _("resources library")

    @path("")
    def library(self, request):
        """The filtered, paginated list of resources with the count of each filter option."""
        from .views import library

        return library.library(self, request)


class ResourcePage(RoutablePageMixin, ThemedMixin, BasePage):
    """A publication, practice sheet, article, video, toolkit, report or webinar recording.

    A members-only resource shows its title and summary to everyone; its body and files only to members.
    Only public text goes into search_fields, whatever the flag says.
    """

    resource_type = models.CharField(_("type"), max_length=20, choices=ResourceType.choices)
    date = models.DateField(_("date"), default=timezone.localdate)
    authors = models.CharField(_("authors"), max_length=255, blank=True)
    cover_image = models.ForeignKey(
        "core.CustomImage",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    summary = models.TextField(_("summary"), max_length=800, help_text=_("Shown to everyone, members-only or not."))
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    members_only = models.BooleanField(
        _("members only"),
        default=False,
        help_text=_(
            "Everyone sees the title and summary; only logged-in members see the body and download the files, "
            "which must then be in the members-only collection."
        ),
    )
    source_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("from the project or conference"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("resource_type"), FieldPanel("date"), FieldPanel("authors"), *ThemedMixin.theme_panels],
            heading=_("About the resource"),
        ),
        FieldPanel("cover_image"),
        FieldPanel("summary"),
        FieldPanel("body"),
        InlinePanel("files", heading=_("Files, one per language"), label=_("file")),
        FieldPanel("members_only"),
        PageChooserPanel("source_page"),
    ]
    # Public fields only: the body of a members-only resource must not be found by searching.
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("authors"),
        index.FilterField("resource_type"),
        index.FilterField("date"),
        index.FilterField("members_only"),
    ]
    parent_page_types = ["resources.ResourceIndexPage"]
    subpage_types = []
    page_images = {"cover_image": [COVER_RENDITION], "listing_image": [SOCIAL_RENDITION]}
    card_fields = (*CARD_FIELDS, "summary", "resource_type", "date", "members_only", "cover_image")

    class Meta:
        verbose_name = _("resource")
        verbose_name_plural = _("resources")

    @property
    def teaser_text(self):
        """Cards show the listing summary, else the resource's public summary."""
        return self.listing_summary or self.summary

    def clean(self):
        """One file per language; a members-only resource keeps its files in a restricted collection."""
        super().clean()
        files = [file for file in self.files.all() if not getattr(file, "DELETE", False)]
        languages = [file.language for file in files]
        if len(languages) != len(set(languages)):
            raise ValidationError(_("Give at most one file per language."))
        if self.members_only:
            public = [file.document.title for file in files if file.document_id and not is_restricted(file.document)]
            if public:
                raise ValidationError(
                    _("A members-only resource keeps its files in a restricted collection: move %(files)s there.")
                    % {"files": ", ".join(public)}
                )

    def get_context(self, request, *args, **kwargs):
        """The files in the visitor's language first, the themes, and whether the visitor may open them."""
        context = super().get_context(request, *args, **kwargs)
        files = self.files_in_language_order()
        documents = Document.objects.in_bulk([file.document_id for file in files])
        for file in files:
            file.document = documents[file.document_id]
        context.update(
            files=files,
            themes=list(self.themes.all()),
            open_to_visitor=not self.members_only or is_member(request.user),
            source=self.source_page.specific if self.source_page_id and self.source_page.live else None,
        )
        return context

    def files_in_language_order(self, language=None):
        """The files, the visitor's language first, then the others in the site's language order."""
        language = (language or get_language() or settings.LANGUAGE_CODE)[:2]
        order = [code for code, _name in settings.LANGUAGES]
        files = list(self.files.all())
        return sorted(files, key=lambda file: (file.language != language, _position(order, file.language)))

    @path("files/<str:language>/", name="file")
    def file(self, request, language):
        """The file in one language, members-only ones to members only."""
        from .views import files

        return files.download(self, request, language)


# The library's filters read the links between resources and themes; they change with a publication.
track_content(ResourcePage.themes.through)


def _position(order, code):
    return order.index(code) if code in order else len(order)


def is_restricted(document):
    """Whether the document's collection (or one above it) has a view restriction."""
    return document.collection.get_view_restrictions().exists()


@track_content
class ResourceFile(Orderable):
    """A resource's file in one language."""

    page = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="files")
    language = models.CharField(_("language"), max_length=2, choices=settings.LANGUAGES)
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("file"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("language"), FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("file")
        verbose_name_plural = _("files")
        constraints = [models.UniqueConstraint(fields=["page", "language"], name="one_resource_file_per_language")]

    def __str__(self):
        return f"{self.page_id} ({self.language})"
