"""Subscribing with consent, double opt-in, preferences, one-click unsubscribe and erasure, end to end."""

import re
import time
from unittest import mock

import pytest
from django.core import mail
from django.test import Client

from efus_site.newsletter import subscriptions
from efus_site.newsletter.factories import SubscriberFactory
from efus_site.newsletter.models import Subscriber
from efus_site.newsletter.tokens import MANAGE, make_token

pytestmark = pytest.mark.django_db

GOOD = {"email": "Ana.Silva@Example.org ", "language": "pt", "topics": ["events", "press"], "consent": "on"}


def subscribe(client, callbacks, data=GOOD, path="/en/newsletter/"):
    with callbacks(execute=True):
        return client.post(path, data)


def link_in(message, kind):
    return re.search(rf"https?://\S+/{kind}/(\S+)/", message.body)


def test_the_form_page_is_cacheable_and_asks_for_consent(client, section):
    html = client.get("/en/newsletter/").content.decode()
    for name in ("email", "language", "topics", "consent"):
        assert f'name="{name}"' in html
    assert "data-csrf-field" in html
    assert "No issue has been sent yet." in html
    assert client.get("/en/newsletter/")["X-Cache"] == "HIT"


def test_subscribing_stores_consent_and_sends_a_confirmation_in_the_chosen_language(
    client, section, django_capture_on_commit_callbacks
):
    response = subscribe(client, django_capture_on_commit_callbacks)
    assert response.status_code == 302 and response["Location"] == "/en/newsletter/thanks/"
    subscriber = Subscriber.objects.get()
    assert subscriber.email == "ana.silva@example.org"
    assert (subscriber.language, subscriber.topics, subscriber.status) == ("pt", ["events", "press"], "pending")
    assert subscriber.consent_text.startswith("I agree that Efus keeps my email address")
    assert subscriber.consent_version == subscriptions.CONSENT_VERSION and subscriber.consented_at
    assert (
        subscriber.consent_source == subscriptions.source_hash("127.0.0.1")
        and "127.0.0.1" not in subscriber.consent_source
    )
    [message] = mail.outbox
    assert message.to == ["ana.silva@example.org"]
    assert message.subject == "Confirme a sua subscrição da newsletter do Efus"
    assert "/pt/boletim/confirmar/" in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert re.fullmatch(r"<http://\S+/newsletter/unsubscribe/\S+/>", message.extra_headers["List-Unsubscribe"])


def test_double_opt_in_confirms_only_on_the_button_and_a_replay_says_so(
    client, section, django_capture_on_commit_callbacks
):
    subscribe(client, django_capture_on_commit_callbacks)
    path = "/pt/boletim/confirmar/" + link_in(mail.outbox[0], "confirmar").group(1) + "/"
    page = client.get(path)
    assert page.status_code == 200 and "no-cache" in page["Cache-Control"]
    assert Subscriber.objects.get().status == "pending"  # opening the link (a mail scanner) is not consent
    done = Client().post(path, {}, enforce_csrf_checks=False)
    assert done.status_code == 200 and "confirmada" in done.content.decode()
    assert Subscriber.objects.get().status == "confirmed"
    again = client.get(path)
    assert again.status_code == 200 and "confirmada" in again.content.decode()


def test_subscribing_again_never_duplicates_nor_tells_a_stranger(client, section, django_capture_on_commit_callbacks):
    SubscriberFactory(email="known@example.org", language="fr", topics=["news"])
    first = subscribe(client, django_capture_on_commit_callbacks, {**GOOD, "email": "known@example.org"})
    second = subscribe(client, django_capture_on_commit_callbacks, {**GOOD, "email": "new@example.org"})
    assert first.status_code == second.status_code == 302 and first["Location"] == second["Location"]
    known = Subscriber.objects.get(email="known@example.org")
    assert (known.language, known.topics, known.status) == ("fr", ["news"], "confirmed")  # a stranger changed nothing
    assert Subscriber.objects.count() == 2
    to_known = next(message for message in mail.outbox if message.to == ["known@example.org"])
    assert "préférences" in to_known.body or "/preferences/" in to_known.body
    subscribe(client, django_capture_on_commit_callbacks, {**GOOD, "email": "NEW@example.org"})
    assert Subscriber.objects.filter(email="new@example.org").count() == 1


