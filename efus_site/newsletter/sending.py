"""Sending an issue: one delivery per subscriber, claimed, sent over one SMTP connection per batch, marked.

Only one sender works on a mailing at a time (a PostgreSQL advisory lock, which dies with its
connection when a worker is killed). A sender claims a batch of deliveries, then for each message
talks SMTP up to the last line of the message, records the delivery as sent, and only then writes
that last line, the one that makes the server accept the message. So a sender killed at any moment
leaves behind claimed deliveries that certainly never went out, and the next sender puts them back
to pending. On PostgreSQL the "sent" update is written to the database without waiting for its
answer before the last line goes out, which leaves microseconds, not a database round trip, between
the two, and the answer is read while the next message goes (marks.py; docs/performance.md,
"Newsletter").
"""

import datetime
import functools
import logging
import smtplib
import socket
import time
import uuid
from contextlib import contextmanager
from types import SimpleNamespace
from typing import NamedTuple

from django.conf import settings
from django.core.mail import get_connection
from django.core.mail.backends.smtp import EmailBackend as SMTPBackend
from django.db import connection
from django.db.models import Count, Exists, F, OuterRef, Q
from django.utils import timezone

from . import marks
from .emails import issue_links, render_issue, section_urls
from .models import Delivery, Mailing, NewsletterIssuePage, Subscriber
from .wire import PLAIN_ADDRESS, IssueMessage

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
#: The two-part key of the advisory lock: this number and the mailing's id.
LOCK_CLASS = 0x4E4C
TEMPORARY = "temporary"
PERMANENT = "permanent"
#: Linux's "more data follows" send flag; elsewhere each write goes out as it comes.
MSG_MORE = getattr(socket, "MSG_MORE", 0)
#: What the sender reads of each claimed delivery, in the claim's one query.
CLAIMED_FIELDS = ("pk", "subscriber_id", "language", "attempts", "subscriber__email", "subscriber__key", "mailable")


class Claimed(NamedTuple):
    """A claimed delivery and what its message needs: the subscriber's address and key, and whether to send it."""

    pk: int
    subscriber_id: int
    language: str
    attempts: int
    email: str
    key: str
    mailable: bool


def batch_size():
    return settings.NEWSLETTER_BATCH_SIZE


def schedule(issue, send_at, requested_by=""):
    """Send the issue at send_at (now for "send now"); a mailing already under way is left alone."""
    mailing, created = Mailing.objects.get_or_create(
        issue=issue, defaults={"send_at": send_at, "requested_by": requested_by}
    )
    if not created and mailing.status == Mailing.Status.SCHEDULED:
        mailing.send_at = send_at
        mailing.requested_by = requested_by
        mailing.save(update_fields=["send_at", "requested_by"])
    return mailing


def start(mailing):
    """Create a delivery for each subscriber the issue goes to, then let the senders begin. Safe to repeat."""
    issue = mailing.issue
    recipients = Subscriber.objects.mailable().values_list("pk", "language", "topics")
    Delivery.objects.bulk_create(
        [
            Delivery(issue_id=issue.pk, subscriber_id=pk, language=language)
            for pk, language, topics in recipients
            if issue.wants(topics)
        ],
        ignore_conflicts=True,
        batch_size=1000,
    )
    Mailing.objects.filter(pk=mailing.pk, status=Mailing.Status.SCHEDULED).update(
        status=Mailing.Status.SENDING, started_at=timezone.now()
    )


def due_mailings(now=None):
    """Start the scheduled mailings whose time has come; return the ids of all that are sending."""
    for mailing in Mailing.objects.filter(status=Mailing.Status.SCHEDULED, send_at__lte=now or timezone.now()):
        start(mailing)
    return list(Mailing.objects.filter(status=Mailing.Status.SENDING).values_list("pk", flat=True))


def pause(mailing):
    return Mailing.objects.filter(pk=mailing.pk, status=Mailing.Status.SENDING).update(status=Mailing.Status.PAUSED)


def resume(mailing):
    return Mailing.objects.filter(pk=mailing.pk, status=Mailing.Status.PAUSED).update(status=Mailing.Status.SENDING)


def progress(issue):
    """{language: {status: count, "opened": count}} of an issue's deliveries, in one query."""
    counts = {}
    rows = Delivery.objects.filter(issue=issue).values_list("language", "status")
    rows = rows.annotate(number=Count("pk"), opened=Count("opened_at"))
    for language, status, number, opened in rows.order_by("language"):
        language_counts = counts.setdefault(language, dict.fromkeys([*Delivery.Status.values, "opened"], 0))
        language_counts[status] = number
        language_counts["opened"] += opened
    return counts


