"""Security headers and cookies, with the values production settings really use."""

import json
import re

import pytest
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.test import override_settings
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from efus_site.core.security import is_staff_preview
from tests.core.test_settings_modes import PRODUCTION_ENV, run

pytestmark = pytest.mark.django_db

PRODUCTION_NAMES = [
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_SSL_REDIRECT",
    "SESSION_COOKIE_NAME",
    "CSRF_COOKIE_NAME",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "SESSION_COOKIE_HTTPONLY",
    "SESSION_COOKIE_SAMESITE",
    "CSRF_COOKIE_SAMESITE",
    "SECURE_PROXY_SSL_HEADER",
]


@pytest.fixture(scope="module")
def production_values():
    """The security settings as production.py computes them, read in a separate interpreter."""
    code = (
        "import json, django; django.setup(); from django.conf import settings as s;"
        f"print(json.dumps({{name: getattr(s, name) for name in {PRODUCTION_NAMES!r}}}))"
    )
    result = run("production", ["-c", code], **PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout.strip().splitlines()[-1])
    values["SECURE_PROXY_SSL_HEADER"] = tuple(values["SECURE_PROXY_SSL_HEADER"])
    return values


@pytest.fixture
def production(production_values):
    with override_settings(**production_values):
        yield


def csp_directives(response):
    return dict(
        (part.split(" ", 1) + [""])[:2] for part in (p.strip() for p in response["Content-Security-Policy"].split(";"))
    )


def test_public_pages_get_a_strict_policy_with_a_fresh_nonce(client, about, production):
    first = client.get("/en/about/", secure=True)
    second = client.get("/fr/a-propos/", secure=True)
    policy = csp_directives(first)
    assert re.fullmatch(r"'self' 'nonce-[\w-]{20,}'", policy["script-src"])
    assert "unsafe-inline" not in first["Content-Security-Policy"]
    assert "unsafe-eval" not in first["Content-Security-Policy"]
    assert policy["object-src"] == "'none'"
    assert policy["base-uri"] == "'none'"
    assert policy["frame-ancestors"] == "'none'"
    assert csp_directives(second)["script-src"] != policy["script-src"]


def test_public_pages_carry_the_other_security_headers(client, about, production):
    response = client.get("/en/about/", secure=True)
    assert response["Strict-Transport-Security"] == "max-age=63072000; includeSubDomains; preload"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]
    assert response["X-Frame-Options"] == "DENY"


def test_plain_http_is_redirected_to_https(client, about, production):
    response = client.get("/en/about/")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/en/about/"


def test_admin_gets_a_policy_it_can_live_with(client, admin_user, production):
    client.force_login(admin_user)
    response = client.get("/admin/", secure=True)
    policy = csp_directives(response)
    assert response.status_code == 200
    # Only the views Wagtail lets the admin frame (previews, block previews) may be framed.
    assert policy["frame-ancestors"] == "'none'"
    assert response["X-Frame-Options"] == "DENY"
    assert policy["object-src"] == "'none'"
    assert "unsafe-eval" not in response["Content-Security-Policy"]


def preview_of_about(client, about):
    """The About page's preview as the editor's preview panel asks for it, after sending the form."""
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[about.pk])
    fields = {
        "title_en": "About Efus",
        "slug_en": "about",
        "title_fr": "Efus en bref (brouillon)",
        "slug_fr": "a-propos",
        "comments": inline_formset([]),
        **{f"body_{code}": streamfield([]) for code, _name in settings.LANGUAGES},
    }
    sent = client.post(url, nested_form_data(fields))
    assert sent.json() == {"is_valid": True, "is_available": True}
    return client.get(url, {"mode": "fr", "in_preview_panel": "true"})


def test_only_a_preview_may_be_framed_and_only_by_the_site_itself(client, about, admin_user):
    client.force_login(admin_user)
    preview = preview_of_about(client, about)
    html = preview.content.decode()
    assert preview.status_code == 200
    assert "<h1" in html and "Efus en bref (brouillon)" in html
    policy = csp_directives(preview)
    assert policy["frame-ancestors"] == "'self'"
    assert preview["X-Frame-Options"] == "SAMEORIGIN"
    # Everything else in the preview is the public page's strict policy.
    assert re.fullmatch(r"'self' 'nonce-[\w-]{20,}'", policy["script-src"])
    assert "unsafe-inline" not in preview["Content-Security-Policy"]

    # The same page outside the preview, even for the same editor, may not be framed at all.
    page = client.get("/fr/a-propos/")
    assert csp_directives(page)["frame-ancestors"] == "'none'"
    assert page["X-Frame-Options"] == "DENY"


def test_visitors_cannot_get_a_preview(client, about):
    response = client.get(reverse("wagtailadmin_pages:preview_on_edit", args=[about.pk]), {"mode": "fr"})
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("user", ["anonymous", "member"])
def test_a_made_up_request_is_a_staff_preview_only_for_staff(rf, django_user_model, user):
    request = rf.get("/en/")
    request.is_dummy = True
    request.user = AnonymousUser() if user == "anonymous" else django_user_model.objects.create_user("m@example.org")
    assert not is_staff_preview(request)


def test_session_and_csrf_cookies_are_host_prefixed_secure_and_same_site(client, production, admin_user):
    admin_user.set_password("a-long-test-password")
    admin_user.save()
    login_page = client.get("/en/accounts/login/", secure=True)
    csrf = login_page.cookies["__Host-csrftoken"]
    assert csrf["secure"] and csrf["samesite"] == "Lax" and csrf["path"] == "/"
    response = client.post(
        "/en/accounts/login/",
        {"login": admin_user.email, "password": "a-long-test-password", "csrfmiddlewaretoken": csrf.value},
        secure=True,
        headers={"referer": "https://testserver/en/accounts/login/"},
    )
    assert response.status_code == 302
    session = response.cookies["__Host-sessionid"]
    assert session["secure"] and session["httponly"] and session["samesite"] == "Lax" and session["path"] == "/"
    assert not session["domain"]
