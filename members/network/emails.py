"""Emails of the network, rendered in the recipient's language from templates/network/emails/."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation


def send(template, context, recipient, language):
    """Render <template>_subject.txt and _body.txt in the language and send them to one address."""
    with translation.override(language):
        subject = " ".join(render_to_string(f"network/emails/{template}_subject.txt", context).split())
        body = render_to_string(f"network/emails/{template}_body.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [recipient])


def absolute(path):
    """A full address for a link in an email."""
    return f"{settings.SITE_URL}{path}"
