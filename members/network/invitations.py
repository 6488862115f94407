"""Inviting people to the network and accepting an invitation: a new account in the Members group."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation

from .access import MEMBERS_GROUP
from .emails import absolute, send
from .models import Invitation, MemberProfile


def invitation_url(invitation):
    """The link in the invitation email, in the invited person's language."""
    with translation.override(invitation.language):
        return absolute(reverse("network_accept_invitation", args=[invitation.token()]))


def send_invitation(invitation):
    """Email the invitation link to the address it was made for."""
    context = {"invitation": invitation, "url": invitation_url(invitation)}
    send("invitation", context, invitation.email, invitation.language)


def invite(email, authority, invited_by, name="", as_coordinator=False, language="en"):
    """Record an invitation and email its link."""
    invitation = Invitation.objects.create(
        email=email.strip().lower(),
        name=name,
        authority=authority,
        invited_by=invited_by,
        as_coordinator=as_coordinator,
        language=language,
    )
    transaction.on_commit(lambda: send_invitation(invitation))
    return invitation


def existing_account(email):
    """The account already using this address, if any."""
    return get_user_model().objects.filter(email__iexact=email).first()


@transaction.atomic
def accept(invitation, name, password):
    """Create the account, its profile and membership, and use the invitation up. Returns the user.

    The invitation row is locked first, so two tabs posting the same link make one account.
    """
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.accepted_at is not None:
        return None
    users = get_user_model().objects
    user = users.create_user(username=invitation.email, email=invitation.email, password=password)
    user.first_name = name[:150]
    user.save(update_fields=["first_name"])
    user.groups.add(Group.objects.get_or_create(name=MEMBERS_GROUP)[0])
    MemberProfile.objects.create(
        user=user,
        authority=invitation.authority,
        name=name,
        is_coordinator=invitation.as_coordinator,
        language=invitation.language,
    )
    invitation.accepted_at = timezone.now()
    invitation.save(update_fields=["accepted_at"])
    return user
