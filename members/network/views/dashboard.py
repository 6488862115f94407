"""The dashboard at /<language>/network/."""

from django.utils.translation import gettext as _

from ..access import members_only
from ..dashboard import dashboard
from .common import render_area


@members_only
def home(request):
    """The member's starting point."""
    return render_area(request, "network/dashboard.html", _("Network"), dashboard(request.user))