@contextmanager
def sender_lock(mailing_id):
    """True if this process may send the mailing: no other sender holds it. Without PostgreSQL, always."""
    if connection.vendor != "postgresql":
        yield True
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s, %s)", [LOCK_CLASS, mailing_id])
        mine = cursor.fetchone()[0]
        if mine:
            # Each message's "sent" is a commit of its own: without waiting for the disk, it takes a tenth of the
            # time. Only a crash of the database server itself could lose the last few, which would then be sent again.
            cursor.execute("SET synchronous_commit TO off")
    try:
        yield mine
    finally:
        if mine:
            with connection.cursor() as cursor:
                cursor.execute("RESET synchronous_commit")
                cursor.execute("SELECT pg_advisory_unlock(%s, %s)", [LOCK_CLASS, mailing_id])


def send_mailing(mailing_id, budget_seconds=None):
    """Send pending deliveries until none is left, the mailing is paused or the time budget is spent.

    Returns "done", "paused", "waiting" (only retries not yet due are left), "more" (budget spent),
    "busy" (another sender has it) or "missing".
    """
    budget = settings.NEWSLETTER_TASK_SECONDS if budget_seconds is None else budget_seconds
    with sender_lock(mailing_id) as mine:
        if not mine:
            return "busy"
        mailing = Mailing.objects.filter(pk=mailing_id).first()
        if mailing is None:
            return "missing"
        # Claims of a sender that died: it never wrote those messages' last line, so none went out.
        Delivery.objects.filter(issue_id=mailing.issue_id, status=Delivery.Status.CLAIMED).update(
            status=Delivery.Status.PENDING, claimed_by=""
        )
        sender = Sender(NewsletterIssuePage.objects.get(pk=mailing.issue_id))
        deadline = time.monotonic() + budget
        while True:
            status = Mailing.objects.filter(pk=mailing_id).values_list("status", flat=True).first()
            if status != Mailing.Status.SENDING:
                return status or "missing"
            batch = sender.claim()
            if not batch:
                break
            sender.send(batch)
            if time.monotonic() > deadline:
                return "more"
        if Delivery.objects.filter(issue_id=mailing.issue_id, status=Delivery.Status.PENDING).exists():
            return "waiting"
        Mailing.objects.filter(pk=mailing_id, status=Mailing.Status.SENDING).update(
            status=Mailing.Status.DONE, finished_at=timezone.now()
        )
        return "done"


class Sender:
    """Sends one issue's deliveries batch by batch, each language's message built once."""

    def __init__(self, issue):
        self.issue = issue
        self.worker = uuid.uuid4().hex
        self.section_urls = section_urls(issue)
        self.rate = settings.NEWSLETTER_RATE
        # Every language's version is rendered, its CSS inlined and its MIME message built once, before the first
        # message goes: each subscriber's copy only has their links put in (wire.py).
        languages = Delivery.objects.filter(issue=issue).values_list("language", flat=True).distinct()
        self.messages = {
            language: IssueMessage(render_issue(issue, language), language) for language in languages.order_by()
        }

    def claim(self):
        """Mark the next batch of due, pending deliveries as claimed by this sender and return them."""
        now = timezone.now()
        due = Delivery.objects.filter(issue_id=self.issue.pk, status=Delivery.Status.PENDING).filter(
            Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now)
        )
        ids = list(due.order_by("pk").values_list("pk", flat=True)[: batch_size()])
        Delivery.objects.filter(pk__in=ids, status=Delivery.Status.PENDING).update(
            status=Delivery.Status.CLAIMED, claimed_at=now, claimed_by=self.worker
        )
        claimed = Delivery.objects.filter(pk__in=ids, status=Delivery.Status.CLAIMED, claimed_by=self.worker)
        # Whoever unsubscribed, paused or bounced since the deliveries were made gets nothing.
        claimed = claimed.annotate(mailable=Exists(Subscriber.objects.mailable().filter(pk=OuterRef("subscriber_id"))))
        return [Claimed(*row) for row in claimed.order_by("pk").values_list(*CLAIMED_FIELDS)]

    def links(self, delivery):
        """The subscriber's links in their email, and the open-tracking image if the issue counts opens."""
        # What the signed links need of the subscriber, without the cost of a model instance.
        subscriber = SimpleNamespace(pk=delivery.subscriber_id, key=delivery.key)
        tracked = delivery.pk if self.issue.track_opens else None
        return issue_links(subscriber, self.section_urls[delivery.language], delivery.language, tracked)

    def send(self, batch):
        """Send a batch over one connection, at no more than NEWSLETTER_RATE messages a second."""
        backend = get_connection(settings.NEWSLETTER_EMAIL_BACKEND)
        started = time.monotonic()
        # Each message's "sent" record is answered while the next message goes: read before any other query.
        unanswered = marks.Unanswered()
        try:
            backend.open()
            smtp = backend.connection if isinstance(backend, SMTPBackend) else None
            if smtp is not None:
                # Each message's last line goes out as a write of its own (see deliver_over_smtp): without
                # this, Nagle's algorithm holds it until the server acknowledges the body, ~40 ms later.
                smtp.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            for number, delivery in enumerate(batch):
                if not delivery.mailable:
                    unanswered.collect()
                    _mark(delivery, Delivery.Status.SKIPPED, "")
                    continue
                message = self.messages[delivery.language]
                if smtp is not None:
                    envelope = message.envelope(delivery.email, self.links(delivery))
                    outcome = deliver_over_smtp(smtp, *envelope, delivery.pk, unanswered)
                    if outcome is not None:
                        unanswered.collect()
                        record_failure(delivery, *outcome)
                else:
                    backend.send_messages([message.email(delivery.email, self.links(delivery))])
                    _mark(delivery, Delivery.Status.SENT, "")
                if self.rate:
                    time.sleep(max(0.0, started + (number + 1) / self.rate - time.monotonic()))
            unanswered.close()
        except (smtplib.SMTPException, OSError) as error:
            # The connection broke: what was not yet sent goes back to the queue, after a pause. The socket is
            # closed outright: a polite QUIT in the middle of a message would only wait for an answer.
            logger.warning("Newsletter batch interrupted: %s", error)
            if isinstance(backend, SMTPBackend) and backend.connection is not None:
                backend.connection.close()
            unanswered.close()
            unsent = Delivery.objects.filter(pk__in=[d.pk for d in batch], status=Delivery.Status.CLAIMED)
            unsent.update(
                status=Delivery.Status.PENDING,
                claimed_by="",
                attempts=F("attempts") + 1,
                next_attempt_at=timezone.now() + datetime.timedelta(seconds=settings.NEWSLETTER_RETRY_SECONDS),
                error=str(error)[:500],
            )
        finally:
            unanswered.close()
            backend.close()


