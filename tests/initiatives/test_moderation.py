"""Moderation: the queue by state, a refusal needs a reason, the submitter hears the outcome in their language."""

import re

import pytest
from django.core import mail
from django.test import Client

from initiatives.factories import InitiativeSubmissionFactory
from initiatives.models import InitiativePage, State

from .test_journey import _admin_form_data

pytestmark = pytest.mark.django_db
EDIT = "/admin/snippets/initiatives/initiativesubmission/edit/{}/"


@pytest.fixture
def submission(section, themes):
    submission = InitiativeSubmissionFactory(
        section=section, crisis=section.crisis, language="it", title="Spesa sospesa"
    )
    submission.themes.set([themes["youth"]])
    return submission


def decide(admin_client, submission, themes, capture, **changes):
    with capture(execute=True):
        return admin_client.post(EDIT.format(submission.pk), _admin_form_data(submission, themes, **changes))


def test_the_queue_lists_submissions_by_state(admin_client, section):
    InitiativeSubmissionFactory(section=section, crisis=section.crisis, title="Waiting one")
    InitiativeSubmissionFactory(section=section, crisis=section.crisis, title="Turned down", state="rejected")
    html = admin_client.get("/admin/snippets/initiatives/initiativesubmission/?state=new").content.decode()
    assert "Waiting one" in html and "Turned down" not in html


def test_staff_cannot_create_a_submission_themselves(admin_client, section):
    assert admin_client.get("/admin/snippets/initiatives/initiativesubmission/add/").status_code == 302


def test_rejecting_needs_a_reason_then_emails_it_in_the_submitters_language(
    admin_client, submission, themes, django_capture_on_commit_callbacks
):
    response = decide(admin_client, submission, themes, django_capture_on_commit_callbacks, state="rejected")
    assert response.status_code == 200
    assert "Write the message the submitter will receive." in response.content.decode()
    submission.refresh_from_db()
    assert submission.state == State.NEW and not mail.outbox

    reason = "L'iniziativa riguarda la sanità, non la sicurezza urbana."
    response = decide(
        admin_client, submission, themes, django_capture_on_commit_callbacks, state="rejected", reason=reason
    )
    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.state == State.REJECTED and submission.decided_at
    [message] = mail.outbox
    assert message.to == [submission.email]
    assert message.subject == "La vostra iniziativa non è stata pubblicata: Spesa sospesa"
    assert reason in message.body
    assert not InitiativePage.objects.exists()


def test_asking_for_changes_sends_a_link_that_opens_the_submission_again(
    admin_client, submission, themes, django_capture_on_commit_callbacks
):
    decide(
        admin_client,
        submission,
        themes,
        django_capture_on_commit_callbacks,
        state="changes_requested",
        reason="Aggiungete i risultati, per favore.",
    )
    [message] = mail.outbox
    assert "Aggiungete i risultati" in message.body
    link = re.search(r"http://testserver(/it/covid-19/share/\S+/)", message.body).group(1)
    page = Client().get(link)
    assert page.status_code == 200
    assert 'value="Spesa sospesa"' in page.content.decode()


def test_a_reviewer_edits_before_approving_and_can_withdraw_later(
    admin_client, submission, themes, django_capture_on_commit_callbacks
):
    decide(
        admin_client,
        submission,
        themes,
        django_capture_on_commit_callbacks,
        state="approved",
        title="Spesa sospesa a Torino",
        results="9 000 consegne.",
    )
    page = InitiativePage.objects.get()
    assert (page.title_it, page.title_en, page.results_it) == ("Spesa sospesa a Torino",) * 2 + ("9 000 consegne.",)
    assert page.live and page.original_language == "it"
    assert list(page.themes.all()) == [themes["youth"]]
    assert "Spesa sospesa a Torino" in mail.outbox[0].subject
    assert f"/it/covid-19/{page.slug}/" in mail.outbox[0].body

    submission.refresh_from_db()
    decide(
        admin_client,
        submission,
        themes,
        django_capture_on_commit_callbacks,
        state="rejected",
        reason="Ritirata su richiesta del comune.",
    )
    page.refresh_from_db()
    assert not page.live
    assert Client().get(f"/en/covid-19/{page.slug}/").status_code == 404


def test_approving_needs_the_initiative_itself(admin_client, section, themes, django_capture_on_commit_callbacks):
    empty = InitiativeSubmissionFactory(section=section, crisis=section.crisis, summary="", description="")
    response = decide(admin_client, empty, themes, django_capture_on_commit_callbacks, state="approved")
    assert response.status_code == 200
    assert response.content.decode().count("Needed before the initiative is published.") >= 3
    assert not InitiativePage.objects.exists()


def test_an_editor_translation_survives_a_later_correction(
    admin_client, submission, themes, django_capture_on_commit_callbacks
):
    decide(admin_client, submission, themes, django_capture_on_commit_callbacks, state="approved")
    page = InitiativePage.objects.get()
    page.summary_en = "Suspended shopping, delivered by the local police."
    page.save_revision().publish()
    submission.refresh_from_db()
    decide(admin_client, submission, themes, django_capture_on_commit_callbacks, state="approved", summary="Nuovo.")
    page.refresh_from_db()
    assert (page.summary_it, page.summary_en) == ("Nuovo.", "Suspended shopping, delivered by the local police.")
    assert page.text_language("en") == "en" and page.text_language("de") == "en"


def test_reviewers_download_submitted_files_and_visitors_cannot(admin_client, client, submission):
    from django.core.files.base import ContentFile

    from initiatives.models import SubmissionAttachment

    from .conftest import PDF

    attachment = SubmissionAttachment(submission=submission, name="plan.pdf", size=len(PDF))
    attachment.file.save("plan.pdf", ContentFile(PDF), save=True)
    url = f"/admin/initiatives/attachments/{attachment.pk}/"
    response = admin_client.get(url)
    assert response.status_code == 200 and b"".join(response.streaming_content) == PDF
    assert client.get(url).status_code == 302  # to the login page
    assert client.get(f"/media/{attachment.file.name}").status_code == 404


def test_the_inspect_view_links_each_file_for_reviewers(admin_client, submission):
    from django.core.files.base import ContentFile

    from initiatives.models import SubmissionAttachment

    from .conftest import PDF

    attachment = SubmissionAttachment(submission=submission, name="plan.pdf", size=len(PDF))
    attachment.file.save("plan.pdf", ContentFile(PDF), save=True)
    html = admin_client.get(f"/admin/snippets/initiatives/initiativesubmission/inspect/{submission.pk}/").content
    assert f'href="/admin/initiatives/attachments/{attachment.pk}/">plan.pdf</a>'.encode() in html
    assert submission.email.encode() in html
