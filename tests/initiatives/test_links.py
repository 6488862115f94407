"""The resume link: signed, 30 days, useless once the initiative is sent; every bad link gets a clear page."""

import time
from unittest import mock

import pytest

from initiatives.factories import InitiativeSubmissionFactory
from initiatives.tokens import make_token

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(section):
    return InitiativeSubmissionFactory(state="draft", section=section, crisis=section.crisis, language="fr")


def path(token):
    return f"/fr/covid-19/share/{token}/"


def test_the_link_opens_the_draft(client, draft):
    assert client.get(path(make_token(draft))).status_code == 200


def test_a_tampered_link_is_refused_clearly(client, draft):
    payload, stamp, signature = make_token(draft).split("/")
    other = InitiativeSubmissionFactory(state="draft", section=draft.section, crisis=draft.crisis)
    forged = make_token(other).split("/")[0]
    for token in (f"{forged}/{stamp}/{signature}", f"{payload}/{stamp}/{signature[:-2]}xx"):
        response = client.get(path(token))
        assert response.status_code == 400
        html = response.content.decode()
        assert "Ce lien n’est pas valide" in html
        assert other.title not in html and draft.title not in html


def test_a_link_older_than_30_days_has_expired(client, draft):
    with mock.patch("django.core.signing.time.time", return_value=time.time() - 31 * 24 * 3600):
        token = make_token(draft)
    response = client.get(path(token))
    assert response.status_code == 400
    assert "Ce lien date de plus de 30 jours et a expiré." in response.content.decode()


def test_a_link_used_to_send_cannot_be_used_again(client, draft):
    token = make_token(draft)
    draft.state = "new"
    draft.save()
    response = client.get(path(token))
    assert response.status_code == 400
    assert "a déjà été envoyée" in response.content.decode()
    assert client.post(path(token), {"title": "Changed"}).status_code == 400
    draft.refresh_from_db()
    assert draft.title != "Changed"


def test_a_link_to_a_deleted_draft_says_so(client, draft):
    token = make_token(draft)
    draft.delete()
    response = client.get(path(token))
    assert response.status_code == 400
    assert "a été supprimé" in response.content.decode()


def test_the_step_is_never_cached_nor_its_address_sent_to_other_sites(client, draft):
    response = client.get(path(make_token(draft)))
    assert response["Cache-Control"] == "private, no-store"
    assert response["Referrer-Policy"] == "same-origin"
