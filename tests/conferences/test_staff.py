"""Staff: reminders two days before, check-in, closing registration, the CSV export, mailing a session."""

import datetime
import re

import pytest
from django.core import mail
from django.utils import timezone

from conferences import registration as service
from conferences.factories import EventPageFactory, RegistrationFactory
from conferences.models import Status
from conferences.reminders import due_reminders
from conferences.tasks import REMINDER_AHEAD, remind_registrants

pytestmark = pytest.mark.django_db


def _fields(email):
    return {"name": "Ana", "organisation": "City", "email": email, "country": "PT", "consent": True}


def test_reminders_go_once_to_confirmed_registrants_two_days_before(events_section, emails):
    now = timezone.now()
    soon = EventPageFactory(
        parent=events_section, start_date=timezone.localdate(now + datetime.timedelta(days=1)), registration_open=True
    )
    later = EventPageFactory(parent=events_section, start_date=timezone.localdate(now + datetime.timedelta(days=9)))
    confirmed = RegistrationFactory(page=soon, language="pt")
    RegistrationFactory(page=soon, status=Status.CANCELLED)
    RegistrationFactory(page=later)
    assert due_reminders(now, REMINDER_AHEAD) == [confirmed.pk]
    mail.outbox.clear()
    with emails():
        assert remind_registrants() == 1
    assert [message.to for message in mail.outbox] == [[confirmed.email]]
    assert mail.outbox[0].subject.startswith("Daqui a dois dias:")
    with emails():
        assert remind_registrants() == 0
    assert len(mail.outbox) == 1


def test_staff_check_in_and_export(admin_client, edition):
    registration, _ = service.register(edition, _fields("ana@example.org"), [], "pt")
    response = admin_client.post(f"/admin/conferences/registrations/{registration.pk}/check-in/")
    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.checked_in_at is not None
    export = admin_client.get("/admin/snippets/conferences/registration/?export=csv")
    body = b"".join(export.streaming_content).decode() if export.streaming else export.content.decode()
    assert "ana@example.org" in body and "Name" in body


def test_check_in_needs_the_permission(client, django_user_model, edition):
    user = django_user_model.objects.create_user("editor", password="x")
    client.force_login(user)
    registration = RegistrationFactory(page=edition)
    assert client.post(f"/admin/conferences/registrations/{registration.pk}/check-in/").status_code in (302, 403)
    registration.refresh_from_db()
    assert registration.checked_in_at is None


def test_staff_filter_registrations_by_status(admin_client, edition):
    RegistrationFactory(page=edition, name="Confirmed person")
    RegistrationFactory(page=edition, name="Waiting person", status=Status.WAITING)
    html = admin_client.get("/admin/snippets/conferences/registration/?status=waiting").content.decode()
    assert "Waiting person" in html and "Confirmed person" not in html


def test_staff_mail_everyone_with_a_seat_in_a_session(admin_client, edition, workshops, emails):
    workshop = workshops[0]
    seated, _ = service.register(edition, _fields("seated@example.org"), [workshop.pk], "fr")
    service.register(edition, _fields("elsewhere@example.org"), [workshops[2].pk], "en")
    mail.outbox.clear()
    url = f"/admin/conferences/sessions/{workshop.pk}/mail/"
    assert "1 registrant with a seat" in admin_client.get(url).content.decode()
    with emails():
        response = admin_client.post(url, {"subject": "Room change", "body": "We move to room B."})
    assert response.status_code == 302
    assert [message.to for message in mail.outbox] == [["seated@example.org"]]
    assert mail.outbox[0].subject == "Room change" and "We move to room B." in mail.outbox[0].body
    assert "Un message de l'équipe de l'Efus" in mail.outbox[0].body


def test_closing_registration(client, edition):
    edition.registration_open = False
    edition.save_revision().publish()
    html = client.get("/en/conferences/brussels-2024/").content.decode()
    assert "/register/" not in html


def test_staff_cancel_for_someone_and_the_waiting_list_moves_up(admin_client, edition, emails):
    edition.capacity = 1
    edition.save()
    first, _ = service.register(edition, _fields("first@example.org"), [], "en")
    second, _ = service.register(edition, _fields("second@example.org"), [], "en")
    with emails():
        response = admin_client.post(f"/admin/conferences/registrations/{first.pk}/cancel/")
    assert response.status_code == 302
    second.refresh_from_db()
    assert second.status == Status.CONFIRMED
    assert any(message.to == ["second@example.org"] for message in mail.outbox)


def test_staff_cannot_add_a_registration_by_hand(admin_client):
    assert admin_client.get("/admin/snippets/conferences/registration/add/").status_code in (302, 403)


def test_registrations_are_forgotten_a_year_after_the_event(events_section):
    from conferences.reminders import forget_old_registrations

    old = EventPageFactory(parent=events_section, start_date=datetime.date(2020, 4, 2))
    recent = EventPageFactory(parent=events_section, start_date=timezone.localdate() - datetime.timedelta(days=30))
    RegistrationFactory(page=old)
    kept = RegistrationFactory(page=recent)
    assert forget_old_registrations(timezone.now()) == 1
    from conferences.models import Registration

    assert list(Registration.objects.all()) == [kept]


def test_staff_filter_registrations_by_page_and_session(admin_client, edition, workshops, events_section):
    in_workshop, _ = service.register(
        edition, {**_fields("a@example.org"), "name": "In the workshop"}, [workshops[0].pk], "en"
    )
    service.register(edition, {**_fields("b@example.org"), "name": "Elsewhere"}, [workshops[2].pk], "en")
    event = EventPageFactory(parent=events_section, registration_open=True)
    RegistrationFactory(page=event, name="At the webinar")
    url = "/admin/snippets/conferences/registration/"
    html = admin_client.get(f"{url}?session={workshops[0].pk}").content.decode()
    assert "In the workshop" in html and "Elsewhere" not in html
    html = admin_client.get(f"{url}?page={event.pk}").content.decode()
    assert "At the webinar" in html and "In the workshop" not in html
    listing = admin_client.get(url).content.decode()
    pages = re.search(r'<select name="page"[^>]*>(.*?)</select>', listing, re.S).group(1)
    # The filter offers the pages people registered to, not the whole site.
    assert sorted(re.findall(r'value="(\d+)"', pages)) == sorted([str(edition.pk), str(event.pk)])
