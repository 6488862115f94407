"""Registration: the form, seats and waiting lists, double submits, overlapping sessions, the emails, the link."""

import datetime
import re
import threading

import pytest
from django.core import mail
from django.db import connection
from icalendar import Calendar

from conferences import registration as service
from conferences.factories import RegistrationFactory, SessionChoiceFactory
from conferences.models import Registration, SessionChoice, Status
from conferences.tokens import manage_token

from .conftest import session

pytestmark = pytest.mark.django_db

VALID = {
    "name": "Lucía Pérez",
    "organisation": "Ayuntamiento de Zaragoza",
    "email": "Lucia.Perez@example.org",
    "country": "ES",
    "dietary_needs": "Vegetariana",
    "consent": "on",
}


def post(client, url, **changes):
    data = {**VALID, **changes}
    return client.post(url, {key: value for key, value in data.items() if value is not None})


def test_register_for_a_workshop_in_spanish(client, edition, workshops, emails):
    morning, _overlapping, later = workshops
    with emails():
        response = post(client, "/es/conferences/brussels-2024/register/", sessions=[morning.pk, later.pk])
    assert response.status_code == 302 and response["Location"].endswith("/register/sent/")
    registration = Registration.objects.get()
    assert (registration.email, registration.language, registration.status) == (
        "lucia.perez@example.org",
        "es",
        "confirmed",
    )
    assert sorted(registration.choices.values_list("session__pk", flat=True)) == [morning.pk, later.pk]
    message = mail.outbox[-1]
    assert message.to == ["lucia.perez@example.org"] and message.subject == "Su inscripción: Bruselas 2024"
    assert "Su inscripción en Bruselas 2024 está confirmada." in message.body and "Sus sesiones:" in message.body
    name, content, mimetype = message.attachments[0]
    assert name.endswith(".ics") and mimetype == "text/calendar"
    summaries = {str(item["summary"]) for item in Calendar.from_ical(content).walk("VEVENT")}
    # The calendar speaks Spanish too; a title without a Spanish version falls back to English.
    assert {"Bruselas 2024", "Drogas y espacio público", "Trust and the police"} <= summaries
    link = re.search(r"http://testserver(/es/\S+/registration/\S+/)", message.body).group(1)
    assert client.get(link).status_code == 200


def test_bad_input_gets_clear_messages_in_the_visitors_language_and_keeps_what_was_typed(client, edition, workshops):
    response = post(
        client, "/fr/conferences/bruxelles-2024/register/", email="pas-une-adresse", country="XX", consent=None
    )
    html = response.content.decode()
    assert response.status_code == 200 and not Registration.objects.exists()
    assert "Saisissez une adresse de courriel valide." in html
    assert 'value="Lucía Pérez"' in html and 'value="pas-une-adresse"' in html and "Vegetariana" in html
    assert 'aria-describedby="id_email-error"' in html


def test_overlapping_sessions_are_refused(client, edition, workshops):
    morning, overlapping, _later = workshops
    response = post(client, "/en/conferences/brussels-2024/register/", sessions=[morning.pk, overlapping.pk])
    html = response.content.decode()
    assert response.status_code == 200 and not Registration.objects.exists()
    assert "take place at the same time" in html and "Drugs and public space" in html


def test_a_double_submit_makes_one_registration(client, edition, workshops, emails):
    with emails():
        first = post(client, "/en/conferences/brussels-2024/register/", sessions=[workshops[0].pk])
        second = post(client, "/en/conferences/brussels-2024/register/", sessions=[workshops[0].pk])
    assert first["Location"] == second["Location"]
    assert Registration.objects.count() == 1 and SessionChoice.objects.count() == 1
    assert len(mail.outbox) == 1


def test_honeypot_stores_nothing(client, edition):
    response = post(client, "/en/conferences/brussels-2024/register/", homepage="http://spam.example")
    assert response.status_code == 302 and not Registration.objects.exists() and not mail.outbox


def test_rate_limit(client, edition, settings):
    settings.FORM_POSTS_PER_HOUR = 1
    post(client, "/en/conferences/brussels-2024/register/")
    response = post(client, "/en/conferences/brussels-2024/register/", email="other@example.org")
    assert response.status_code == 429 and Registration.objects.count() == 1