def test_a_second_request_makes_the_first_confirmation_link_worthless(
    client, section, django_capture_on_commit_callbacks
):
    subscribe(client, django_capture_on_commit_callbacks)
    subscribe(client, django_capture_on_commit_callbacks)
    old, new = (link_in(message, "confirmar").group(1) for message in mail.outbox)
    stale = client.post(f"/pt/boletim/confirmar/{old}/")
    assert stale.status_code == 400 and "já não é válida" in stale.content.decode()
    assert client.post(f"/pt/boletim/confirmar/{new}/").status_code == 200
    assert Subscriber.objects.get().status == "confirmed"


@pytest.mark.parametrize(
    ("email", "message"),
    [
        ("not-an-address", "Enter a valid email address, like name@example.org."),
        ("a" * 288 + "@example.org", "An email address has at most 254 characters."),
        ("", "Enter your email address."),
    ],
)
def test_bad_addresses_get_a_clear_message_and_keep_what_was_typed(client, section, email, message):
    response = client.post("/en/newsletter/", {**GOOD, "email": email})
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert 'value="events" checked' in html.replace('id="id_topics_1" ', "") or "checked" in html
    assert Subscriber.objects.count() == 0 and not mail.outbox


def test_consent_and_a_topic_are_required(client, section):
    html = client.post("/en/newsletter/", {"email": "x@example.org", "language": "en"}).content.decode()
    assert "Please agree, so that we may send you the newsletter." in html
    assert "Choose at least one topic." in html
    assert 'value="x@example.org"' in html


def test_a_bot_is_thanked_and_nothing_is_stored(client, section):
    response = client.post("/en/newsletter/", {**GOOD, "homepage": "http://spam.example"})
    assert response.status_code == 302 and Subscriber.objects.count() == 0


def test_the_footer_form_posts_to_the_section_with_language_and_every_topic(
    client, section, django_capture_on_commit_callbacks
):
    html = client.get("/fr/").content.decode()
    form = re.search(r'<form class="site-footer__newsletter" method="post" action="([^"]+)".*?</form>', html, re.S)
    assert form.group(1) == "/fr/lettre-d-information/"
    assert 'name="language" value="fr"' in form.group(0)
    data = dict(re.findall(r'<input type="hidden" name="(\w+)" value="(\w+)">', form.group(0)))
    topics = re.findall(r'name="topics" value="(\w+)"', form.group(0))
    response = subscribe(
        client,
        django_capture_on_commit_callbacks,
        {"language": data["language"], "topics": topics, "email": "lea@example.org", "consent": "on"},
        path=form.group(1),
    )
    assert response.status_code == 302
    assert Subscriber.objects.get().topics == ["news", "events", "publications", "press"]


@pytest.mark.parametrize("kind", ["confirm", "preferences", "unsubscribe", "erase"])
def test_tampered_and_expired_links_get_a_clear_message_never_an_error(client, section, kind):
    subscriber = SubscriberFactory()
    token = make_token(subscriber, "confirm" if kind == "confirm" else MANAGE)
    tampered = token[:-3] + ("abc" if not token.endswith("abc") else "xyz")
    for path in (f"/en/newsletter/{kind}/{tampered}/", f"/en/newsletter/{kind}/garbage/"):
        for method in (client.get, client.post):
            response = method(path)
            assert response.status_code == 400
            assert "This link is not valid" in response.content.decode()
    purpose = "confirm" if kind == "confirm" else MANAGE
    old = _backdated_token(subscriber, purpose)
    response = client.get(f"/en/newsletter/{kind}/{old}/")
    assert response.status_code == 400 and "This link has expired" in response.content.decode()


