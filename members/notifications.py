"""Emails about applications to join: a notice to staff, a confirmation to the applicant."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation
from wagtail.models import Site

from efus_site.core.models import SiteSettings

from .models import pages
from .models.applications import MembershipApplication


def staff_address():
    """Where applications are announced: the members section's address, else the site's contact address."""
    index = pages.members_index()
    if index and index.notification_email:
        return index.notification_email
    site = Site.objects.filter(is_default_site=True).first()
    return (SiteSettings.for_site(site).email if site else "") or settings.DEFAULT_FROM_EMAIL


def _send(application, template, recipient, language):
    context = {"application": application}
    with translation.override(language):
        send_mail(
            # One line whatever was typed: a line break in a subject is refused by the mail library.
            " ".join(render_to_string(f"members/emails/{template}_subject.txt", context).split()),
            render_to_string(f"members/emails/{template}_body.txt", context),
            settings.DEFAULT_FROM_EMAIL,
            [recipient],
        )


def notify_staff(application_id):
    """Tell staff about a new application, in the site's main language. False if it no longer exists."""
    application = MembershipApplication.objects.filter(pk=application_id).first()
    if application is None:
        return False
    _send(application, "staff", staff_address(), settings.LANGUAGE_CODE)
    return True


def confirm_to_applicant(application_id):
    """Confirm receipt to the applicant, in the language they used. False if it no longer exists."""
    application = MembershipApplication.objects.filter(pk=application_id).first()
    if application is None:
        return False
    _send(application, "applicant", application.email, application.language)
    return True
