"""Emails are plain text: what people typed reaches the subject and body exactly as typed, never HTML-escaped."""

from pathlib import Path

import pytest
from django.core import mail

from members import notifications
from members.factories import MembershipApplicationFactory

pytestmark = pytest.mark.django_db

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
#: An apostrophe, an ampersand, accents, quotes and angle brackets: everything HTML escaping would change.
TRICKY = {
    "authority_name": "Commune d'Essai & Saint-Étienne-lès-Bains",
    "contact_name": "Zoë O'Brien-Müller",
    "role": 'Chargée de prévention <urbaine> & "sécurité"',
    "email": "zoe.obrien@example.org",
    "message": "L'été & l'hiver: 5 < 6",
}
ESCAPED = ("&#x27;", "&#39;", "&amp;", "&lt;", "&gt;", "&quot;")


def test_every_email_template_turns_autoescaping_off():
    templates = sorted(TEMPLATES.glob("*/emails/*.txt"))
    assert templates, "no email templates found"
    for template in templates:
        text = template.read_text()
        assert "{% autoescape off %}" in text and text.rstrip().endswith("{% endautoescape %}"), template


def sent_once():
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    mail.outbox.clear()
    return message


@pytest.mark.parametrize("language", ["en", "fr"])
def test_application_emails_keep_what_was_typed(language):
    application = MembershipApplicationFactory(language=language, **TRICKY)
    notifications.notify_staff(application.pk, "members@efus.example")
    staff = sent_once()
    notifications.confirm_to_applicant(application.pk)
    applicant = sent_once()
    for message in (staff, applicant):
        assert not any(entity in message.subject + message.body for entity in ESCAPED), message.subject
    assert TRICKY["authority_name"] in staff.subject
    assert all(TRICKY[field] in staff.body for field in ("authority_name", "contact_name", "role", "email", "message"))
    assert TRICKY["authority_name"] in applicant.body and TRICKY["contact_name"] in applicant.body
    assert applicant.to == [TRICKY["email"]]
