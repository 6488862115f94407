"""Abstract mixins shared by page models."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel


class TeaserMixin(models.Model):
    """How a page looks when listed elsewhere (cards, newsletter items, social shares)."""

    listing_image = models.ForeignKey(
        "core.CustomImage",
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown on cards and when the page is shared on social media."),
    )
    listing_summary = models.TextField(
        _("listing summary"),
        blank=True,
        max_length=300,
        help_text=_("One or two sentences for cards and search results."),
    )

    teaser_panels = [
        MultiFieldPanel([FieldPanel("listing_image"), FieldPanel("listing_summary")], heading=_("Listing and sharing")),
    ]

    class Meta:
        abstract = True

    @property
    def teaser_text(self):
        """Summary for cards: the listing summary, else the search description, else the page's introduction."""
        return self.listing_summary or self.search_description or getattr(self, "intro", "")


class ThemedMixin(models.Model):
    """Puts a page type on Efus' themes: its pages are listed on each of their theme pages (/en/themes/<slug>/).

    Any page type with a ``themes`` ParentalManyToManyField to core.Theme joins the theme pages; this
    mixin is the way to get one. Add ``theme_panels`` to the page's panels.
    """

    themes = ParentalManyToManyField("core.Theme", verbose_name=_("themes"), blank=True, related_name="+")

    theme_panels = [FieldPanel("themes", widget=forms.CheckboxSelectMultiple)]

    class Meta:
        abstract = True
