"""Sending an issue over SMTP to a local sink: one delivery per subscriber, retries, bounces, resume, pause."""

import datetime

import pytest
from django.db import connection
from django.utils import timezone

from efus_site.newsletter import marks, sending
from efus_site.newsletter.factories import DeliveryFactory, MailingFactory, SubscriberFactory
from efus_site.newsletter.models import Delivery, Mailing, Subscriber

pytestmark = pytest.mark.django_db
#: Pipelined sent marks and the sender's advisory lock are PostgreSQL's; on SQLite the sender does without.
needs_postgres = pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL")
PIPELINED = [False, pytest.param(True, marks=needs_postgres)]


@pytest.fixture
def audience():
    """Confirmed readers in three languages, and those who must get nothing."""
    readers = {
        "en": SubscriberFactory(email="ann@example.org", language="en"),
        "fr": SubscriberFactory(email="bea@example.org", language="fr"),
        "de": SubscriberFactory(email="carl@example.org", language="de"),
        "pt": SubscriberFactory(email="dora@example.org", language="pt", topics=["events"]),
    }
    SubscriberFactory(email="pending@example.org", status="pending")
    SubscriberFactory(email="left@example.org", status="unsubscribed")
    SubscriberFactory(email="paused@example.org", paused=True)
    SubscriberFactory(email="bouncing@example.org", bounces=3)
    return readers


def test_one_delivery_per_mailable_subscriber_whatever_how_often_it_starts(issue, audience):
    issue.topics = ["news", "press"]
    issue.save()
    mailing = MailingFactory(issue=issue)
    sending.start(mailing)
    sending.start(mailing)
    delivered = dict(Delivery.objects.values_list("subscriber__email", "language"))
    assert delivered == {"ann@example.org": "en", "bea@example.org": "fr", "carl@example.org": "de"}
    mailing.refresh_from_db()
    assert mailing.status == Mailing.Status.SENDING and mailing.started_at


