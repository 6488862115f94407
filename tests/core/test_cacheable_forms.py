"""Forms on cached pages: the token comes from /csrf-token/, and a stale post loses nothing."""

import pytest
from django.conf import settings
from django.template import RequestContext, Template
from django.test import Client, RequestFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("tag", "needs_cookie"), [("{% cacheable_csrf_field %}", False), ("{% csrf_token %}", True)])
def test_the_cacheable_field_does_not_ask_for_a_csrf_cookie(tag, needs_cookie):
    """Unlike {% csrf_token %}, which makes the response set a cookie and so leave the page cache."""
    request = RequestFactory().get("/en/")
    Template("{% load core_tags %}" + tag).render(RequestContext(request))
    assert bool(request.META.get("CSRF_COOKIE_NEEDS_UPDATE")) is needs_cookie


def test_token_endpoint_sets_the_cookie_and_is_never_cached(client):
    response = client.get("/csrf-token/")
    assert response.status_code == 200
    assert len(response.json()["token"]) == 64
    assert "csrftoken" in response.cookies
    assert "no-cache" in response["Cache-Control"]


def test_a_post_with_the_fetched_token_is_accepted(about):
    browser = Client(enforce_csrf_checks=True)
    token = browser.get("/csrf-token/").json()["token"]
    response = browser.post("/en/about/", {"csrfmiddlewaretoken": token, "message": "Bonjour"})
    assert response.status_code == 200


def test_a_stale_post_gets_a_page_that_sends_it_again_with_everything_typed(about):
    browser = Client(enforce_csrf_checks=True)
    typed = {"name": "Ville de Liège", "message": '<b>"Bonjour"</b>', "topic": ["a", "b"], "password": "secret"}
    response = browser.post("/fr/a-propos/", typed, headers={"origin": "http://testserver"})
    html = response.content.decode()
    assert response.status_code == 403
    assert '<html lang="fr"' in html
    assert "Renvoyer" in html or "renvoyer" in html
    assert '<input type="hidden" name="name" value="Ville de Liège">' in html
    assert 'value="&lt;b&gt;&quot;Bonjour&quot;&lt;/b&gt;"' in html
    assert html.count('name="topic"') == 2
    assert 'action="/fr/a-propos/"' in html
    assert 'name="csrfmiddlewaretoken" value="' in html
    assert "secret" not in html
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize(
    ("path", "origin"),
    [
        ("/fr/a-propos/", "https://evil.example"),
        ("/fr/a-propos/", None),
        ("/admin/pages/2/delete/", "http://testserver"),
    ],
)
def test_a_forged_post_is_refused_without_an_offer_to_resend_it(about, path, origin):
    browser = Client(enforce_csrf_checks=True)
    headers = {"origin": origin} if origin else {}
    response = browser.post(path, {"confirm": "yes"}, headers=headers)
    html = response.content.decode()
    assert response.status_code == 403
    # The footer's search box (a GET form) is on every page; the main content offers nothing to send.
    assert "<form" not in html.split("<main", 1)[1].split("</main>", 1)[0]
    assert 'method="post"' not in html
    assert 'name="confirm"' not in html


def test_the_cacheable_field_is_the_hidden_input_site_js_fills():
    html = Template("{% load core_tags %}{% cacheable_csrf_field %}").render(RequestContext(RequestFactory().get("/")))
    assert html == '<input type="hidden" name="csrfmiddlewaretoken" value="" data-csrf-field>'
    assert "input[data-csrf-field]" in (settings.BASE_DIR / "static" / "js" / "site.js").read_text()
