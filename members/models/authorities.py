"""Member authorities: the local and regional authorities, forums and organisations in the network."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import PreviewableMixin

from efus_site.core.generation import track_content
from efus_site.core.preview import LanguagePreviewMixin
from efus_site.core.text import fold

from ..addresses import JOIN
from ..countries import country_name

FIRST_YEAR = 1987  # Efus was founded in 1987: nobody joined earlier.
#: Sub-addresses of the members section, the form's in every language: no authority may take one as its address.
RESERVED_SLUGS = {"export", *JOIN.values()}


class Kind(models.TextChoices):
    CITY = "city", _("City")
    METROPOLITAN = "metropolitan", _("Metropolitan area or inter-municipal body")
    REGION = "region", _("Region")
    FORUM = "forum", _("National or regional forum")
    NGO = "ngo", _("NGO")
    UNIVERSITY = "university", _("University")
    OTHER = "other", _("Other")


class Status(models.TextChoices):
    MEMBER = "member", _("Member")
    FORMER = "former", _("Former member")


class ExcoRole(models.TextChoices):
    PRESIDENT = "president", _("President")
    VICE_PRESIDENT = "vice_president", _("Vice-President")
    TREASURER = "treasurer", _("Treasurer")
    MEMBER = "member", _("Member of the Executive Committee")


def _year_validators():
    return [MinValueValidator(FIRST_YEAR), MaxValueValidator(2100)]


class MemberAuthorityQuerySet(models.QuerySet):
    def matching(self, text):
        """Authorities whose name, in any language, holds every word typed, accents and case ignored."""
        authorities = self
        for word in fold(text).split():
            authorities = authorities.filter(search_text__contains=word)
        return authorities

    def current(self):
        """Authorities that are members today."""
        return self.filter(status=Status.MEMBER)

    def on_executive_committee(self, year=None):
        """Current members holding an Executive Committee seat in the given year (default: this year)."""
        year = year or timezone.localdate().year
        return (
            self.current()
            .exclude(exco_role="")
            .filter(Q(exco_from__isnull=True) | Q(exco_from__lte=year))
            .filter(Q(exco_to__isnull=True) | Q(exco_to__gte=year))
        )


@track_content
class MemberAuthority(LanguagePreviewMixin, PreviewableMixin, models.Model):
    """A local or regional authority, forum or organisation that is, or was, a member of Efus."""

    name = models.CharField(_("name"), max_length=200, help_text=_("The name used in each language, e.g. Lüttich."))
    slug = models.SlugField(
        _("address"), max_length=100, unique=True, help_text=_("The last part of the profile's address.")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.CITY)
    country = CountryField(_("country"))
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    website = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        "core.CustomImage", verbose_name=_("logo"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    member_since = models.PositiveSmallIntegerField(
        _("member since"), null=True, blank=True, validators=_year_validators()
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.MEMBER)
    national_forum = models.ForeignKey(
        "self",
        verbose_name=_("national forum"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="forum_members",
        limit_choices_to={"kind": Kind.FORUM},
    )
    exco_role = models.CharField(_("Executive Committee seat"), max_length=20, choices=ExcoRole.choices, blank=True)
    representative = models.CharField(
        _("representative"),
        max_length=200,
        blank=True,
        help_text=_("Who holds the seat, with their office, e.g. “Willy Demeyer, Mayor”."),
    )
    exco_from = models.PositiveSmallIntegerField(_("seat from"), null=True, blank=True, validators=_year_validators())
    exco_to = models.PositiveSmallIntegerField(
        _("seat until"), null=True, blank=True, validators=_year_validators(), help_text=_("Empty while it lasts.")
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    description = models.TextField(_("short description"), max_length=600, blank=True)
    # Every translated name, folded, for the search; each language's name, folded, for A–Z.
    search_text = models.TextField(editable=False, default="")
    sort_name = models.CharField(editable=False, max_length=200, default="", db_index=True)

    objects = MemberAuthorityQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("status")]),
        FieldRowPanel([FieldPanel("country"), FieldPanel("population")]),
        FieldPanel("website"),
        FieldPanel("logo"),
        FieldRowPanel([FieldPanel("member_since"), FieldPanel("national_forum")]),
        MultiFieldPanel(
            [
                FieldPanel("exco_role"),
                FieldPanel("representative"),
                FieldRowPanel([FieldPanel("exco_from"), FieldPanel("exco_to")]),
            ],
            heading=_("Executive Committee"),
        ),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")], heading=_("Location")),
        FieldPanel("description"),
    ]

    class Meta:
        verbose_name = _("member authority")
        verbose_name_plural = _("member authorities")
        ordering = ["sort_name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(exco_from__isnull=True) | Q(exco_to__isnull=True) | Q(exco_from__lte=models.F("exco_to")),
                name="members_exco_period_in_order",
            )
        ]
        # The directory's filters: by country (and kind) among current members, not a scan of every row.
        indexes = [
            models.Index(fields=["country", "status"], name="members_country_status"),
            models.Index(fields=["kind", "status"], name="members_kind_status"),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name_en or self.name)[:100]
        self.refresh_search_fields()
        super().save(*args, **kwargs)

    def clean(self):
        errors = {}
        if self.slug in RESERVED_SLUGS:
            errors["slug"] = _("This address is used by the site itself; choose another.")
        if self.exco_from and self.exco_to and self.exco_from > self.exco_to:
            errors["exco_to"] = _("The seat cannot end before it starts.")
        if (self.exco_from or self.exco_to) and not self.exco_role:
            errors["exco_role"] = _("Choose the seat this period is for.")
        if (self.latitude is None) != (self.longitude is None):
            errors["longitude"] = _("Give both the latitude and the longitude, or neither.")
        if self.national_forum_id and self.national_forum_id == self.pk:
            errors["national_forum"] = _("An authority cannot be its own national forum.")
        if errors:
            raise ValidationError(errors)

    def refresh_search_fields(self):
        """Fill the folded name fields from the translated names (also called before bulk writes)."""
        official = self.name_en or self.name or ""
        names = {getattr(self, f"name_{code}", "") or "" for code, _name in settings.LANGUAGES} | {official}
        self.search_text = " ".join(sorted(fold(name) for name in names if name))
        # A–Z follows the name each language shows ("Région Émilie-Romagne" under R in French).
        for code, _name in settings.LANGUAGES:
            setattr(self, f"sort_name_{code}", fold(getattr(self, f"name_{code}", "") or official)[:200])

    def get_full_url(self):
        """The public profile's address in the active language (None without a members section)."""
        from .pages import members_index

        section = members_index()
        section_url = section.full_url if section else None
        if not section_url:
            return None
        return section_url + (section.reverse_subpage("profile", kwargs={"slug": self.slug}) if self.slug else "")

    full_url = property(get_full_url)

    def serve_preview(self, request, mode_name):
        """The public profile as it will look with the editor's changes."""
        from ..views.directory import render_profile
        from .pages import members_index

        section = members_index()
        if section is None:
            raise Http404("No members section to show the profile in.")
        return render_profile(section, request, self)

    @property
    def country_name(self):
        """The country in the visitor's language."""
        return country_name(self.country.code)

    @property
    def summary(self):
        """A sentence for search results and shares: the description, else what and where the authority is."""
        if self.description:
            return self.description
        values = {"kind": self.get_kind_display(), "country": self.country_name, "year": self.member_since}
        if self.status == Status.FORMER:
            return _("%(kind)s in %(country)s, a former member of Efus.") % values
        if self.member_since:
            return _("%(kind)s in %(country)s, a member of Efus since %(year)s.") % values
        return _("%(kind)s in %(country)s, a member of Efus.") % values

    @property
    def is_on_executive_committee(self):
        year = timezone.localdate().year
        return (
            self.status == Status.MEMBER
            and bool(self.exco_role)
            and (self.exco_from is None or self.exco_from <= year)
            and (self.exco_to is None or self.exco_to >= year)
        )

    @property
    def has_location(self):
        return self.latitude is not None and self.longitude is not None
