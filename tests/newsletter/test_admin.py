"""Staff screens: composing an issue with suggestions, previews per language, a test send, sending, pausing."""

import datetime

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from efus_site.core.factories import StandardPageFactory
from efus_site.newsletter.factories import MailingFactory, SubscriberFactory
from efus_site.newsletter.models import Delivery, Mailing, suggested_items

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(admin_user):
    admin_user.email = "editor@efus.example"
    admin_user.save()
    return admin_user


def test_the_editor_suggests_last_months_pages_not_yet_listed(admin_client, issue, home):
    recent = StandardPageFactory(
        parent=home, title="Lyon's night mayors", slug_en="night-mayors", first_published_at=timezone.now()
    )
    StandardPageFactory(
        parent=home, title="Old news", slug_en="old", first_published_at=timezone.now() - datetime.timedelta(days=40)
    )
    suggestions = {page.title for page in suggested_items(issue)}
    assert "Lyon's night mayors" in suggestions
    assert "Safer nightlife in Lisbon" not in suggestions and "December news" not in suggestions
    assert "Old news" not in suggestions
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[issue.pk])).content.decode()
    assert "Suggested items (published in the last month)" in html and recent.title.replace("'", "&#x27;") in html
    assert 'name="topics"' in html and "Press releases" in html


def test_the_sending_screen_previews_each_language_and_marks_english_fallbacks(admin_client, issue, staff):
    SubscriberFactory.create_batch(2)
    html = admin_client.get(reverse("newsletter_issue_sending", args=[issue.pk])).content.decode()
    assert html.count("not translated: sent in English") == 4  # de, it, es, pt
    assert "The issue goes to 2 confirmed subscribers." in html
    preview = admin_client.get(reverse("newsletter_issue_preview", args=[issue.pk, "fr"]))
    assert preview.status_code == 200 and "Nouvelles de décembre" in preview.content.decode()
    text = admin_client.get(reverse("newsletter_issue_preview", args=[issue.pk, "en"]), {"format": "text"})
    assert text["Content-Type"].startswith("text/plain") and "* Safer nightlife in Lisbon" in text.content.decode()
    assert admin_client.get(reverse("newsletter_issue_preview", args=[issue.pk, "xx"])).status_code == 404


def test_a_test_goes_to_the_editor_in_the_chosen_language(
    admin_client, issue, staff, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(reverse("newsletter_issue_action", args=[issue.pk, "test"]), {"language": "fr"})
    assert response.status_code == 302
    [message] = mail.outbox
    assert message.to == ["editor@efus.example"] and message.subject == "Nouvelles de décembre"


def test_send_now_delivers_and_the_screen_shows_progress(
    admin_client, issue, staff, django_capture_on_commit_callbacks
):
    SubscriberFactory(language="fr")
    SubscriberFactory(language="en")
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(reverse("newsletter_issue_action", args=[issue.pk, "send"]), {"send_at": ""})
    assert sorted(message.subject for message in mail.outbox) == ["December news", "Nouvelles de décembre"]
    assert Mailing.objects.get().status == "done"
    html = admin_client.get(reverse("newsletter_issue_sending", args=[issue.pk])).content.decode()
    assert "Status: Done." in html
    again = admin_client.post(reverse("newsletter_issue_action", args=[issue.pk, "send"]), {"send_at": ""}, follow=True)
    assert "already been sent" in again.content.decode() and len(mail.outbox) == 2


def test_a_time_in_the_past_is_refused_and_a_future_one_scheduled(admin_client, issue, staff):
    past = admin_client.post(
        reverse("newsletter_issue_action", args=[issue.pk, "send"]), {"send_at": "2001-01-01T10:00"}, follow=True
    )
    assert "Choose a time in the future" in past.content.decode() and not Mailing.objects.exists()
    admin_client.post(reverse("newsletter_issue_action", args=[issue.pk, "send"]), {"send_at": "2099-01-01T10:00"})
    assert Mailing.objects.get().status == "scheduled" and not Delivery.objects.exists()


def test_pause_and_resume(admin_client, issue, staff):
    mailing = MailingFactory(issue=issue, status=Mailing.Status.SENDING)
    admin_client.post(reverse("newsletter_issue_action", args=[issue.pk, "pause"]))
    mailing.refresh_from_db()
    assert mailing.status == "paused"
    html = admin_client.get(reverse("newsletter_issue_sending", args=[issue.pk])).content.decode()
    assert "Status: Paused." in html and ">Resume<" in html
    admin_client.post(reverse("newsletter_issue_action", args=[issue.pk, "resume"]))
    mailing.refresh_from_db()
    assert mailing.status == "sending"


def test_editors_without_the_permission_cannot_send(client, issue, django_user_model):
    editor = django_user_model.objects.create_user("ed", "ed@efus.example", "a-long-password")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    # The admin answers a refusal by sending the user back to its dashboard.
    assert client.get(reverse("newsletter_issue_sending", args=[issue.pk]))["Location"] == "/admin/"
    assert client.post(reverse("newsletter_issue_action", args=[issue.pk, "send"]))["Location"] == "/admin/"
    assert client.get(reverse("newsletter_issue_progress", args=[issue.pk]))["Location"] == "/admin/"
    assert not Mailing.objects.exists()
    client.logout()
    assert client.get(reverse("newsletter_issue_progress", args=[issue.pk])).status_code == 302


def test_the_progress_endpoint_counts_each_language_while_a_send_runs(admin_client, issue, staff):
    mailing = MailingFactory(issue=issue, status=Mailing.Status.SENDING)
    for language, status in [("fr", "sent"), ("fr", "pending"), ("fr", "pending"), ("de", "failed"), ("en", "claimed")]:
        Delivery.objects.create(
            issue=issue, subscriber=SubscriberFactory(language=language), language=language, status=status
        )
    response = admin_client.get(reverse("newsletter_issue_progress", args=[issue.pk]))
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    body = response.json()
    assert body["status"] == "sending" and body["status_label"] == "Sending"
    assert body["languages"]["fr"] == {"pending": 2, "claimed": 0, "sent": 1, "failed": 0, "skipped": 0, "opened": 0}
    assert body["languages"]["de"]["failed"] == 1 and body["languages"]["en"]["claimed"] == 1
    assert set(body["languages"]) == {"fr", "de", "en"}
    # The screen loads the script that polls it (a file of this site: the admin's policy needs no inline script).
    html = admin_client.get(reverse("newsletter_issue_sending", args=[issue.pk])).content.decode()
    assert 'src="/static/js/admin/newsletter_progress.js"' in html
    assert f'data-newsletter-progress="{reverse("newsletter_issue_progress", args=[issue.pk])}" data-running' in html
    assert 'data-count="fr pending">2<' in html
    Mailing.objects.filter(pk=mailing.pk).update(status=Mailing.Status.DONE)
    assert admin_client.get(reverse("newsletter_issue_progress", args=[issue.pk])).json()["status"] == "done"
    assert "data-running" not in admin_client.get(reverse("newsletter_issue_sending", args=[issue.pk])).content.decode()


def test_the_issue_page_shows_its_items_and_the_section_lists_the_issue(client, issue):
    html = client.get(f"/en/newsletter/{issue.slug_en}/").content.decode()
    assert "December news" in html and "Safer nightlife in Lisbon" in html and "Prevention &amp; youth" in html
    section = client.get("/en/newsletter/").content.decode()
    assert "Past issues" in section and "December news" in section
