"""Rate limit, honeypot and error-summary punctuation shared by the public forms."""

import pytest
from django.test import RequestFactory
from django.utils import translation

from efus_site.core import public_forms
from efus_site.core.i18n import labelled


def post_from(address):
    return RequestFactory().post("/en/members/join/", REMOTE_ADDR=address)


def test_the_rate_limit_counts_per_address():
    allowed = [public_forms.within_rate_limit(post_from("192.0.2.1"), "test", 3, 3600) for _ in range(5)]
    assert allowed == [True, True, True, False, False]
    assert public_forms.within_rate_limit(post_from("192.0.2.2"), "test", 3, 3600)


def test_the_address_comes_from_the_proxy_header_when_configured(settings):
    settings.CLIENT_IP_HEADER = "HTTP_X_REAL_IP"
    request = RequestFactory().post("/", REMOTE_ADDR="10.0.0.1", HTTP_X_REAL_IP="203.0.113.9")
    assert public_forms.client_address(request) == "203.0.113.9"


def test_a_forged_forwarded_for_cannot_dodge_the_limit(settings):
    """The client writes what it likes before the proxy's entry; only the last one counts."""
    settings.CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    forged = [
        RequestFactory().post("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}, 203.0.113.9")
        for n in range(4)
    ]
    assert {public_forms.client_address(request) for request in forged} == {"203.0.113.9"}
    allowed = [public_forms.within_rate_limit(request, "test", 2, 3600) for request in forged]
    assert allowed == [True, True, False, False]


def test_a_junk_header_falls_back_to_the_connection_address(settings):
    settings.CLIENT_IP_HEADER = "HTTP_X_REAL_IP"
    request = RequestFactory().post("/", REMOTE_ADDR="10.0.0.1", HTTP_X_REAL_IP="not-an-address")
    assert public_forms.client_address(request) == "10.0.0.1"


class UnreachableCache:
    """What django-redis does with its errors ignored while Redis is down: every call answers None."""

    def add(self, *args, **kwargs):
        return None

    def incr(self, *args, **kwargs):
        return None


def test_posts_are_let_through_while_the_cache_is_down(monkeypatch):
    monkeypatch.setattr(public_forms, "cache", UnreachableCache())
    assert all(public_forms.within_rate_limit(post_from("192.0.2.1"), "test", 1, 3600) for _ in range(3))


@pytest.mark.parametrize(
    ("language", "label", "text", "line"),
    [
        ("en", "Name", "This field is required.", "Name: This field is required."),
        ("en", "I agree to be contacted about it.", "Please agree.", "I agree to be contacted about it: Please agree."),
        ("en", "Your address:", "Enter it.", "Your address: Enter it."),
        ("en", "Are you a member?", "Say yes or no.", "Are you a member? Say yes or no."),
        ("fr", "Nom", "Ce champ est obligatoire.", "Nom\N{NO-BREAK SPACE}: Ce champ est obligatoire."),
        (
            "fr",
            "J’accepte d’être contacté.",
            "Veuillez accepter.",
            "J’accepte d’être contacté\N{NO-BREAK SPACE}: Veuillez accepter.",
        ),
        ("fr", "Adresse\N{NO-BREAK SPACE}:", "Indiquez-la.", "Adresse\N{NO-BREAK SPACE}: Indiquez-la."),
        ("de", "Name", "Pflichtfeld.", "Name: Pflichtfeld."),
    ],
)
def test_a_label_and_its_text_read_well_in_each_language(language, label, text, line):
    with translation.override(language):
        assert labelled(label, text) == line
