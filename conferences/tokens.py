"""The token in a registrant's emails that opens their own page, to change or cancel.

The registration's id and a keyed hash of it, in letters, digits and a dash only: Wagtail's page
addresses take nothing else.
"""

from django.utils import translation
from django.utils.crypto import constant_time_compare, salted_hmac

from .models import Registration

SALT = "conferences.registration"


def _signature(pk):
    return salted_hmac(SALT, str(pk), algorithm="sha256").hexdigest()[:32]


def manage_token(registration):
    """The token of a registrant's own page."""
    return f"{registration.pk}-{_signature(registration.pk)}"


def registration_for_token(token, page):
    """The registration a token names, if it is genuine and for this page; else None."""
    pk, _dash, signature = token.partition("-")
    if not pk.isdigit() or len(pk) > 18 or not constant_time_compare(signature, _signature(int(pk))):
        return None
    return Registration.objects.filter(pk=int(pk), page_id=page.pk).first()


def manage_url(registration, page, language):
    """The full address of a registrant's own page, in their language."""
    with translation.override(language):
        return page.get_full_url() + page.reverse_subpage("manage_registration", args=[manage_token(registration)])
