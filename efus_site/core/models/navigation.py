"""Main menu and footer links, edited in the admin."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable

from ..generation import track_content


@track_content
@register_setting(icon="list-ul")
class NavigationSettings(ClusterableModel, BaseSiteSetting):
    """The main menu and footer menu of a site."""

    panels = [
        InlinePanel("main_menu_items", label=_("Main menu")),
        InlinePanel("footer_menu_items", label=_("Footer links")),
    ]

    class Meta:
        verbose_name = _("navigation")


class MenuItem(Orderable):
    """A link to a page, labelled with the page title unless a label is given."""

    page = models.ForeignKey("wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+")
    label = models.CharField(_("label"), max_length=60, blank=True, help_text=_("Leave empty to use the page title."))

    panels = [FieldPanel("page"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        abstract = True

    @property
    def text(self):
        """What the link says in the current language."""
        return self.label or self.page.title


@track_content
class MainMenuItem(MenuItem):
    """An entry of the main menu."""

    setting = ParentalKey(NavigationSettings, related_name="main_menu_items")


@track_content
class FooterMenuItem(MenuItem):
    """A link in the footer."""

    setting = ParentalKey(NavigationSettings, related_name="footer_menu_items")
