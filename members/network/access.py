"""Who is a member of the network: a pure helper, importing no model."""

import functools

from django.contrib.auth.views import redirect_to_login
from django.http import Http404

#: The group of member authorities' staff; pages restricted to it are members-only.
MEMBERS_GROUP = "Members"


def is_member(user):
    """Whether the user is logged in and in the Members group (superusers count too)."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    # Read once per request: the area's pages ask several times.
    cached = getattr(user, "_efus_is_member", None)
    if cached is None:
        cached = user._efus_is_member = user.groups.filter(name=MEMBERS_GROUP).exists()
    return cached


def members_only(view):
    """A view for members: anonymous visitors log in and come back; other accounts get a 404."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_member(request.user):
            raise Http404
        response = view(request, *args, **kwargs)
        # Never kept by a shared cache or the browser's back-forward cache for someone else.
        response["Cache-Control"] = "private, no-store"
        return response

    return wrapped
