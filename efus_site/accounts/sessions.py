"""Session lengths: members stay logged in for 2 weeks, staff with admin access for 12 hours."""

import datetime
import time

from django.conf import settings
from django.contrib.auth import logout

LOGIN_AT = "efus_login_at"


def can_use_admin(user):
    """Whether the account reaches the Wagtail admin (its sessions are shorter and need a second factor)."""
    return user.is_authenticated and user.has_perm("wagtailadmin.access_admin")


def session_limit(user):
    """How long a session of this account may last, in seconds."""
    return settings.STAFF_SESSION_SECONDS if can_use_admin(user) else settings.MEMBER_SESSION_SECONDS


def start_session_clock(request, user):
    """Note when the session started and let its cookie expire with it."""
    request.session[LOGIN_AT] = int(time.time())
    request.session.set_expiry(session_limit(user))


class SessionLimitMiddleware:
    """End a session once it is older than its account allows, counted from the login, not the last visit.

    Django's own expiry slides with each save; this one does not. A member made staff mid-session
    gets the staff limit from their next request on.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            started = request.session.get(LOGIN_AT)
            if started is None:
                # A session from before this check (or made without a login form): its clock starts now.
                start_session_clock(request, user)
            elif time.time() - started > session_limit(user):
                logout(request)
        response = self.get_response(request)
        self.cap_expiry(request)
        return response

    @staticmethod
    def cap_expiry(request):
        """Keep the cookie from outliving the session: allauth sets its own length after the login."""
        user = getattr(request, "user", None)
        started = request.session.get(LOGIN_AT) if hasattr(request, "session") else None
        if started is None or user is None or not user.is_authenticated:
            return
        ends = started + session_limit(user)
        # A fixed end, not a number of seconds: once set, the next requests find nothing to change or save.
        if request.session.get_expiry_age() > ends - time.time() + 60:
            request.session.set_expiry(datetime.datetime.fromtimestamp(ends, tz=datetime.UTC))
