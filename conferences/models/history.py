"""The network's history: a page that shows Efus' timeline (founding, conferences, declarations, projects)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from efus_site.core.cards import CARD_FIELDS
from efus_site.core.models import BasePage


class NetworkHistoryPage(BasePage):
    """Efus' history as a timeline, built from the editions, declarations and projects on the site."""

    intro = models.TextField(_("introduction"), blank=True, max_length=800)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["core.HomePage", "core.StandardPage"]
    subpage_types = []
    max_count = 1
    card_fields = (*CARD_FIELDS, "intro")

    class Meta:
        verbose_name = _("network history")

    def get_context(self, request, *args, **kwargs):
        from ..timeline import network_timeline

        context = super().get_context(request, *args, **kwargs)
        context["timeline"] = network_timeline(request)
        return context
