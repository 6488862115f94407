"""Admin for member authorities and applications; the import screens; hooks into the home page and demo."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import MemberAuthority, MembershipApplication, members_index
from .models.counts import network_figures
from .views import admin as admin_views


class MemberAuthorityViewSet(SnippetViewSet):
    model = MemberAuthority
    icon = "group"
    menu_label = _("Member authorities")
    list_display = ["name", "country", "kind", "status", "exco_role", "member_since"]
    list_filter = ["status", "kind", "country", "exco_role"]
    list_per_page = 50
    # Names in every language, folded: the index view searches them as the public directory does.
    search_fields = ["search_text"]
    ordering = ["sort_name"]
    index_view_class = admin_views.AuthorityIndexView
    add_view_class = admin_views.AuthorityCreateView
    chooser_viewset_class = admin_views.AuthorityChooserViewSet


class ApplicationPermissionPolicy(ModelPermissionPolicy):
    """Applications come from the public form: staff follow them up but never create one."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)


register_permission_policy(MembershipApplication, ApplicationPermissionPolicy(MembershipApplication))


class MembershipApplicationViewSet(SnippetViewSet):
    model = MembershipApplication
    icon = "mail"
    menu_label = _("Applications to join")
    list_display = [
        "authority_name",
        "country",
        "contact_name",
        "status",
        admin_views.YesNoColumn("consent", label=_("consent")),
        "created_at",
    ]
    list_filter = ["status", "kind"]
    search_fields = ["authority_name", "contact_name", "email"]
    ordering = ["-created_at"]
    inspect_view_enabled = True
    edit_view_class = admin_views.ApplicationEditView
    inspect_view_class = admin_views.ApplicationInspectView


class MembersViewSetGroup(SnippetViewSetGroup):
    items = (MemberAuthorityViewSet, MembershipApplicationViewSet)
    menu_icon = "group"
    menu_label = _("Members")
    menu_order = 250


register_snippet(MembersViewSetGroup)


@hooks.register("register_admin_urls")
def register_import_urls():
    return [
        path("members/import/", admin_views.import_upload, name="members_import"),
        path("members/import/apply/", admin_views.import_apply, name="members_import_apply"),
    ]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perms(["members.add_memberauthority", "members.change_memberauthority"])


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(_("Import members (CSV)"), reverse("members_import"), icon_name="upload", order=251)


@hooks.register("extend_home_page_context")
def add_network_counts(request, context):
    """The network's figures (listed members, live, beside its size), and the application form as the call to join."""
    index = members_index()
    context["network"] = network_figures(index.network_size) if index else {}
    context["members_page"] = index
    page = context.get("page")
    if index and page is not None and page.join_page_id == index.pk:
        context["join_url"] = index.get_url(request) + index.reverse_subpage("join")


@hooks.register("load_demo_content")
def load_demo_members(home, about, log):
    from .demo.loader import load

    return load(home, about, log)


@hooks.register("reset_demo_content")
def reset_demo_members():
    MemberAuthority.objects.all().delete()


@hooks.register("register_search_source")
def member_authorities_in_search():
    """Member authorities appear in the site search beside the pages."""
    from .search import MemberAuthoritySource

    return MemberAuthoritySource()
