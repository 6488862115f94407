"""Admin for crises and the moderation queue; the platform's demo content and its place in the search."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from efus_site.core.panels import YesNoFieldPanel

from .models import Crisis, InitiativeSubmission
from .views import admin as admin_views


class CrisisViewSet(SnippetViewSet):
    model = Crisis
    icon = "warning"
    menu_label = _("Crises")
    list_display = ["name", "slug", "started"]
    search_fields = ["slug", "name_en", "name_fr"]
    ordering = ["-started", "pk"]


class SubmissionPermissionPolicy(ModelPermissionPolicy):
    """Submissions come from the public form: staff review them but never create one."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)


register_permission_policy(InitiativeSubmission, SubmissionPermissionPolicy(InitiativeSubmission))


class InitiativeSubmissionViewSet(SnippetViewSet):
    model = InitiativeSubmission
    icon = "tasks"
    menu_label = _("Moderation queue")
    list_display = ["__str__", "authority_name", "country", "state", "submitted_at", "updated_at"]
    list_filter = ["state", "crisis", "language"]
    search_fields = ["title", "authority_name", "email", "contact_name"]
    ordering = ["-updated_at"]
    edit_view_class = admin_views.SubmissionEditView
    inspect_view_enabled = True
    inspect_view_class = admin_views.SubmissionInspectView
    inspect_view_fields = [
        "state",
        "authority_name",
        "country",
        "authority_kind",
        "contact_name",
        "role",
        "email",
        "language",
        "consent",
        "title",
        "summary",
        "description",
        "start_date",
        "end_date",
        "target_groups",
        "partners",
        "results",
        "links",
        "files",
        "reason",
        "submitted_at",
    ]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [FieldPanel("state"), FieldPanel("reason"), FieldPanel("notes")],
                heading=_("Decision"),
                help_text=_(
                    "Approving publishes the initiative as a page and emails the submitter; rejecting or asking "
                    "for changes emails them your message. Translate the published page in the page editor."
                ),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("authority"),
                    FieldPanel("authority_name"),
                    FieldRowPanel([FieldPanel("country"), FieldPanel("authority_kind")]),
                ],
                heading=_("Authority"),
            ),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("contact_name", read_only=True), FieldPanel("role", read_only=True)]),
                    FieldRowPanel([FieldPanel("email", read_only=True), FieldPanel("language", read_only=True)]),
                    YesNoFieldPanel("consent", read_only=True),
                ],
                heading=_("Contact (never published)"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("title"),
                    FieldPanel("themes"),
                    FieldPanel("summary"),
                    FieldPanel("description"),
                    FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                    FieldPanel("target_groups"),
                    FieldPanel("partners"),
                    FieldPanel("results"),
                    FieldPanel("links"),
                    InlinePanel("attachments", label=_("attachment")),
                ],
                heading=_("Initiative"),
            ),
        ],
        base_form_class=admin_views.SubmissionAdminForm,
    )


class InitiativesViewSetGroup(SnippetViewSetGroup):
    items = (InitiativeSubmissionViewSet, CrisisViewSet)
    menu_icon = "tasks"
    menu_label = _("Shared initiatives")
    menu_order = 270


register_snippet(InitiativesViewSetGroup)


@hooks.register("register_admin_urls")
def register_attachment_url():
    return [path("initiatives/attachments/<int:pk>/", admin_views.attachment, name="initiatives_attachment")]


@hooks.register("load_demo_content")
def load_demo_initiatives(home, about, log):
    from .demo.loader import load

    return load(home, about, log)


@hooks.register("reset_demo_content")
def reset_demo_initiatives():
    from .attachments import delete
    from .models import SubmissionAttachment

    for attachment in SubmissionAttachment.objects.all():
        delete(attachment)
    InitiativeSubmission.objects.all().delete()
