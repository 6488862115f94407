"""The journey end to end: step 1, the emailed link, step 2 with mistakes, review, publication everywhere."""

import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from initiatives.models import InitiativePage, InitiativeSubmission, State

from .conftest import PDF

pytestmark = pytest.mark.django_db

STEP_ONE = {
    "authority_name": "liege",
    "contact_name": "Jeanne Dupont",
    "role": "Coordinatrice prévention",
    "email": "jeanne.dupont@liege.example",
    "consent": "on",
}


def step_two(themes, **changes):
    data = {
        "title": "Des repas livrés aux aînés isolés",
        "themes": [themes["youth"].pk],
        "summary": "Les agents de prévention ont livré des repas aux aînés isolés.",
        "description": "Pendant le confinement, la ville a organisé des tournées quotidiennes.",
        "start_date": "2020-03-18",
        "end_date": "",
        "target_groups": "Personnes âgées isolées",
        "partners": "CPAS, Croix-Rouge",
        "results": "4 000 repas livrés.",
        "links": "https://www.liege.be/fr",
        "send": "",
    }
    data.update(changes)
    return data


def link_in(message):
    return re.search(r"https?://\S+", message.body).group(0)


def test_a_member_city_shares_an_initiative_from_first_step_to_publication(
    client, section, liege, themes, admin_client, django_capture_on_commit_callbacks
):
    # Step 1, in French: the member is recognised from its name, accents and case aside.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/fr/covid-19/share/", STEP_ONE)
    assert response.status_code == 302
    submission = InitiativeSubmission.objects.get()
    assert (submission.authority, submission.country.code, submission.authority_kind) == (liege, "BE", "city")
    assert (submission.state, submission.language) == (State.DRAFT, "fr")
    assert len(mail.outbox) == 1
    resume = mail.outbox[0]
    assert resume.to == ["jeanne.dupont@liege.example"]
    assert "Dear" not in resume.body and "30" in resume.body  # in French
    link = link_in(resume)
    assert link.startswith("http://testserver/fr/covid-19/share/")
    assert response["Location"].startswith(link.removeprefix("http://testserver"))

    # The browser is closed; the link brings the draft back, in a new browser without a session.
    later = Client()
    path = link.removeprefix("http://testserver")
    page = later.get(path)
    assert page.status_code == 200
    assert "Liège" in page.content.decode()
    assert page["Cache-Control"] == "private, no-store"

    # Step 2 with a date that does not exist and no summary: both errors, everything kept, the file too.
    bad = step_two(themes, start_date="2020-02-30", summary="")
    bad["files"] = SimpleUploadedFile("affiche.pdf", PDF, content_type="application/pdf")
    response = later.post(path, bad)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Saisissez une vraie date" in html
    assert html.count('class="form-field__error"') >= 2
    assert 'value="Des repas livrés aux aînés isolés"' in html
    assert 'value="2020-02-30"' in html
    assert "CPAS, Croix-Rouge" in html and "4 000 repas livrés." in html
    assert f'value="{themes["youth"].pk}" checked' in html or "checked" in html
    assert "affiche.pdf" in html
    assert submission.attachments.count() == 1
    # Reloading the page (or coming back from the link) shows the same values.
    assert 'value="2020-02-30"' in later.get(path).content.decode()

    # Corrected: sent for review, without the file being sent again.
    with django_capture_on_commit_callbacks(execute=True):
        response = later.post(path, step_two(themes))
    assert response.status_code == 302
    assert response["Location"] == "/fr/covid-19/share/sent/"
    submission.refresh_from_db()
    assert submission.state == State.NEW
    assert submission.start_date.isoformat() == "2020-03-18"
    assert [attachment.name for attachment in submission.attachments.all()] == ["affiche.pdf"]
    staff = [message for message in mail.outbox if message.to == ["staff@efus.example"]]
    assert (
        len(staff) == 1 and f"/admin/snippets/initiatives/initiativesubmission/edit/{submission.pk}/" in staff[0].body
    )
    # Nothing public yet.
    assert not InitiativePage.objects.exists()
    # The link has done its work.
    assert later.get(path).status_code == 400

    # A moderator corrects the title and approves.
    edit_url = f"/admin/snippets/initiatives/initiativesubmission/edit/{submission.pk}/"
    form = admin_client.get(edit_url)
    assert form.status_code == 200
    data = _admin_form_data(submission, themes, title="Repas livrés aux aînés isolés", state="approved")
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(edit_url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    page = InitiativePage.objects.get()
    assert page.live and page.title_fr == "Repas livrés aux aînés isolés"
    assert page.authority == liege and page.original_language == "fr"

    # Public: on the platform, on its page, in search and on the authority's profile, contact details nowhere.
    visitor = Client()
    platform = visitor.get("/fr/covid-19/").content.decode()
    assert "Repas livrés aux aînés isolés" in platform
    public = visitor.get(f"/fr/covid-19/{page.slug}/")
    assert public.status_code == 200
    public_html = public.content.decode()
    assert '"@type": "Article"' in public_html
    assert "affiche.pdf" in public_html
    for private in ("Jeanne Dupont", "jeanne.dupont@liege.example", "Coordinatrice prévention"):
        assert private not in public_html
    assert "Repas livrés" in visitor.get("/fr/search/?q=aines+isoles").content.decode()
    profile = visitor.get("/fr/membres/liege/").content.decode()
    assert "Initiatives partagées" in profile and "Repas livrés aux aînés isolés" in profile

    # Two emails to the submitter, both in French.
    to_submitter = [message for message in mail.outbox if message.to == ["jeanne.dupont@liege.example"]]
    assert len(to_submitter) == 2
    assert "publiée" in to_submitter[1].subject
    assert f"/fr/covid-19/{page.slug}/" in to_submitter[1].body


def _admin_form_data(submission, themes, **changes):
    data = {
        "state": submission.state,
        "reason": "",
        "notes": "",
        "authority": submission.authority_id or "",
        "authority_name": submission.authority_name,
        "country": submission.country.code,
        "authority_kind": submission.authority_kind,
        "title": submission.title,
        "themes": [theme.pk for theme in submission.themes.all()],
        "summary": submission.summary,
        "description": submission.description,
        "start_date": submission.start_date.isoformat() if submission.start_date else "",
        "end_date": submission.end_date.isoformat() if submission.end_date else "",
        "target_groups": submission.target_groups,
        "partners": submission.partners,
        "results": submission.results,
        "links": submission.links,
        "attachments-TOTAL_FORMS": str(submission.attachments.count()),
        "attachments-INITIAL_FORMS": str(submission.attachments.count()),
        "attachments-MIN_NUM_FORMS": "0",
        "attachments-MAX_NUM_FORMS": "1000",
    }
    for index, attachment in enumerate(submission.attachments.all()):
        data[f"attachments-{index}-id"] = attachment.pk
        data[f"attachments-{index}-ORDER"] = index
    data.update(changes)
    return data
