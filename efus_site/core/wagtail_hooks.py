"""Admin integration: a stricter accessibility checker for editors, previews in the edited language."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.userbar import ContentCheckerItem


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
