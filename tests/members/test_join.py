"""The "join the network" form: storage, emails in the applicant's language, errors, bots and floods."""

import re

import pytest
from django.core import mail
from django.test import Client

from members.models import MembershipApplication

pytestmark = pytest.mark.django_db

GOOD = {
    "authority_name": "Ville de Lyon",
    "kind": "city",
    "country": "FR",
    "population": "522000",
    "contact_name": "Camille Martin",
    "role": "Chargée de prévention",
    "email": "camille.martin@example.org",
    "phone": "+33 4 72 10 30 30",
    "message": "Nous souhaitons rejoindre le réseau.",
    "consent": "on",
}


@pytest.fixture
def staff_address(members_page):
    members_page.notification_email = "members@efus.example"
    members_page.save_revision().publish()
    return "members@efus.example"


def test_the_form_page_is_cacheable_and_asks_for_everything(client, members_page):
    first = client.get("/fr/membres/adherer/")
    assert first.status_code == 200
    html = first.content.decode()
    for name in ["authority_name", "kind", "country", "population", "contact_name", "role", "email", "phone"]:
        assert f'name="{name}"' in html
    assert 'name="consent"' in html and 'type="checkbox"' in html
    assert "data-csrf-field" in html
    assert client.get("/fr/membres/adherer/")["X-Cache"] == "HIT"