def _mark(delivery, status, error):
    Delivery.objects.filter(pk=delivery.pk).update(
        status=status,
        claimed_by="",
        sent_at=timezone.now() if status == Delivery.Status.SENT else None,
        error=error[:500],
    )


def record_failure(delivery, kind, code, reply):
    """A refused message: retried later with backoff if temporary, else the address counts one bounce."""
    error = f"{code} {reply}"
    attempts = delivery.attempts + 1
    if kind == PERMANENT or attempts >= MAX_ATTEMPTS:
        Delivery.objects.filter(pk=delivery.pk).update(
            status=Delivery.Status.FAILED, attempts=attempts, claimed_by="", error=error[:500]
        )
        if kind == PERMANENT:
            Subscriber.objects.filter(pk=delivery.subscriber_id).update(bounces=F("bounces") + 1)
        return
    delay = settings.NEWSLETTER_RETRY_SECONDS * 2 ** (attempts - 1)
    Delivery.objects.filter(pk=delivery.pk).update(
        status=Delivery.Status.PENDING,
        attempts=attempts,
        claimed_by="",
        next_attempt_at=timezone.now() + datetime.timedelta(seconds=delay),
        error=error[:500],
    )


@functools.lru_cache(maxsize=16)
def _quoted_sender(address):
    return smtplib.quoteaddr(address)


def _quoted(address):
    """An address as SMTP's MAIL and RCPT commands take it: <name@example.org>."""
    return f"<{address}>" if PLAIN_ADDRESS.fullmatch(address) else smtplib.quoteaddr(address)


def _refused(smtp, code, reply):
    """Reset the SMTP transaction and say whether the refusal was temporary (4xx) or permanent."""
    smtp.rset()
    reply = reply.decode(errors="replace") if isinstance(reply, bytes) else str(reply)
    return (TEMPORARY if 400 <= code < 500 else PERMANENT), code, reply


def deliver_over_smtp(smtp, sender, recipient, data, delivery_id, unanswered=None):
    """Send one message, recording it as sent just before its last line; None, or (kind, code, reply).

    This is smtplib's sendmail() taken apart so the record can be written at the one moment after
    which the server may have the message: its final ".". data is the message as SMTP carries it
    (CRLF line ends, leading dots doubled, wire.envelope_and_data), without that final line. With
    `unanswered` (marks.Unanswered), the database's answer to the record is read later.
    """
    smtp.ehlo_or_helo_if_needed()
    # smtplib's mail() and rcpt() without their address parsing, done once per sender and never for a plain address.
    code, reply = smtp.docmd("mail", f"FROM:{_quoted_sender(sender)}")
    if code != 250:
        return _refused(smtp, code, reply)
    code, reply = smtp.docmd("rcpt", f"TO:{_quoted(recipient)}")
    if code not in (250, 251):
        return _refused(smtp, code, reply)
    code, reply = smtp.docmd("data")
    if code != 354:
        return _refused(smtp, code, reply)
    # The message waits in this machine's kernel (MSG_MORE) and leaves with its last line, in one go: the server
    # wakes once for both. Were the sender killed before that line, closing the socket sends the message without it.
    smtp.sock.sendall(data, MSG_MORE)
    marks.mark_sent_then(delivery_id, lambda: smtp.send(b".\r\n"), unanswered)
    code, reply = smtp.getreply()
    if code != 250:
        if unanswered is not None:
            unanswered.collect()
        Delivery.objects.filter(pk=delivery_id).update(status=Delivery.Status.CLAIMED, sent_at=None)
        return _refused(smtp, code, reply)
    return None
