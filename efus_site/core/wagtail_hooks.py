"""Admin integration: a stricter accessibility checker for editors."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.userbar import ContentCheckerItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import QueuedTask


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


class QueuedTaskViewSet(SnippetViewSet):
    """Tasks waiting for the broker, so staff can see that nothing was lost during an outage."""

    model = QueuedTask
    icon = "time"
    menu_label = _("Waiting tasks")
    add_to_settings_menu = True
    list_display = ["task_name", "created_at", "attempts", "last_error"]
    inspect_view_enabled = True


register_snippet(QueuedTaskViewSet)
