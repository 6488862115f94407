"""Admin integration: themes, the search report, a stricter accessibility checker, previews in the edited language."""

from django.conf import settings
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.userbar import ContentCheckerItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views
from .models import Theme


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Themes")
    menu_order = 240
    add_to_admin_menu = True
    list_display = ["name", "slug", "sort_order"]
    # The translated columns: "name" itself has none.
    search_fields = [f"name_{code}" for code, _name in settings.LANGUAGES]
    ordering = ["sort_order", "pk"]


register_snippet(ThemeViewSet)


class EfusContentCheckerItem(ContentCheckerItem):
    """Wagtail's accessibility checker, with the WCAG rules editors can break from the admin."""

    axe_run_only = [
        *ContentCheckerItem.axe_run_only,
        "color-contrast",
        "image-alt",
        "document-title",
        "html-has-lang",
        "list",
        "listitem",
        "table-fake-caption",
        "td-has-header",
    ]


@hooks.register("construct_wagtail_userbar")
def use_stricter_content_checker(request, items, page):
    """Replace the default checker in the userbar with ours."""
    items[:] = [EfusContentCheckerItem() if type(item) is ContentCheckerItem else item for item in items]


@hooks.register("insert_editor_js")
def preview_follows_the_edited_language():
    """The preview panel shows the language whose fields the editor shows or types in."""
    return format_html('<script src="{}"></script>', static("js/admin/preview_language.js"))


@hooks.register("register_admin_urls")
def register_search_report_url():
    return [path("reports/search/", admin_views.search_report, name="core_search_report")]


class SearchReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.SEARCH_REPORT_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_search_report_menu_item():
    return SearchReportMenuItem(_("Site search"), reverse("core_search_report"), icon_name="search", order=700)
