"""Efus' themes: one taxonomy that press releases, resources, initiatives, events and projects share."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from ..generation import track_content


@track_content
class Theme(models.Model):
    """A theme of Efus' work (prevention, nightlife, radicalisation…), named and addressed in each language."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("address"),
        max_length=100,
        help_text=_("The last part of the theme page's address, in each language (e.g. nightlife, vie-nocturne)."),
    )
    description = models.TextField(_("description"), max_length=600, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"), FieldPanel("sort_order")]

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return self.name

    def slug_in(self, code):
        """The theme's address in a language, the English one where that language has none."""
        return getattr(self, f"slug_{code}", "") or self.slug_en

    def clean(self):
        """Each language's address belongs to one theme only."""
        errors = {}
        others = Theme.objects.exclude(pk=self.pk)
        for code, _name in settings.LANGUAGES:
            slug = getattr(self, f"slug_{code}", None)
            if slug and others.filter(**{f"slug_{code}": slug}).exists():
                errors[f"slug_{code}"] = _("Another theme already has this address.")
        if errors:
            raise ValidationError(errors)
