"""A crisis the platform collects responses to: COVID-19 first, the next one later."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from efus_site.core.generation import track_content


@track_content
class Crisis(models.Model):
    """A crisis authorities share their responses to, named in each language."""

    name = models.CharField(_("name"), max_length=100, help_text=_("As visitors read it, e.g. COVID-19."))
    slug = models.SlugField(_("code"), max_length=50, unique=True)
    started = models.DateField(_("started"), null=True, blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("started")]

    class Meta:
        verbose_name = _("crisis")
        verbose_name_plural = _("crises")
        ordering = ["-started", "pk"]

    def __str__(self):
        return self.name
