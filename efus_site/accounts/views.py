"""The Wagtail admin's login goes through the site's own accounts (allauth's login with its second factor)."""

from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme


def admin_login(request):
    """Send /admin/login/ to the site's login page, coming back to the admin (or where it was going)."""
    target = request.GET.get("next", "/admin/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/admin/"
    if request.user.is_authenticated and request.user.has_perm("wagtailadmin.access_admin"):
        return HttpResponseRedirect(target)
    return redirect_to_login(target, "account_login")
