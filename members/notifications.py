"""Emails about applications to join: a notice to staff, a confirmation to the applicant."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation

from .models.applications import MembershipApplication


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


def notify_staff(application_id, recipient):
    """Tell staff at recipient about a new application, in the site's main language. False if it no longer exists."""
    application = MembershipApplication.objects.filter(pk=application_id).first()
    if application is None:
        return False
    _send(application, "staff", recipient, settings.LANGUAGE_CODE)
    return True


def confirm_to_applicant(application_id):
    """Confirm receipt to the applicant, in the language they used. False if it no longer exists."""
    application = MembershipApplication.objects.filter(pk=application_id).first()
    if application is None:
        return False
    _send(application, "applicant", application.email, application.language)
    return True
