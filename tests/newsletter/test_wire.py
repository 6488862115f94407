"""Each subscriber's copy of an issue, filled into bytes built once per language: the message Django would build."""

import email
import email.policy

import pytest

from efus_site.newsletter.emails import issue_links, render_issue
from efus_site.newsletter.factories import SubscriberFactory
from efus_site.newsletter.wire import LINE_LIMIT, IssueMessage, envelope_and_data

pytestmark = pytest.mark.django_db

SECTION = "https://efus.example/fr/lettre-d-information/"


def parse(data):
    return email.message_from_bytes(data, policy=email.policy.default)


def comparable(message):
    """What a reader gets: headers but the two that differ in every message, and each part's text.

    Header values are compared without their folding: the copy keeps a long List-Unsubscribe on one line
    (within SMTP's 998 characters) where Django folds it before its "<".
    """
    headers = {
        name: str(value).strip()
        for name, value in message.items()
        if name not in ("Date", "Message-ID", "Content-Type")
    }
    parts = {part.get_content_type(): part.get_content() for part in message.walk() if not part.is_multipart()}
    return headers, parts


def test_a_copy_filled_in_is_the_message_built_for_that_subscriber(issue):
    subscriber = SubscriberFactory(email="lea@example.org", language="fr")
    links = issue_links(subscriber, SECTION, "fr")
    message = IssueMessage(render_issue(issue, "fr"), "fr")
    assert message.fast
    sender, recipient, data = message.envelope(subscriber.email, links)
    assert (sender, recipient) == ("Efus <no-reply@efus.eu>", "lea@example.org")
    assert b"%%" not in data and b"placeholder.invalid" not in data
    assert all(len(line) <= LINE_LIMIT for line in data.split(b"\r\n"))
    filled = parse(data)
    assert comparable(filled) == comparable(parse(envelope_and_data(message.email(subscriber.email, links))[2]))
    assert filled["To"] == "lea@example.org" and filled["Subject"] == "Nouvelles de décembre"
    assert str(filled["List-Unsubscribe"]) == f"<{links['one_click']}>"
    html = filled.get_body(("html",)).get_content()
    assert f'href="{links["preferences"]}"' in html and f'href="{links["unsubscribe"]}"' in html
    assert links["unsubscribe"] in filled.get_body(("plain",)).get_content()
    # Each copy has its own Message-ID and a date.
    again = parse(message.envelope(subscriber.email, links)[2])
    assert again["Message-ID"] != filled["Message-ID"] and filled["Date"].datetime


def test_an_address_outside_ascii_or_links_too_long_for_a_line_are_built_one_by_one(issue):
    message = IssueMessage(render_issue(issue, "en"), "en")
    subscriber = SubscriberFactory(email="josé@example.org")
    links = issue_links(subscriber, "https://efus.example/en/newsletter/", "en")
    _sender, recipient, data = message.envelope(subscriber.email, links)
    assert parse(data)["To"] == "josé@example.org" and recipient.encode().isascii()
    long_links = {**links, "preferences": "https://efus.example/" + "p" * 990}
    _sender, _recipient, data = message.envelope("ann@example.org", long_links)
    assert all(len(line) <= LINE_LIMIT for line in data.split(b"\r\n"))
    assert long_links["preferences"] in parse(data).get_body(("html",)).get_content()


def test_a_line_starting_with_a_dot_is_doubled_on_the_wire(issue):
    issue.intro = "First line\n.hidden by a careless server"
    message = IssueMessage(render_issue(issue, "en"), "en")
    links = issue_links(SubscriberFactory(), "https://efus.example/en/newsletter/", "en")
    data = message.envelope("ann@example.org", links)[2]
    assert b"\r\n..hidden by a careless server" in data