def test_everyone_gets_exactly_one_message_in_their_language(issue, audience, sink):
    mailing = MailingFactory(issue=issue)
    sending.start(mailing)
    assert sending.send_mailing(mailing.pk) == "done"
    received = {tuple(to)[0]: message for to, message in sink.messages()}
    assert sorted(received) == ["ann@example.org", "bea@example.org", "carl@example.org", "dora@example.org"]
    assert len(sink.messages()) == 4
    assert received["bea@example.org"]["Subject"] == "Nouvelles de décembre"
    assert received["carl@example.org"]["Subject"] == "December news"
    assert "Englisch" in received["carl@example.org"].get_body(("plain",)).get_content()
    ann = received["ann@example.org"]
    assert ann["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert str(ann["List-Unsubscribe"]).strip().startswith("<http://127.0.0.1:8000/newsletter/unsubscribe/")
    assert "Safer nightlife in Lisbon" in ann.get_body(("html",)).get_content()
    assert set(Delivery.objects.values_list("status", flat=True)) == {"sent"}
    assert Mailing.objects.get().status == "done"
    assert sending.progress(issue)["fr"]["sent"] == 1
    assert sending.send_mailing(mailing.pk) == "done" and len(sink.messages()) == 4


@pytest.mark.parametrize("pipelined", PIPELINED)
def test_temporary_refusals_retry_with_backoff_and_permanent_ones_count_a_bounce(
    issue, sink, settings, monkeypatch, pipelined
):
    # Pipelined, the refusals come while the database still owes the answer to the previous message's record.
    monkeypatch.setattr(marks, "_can_pipeline", lambda: pipelined)
    settings.NEWSLETTER_RETRY_SECONDS = 60
    later = SubscriberFactory(email="later@example.org")
    gone = SubscriberFactory(email="gone@example.org", bounces=2)
    SubscriberFactory(email="fine@example.org")
    mailing = MailingFactory(issue=issue)
    sending.start(mailing)
    assert sending.send_mailing(mailing.pk) == "waiting"
    retry = Delivery.objects.get(subscriber=later)
    assert (retry.status, retry.attempts) == ("pending", 1) and retry.error.startswith("451")
    assert retry.next_attempt_at > timezone.now() + datetime.timedelta(seconds=50)
    bounced = Delivery.objects.get(subscriber=gone)
    assert bounced.status == "failed" and bounced.error.startswith("550")
    gone.refresh_from_db()
    assert gone.bounces == 3 and gone.is_bouncing and not Subscriber.objects.mailable().filter(pk=gone.pk).exists()
    assert [to for to, _message in sink.messages()] == [["fine@example.org"]]
    # Due again after the backoff: a second attempt, then twice as long to wait.
    Delivery.objects.filter(pk=retry.pk).update(next_attempt_at=timezone.now())
    assert sending.send_mailing(mailing.pk) == "waiting"
    retry.refresh_from_db()
    assert retry.attempts == 2 and retry.next_attempt_at > timezone.now() + datetime.timedelta(seconds=110)


def test_a_resumed_sender_sends_what_a_dead_one_claimed_and_nothing_it_sent(issue, sink):
    mailing = MailingFactory(issue=issue, status=Mailing.Status.SENDING)
    claimed = DeliveryFactory(issue=issue, subscriber=SubscriberFactory(email="claimed@example.org"), status="claimed")
    DeliveryFactory(issue=issue, subscriber=SubscriberFactory(email="sent@example.org"), status="sent")
    DeliveryFactory(issue=issue, subscriber=SubscriberFactory(email="waiting@example.org"))
    assert sending.send_mailing(mailing.pk) == "done"
    assert sorted(to[0] for to, _message in sink.messages()) == ["claimed@example.org", "waiting@example.org"]
    claimed.refresh_from_db()
    assert claimed.status == "sent" and claimed.sent_at


def test_someone_who_unsubscribes_during_the_send_is_skipped(issue, sink):
    mailing = MailingFactory(issue=issue, status=Mailing.Status.SENDING)
    left = SubscriberFactory(status="unsubscribed")
    DeliveryFactory(issue=issue, subscriber=left)
    assert sending.send_mailing(mailing.pk) == "done"
    assert not sink.messages() and Delivery.objects.get().status == "skipped"


def test_pausing_stops_between_batches_and_resuming_finishes(issue, sink, monkeypatch):
    for _ in range(5):
        SubscriberFactory()
    mailing = MailingFactory(issue=issue)
    sending.start(mailing)
    original = sending.Sender.send

    def send_then_pause(self, batch):
        original(self, batch)
        sending.pause(mailing)

    monkeypatch.setattr(sending.Sender, "send", send_then_pause)
    assert sending.send_mailing(mailing.pk) == "paused"
    assert len(sink.messages()) == 3 and sending.progress(issue)["en"]["pending"] == 2
    monkeypatch.setattr(sending.Sender, "send", original)
    assert sending.resume(mailing) == 1
    assert sending.send_mailing(mailing.pk) == "done" and len(sink.messages()) == 5


@needs_postgres
def test_only_one_sender_works_on_a_mailing(issue, django_db_blocker):
    mailing = MailingFactory(issue=issue, status=Mailing.Status.SENDING)
    with sending.sender_lock(mailing.pk) as first:
        assert first
        import psycopg

        settings_dict = connection.settings_dict
        other = psycopg.connect(
            host=settings_dict["HOST"],
            port=settings_dict["PORT"] or 5432,
            user=settings_dict["USER"],
            dbname=settings_dict["NAME"],
            password=settings_dict["PASSWORD"] or None,
            autocommit=True,
        )
        try:
            taken = other.execute("SELECT pg_try_advisory_lock(%s, %s)", [sending.LOCK_CLASS, mailing.pk]).fetchone()[0]
        finally:
            other.close()
        assert taken is False


def test_scheduled_mailings_start_when_due(issue, audience):
    later = MailingFactory(issue=issue, send_at=timezone.now() + datetime.timedelta(hours=1))
    assert sending.due_mailings() == []
    assert sending.due_mailings(now=later.send_at) == [later.pk]
    assert Delivery.objects.count() == 4


@needs_postgres
def test_the_sent_mark_goes_out_before_the_last_line_and_is_answered_after(issue, sink, monkeypatch):
    """The libpq path of mark_sent_then() (inside the test's transaction, where it cannot commit by itself)."""
    monkeypatch.setattr(marks, "_can_pipeline", lambda: True)
    mailing = MailingFactory(issue=issue)
    SubscriberFactory.create_batch(4)
    sending.start(mailing)
    seen = []
    original = marks.mark_sent_then

    def watching(delivery_id, write_last_line, unanswered=None):
        def check_then_write():
            seen.append(len(sink.messages()))
            # The previous message's record was answered before this one went out.
            assert unanswered is None or unanswered.delivery_id is None
            write_last_line()

        original(delivery_id, check_then_write, unanswered)
        # Its own answer is read while the next message goes.
        assert unanswered.delivery_id == delivery_id

    monkeypatch.setattr(marks, "mark_sent_then", watching)
    assert sending.send_mailing(mailing.pk) == "done"
    assert seen == [0, 1, 2, 3] and len(sink.messages()) == 4
    assert Delivery.objects.filter(status="sent").count() == 4


@pytest.mark.parametrize("pipelined", PIPELINED)
def test_a_connection_that_breaks_before_the_last_line_leaves_the_message_to_send_again(
    issue, sink, monkeypatch, pipelined
):
    monkeypatch.setattr(marks, "_can_pipeline", lambda: pipelined)
    mailing = MailingFactory(issue=issue, status=Mailing.Status.SENDING)
    DeliveryFactory(issue=issue, subscriber=SubscriberFactory(email="first@example.org"))
    original = marks.mark_sent_then
    broken = []

    def break_once(delivery_id, write_last_line, unanswered=None):
        def fail():
            raise ConnectionResetError("gone")

        if not broken:
            broken.append(delivery_id)
            return original(delivery_id, fail, unanswered)
        return original(delivery_id, write_last_line, unanswered)

    monkeypatch.setattr(marks, "mark_sent_then", break_once)
    assert sending.send_mailing(mailing.pk) == "waiting"
    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.attempts) == ("pending", 1) and "gone" in delivery.error
    Delivery.objects.update(next_attempt_at=timezone.now())
    assert sending.send_mailing(mailing.pk) == "done"
    assert [to for to, _message in sink.messages()] == [["first@example.org"]]
