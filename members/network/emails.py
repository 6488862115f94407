"""Emails of the network, rendered in the recipient's language from templates/network/emails/."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation


def render(template, context, language):
    """The subject (one line) and body of <template>_subject.txt and _body.txt, in the language."""
    with translation.override(language):
        subject = " ".join(render_to_string(f"network/emails/{template}_subject.txt", context).split())
        body = render_to_string(f"network/emails/{template}_body.txt", context)
    return subject, body


def send(template, context, recipient, language):
    """Render the email in the language and send it to one address."""
    subject, body = render(template, context, language)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [recipient])


def absolute(path):
    """A full address for a link in an email."""
    return f"{settings.SITE_URL}{path}"