def test_closed_registration_shows_no_form_and_takes_nothing(client, edition):
    edition.registration_open = False
    edition.save_revision().publish()
    response = post(client, "/en/conferences/brussels-2024/register/")
    assert "Registration is closed." in response.content.decode() and not Registration.objects.exists()


def test_beyond_capacity_people_join_the_waiting_list(client, edition, emails):
    edition.capacity = 1
    edition.save_revision().publish()
    with emails():
        post(client, "/en/conferences/brussels-2024/register/")
        response = post(client, "/en/conferences/brussels-2024/register/", email="second@example.org")
    assert response["Location"].endswith("?waiting=1")
    assert list(Registration.objects.order_by("pk").values_list("status", flat=True)) == ["confirmed", "waiting"]
    assert "waiting list" in mail.outbox[-1].body and not mail.outbox[-1].attachments


def test_cancelling_moves_the_first_on_the_waiting_list_up_with_an_email(edition, workshops, emails):
    workshop = workshops[0]
    workshop.capacity = 1
    workshop.save()
    first, _ = service.register(edition, {**_fields("first@example.org")}, [workshop.pk], "en")
    second, _ = service.register(edition, {**_fields("second@example.org")}, [workshop.pk], "fr")
    third, _ = service.register(edition, {**_fields("third@example.org")}, [workshop.pk], "en")
    assert [choice.status for choice in SessionChoice.objects.order_by("pk")] == ["confirmed", "waiting", "waiting"]
    mail.outbox.clear()
    with emails():
        assert service.cancel(first) == [second.pk]
    assert SessionChoice.objects.get(registration=second).status == Status.CONFIRMED
    assert SessionChoice.objects.get(registration=third).status == Status.WAITING
    moved_up = next(message for message in mail.outbox if message.to == ["second@example.org"])
    assert "Une place est à vous" in moved_up.subject and moved_up.attachments
    assert service.cancel(first) == []  # a second cancel changes nothing


def test_cancelling_from_the_link(client, edition, emails):
    registration, _ = service.register(edition, _fields("me@example.org"), [], "en")
    url = f"/en/conferences/brussels-2024/registration/{manage_token(registration)}/"
    response = client.get(url)
    assert "Cancel my registration" in response.content.decode() and "no-store" in response["Cache-Control"]
    with emails():
        response = client.post(url, {"action": "cancel"})
    assert "Your registration is cancelled." in response.content.decode()
    registration.refresh_from_db()
    assert registration.status == Status.CANCELLED
    assert "cancelled" in mail.outbox[-1].subject


def test_changing_sessions_from_the_link(client, edition, workshops):
    morning, overlapping, later = workshops
    registration, _ = service.register(edition, _fields("me@example.org"), [morning.pk], "en")
    url = f"/en/conferences/brussels-2024/registration/{manage_token(registration)}/"
    response = client.post(url, {"action": "change", "sessions": [overlapping.pk, later.pk]})
    assert "Your choice of sessions is saved." in response.content.decode()
    assert set(registration.choices.values_list("session", flat=True)) == {overlapping.pk, later.pk}
    response = client.post(url, {"action": "change", "sessions": [morning.pk, overlapping.pk]})
    assert "take place at the same time" in response.content.decode()


@pytest.mark.parametrize("token", ["junk", "a" * 300])
def test_a_forged_link_is_refused(client, edition, token):
    assert client.get(f"/en/conferences/brussels-2024/registration/{token}/").status_code == 404


def test_a_link_for_another_page_is_refused(client, series, edition):
    from conferences.factories import ConferenceEditionPageFactory

    other = ConferenceEditionPageFactory(parent=series, slug_en="other")
    registration = RegistrationFactory(page=other)
    assert client.get(f"/en/conferences/brussels-2024/registration/{manage_token(registration)}/").status_code == 404


def test_event_registration_has_no_sessions(client, events_section, emails):
    from conferences.factories import EventPageFactory

    EventPageFactory(parent=events_section, slug_en="training", registration_open=True, capacity=10)
    html = client.get("/en/events/training/register/").content.decode()
    assert "Workshops and field visits" not in html and "10 seats left." in html
    with emails():
        response = post(client, "/en/events/training/register/")
    assert response.status_code == 302
    assert mail.outbox[-1].attachments[0][0].endswith(".ics")


