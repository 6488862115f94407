"""Logging in to the admin with an email address, as the README's demo accounts do."""

import re

import pytest
from django.contrib.auth import authenticate

from efus_site.core.demo.loader import DEMO_ACCOUNTS, DemoLoader

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-test-password"


@pytest.fixture
def staff(django_user_model):
    """A staff account added in the admin: its username is not its email address."""
    return django_user_model.objects.create_superuser(username="jdupont", email="J.Dupont@efus.eu", password=PASSWORD)


def log_in(client, login):
    return client.post("/admin/login/", {"username": login, "password": PASSWORD})


def test_the_login_form_asks_for_the_email_address(client):
    html = client.get("/admin/login/").content.decode()
    assert re.search(r'for="id_username"[^>]*>\s*Email address<', html)
    assert 'placeholder="Enter your email address"' in html
    assert 'autocomplete="username"' in html
    assert "Username" not in html


def test_the_login_form_speaks_the_editors_language(client):
    html = client.get("/admin/login/", headers={"accept-language": "fr"}).content.decode()
    assert re.search(r'for="id_username"[^>]*>\s*Adresse e-mail<', html)
    assert 'placeholder="Saisissez votre adresse e-mail"' in html


def test_staff_log_in_with_their_email_address_in_any_case(client, staff):
    response = log_in(client, "j.dupont@efus.eu")
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_the_username_still_works(client, staff):
    assert log_in(client, "jdupont").status_code == 302


def test_a_wrong_password_says_email_address(client, staff):
    response = client.post("/admin/login/", {"username": "j.dupont@efus.eu", "password": "wrong-password-here"})
    assert response.status_code == 200
    assert "Your email address and password didn&#x27;t match" in response.content.decode()


def test_an_address_two_accounts_share_logs_nobody_in(django_user_model, staff):
    django_user_model.objects.create_user(username="jean", email="j.dupont@efus.eu", password=PASSWORD)
    assert authenticate(username="j.dupont@efus.eu", password=PASSWORD) is None
    assert authenticate(username="jdupont", password=PASSWORD) == staff


def test_inactive_accounts_cannot_log_in(staff):
    staff.is_active = False
    staff.save()
    assert authenticate(username="j.dupont@efus.eu", password=PASSWORD) is None


def test_the_readme_demo_staff_account_logs_in(client):
    DemoLoader().accounts()
    email, password = DEMO_ACCOUNTS["staff"]
    response = client.post("/admin/login/", {"username": email, "password": password})
    assert response.status_code == 302
