"""EU projects: the European cooperation projects Efus and its members led or took part in."""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from efus_site.core.blocks import KeyFigureBlock
from efus_site.core.cards import CARD_FIELDS
from efus_site.core.generation import track_content
from efus_site.core.models import BasePage, ThemedMixin
from efus_site.core.profile_rows import profile_rows
from efus_site.core.routing import public_only


class Programme(models.TextChoices):
    """The EU funding programmes Efus' projects come from."""

    ISF_POLICE = "isf_police", _("Internal Security Fund – Police")
    HORIZON_2020 = "horizon_2020", _("Horizon 2020")
    HORIZON_EUROPE = "horizon_europe", _("Horizon Europe")
    UIA = "uia", _("Urban Innovative Actions")
    JUSTICE = "justice", _("Justice programme")
    CERV = "cerv", _("Citizens, Equality, Rights and Values")
    ERASMUS = "erasmus", _("Erasmus+")
    INTERREG = "interreg", _("Interreg")
    OTHER = "other", _("Other")


class PartnerRole(models.TextChoices):
    LEAD = "lead", _("Lead partner")
    PARTNER = "partner", _("Partner")
    ASSOCIATED = "associated", _("Associated partner")


class ProjectsIndexPage(RoutablePageMixin, BasePage):
    """The projects, filtered by theme, programme, partner country and whether they run or ended."""

    intro = models.TextField(_("introduction"), blank=True, max_length=800)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["core.HomePage"]
    subpage_types = ["conferences.ProjectPage"]
    max_count = 1
    card_fields = (*CARD_FIELDS, "intro")

    class Meta:
        verbose_name = _("projects section")

    @path("")
    def projects(self, request):
        """The filtered list (?theme=…&programme=…&country=…&status=current|finished)."""
        from ..views.projects import projects_index

        return projects_index(self, request)


class ProjectPage(ThemedMixin, BasePage):
    """A project: funding, dates, budget, partners and their roles, objectives, outputs, events and results."""

    acronym = models.CharField(_("acronym"), max_length=40)
    full_name = models.CharField(_("full name"), max_length=300)
    programme = models.CharField(_("funding programme"), max_length=20, choices=Programme.choices)
    grant_number = models.CharField(_("grant agreement number"), max_length=60, blank=True)
    start_date = models.DateField(_("start"))
    end_date = models.DateField(_("end"))
    budget = models.DecimalField(
        _("total budget (euros)"),
        max_digits=12,
        decimal_places=0,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    website = models.URLField(_("project website"), blank=True)
    intro = models.TextField(_("summary"), blank=True, max_length=800)
    objectives = RichTextField(
        _("objectives and activities"), blank=True, features=["h3", "bold", "italic", "link", "ol", "ul"]
    )
    results = StreamField(
        [("figure", KeyFigureBlock())],
        verbose_name=_("results in figures"),
        blank=True,
        max_num=6,
    )
    outputs = ParentalManyToManyField(
        "resources.ResourcePage",
        verbose_name=_("outputs (from the library)"),
        blank=True,
        related_name="projects",
    )
    events = ParentalManyToManyField(
        "conferences.EventPage", verbose_name=_("events"), blank=True, related_name="projects"
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("acronym"), FieldPanel("full_name")]),
                FieldRowPanel([FieldPanel("programme"), FieldPanel("grant_number")]),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldRowPanel([FieldPanel("budget"), FieldPanel("website")]),
            ],
            heading=_("The project"),
        ),
        FieldPanel("intro"),
        InlinePanel("partners", heading=_("Partners"), label=_("Partner"), min_num=1),
        FieldPanel("objectives"),
        FieldPanel("results"),
        FieldPanel("outputs"),
        FieldPanel("events"),
        *ThemedMixin.theme_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("acronym"),
        index.SearchField("full_name"),
        index.SearchField("intro"),
        index.SearchField("objectives"),
    ]
    parent_page_types = ["conferences.ProjectsIndexPage"]
    subpage_types = []
    card_fields = (*CARD_FIELDS, "intro", "acronym", "full_name", "start_date", "end_date", "programme")

    class Meta:
        verbose_name = _("EU project")
        verbose_name_plural = _("EU projects")

    @property
    def teaser_text(self):
        return self.listing_summary or self.search_description or self.intro

    @property
    def is_current(self):
        return self.end_date >= timezone.localdate()

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The project cannot end before it starts.")})

    def get_context(self, request, *args, **kwargs):
        from ..views.projects import project_context

        context = super().get_context(request, *args, **kwargs)
        context.update(project_context(self, request))
        return context


class PartnerManager(models.Manager):
    def on_profile(self):
        """The partnerships in live, public projects, latest first, each with its page (project_partnerships)."""

        def build():
            projects = public_only(ProjectPage.objects.live()).values("pk")
            partnerships = self.filter(page__in=projects).select_related("page")
            return partnerships.order_by("-page__start_date", "sort_order")

        return profile_rows(self, build)


@track_content
class ProjectPartner(Orderable):
    """A partner of a project with its role: a member authority (linked) or another organisation, by name."""

    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="partners")
    authority = models.ForeignKey(
        "members.MemberAuthority",
        verbose_name=_("member authority"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="project_partnerships",
    )
    organisation = models.CharField(
        _("organisation"),
        max_length=200,
        blank=True,
        help_text=_("For a partner that is not a member authority; for a member, a name to show instead of its own."),
    )
    country = CountryField(_("country"), blank=True, help_text=_("Filled in from the member authority if left empty."))
    role = models.CharField(_("role"), max_length=20, choices=PartnerRole.choices, default=PartnerRole.PARTNER)

    objects = PartnerManager()

    panels = [
        FieldRowPanel([FieldPanel("authority"), FieldPanel("organisation")]),
        FieldRowPanel([FieldPanel("role"), FieldPanel("country")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("project partner")
        verbose_name_plural = _("project partners")

    def __str__(self):
        return self.name

    @property
    def name(self):
        if self.organisation:
            return self.organisation
        return self.authority.name if self.authority_id else ""

    def clean(self):
        super().clean()
        if not self.authority_id and not self.organisation.strip():
            raise ValidationError({"organisation": _("Choose a member authority or give the organisation's name.")})

    def save(self, *args, **kwargs):
        # The partner-country filter reads this column for members and other organisations alike.
        if not self.country and self.authority_id:
            self.country = self.authority.country
        super().save(*args, **kwargs)


for relation in (ProjectPage.themes.through, ProjectPage.outputs.through, ProjectPage.events.through):
    track_content(relation)
