"""Logging in to the admin with an email address, through the site's own login page (efus_site/accounts)."""

import re

import pytest

from efus_site.core.demo.loader import DEMO_ACCOUNTS, DemoLoader

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-test-password"


@pytest.fixture
def staff(django_user_model):
    """A staff account added in the admin: its username is not its email address."""
    return django_user_model.objects.create_superuser(username="jdupont", email="J.Dupont@efus.eu", password=PASSWORD)


def log_in(client, login, next_url="/admin/"):
    return client.post(f"/en/accounts/login/?next={next_url}", {"login": login, "password": PASSWORD})


def test_the_login_form_asks_for_the_email_address(client):
    html = client.get("/en/accounts/login/").content.decode()
    assert re.search(r'for="id_login"[^>]*>\s*Email', html)
    assert 'autocomplete="email"' in html
    assert "Username" not in html


def test_the_login_form_speaks_the_visitors_language(client):
    html = client.get("/fr/accounts/login/").content.decode()
    assert re.search(r'for="id_login"[^>]*>\s*E-mail|for="id_login"[^>]*>\s*Adresse', html)


def test_staff_log_in_with_their_email_address_in_any_case_and_reach_the_admin(client, staff):
    response = log_in(client, "j.dupont@efus.eu")
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_a_wrong_password_logs_nobody_in(client, staff):
    response = client.post("/en/accounts/login/", {"login": "j.dupont@efus.eu", "password": "wrong-password-here"})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_inactive_accounts_cannot_log_in(client, staff):
    staff.is_active = False
    staff.save()
    log_in(client, "j.dupont@efus.eu")
    assert client.get("/admin/").status_code == 302


def test_the_readme_demo_staff_account_logs_in(client):
    DemoLoader().accounts()
    email, password = DEMO_ACCOUNTS["staff"]
    response = client.post("/en/accounts/login/?next=/admin/", {"login": email, "password": password})
    assert response.status_code == 302
