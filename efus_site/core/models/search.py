"""What the site search records beside Wagtail's own query log: the searches that found nothing."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchWithoutResults(models.Model):
    """How often, on one day, a search found nothing: the search report lists them for staff."""

    query = models.ForeignKey(
        "wagtailsearchpromotions.Query", verbose_name=_("query"), on_delete=models.CASCADE, related_name="misses"
    )
    date = models.DateField(_("date"))
    hits = models.PositiveIntegerField(_("searches"), default=0)

    class Meta:
        verbose_name = _("search without results")
        verbose_name_plural = _("searches without results")
        constraints = [models.UniqueConstraint(fields=["query", "date"], name="core_search_miss_per_day")]

    def __str__(self):
        return f"{self.query} ({self.date})"
