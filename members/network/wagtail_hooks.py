"""Admin of the network: members, invitations, moderation of the exchange, proposed record changes; the demo."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import AuthorityChange, Invitation, MemberProfile, Post, PostReport


class MemberProfileViewSet(SnippetViewSet):
    model = MemberProfile
    icon = "user"
    menu_label = _("Network members")
    list_display = ["name", "authority", "role", "is_coordinator", "frequency"]
    list_filter = ["is_coordinator", "frequency", "in_directory"]
    search_fields = ["name", "role"]
    ordering = ["name"]


class InvitationViewSet(SnippetViewSet):
    """Staff invite people here: saving a new invitation emails its link (send_new_invitation below)."""

    model = Invitation
    icon = "mail"
    menu_label = _("Invitations")
    list_display = ["email", "authority", "as_coordinator", "created_at", "accepted_at"]
    list_filter = ["as_coordinator", "language"]
    search_fields = ["email", "name"]
    ordering = ["-created_at"]
    panels = [
        FieldPanel("email"),
        FieldPanel("name"),
        FieldPanel("authority"),
        FieldPanel("as_coordinator"),
        FieldPanel("language"),
    ]


class PostViewSet(SnippetViewSet):
    """Moderation: staff hide, correct or lock a post and its replies."""

    model = Post
    icon = "openquote"
    menu_label = _("Exchange posts")
    list_display = ["title", "author", "kind", "created_at", "hidden", "locked"]
    list_filter = ["kind", "hidden", "locked"]
    search_fields = ["title"]
    ordering = ["-created_at"]


class PostReportViewSet(SnippetViewSet):
    model = PostReport
    icon = "warning"
    menu_label = _("Reports")
    list_display = ["post", "reporter", "created_at", "handled"]
    list_filter = ["handled"]
    search_fields = ["post__title", "reason"]
    ordering = ["handled", "-created_at"]


class AuthorityChangeViewSet(SnippetViewSet):
    """Coordinators' proposals: staff copy what they accept into the authority's record, then mark it."""

    model = AuthorityChange
    icon = "edit"
    menu_label = _("Proposed record changes")
    list_display = ["authority", "proposed_by", "created_at", "status"]
    list_filter = ["status"]
    # The authority's names in every language, folded (MemberAuthority.search_text).
    search_fields = ["authority__search_text", "note", "representative"]
    ordering = ["-created_at"]


class NetworkViewSetGroup(SnippetViewSetGroup):
    items = (MemberProfileViewSet, InvitationViewSet, PostViewSet, PostReportViewSet, AuthorityChangeViewSet)
    menu_icon = "site"
    menu_label = _("Network")
    menu_order = 260


register_snippet(NetworkViewSetGroup)


@hooks.register("after_create_snippet")
def send_new_invitation(request, instance):
    """An invitation made in the admin goes out at once, signed by whoever made it."""
    if isinstance(instance, Invitation):
        from .invitations import send_invitation

        Invitation.objects.filter(pk=instance.pk).update(invited_by=request.user, email=instance.email.strip().lower())
        instance.refresh_from_db()
        send_invitation(instance)


@hooks.register("load_demo_content")
def load_demo_network(home, about, log):
    from .demo.loader import load  # the loader reads its data files only when asked

    return load(home, about, log)


@hooks.register("reset_demo_content")
def reset_demo_network():
    from .demo.loader import reset

    reset()