def _fields(email):
    return {
        "name": "Someone",
        "organisation": "City",
        "email": email,
        "country": "BE",
        "accessibility_needs": "",
        "dietary_needs": "",
        "consent": True,
    }


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_people_at_the_same_instant_for_the_last_seat(home):
    """Two real threads on PostgreSQL, each with its own connection: one seat, one waiting-list place."""
    if connection.vendor != "postgresql":
        pytest.skip("SELECT … FOR UPDATE needs PostgreSQL; SQLite serialises writes on its own")
    from conferences.factories import ConferenceEditionPageFactory, ConferencesIndexPageFactory, SessionFactory

    edition = ConferenceEditionPageFactory(parent=ConferencesIndexPageFactory(parent=home), capacity=5)
    workshop = SessionFactory(edition=edition, capacity=1)
    barrier = threading.Barrier(2)
    errors = []

    def register(email):
        try:
            barrier.wait(timeout=10)
            service.register(edition, _fields(email), [workshop.pk], "en")
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=register, args=(f"person{n}@example.org",)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []
    assert sorted(SessionChoice.objects.values_list("status", flat=True)) == ["confirmed", "waiting"]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_people_at_the_same_instant_for_the_last_seat_of_an_edition(home):
    """The edition's own capacity: two threads for its last seat give one seat and one waiting-list place."""
    if connection.vendor != "postgresql":
        pytest.skip("SELECT … FOR UPDATE needs PostgreSQL; SQLite serialises writes on its own")
    from conferences.factories import ConferenceEditionPageFactory, ConferencesIndexPageFactory

    edition = ConferenceEditionPageFactory(parent=ConferencesIndexPageFactory(parent=home), capacity=1)
    barrier = threading.Barrier(2)

    def register(email):
        try:
            barrier.wait(timeout=10)
            service.register(edition, _fields(email), [], "en")
        finally:
            connection.close()

    threads = [threading.Thread(target=register, args=(f"person{n}@example.org",)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(Registration.objects.values_list("status", flat=True)) == ["confirmed", "waiting"]


def test_session_choice_factory_builds_a_choice():
    choice = SessionChoiceFactory()
    assert choice.registration.email.endswith("@example.org") and choice.session.edition.pk


def test_overlap_is_about_time_not_only_day(edition):
    a = session(edition, start_time=datetime.time(9), end_time=datetime.time(10))
    b = session(edition, start_time=datetime.time(10), end_time=datetime.time(11))
    c = session(edition, start_time=datetime.time(9, 30), end_time=datetime.time(10, 30))
    assert not a.overlaps(b) and a.overlaps(c) and b.overlaps(c)


def test_a_registrant_names_their_member_authority(client, edition):
    from members.factories import MemberAuthorityFactory

    authority = MemberAuthorityFactory(name_en="Zaragoza")
    html = client.get("/en/conferences/brussels-2024/register/").content.decode()
    assert "None, or not a member of Efus" in html and ">Zaragoza</option>" in html
    post(client, "/en/conferences/brussels-2024/register/", member_authority=authority.pk)
    assert list(authority.conference_registrations.values_list("email", flat=True)) == ["lucia.perez@example.org"]
    response = post(client, "/en/conferences/brussels-2024/register/", email="x@example.org", member_authority="999999")
    assert response.status_code == 200 and Registration.objects.count() == 1


def test_emails_keep_what_was_typed_unescaped(edition, emails):
    with emails():
        service.register(edition, {**_fields("zoe@example.org"), "name": "Zoë O'Brien & <Co>"}, [], "en")
    assert "Dear Zoë O'Brien & <Co>," in mail.outbox[-1].body


def test_a_logged_in_member_finds_their_name_address_and_authority_filled_in(client, edition):
    from members.network.factories import MemberProfileFactory

    profile = MemberProfileFactory(name="Ana Member", user__email="ana@example.org", user__username="ana@example.org")
    client.force_login(profile.user)
    html = client.get("/en/conferences/brussels-2024/register/").content.decode()
    assert 'value="Ana Member"' in html and 'value="ana@example.org"' in html
    assert f'<option value="{profile.authority_id}" selected>' in html
    client.logout()
    assert 'value="Ana Member"' not in client.get("/en/conferences/brussels-2024/register/").content.decode()