def test_a_good_application_is_stored_confirmed_and_both_emails_sent(
    client, staff_address, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/fr/membres/adherer/", GOOD)
    assert response.status_code == 302
    assert response["Location"] == "/fr/membres/adherer/merci/"
    application = MembershipApplication.objects.get()
    assert (application.authority_name, application.country.code, application.population) == (
        "Ville de Lyon",
        "FR",
        522000,
    )
    assert (application.language, application.status, application.consent) == ("fr", "new", True)

    staff, applicant = sorted(mail.outbox, key=lambda message: message.to != [staff_address])
    assert staff.to == [staff_address]
    assert staff.subject == "New application to join Efus: Ville de Lyon"
    assert "camille.martin@example.org" in staff.body
    assert applicant.to == ["camille.martin@example.org"]
    assert applicant.subject == "Votre candidature pour rejoindre l'Efus"
    assert "Chère, cher Camille Martin," in applicant.body

    thanks = client.get(response["Location"]).content.decode()
    assert "Candidature envoyée" in thanks


def test_errors_are_shown_in_the_visitors_language_and_nothing_typed_is_lost(client, members_page):
    bad = {**GOOD, "email": "camille.martin@", "consent": "", "phone": "call me"}
    response = client.post("/fr/membres/adherer/", bad)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Veuillez corriger les 3 erreurs ci-dessous." in html
    assert "Saisissez une adresse de courriel valide." in html
    assert 'value="camille.martin@"' in html
    assert 'value="Ville de Lyon"' in html
    assert 'value="Chargée de prévention"' in html
    assert "Nous souhaitons rejoindre le réseau." in html
    assert '<option value="FR" selected>' in html
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="id_email-error"' in html
    assert MembershipApplication.objects.count() == 0


def test_a_bot_filling_the_honeypot_is_thanked_but_nothing_is_kept(
    client, members_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/members/join/", {**GOOD, "homepage": "http://spam.example"})
    assert response.status_code == 302
    assert response["Location"] == "/en/members/join/thanks/"
    assert MembershipApplication.objects.count() == 0
    assert mail.outbox == []


def test_a_flood_from_one_address_is_slowed_down_without_losing_the_text(client, members_page, settings):
    settings.FORM_POSTS_PER_HOUR = 2
    for _ in range(2):
        client.post("/en/members/join/", {**GOOD, "email": "bad"})
    response = client.post("/en/members/join/", GOOD)
    assert response.status_code == 429
    html = response.content.decode()
    assert "You have sent this form many times in a short while." in html
    assert 'value="Ville de Lyon"' in html
    assert MembershipApplication.objects.count() == 0


def test_a_post_without_its_security_token_is_refused_and_can_be_resent(members_page):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/en/members/join/", GOOD, HTTP_REFERER="http://testserver/en/members/join/")
    assert response.status_code == 403
    assert 'value="Ville de Lyon"' in response.content.decode()
    assert MembershipApplication.objects.count() == 0


def test_staff_see_applications_and_follow_them_up(client, admin_user, members_page):
    client.post("/en/members/join/", GOOD)
    application = MembershipApplication.objects.get()
    client.force_login(admin_user)
    listing = client.get("/admin/snippets/members/membershipapplication/").content.decode()
    assert "Ville de Lyon" in listing
    edit_url = f"/admin/snippets/members/membershipapplication/edit/{application.pk}/"
    assert client.get(edit_url).status_code == 200
    response = client.post(edit_url, {"status": "contacted", "notes": "Called on Monday."})
    assert response.status_code == 302
    application.refresh_from_db()
    assert (application.status, application.notes) == ("contacted", "Called on Monday.")
    assert application.authority_name == "Ville de Lyon"  # the applicant's own details stay as sent


def test_staff_cannot_create_applications_by_hand(client, admin_user, members_page):
    client.force_login(admin_user)
    listing = client.get("/admin/snippets/members/membershipapplication/").content.decode()
    assert "/admin/snippets/members/membershipapplication/add/" not in listing
    response = client.get("/admin/snippets/members/membershipapplication/add/")
    assert response.status_code in (302, 403)
    assert MembershipApplication.objects.count() == 0


def test_old_applications_are_forgotten_unless_the_authority_joined(db):
    from datetime import timedelta

    from django.utils import timezone

    from members.factories import MembershipApplicationFactory
    from members.retention import forget_old_applications

    recent, declined, joined = MembershipApplicationFactory.create_batch(3)
    declined.status, joined.status = "declined", "accepted"
    for application in (declined, joined):
        application.save()
    three_years_ago = timezone.now() - timedelta(days=3 * 365)
    MembershipApplication.objects.filter(pk__in=[declined.pk, joined.pk]).update(created_at=three_years_ago)
    assert forget_old_applications() == 1
    assert set(MembershipApplication.objects.values_list("pk", flat=True)) == {recent.pk, joined.pk}


NBSP = "\N{NO-BREAK SPACE}"
INCOMPLETE = {**GOOD, "authority_name": "", "kind": "", "country": "", "email": "camille.martin@", "consent": ""}


def field_block(html, name):
    """The form-field wrapper holding the control named `name`, and that control's tag."""
    block = next(part for part in html.split('<div class="form-field')[1:] if f'name="{name}"' in part)
    control = re.search(rf'<(input|select|textarea)[^>]*name="{name}"[^>]*>', block).group(0)
    return block, control


def summary(html):
    start = html.index('class="form-errors__list"')
    return re.findall(r'<li><a href="#(id_\w+)">(.*?)</a></li>', html[start : html.index("</ul>", start)])


def test_the_error_summary_reads_well_in_english(client, members_page):
    html = client.post("/en/members/join/", INCOMPLETE).content.decode()
    lines = dict(summary(html))
    assert lines["id_authority_name"] == "Name of the authority: This field is required."
    assert lines["id_consent"] == (
        "I agree that Efus stores these details to process this application and contact me about it: "
        "Please agree to the processing of these details."
    )
    assert ".:" not in html


def test_the_error_summary_uses_french_spacing_in_french(client, members_page):
    html = client.post("/fr/membres/join/", INCOMPLETE).content.decode()
    lines = dict(summary(html))
    # The message itself comes from Django's (or Wagtail's) French catalogue.
    assert lines["id_authority_name"].startswith(f"Nom de la collectivité{NBSP}: ")
    assert lines["id_consent"] == (
        f"J’accepte que l’Efus conserve ces informations pour traiter cette candidature et me contacter à son sujet"
        f"{NBSP}: Veuillez accepter le traitement de ces informations."
    )
    assert " : " not in html.replace(NBSP, "_")


@pytest.mark.parametrize("name", ["authority_name", "kind", "country", "email", "consent"])
def test_every_invalid_control_is_marked_and_linked_to_its_message(client, members_page, name):
    html = client.post("/en/members/join/", INCOMPLETE).content.decode()
    block, control = field_block(html, name)
    assert block.startswith(" form-field--error")
    assert 'aria-invalid="true"' in control
    assert f'aria-describedby="id_{name}-error' in control
    assert f'<p class="form-field__error" id="id_{name}-error">' in block


def test_valid_controls_are_not_marked_invalid(client, members_page):
    html = client.post("/en/members/join/", INCOMPLETE).content.decode()
    for name in ["contact_name", "role", "phone", "message", "population"]:
        block, control = field_block(html, name)
        assert not block.startswith(" form-field--error")
        assert "aria-invalid" not in control
    _block, population = field_block(html, "population")
    assert 'aria-describedby="id_population_helptext"' in population


def test_the_applicants_email_uses_french_spacing(client, members_page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/fr/membres/join/", GOOD)
    applicant = next(message for message in mail.outbox if message.to == [GOOD["email"]])
    assert f"Collectivité{NBSP}: Ville de Lyon (France)" in applicant.body
    assert f"Personne à contacter{NBSP}: Camille Martin, Chargée de prévention" in applicant.body
