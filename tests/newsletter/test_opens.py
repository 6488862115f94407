"""Counting opens: no tracking image unless staff turn it on for an issue; then one per message, served here."""

import re
from urllib.parse import urlsplit

import pytest
from django.test import Client
from django.urls import reverse

from efus_site.newsletter import sending
from efus_site.newsletter.factories import MailingFactory, SubscriberFactory
from efus_site.newsletter.models import Delivery

pytestmark = pytest.mark.django_db

PIXEL = re.compile(r'<img src="(http://[^"]+/newsletter/open/[^"]+/)" width="1" height="1" alt=""')


def send(issue):
    mailing = MailingFactory(issue=issue)
    sending.start(mailing)
    assert sending.send_mailing(mailing.pk) == "done"


def html_of(sink):
    return {to[0]: message.get_body(("html",)).get_content() for to, message in sink.messages()}


def test_an_issue_carries_no_tracking_image_by_default(issue, sink):
    SubscriberFactory.create_batch(2)
    assert issue.track_opens is False
    send(issue)
    for html in html_of(sink).values():
        assert "<img" not in html and "/newsletter/open/" not in html


def test_an_issue_that_counts_opens_has_one_image_per_message_and_records_the_first_open(issue, sink, admin_client):
    ann, bea = SubscriberFactory(email="ann@example.org"), SubscriberFactory(email="bea@example.org", language="fr")
    issue.track_opens = True
    issue.save()
    send(issue)
    received = html_of(sink)
    pixels = {address: PIXEL.findall(html) for address, html in received.items()}
    assert [len(found) for found in pixels.values()] == [1, 1]
    assert pixels["ann@example.org"] != pixels["bea@example.org"]
    assert all(urlsplit(url[0]).netloc == "127.0.0.1:8000" for url in pixels.values())  # the site's own

    visitor = Client()
    image = visitor.get(urlsplit(pixels["ann@example.org"][0]).path)
    assert image.status_code == 200 and image["Content-Type"] == "image/gif" and image.content.startswith(b"GIF89a")
    assert "no-cache" in image["Cache-Control"]
    opened = Delivery.objects.get(subscriber=ann).opened_at
    assert opened and Delivery.objects.get(subscriber=bea).opened_at is None
    visitor.get(urlsplit(pixels["ann@example.org"][0]).path)
    assert Delivery.objects.get(subscriber=ann).opened_at == opened  # the first open only
    assert sending.progress(issue) == {
        "en": {"pending": 0, "claimed": 0, "sent": 1, "failed": 0, "skipped": 0, "opened": 1},
        "fr": {"pending": 0, "claimed": 0, "sent": 1, "failed": 0, "skipped": 0, "opened": 0},
    }
    screen = admin_client.get(reverse("newsletter_issue_sending", args=[issue.pk])).content.decode()
    assert ">Opened</th>" in screen


def test_a_forged_image_address_records_nothing_nor_does_an_issue_that_stopped_counting(issue, sink):
    subscriber = SubscriberFactory()
    issue.track_opens = True
    issue.save()
    send(issue)
    [url] = PIXEL.findall(next(iter(html_of(sink).values())))
    path = urlsplit(url).path
    delivery_id = Delivery.objects.get(subscriber=subscriber).pk
    forged = Client().get(path.replace(f"/{delivery_id}:", f"/{delivery_id + 1}:"))
    assert forged.status_code == 200 and forged["Content-Type"] == "image/gif"
    assert not Delivery.objects.filter(opened_at__isnull=False).exists()
    issue.track_opens = False
    issue.save()
    Client().get(path)
    assert not Delivery.objects.filter(opened_at__isnull=False).exists()
