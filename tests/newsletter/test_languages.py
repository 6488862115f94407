"""The pages behind the newsletter's signed links: at their address in the subscriber's language, and in it."""

import re
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core import mail
from django.test import Client
from django.utils import translation

from efus_site.core.i18n import full_urls_in_all_languages
from efus_site.newsletter import addresses, emails
from efus_site.newsletter.factories import SubscriberFactory
from efus_site.newsletter.models import Subscriber
from efus_site.newsletter.tokens import CONFIRM, MANAGE, make_token, read_token

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]
#: Each signed page's heading, as the templates write it in English.
HEADINGS = {
    "confirm": "Confirm your subscription",
    "preferences": "Your newsletter preferences",
    "unsubscribe": "Unsubscribe",
    "erase": "Erase your data",
}


def heading(html):
    return re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1).strip()


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_emailed_link_opens_its_page_at_its_address_in_the_subscribers_language(client, section, language):
    subscriber = SubscriberFactory(language=language, status="pending")
    section_url = full_urls_in_all_languages(section)[language]
    links = emails.subscriber_links(subscriber, section_url, language)
    prefix = urlsplit(section_url).path
    paths = {name: urlsplit(links[name]).path for name in ("confirm", "preferences", "unsubscribe")}
    # Erasing is offered on the preferences page.
    preferences = client.get(paths["preferences"]).content.decode()
    paths["erase"] = re.search(rf'href="({prefix}{addresses.word("erase", language)}/[^"]+)"', preferences).group(1)
    for name, english in HEADINGS.items():
        assert paths[name].startswith(f"{prefix}{addresses.word(name, language)}/"), paths[name]
        response = client.get(paths[name])
        html = response.content.decode()
        assert response.status_code == 200 and f'<html lang="{language}"' in html
        with translation.override(language):
            assert heading(html) == translation.gettext(english)
        if language != "en":
            assert heading(html) != english, f"{name} is not translated into {language}"


def test_the_language_menu_of_a_signed_page_leads_to_the_same_page_in_each_language(client, section):
    subscriber = SubscriberFactory(language="pt")
    token = make_token(subscriber, MANAGE)
    html = client.get(f"/pt/boletim/preferencias/{token}/").content.decode()
    assert f'href="/fr/lettre-d-information/preferences/{token}/"' in html
    assert f'href="/en/newsletter/preferences/{token}/"' in html
    assert f'href="/de/newsletter/einstellungen/{token}/"' in html


def test_the_first_releases_english_addresses_still_lead_to_the_translated_page(client, section):
    subscriber = SubscriberFactory(language="fr", status="pending")
    token = make_token(subscriber, CONFIRM)
    moved = client.get(f"/fr/lettre-d-information/confirm/{token}/")
    assert moved.status_code == 302 and moved["Location"] == f"/fr/lettre-d-information/confirmer/{token}/"
    assert "no-cache" in moved["Cache-Control"]
    # A form posted to the old address (a page opened before the change) is handled there.
    done = Client().post(f"/fr/lettre-d-information/confirm/{token}/")
    assert done.status_code == 200 and "Votre abonnement est confirmé" in done.content.decode()
    assert client.get("/pt/boletim/thanks/")["Location"] == "/pt/boletim/obrigado/"
    assert client.get("/en/newsletter/thanks/").status_code == 200
    # Whatever is posted to an old address gets a page, never an error.
    for rest in ("thanks/", "erased/", "confirm/garbage/", "preferences/garbage/", "unsubscribe/x/", "erase/x/"):
        assert Client().post(f"/de/newsletter/{rest}").status_code in (200, 400)


def test_the_footer_forms_confirmation_note_leads_to_the_page_in_the_language_subscribed_in(
    client, section, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/fr/lettre-d-information/",
            {"email": "lea@example.org", "language": "pt", "topics": ["news"], "consent": "on"},
        )
    subscriber = Subscriber.objects.get()
    [note] = mail.outbox
    token = re.search(r"/pt/boletim/confirmar/([^/\s]+)/", note.body).group(1)
    assert read_token(token, CONFIRM) == (subscriber.pk, subscriber.key)


def test_one_click_unsubscribe_answers_in_the_subscribers_language(section):
    subscriber = SubscriberFactory(language="it")
    response = Client().post(
        f"/newsletter/unsubscribe/{make_token(subscriber, MANAGE)}/",
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    with translation.override("it"):
        expected = translation.gettext("You are unsubscribed from the Efus newsletter.")
    assert response.status_code == 200 and response.content.decode() == expected
    assert expected != "You are unsubscribed from the Efus newsletter." and response["Content-Language"] == "it"
