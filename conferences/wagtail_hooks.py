"""Admin for speakers, sessions and registrations; staff screens; the home page's upcoming edition; demo content."""

import django_filters
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets import Button
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from efus_site.core.generation import cached

from .models import (
    DeclarationPage,
    NetworkHistoryPage,
    Registration,
    Session,
    SessionChoice,
    Speaker,
    upcoming_edition_open_for_registration,
)
from .timeline import latest_moments
from .views import admin as admin_views
from .views import signatories as signatories_views


class CheckInColumn(Column):
    """A button to check the registrant in, or the time they arrived."""

    cell_template_name = "conferences/admin/check_in_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["url"] = reverse("conferences_check_in", args=[instance.pk])
        context["cancel_url"] = reverse("conferences_cancel", args=[instance.pk])
        context["request"] = parent_context.get("request")
        return context


class MailColumn(Column):
    """A link to write to the session's registrants."""

    cell_template_name = "conferences/admin/mail_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["url"] = reverse("conferences_mail_session", args=[instance.pk])
        return context


class SpeakerViewSet(SnippetViewSet):
    model = Speaker
    icon = "user"
    menu_label = _("Speakers")
    list_display = ["name", "role", "organisation"]
    search_fields = ["name", "organisation"]
    ordering = ["sort_name", "pk"]


class SessionViewSet(SnippetViewSet):
    model = Session
    icon = "date"
    menu_label = _("Sessions")
    list_display = [
        "title",
        "edition",
        "kind",
        "day",
        "start_time",
        "room",
        "capacity",
        MailColumn("mail", label=_("Registrants")),
    ]
    list_filter = ["edition", "kind", "day"]
    search_fields = ["title_en", "title_fr", "room_en"]
    ordering = ["day", "start_time", "pk"]


class RegistrationPermissionPolicy(ModelPermissionPolicy):
    """Registrations come from the public form, where seats are counted: staff never add one by hand."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)


register_permission_policy(Registration, RegistrationPermissionPolicy(Registration))


def _registered_pages(request):
    """Only the editions and events people registered to: the filter never lists the whole site."""
    return Page.objects.filter(pk__in=Registration.objects.values("page_id")).order_by("-pk")


class RegistrationFilterSet(WagtailFilterSet):
    page = django_filters.ModelChoiceFilter(label=_("Edition or event"), queryset=_registered_pages)
    session = django_filters.ModelChoiceFilter(
        label=_("Session"), field_name="choices__session", queryset=Session.objects.select_related("edition")
    )

    class Meta:
        model = Registration
        fields = ["status", "country"]


class RegistrationViewSet(SnippetViewSet):
    model = Registration
    icon = "list-ul"
    menu_label = _("Registrations")
    add_to_admin_menu = False
    list_display = [
        "name",
        "organisation",
        "email",
        "country",
        "page",
        "status",
        "created_at",
        CheckInColumn("checked_in_at", label=_("Check-in")),
    ]
    filterset_class = RegistrationFilterSet
    list_export = [
        "name",
        "organisation",
        "email",
        "country",
        "member_authority",
        "page",
        "status",
        "sessions_list",
        "accessibility_needs",
        "dietary_needs",
        "language",
        "created_at",
        "checked_in_at",
    ]
    export_headings = {"sessions_list": _("Sessions")}
    export_filename = "registrations"
    search_fields = ["name", "organisation", "email"]
    ordering = ["-created_at", "-pk"]
    inspect_view_enabled = True
    # The page and the status change only through the services (seats, waiting lists, emails).
    form_fields = [
        "name",
        "organisation",
        "member_authority",
        "email",
        "country",
        "accessibility_needs",
        "dietary_needs",
        "consent",
        "language",
        "checked_in_at",
    ]

    def get_queryset(self, request):
        return Registration.objects.select_related("page", "member_authority").prefetch_related("choices__session")


class ConferencesViewSetGroup(SnippetViewSetGroup):
    items = (SessionViewSet, SpeakerViewSet, RegistrationViewSet)
    menu_icon = "date"
    menu_label = _("Conferences and events")
    menu_order = 270


register_snippet(ConferencesViewSetGroup)


@hooks.register("register_admin_urls")
def register_staff_urls():
    return [
        path("conferences/registrations/<int:pk>/check-in/", admin_views.check_in, name="conferences_check_in"),
        path("conferences/registrations/<int:pk>/cancel/", admin_views.cancel, name="conferences_cancel"),
        path("conferences/sessions/<int:pk>/mail/", admin_views.mail_session, name="conferences_mail_session"),
        path(
            "conferences/declarations/<int:page_id>/signatories/import/",
            signatories_views.import_upload,
            name="conferences_signatories_import",
        ),
        path(
            "conferences/declarations/<int:page_id>/signatories/import/apply/",
            signatories_views.import_apply,
            name="conferences_signatories_import_apply",
        ),
    ]


@hooks.register("register_page_header_buttons")
def signatories_import_button(page, user, view_name, next_url=None):
    """A declaration's header menu leads to the CSV import of its signatories."""
    if isinstance(page.specific_deferred, DeclarationPage) and page.permissions_for_user(user).can_edit():
        url = reverse("conferences_signatories_import", args=[page.pk])
        yield Button(_("Import signatories"), url, icon_name="upload", priority=40)


@hooks.register("extend_home_page_context")
def add_upcoming_edition(request, context):
    """The next edition leads the home page while its registration is open."""
    context["upcoming_edition"] = upcoming_edition_open_for_registration()


@hooks.register("extend_home_page_context")
def add_network_history(request, context):
    """The founding and the latest moments of the network's history, linking to the history page if there is one."""
    context["history_moments"] = latest_moments(request)
    context["history_page"] = cached("conferences:history-page", lambda: NetworkHistoryPage.objects.live().first())


@hooks.register("load_demo_content")
def load_demo_conferences(home, about, log):
    from .demo.loader import load

    return load(home, about, log)


@hooks.register("reset_demo_content")
def reset_demo_conferences():
    SessionChoice.objects.all().delete()
    Registration.objects.all().delete()
    Session.objects.all().delete()
    Speaker.objects.all().delete()
