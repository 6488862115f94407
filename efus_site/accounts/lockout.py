"""Brute-force protection with django-axes: a lock per account and address, lifted by time or a password reset."""

from axes.utils import reset as reset_attempts
from django.conf import settings
from django.shortcuts import render

from efus_site.core.public_forms import client_address


def username_from(request, credentials):
    """The email address an attempt was for, whichever form sent it (allauth's login, or a backend call)."""
    credentials = credentials or {}
    data = getattr(request, "POST", {}) if request is not None else {}
    login = credentials.get("email") or credentials.get("username") or data.get("login") or ""
    return login.strip().lower()


def client_ip(request):
    """The visitor's address as every form of the site reads it (CLIENT_IP_HEADER behind a proxy)."""
    return client_address(request)


def locked_out(request, credentials, *args, **kwargs):
    """The page a locked attempt gets: try again later, or reset the password to unlock at once."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(request, "account/locked_out.html", {"lockout_minutes": minutes}, status=429)


def unlock(email):
    """Forget the failed attempts on this address, from every network address (after a password reset)."""
    reset_attempts(username=email.strip().lower())
