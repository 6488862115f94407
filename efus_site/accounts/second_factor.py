"""Staff with admin access use a second factor: the admin sends them to set one up before anything else."""

from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.utils.translation import gettext as _

from .sessions import can_use_admin

#: Admin addresses a staff member without a second factor may still reach.
OPEN_ADMIN_PATHS = ("/admin/logout/", "/admin/jsi18n/")


def has_second_factor(user):
    """Whether the account has an authenticator app (TOTP) turned on."""
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


class StaffSecondFactorMiddleware:
    """Refuse the admin to staff without an authenticator app, sending them to turn one on.

    Once it is on, allauth asks every login for its code, so an admin session has passed both factors.
    STAFF_REQUIRE_MFA turns this off (development only: the demo's staff account has no app).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            settings.STAFF_REQUIRE_MFA
            and request.path.startswith("/admin/")
            and not request.path.startswith(OPEN_ADMIN_PATHS)
            and can_use_admin(request.user)
            and not has_second_factor(request.user)
        ):
            messages.warning(
                request, _("The admin needs two-factor authentication: turn on an authenticator app first.")
            )
            return redirect_to_login(request.get_full_path(), "mfa_activate_totp")
        return self.get_response(request)
