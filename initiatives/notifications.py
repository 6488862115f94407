"""Emails about submissions: the link to finish later, the outcome of the review, the notice to staff."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation

from .models.submissions import InitiativeSubmission, State
from .tokens import VALID_DAYS

OUTCOME_TEMPLATES = {State.APPROVED: "approved", State.REJECTED: "rejected", State.CHANGES_REQUESTED: "changes"}


def _send(template, recipient, language, context):
    with translation.override(language):
        send_mail(
            # One line whatever was typed: a line break in a subject is refused by the mail library.
            " ".join(render_to_string(f"initiatives/emails/{template}_subject.txt", context).split()),
            render_to_string(f"initiatives/emails/{template}_body.txt", context),
            settings.DEFAULT_FROM_EMAIL,
            [recipient],
        )


def send_resume_link(submission_id, url):
    """Email the submitter the link to their draft, in their language. False if the draft is gone or was sent."""
    submission = InitiativeSubmission.objects.filter(pk=submission_id).select_related("crisis").first()
    if submission is None or not submission.is_editable:
        return False
    _send("resume", submission.email, submission.language, {"submission": submission, "url": url, "days": VALID_DAYS})
    return True


def tell_outcome(submission_id, state, url):
    """Email the submitter the review's outcome (state), with the page or the link to correct (url).

    False if the submission is gone or its state changed since (a later decision sends its own email).
    """
    submission = InitiativeSubmission.objects.filter(pk=submission_id, state=state).select_related("crisis").first()
    if submission is None or state not in OUTCOME_TEMPLATES:
        return False
    context = {"submission": submission, "url": url, "days": VALID_DAYS}
    _send(OUTCOME_TEMPLATES[state], submission.email, submission.language, context)
    return True


def notify_staff(submission_id, recipient, admin_url):
    """Tell staff at recipient that an initiative waits for review, in the site's main language."""
    submission = InitiativeSubmission.objects.filter(pk=submission_id).select_related("crisis").first()
    if submission is None:
        return False
    _send("staff", recipient, settings.LANGUAGE_CODE, {"submission": submission, "url": admin_url})
    return True
