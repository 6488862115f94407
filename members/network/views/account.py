"""A member's own side: accepting an invitation, the profile, inviting colleagues, proposing record changes."""

from django.contrib import messages
from django.contrib.auth import logout
from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from .. import own_data
from ..access import members_only
from ..forms import AcceptInvitationForm, AuthorityChangeForm, DeleteAccountForm, InviteColleagueForm, ProfileForm
from ..invitations import accept, existing_account, invite
from ..models import Invitation
from .common import allowed_to_post, render_area

BACKEND = "efus_site.accounts.backends.EmailBackend"


def accept_invitation(request, token):
    """The link in an invitation: choose a name and password, and arrive logged in on the dashboard."""
    invitation = Invitation.from_token(token)
    if invitation is None:
        return render_area(request, "network/invitation_invalid.html", _("Invitation"), status=404)
    if existing_account(invitation.email) is not None:
        return render_area(request, "network/invitation_invalid.html", _("Invitation"), {"exists": True}, status=404)
    form = AcceptInvitationForm(request.POST or None, initial={"name": invitation.name}, email=invitation.email)
    if request.method == "POST" and form.is_valid():
        user = accept(invitation, form.cleaned_data["name"], form.cleaned_data["password1"])
        if user is None:
            return render_area(request, "network/invitation_invalid.html", _("Invitation"), status=404)
        from allauth.account.adapter import get_adapter  # the adapter starts the session's clock

        user.backend = BACKEND
        get_adapter(request).login(request, user)
        messages.success(
            request, _("Welcome to the network. You can turn on two-factor authentication in your account.")
        )
        return HttpResponseRedirect(reverse("network_home"))
    context = {"form": form, "invitation": invitation}
    return render_area(request, "network/accept_invitation.html", _("Join the members' network"), context)


def _profile(request):
    profile = getattr(request.user, "network_profile", None)
    if profile is None:
        raise Http404
    return profile


@members_only
def edit_profile(request):
    """The member's profile, themes, emails and what the directory shows of them."""
    profile = _profile(request)
    form = ProfileForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your profile is saved."))
        return HttpResponseRedirect(request.path)
    return render_area(request, "network/profile_form.html", _("Your profile"), {"form": form})


@members_only
def invite_colleague(request):
    """A coordinator invites a colleague of their own authority (only theirs)."""
    profile = _profile(request)
    if not profile.is_coordinator:
        raise Http404
    form = InviteColleagueForm(request.POST or None, initial={"language": request.LANGUAGE_CODE})
    if request.method == "POST":
        if not allowed_to_post(request, "invite"):
            return render_area(request, "network/invite_form.html", _("Invite a colleague"), {"form": form}, status=429)
        if form.is_valid():
            if not form.is_bot():
                data = form.cleaned_data
                invite(data["email"], profile.authority, request.user, data["name"], language=data["language"])
            messages.success(request, _("The invitation is on its way. The link works once, for 7 days."))
            return HttpResponseRedirect(request.path)
    context = {"form": form, "authority": profile.authority}
    return render_area(request, "network/invite_form.html", _("Invite a colleague"), context)


@members_only
def propose_changes(request):
    """A coordinator proposes changes to their own authority's record; staff review them in the admin."""
    profile = _profile(request)
    if not profile.is_coordinator:
        raise Http404
    authority = profile.authority
    form = AuthorityChangeForm(
        request.POST or None,
        initial={
            "website": authority.website,
            "representative": authority.representative,
            "description": authority.description,
        },
    )
    if request.method == "POST" and form.is_valid():
        change = form.save(commit=False)
        change.authority, change.proposed_by = authority, request.user
        change.save()
        messages.success(request, _("Thank you: Efus' staff will review your changes."))
        return HttpResponseRedirect(reverse("network_home"))
    context = {"form": form, "authority": authority}
    return render_area(request, "network/authority_form.html", _("Your authority's record"), context)


@members_only
def download_data(request):
    """Everything the network keeps about the member, as a JSON file."""
    response = JsonResponse(own_data.export(request.user), json_dumps_params={"ensure_ascii": False, "indent": 1})
    response["Content-Disposition"] = 'attachment; filename="efus-network-data.json"'
    return response


@members_only
def delete_account(request):
    """Delete the account after confirmation; posts stay as a former member's unless the member asks."""
    form = DeleteAccountForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        own_data.delete_account(request.user, with_posts=form.cleaned_data["with_posts"])
        logout(request)
        messages.success(request, _("Your account is deleted."))
        return HttpResponseRedirect(reverse("wagtail_serve", args=[""]))
    return render_area(request, "network/delete_account.html", _("Delete your account"), {"form": form})
