"""The issue's email: valid HTML with inlined CSS, a plain-text part listing the items, each language's version."""

import json
import re
import shutil
import subprocess

import html5lib
import pytest
from django.conf import settings
from django.core import mail

from efus_site.newsletter import emails
from efus_site.newsletter.factories import SubscriberFactory
from tests.services import ROOT, require

#: The Nu HTML Checker (the W3C's validator), from the npm package vnu-jar.
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
#: What the checker only notes (not errors): the table attributes Outlook's Word engine still needs for the layout.
KEPT_FOR_OUTLOOK = re.compile(r"The “(width|align)” attribute on the “table” element is obsolete\. Use CSS instead\.")

pytestmark = pytest.mark.django_db

LINKS = {
    "preferences": "https://efus.example/p/",
    "unsubscribe": "https://efus.example/u/",
    "one_click": "https://efus.example/o/",
}


def test_the_html_is_valid_table_layout_with_inlined_css(issue):
    subject, text, html = emails.personalise(emails.render_issue(issue, "en"), LINKS)
    # html5lib in strict mode raises on any parse error (unclosed or misnested tags, bad doctype…).
    html5lib.HTMLParser(strict=True).parse(html)
    assert subject == "December news"
    assert "<style" not in html and 'style="' in html
    assert re.search(r'<table [^>]*role="presentation"', html) and re.search(r'<td [^>]*style="padding: 24px', html)
    assert "Safer nightlife in Lisbon" in html and "Ideas &lt;that&gt; work." in html
    assert 'href="https://efus.example/u/"' in html and "%%" not in html
    assert "<img" not in html  # no tracking pixel, and these items have no image


def test_every_language_version_passes_the_nu_html_checker(issue, tmp_path):
    require(shutil.which("java") and VNU.exists(), "the Nu HTML Checker needs Java and node_modules/vnu-jar (npm ci)")
    issue.track_opens = True  # with the open-tracking image, the fullest version
    links = {**LINKS, "open_pixel": emails.open_pixel(1)}
    files = []
    for code, _name in settings.LANGUAGES:
        path = tmp_path / f"issue-{code}.html"
        path.write_text(emails.personalise(emails.render_issue(issue, code), links)[2], encoding="utf-8")
        files.append(str(path))
    checked = subprocess.run(
        ["java", "-jar", str(VNU), "--format", "json", *files], capture_output=True, text=True, timeout=120
    )
    messages = json.loads(checked.stderr)["messages"]
    assert [m for m in messages if m["type"] != "info"] == [], messages
    assert [m["message"] for m in messages if not KEPT_FOR_OUTLOOK.fullmatch(m["message"])] == []


def test_the_plain_text_part_lists_every_item_with_its_address(issue):
    _subject, text, _html = emails.personalise(emails.render_issue(issue, "en"), LINKS)
    assert "* Safer nightlife in Lisbon\n  How Lisbon works with bar owners.\n  http://testserver/en/nightlife/" in text
    assert "* Prevention & youth\n  Ideas <that> work.\n  http://testserver/en/youth/" in text
    assert "https://efus.example/u/" in text


def test_each_language_has_its_version_and_untranslated_ones_say_they_are_in_english(issue):
    _subject, text_fr, html_fr = emails.render_issue(issue, "fr")
    assert "Nouvelles de décembre" in text_fr and "Une vie nocturne plus sûre à Lisbonne" in text_fr
    assert "/fr/vie-nocturne/" in text_fr and "en anglais" not in text_fr
    html5lib.HTMLParser(strict=True).parse(html_fr)
    assert '<html lang="fr">' in html_fr
    subject_de, text_de, html_de = emails.render_issue(issue, "de")
    assert subject_de == "December news"
    assert "Diese Ausgabe gibt es nicht in Ihrer Sprache: Hier ist sie auf Englisch." in text_de
    assert 'lang="en"' in html_de


def test_the_test_send_carries_both_parts_and_the_unsubscribe_headers(issue):
    emails.send_test(issue, "fr", "editor@efus.example")
    [message] = mail.outbox
    assert message.to == ["editor@efus.example"] and message.subject == "Nouvelles de décembre"
    assert message.alternatives[0].mimetype == "text/html"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_a_note_for_a_replaced_key_is_not_sent(section):
    subscriber = SubscriberFactory(status="pending")
    assert not emails.send_subscription_note(subscriber.pk, "old-key", "http://testserver/en/newsletter/", "confirm")
    assert emails.send_subscription_note(subscriber.pk, subscriber.key, "http://testserver/en/newsletter/", "confirm")
    assert len(mail.outbox) == 1
