"""Step 1 and the draft of step 2: members recognised, others asked more, bots and floods turned away."""

import pytest
from django.core import mail

from initiatives.factories import InitiativeSubmissionFactory
from initiatives.models import InitiativeSubmission
from initiatives.tokens import make_token

pytestmark = pytest.mark.django_db

NON_MEMBER = {
    "authority_name": "Ville de Quimper",
    "contact_name": "Yann Le Goff",
    "role": "Chargé de mission",
    "email": "yann@quimper.example",
    "consent": "on",
}


def test_the_form_offers_the_members_as_suggestions_and_works_without_script(client, section, liege):
    html = client.get("/en/covid-19/share/").content.decode()
    assert 'list="member-authorities"' in html and '<option value="Liège">' in html
    assert "<script" not in html.split("<main", 1)[1].split("</main>", 1)[0]


def test_a_non_member_gives_its_country_and_kind(client, section, django_capture_on_commit_callbacks):
    response = client.post("/fr/covid-19/share/", NON_MEMBER)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Choisissez le pays de votre collectivité." in html and "Choisissez le type de votre collectivité." in html
    assert 'value="Ville de Quimper"' in html and 'value="yann@quimper.example"' in html
    assert not InitiativeSubmission.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/fr/covid-19/share/", {**NON_MEMBER, "country": "FR", "authority_kind": "city"})
    assert response.status_code == 302
    submission = InitiativeSubmission.objects.get()
    assert submission.authority is None and (submission.country.code, submission.language) == ("FR", "fr")
    assert len(mail.outbox) == 1


def test_consent_is_required(client, section):
    response = client.post(
        "/en/covid-19/share/", {**NON_MEMBER, "consent": "", "country": "FR", "authority_kind": "city"}
    )
    assert "Please agree to the privacy notice to go on." in response.content.decode()


def test_a_bot_filling_the_honeypot_gets_the_confirmation_and_nothing_is_stored(client, section):
    data = {**NON_MEMBER, "country": "FR", "authority_kind": "city", "homepage": "http://spam.example"}
    response = client.post("/en/covid-19/share/", data)
    assert response.status_code == 302 and response["Location"] == "/en/covid-19/share/sent/"
    assert not InitiativeSubmission.objects.exists() and not mail.outbox


def test_posts_are_limited_per_email_address(client, section, settings):
    settings.FORM_POSTS_PER_HOUR = 2
    data = {**NON_MEMBER, "country": "FR", "authority_kind": "city"}
    statuses = [
        client.post("/en/covid-19/share/", data, REMOTE_ADDR=f"10.0.0.{number}").status_code for number in range(4)
    ]
    assert statuses == [302, 302, 429, 429]
    assert InitiativeSubmission.objects.count() == 2


def test_saving_the_draft_keeps_everything_typed_without_checking_it(client, section):
    draft = InitiativeSubmissionFactory(state="draft", section=section, crisis=section.crisis, title="")
    path = f"/en/covid-19/share/{make_token(draft)}/"
    response = client.post(path, {"title": "Half written", "start_date": "someday", "save_draft": ""})
    assert response.status_code == 302 and response["Location"] == path + "?saved=1"
    html = client.get(path + "?saved=1").content.decode()
    assert "Your draft is saved." in html
    assert 'value="Half written"' in html and 'value="someday"' in html
    assert "form-field__error" not in html
    draft.refresh_from_db()
    assert draft.state == "draft"


def test_step_two_works_without_javascript_its_token_in_the_page(section, themes):
    """Step 2 is never cached, so it carries a real CSRF token: no script needed, files and all."""
    import re

    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.test import Client

    from .conftest import PDF

    draft = InitiativeSubmissionFactory(state="draft", section=section, crisis=section.crisis)
    browser = Client(enforce_csrf_checks=True)
    path = f"/en/covid-19/share/{make_token(draft)}/"
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', browser.get(path).content.decode()).group(1)
    data = {
        "csrfmiddlewaretoken": token,
        "title": "Night buses for nurses",
        "themes": [themes["nightlife"].pk],
        "summary": "Buses at night.",
        "description": "Every night during the lockdown.",
        "start_date": "2020-04-01",
        "files": SimpleUploadedFile("timetable.pdf", PDF),
        "send": "",
    }
    response = browser.post(path, data)
    assert response.status_code == 302 and response["Location"] == "/en/covid-19/share/sent/"
    draft.refresh_from_db()
    assert draft.state == "new" and draft.attachments.get().name == "timetable.pdf"


def test_step_two_takes_corrections_but_not_a_flood(client, section, settings):
    settings.FORM_POSTS_PER_HOUR = 1
    draft = InitiativeSubmissionFactory(state="draft", section=section, crisis=section.crisis)
    path = f"/en/covid-19/share/{make_token(draft)}/"
    statuses = [client.post(path, {"title": f"Try {number}", "send": ""}).status_code for number in range(6)]
    assert statuses == [200] * 5 + [429]