def _backdated_token(subscriber, purpose):
    """A token made two years ago."""
    with mock.patch("time.time", return_value=time.time() - 2 * 365 * 86400):
        return make_token(subscriber, purpose)


def test_preferences_change_language_topics_and_pause(client, section):
    subscriber = SubscriberFactory(language="en", topics=["news"])
    token = make_token(subscriber, MANAGE)
    path = f"/en/newsletter/preferences/{token}/"
    page = client.get(path)
    assert page.status_code == 200 and subscriber.email in page.content.decode()
    assert "no-cache" in page["Cache-Control"]
    bad = client.post(path, {"language": "xx", "topics": []})
    assert bad.status_code == 200 and "Choose at least one topic." in bad.content.decode()
    saved = client.post(path, {"language": "de", "topics": ["events", "publications"], "paused": "on"})
    # The page again, in the language just chosen, at its German address.
    assert saved.status_code == 302
    assert saved["Location"] == f"/de/newsletter/einstellungen/{token}/?saved=1"
    html = client.get(saved["Location"]).content.decode()
    assert '<html lang="de"' in html and "Ihre Einstellungen sind gespeichert." in html
    assert "Your preferences are saved." not in client.get(path).content.decode()
    subscriber.refresh_from_db()
    assert (subscriber.language, subscriber.topics, subscriber.paused) == ("de", ["events", "publications"], True)
    assert not Subscriber.objects.mailable().exists()


def test_one_click_unsubscribe_is_a_bare_post_without_cookie_or_csrf(section):
    subscriber = SubscriberFactory()
    client = Client(enforce_csrf_checks=True)
    url = f"/newsletter/unsubscribe/{make_token(subscriber, MANAGE)}/"
    response = client.post(url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200 and "unsubscribed" in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == "unsubscribed" and subscriber.unsubscribed_at
    assert (
        client.post(url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded").status_code
        == 200
    )
    forged = client.post("/newsletter/unsubscribe/forged/", {"List-Unsubscribe": "One-Click"})
    assert forged.status_code == 400
    opened = client.get(url)
    assert opened.status_code == 302 and opened["Location"].startswith("/en/newsletter/unsubscribe/")


def test_unsubscribing_from_the_page_and_confirming_afterwards_does_not_resubscribe(client, section):
    subscriber = SubscriberFactory(status="pending")
    confirm = make_token(subscriber, "confirm")
    path = f"/en/newsletter/unsubscribe/{make_token(subscriber, MANAGE)}/"
    assert "Unsubscribe" in client.get(path).content.decode()
    assert "will receive no more newsletters" in client.post(path).content.decode()
    html = client.post(f"/en/newsletter/confirm/{confirm}/").content.decode()
    assert "You have unsubscribed since" in html
    assert Subscriber.objects.get().status == "unsubscribed"


def test_erasure_deletes_everything_and_the_old_links_then_say_so(client, section):
    subscriber = SubscriberFactory()
    token = make_token(subscriber, MANAGE)
    assert client.get(f"/en/newsletter/erase/{token}/").status_code == 200
    response = client.post(f"/en/newsletter/erase/{token}/")
    assert response.status_code == 302 and response["Location"] == "/en/newsletter/erased/"
    assert not Subscriber.objects.exists()
    gone = client.get(f"/en/newsletter/preferences/{token}/")
    assert gone.status_code == 400 and "no longer valid" in gone.content.decode()
    assert client.post(f"/newsletter/unsubscribe/{token}/", {"List-Unsubscribe": "One-Click"}).status_code == 400


def test_the_subscription_form_is_rate_limited(client, section, settings):
    settings.FORM_POSTS_PER_HOUR = 2
    for _ in range(2):
        client.post("/en/newsletter/", {**GOOD, "email": "bad"})
    response = client.post("/en/newsletter/", GOOD)
    assert response.status_code == 429 and "many times" in response.content.decode()
    assert not Subscriber.objects.exists()
