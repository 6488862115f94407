"""Admin: subscribers, the sending screen of each issue, and the newsletter's demo content."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views
from .models import Delivery, Mailing, NewsletterIssuePage, Subscriber


class SubscriberViewSet(SnippetViewSet):
    model = Subscriber
    icon = "mail"
    menu_label = _("Newsletter subscribers")
    menu_order = 270
    add_to_admin_menu = True
    list_display = ["email", "language", "status", "paused", "bounces", "created_at"]
    list_filter = ["status", "language", "paused"]
    search_fields = ["email"]
    ordering = ["-created_at"]
    form_fields = ["email", "language", "status", "paused", "bounces"]


register_snippet(SubscriberViewSet)


@hooks.register("register_admin_urls")
def register_newsletter_admin_urls():
    return [
        path("newsletter/issue/<int:page_id>/", admin_views.issue_sending, name="newsletter_issue_sending"),
        path("newsletter/issue/<int:page_id>/progress/", admin_views.issue_progress, name="newsletter_issue_progress"),
        path(
            "newsletter/issue/<int:page_id>/preview/<str:language>/",
            admin_views.issue_preview,
            name="newsletter_issue_preview",
        ),
        path("newsletter/issue/<int:page_id>/<str:action>/", admin_views.issue_action, name="newsletter_issue_action"),
    ]


@hooks.register("register_page_header_buttons")
def sending_button(page, user, view_name, next_url=None):
    """A "Preview and send" button on each issue's page in the admin."""
    if page.specific_class is NewsletterIssuePage and user.has_perm(admin_views.SEND_PERMISSION):
        yield Button(
            _("Preview and send"),
            reverse("newsletter_issue_sending", args=[page.pk]),
            icon_name="mail",
            priority=5,
        )


@hooks.register("load_demo_content")
def load_demo_newsletter(home, about, log):
    from .demo.loader import load

    return load(home, about, log)


@hooks.register("reset_demo_content")
def reset_demo_newsletter():
    Delivery.objects.all().delete()
    Mailing.objects.all().delete()
    Subscriber.objects.filter(email__endswith="@example.org").delete()
