"""Declarations: the texts Efus' members adopt at a conference or at the close of a project, and who signed them."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from efus_site.core.blocks import DocumentBlock
from efus_site.core.cards import CARD_FIELDS
from efus_site.core.generation import track_content
from efus_site.core.models import BasePage
from efus_site.core.profile_rows import profile_rows
from efus_site.core.routing import public_only

TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul"]


class DeclarationsIndexPage(BasePage):
    """Every declaration, newest first, with the number of its signatories."""

    intro = models.TextField(_("introduction"), blank=True, max_length=800)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["core.HomePage"]
    subpage_types = ["conferences.DeclarationPage"]
    max_count = 1
    card_fields = (*CARD_FIELDS, "intro")

    class Meta:
        verbose_name = _("declarations section")

    def get_context(self, request, *args, **kwargs):
        from ..views.declarations import index_context

        context = super().get_context(request, *args, **kwargs)
        context.update(index_context(self, request))
        return context


def declarations_of(index):
    """The live, public declarations of a section, newest first, each with its number of signatories."""
    declarations = public_only(DeclarationPage.objects.live().child_of(index))
    return declarations.annotate(signatory_count=Count("signatories")).order_by("-adopted_on", "-pk")


class DeclarationPage(BasePage):
    """A declaration: when, where and at what it was adopted, its text and documents, its signatories."""

    adopted_on = models.DateField(_("adopted on"))
    place = models.CharField(_("place"), max_length=150, blank=True, help_text=_("The city where it was adopted."))
    edition = models.ForeignKey(
        "conferences.ConferenceEditionPage",
        verbose_name=_("adopted at the conference"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="declarations_adopted",
        help_text=_("The edition's page then links to this declaration by itself."),
    )
    project = models.ForeignKey(
        "conferences.ProjectPage",
        verbose_name=_("from the project"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="declarations",
    )
    intro = models.TextField(_("introduction"), blank=True, max_length=800)
    text = RichTextField(_("text"), blank=True, features=TEXT_FEATURES)
    documents = StreamField(
        [("document", DocumentBlock())],
        verbose_name=_("documents"),
        blank=True,
        help_text=_("The signed text and translations; each language has its own list."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("adopted_on"), FieldPanel("place")]),
                FieldPanel("edition"),
                FieldPanel("project"),
            ],
            heading=_("Adoption"),
        ),
        FieldPanel("intro"),
        FieldPanel("text"),
        FieldPanel("documents"),
        InlinePanel(
            "signatories",
            heading=_("Signatories"),
            label=_("Signatory"),
            help_text=_("Many at once: “Import signatories” in the page's header menu reads a CSV file."),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("place"),
        index.SearchField("intro"),
        index.SearchField("text"),
    ]
    parent_page_types = ["conferences.DeclarationsIndexPage"]
    subpage_types = []
    card_fields = (*CARD_FIELDS, "intro", "adopted_on", "place")

    class Meta:
        verbose_name = _("declaration")

    @property
    def teaser_text(self):
        return self.listing_summary or self.search_description or self.intro

    def signatory_list(self):
        """The signatories in their order, each with its member authority: one query, none in a preview."""
        return list(self.signatories.select_related("authority"))

    def get_context(self, request, *args, **kwargs):
        from ..views.declarations import declaration_context

        context = super().get_context(request, *args, **kwargs)
        context.update(declaration_context(self, request))
        return context


class SignatoryManager(models.Manager):
    def on_profile(self):
        """The signatures of live, public declarations, newest first, each with its page (declaration_signatures)."""

        def build():
            declarations = public_only(DeclarationPage.objects.live()).values("pk")
            signatures = self.filter(page__in=declarations).select_related("page")
            return signatures.order_by("-page__adopted_on", "sort_order")

        return profile_rows(self, build)


@track_content
class Signatory(Orderable):
    """Who signed a declaration: a member authority (linked to its profile) or another organisation, by name."""

    page = ParentalKey(DeclarationPage, on_delete=models.CASCADE, related_name="signatories")
    authority = models.ForeignKey(
        "members.MemberAuthority",
        verbose_name=_("member authority"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="declaration_signatures",
    )
    organisation = models.CharField(
        _("organisation"),
        max_length=200,
        blank=True,
        help_text=_("For a signatory that is not a member authority; for a member, a name to show instead of its own."),
    )
    signed_on = models.DateField(_("signed on"), null=True, blank=True)
    signed_by = models.CharField(
        _("signed by"),
        max_length=200,
        blank=True,
        help_text=_("The person, with their office: “Willy Demeyer, Mayor”."),
    )

    objects = SignatoryManager()

    panels = [
        FieldRowPanel([FieldPanel("authority"), FieldPanel("organisation")]),
        FieldRowPanel([FieldPanel("signed_by"), FieldPanel("signed_on")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("signatory")
        verbose_name_plural = _("signatories")

    def __str__(self):
        return self.name

    @property
    def name(self):
        """The name shown: the organisation's as given, else the member authority's in the visitor's language."""
        if self.organisation:
            return self.organisation
        return self.authority.name if self.authority_id else ""

    def clean(self):
        super().clean()
        if not self.authority_id and not self.organisation.strip():
            raise ValidationError({"organisation": _("Choose a member authority or give the organisation's name.")})
