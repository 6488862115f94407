"""Accounts: logging in by email, the lockout, invitations, the second factor for staff, session lengths."""

import datetime
import re
import time

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret, hotp_value
from django.core import mail
from django.test import override_settings

from members.network.factories import PASSWORD, InvitationFactory
from members.network.models import Invitation, MemberProfile

from .conftest import log_in

pytestmark = pytest.mark.django_db


def test_the_login_page_is_in_the_sites_design_and_language(client):
    html = client.get("/fr/accounts/login/").content.decode()
    assert '<html lang="fr"' in html
    assert 'id="main-content"' in html and html.count("<main") == 1
    assert "Se connecter" in html or "Connexion" in html
    assert "sign up" not in html.lower()


def test_a_member_logs_in_by_email_and_lands_on_the_dashboard(client, member):
    response = log_in(client, "ANA@example.org")
    assert response.status_code == 302
    assert response["Location"] == "/en/network/"
    assert client.get("/en/network/").status_code == 200


def test_a_wrong_password_says_so_in_the_visitors_language(client, member):
    response = client.post("/de/accounts/login/", {"login": "ana@example.org", "password": "wrong-password-1"})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_nobody_signs_up_alone(client):
    response = client.get("/en/accounts/signup/")
    assert b"closed" in response.content.lower() or response.status_code in (302, 403, 404)


def test_the_admin_login_is_the_sites_login(client):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/?next=/admin/pages/")
    assert client.get("/admin/")["Location"].startswith("/en/accounts/login/")


def test_an_outside_next_is_refused(client):
    assert "evil.example" not in client.get("/admin/login/?next=https://evil.example/")["Location"]


# Lockout


def fail(client, email, times, address="10.0.0.1"):
    for _ in range(times):
        client.post("/en/accounts/login/", {"login": email, "password": "not-the-password"}, REMOTE_ADDR=address)


def test_five_failures_lock_that_account_from_that_address(client, member):
    fail(client, "ana@example.org", 5)
    response = log_in(client, "ana@example.org", REMOTE_ADDR="10.0.0.1")
    assert response.status_code == 429
    assert "Too many attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_real_member_elsewhere_is_not_locked_out(client, member):
    fail(client, "ana@example.org", 6, address="10.0.0.1")
    assert log_in(client, "ana@example.org", REMOTE_ADDR="192.0.2.7").status_code == 302


def test_the_lock_ends_after_the_lock_period(client, member, settings):
    fail(client, "ana@example.org", 5)
    settings.AXES_COOLOFF_TIME = datetime.timedelta(seconds=1)
    time.sleep(1.2)
    assert log_in(client, "ana@example.org", REMOTE_ADDR="10.0.0.1").status_code == 302


def test_the_reset_email_unlocks_the_account(client, member):
    fail(client, "ana@example.org", 5)
    client.post("/en/accounts/password/reset/", {"email": "ana@example.org"}, REMOTE_ADDR="10.0.0.1")
    [message] = mail.outbox
    link = re.search(r"http://[^\s]+/accounts/password/reset/key/[^\s]+", message.body).group(0)
    path = link.split("://", 1)[1].split("/", 1)[1]
    form = client.get(f"/{path}", REMOTE_ADDR="10.0.0.1", follow=True)
    client.post(
        form.redirect_chain[-1][0] if form.redirect_chain else f"/{path}",
        {"password1": "a-new-long-password", "password2": "a-new-long-password"},
        REMOTE_ADDR="10.0.0.1",
    )
    client.logout()
    assert log_in(client, "ana@example.org", "a-new-long-password", REMOTE_ADDR="10.0.0.1").status_code == 302


def test_the_reset_email_speaks_the_visitors_language_and_signs_as_the_site(client, home, member):
    client.post("/fr/accounts/password/reset/", {"email": "ana@example.org"})
    [message] = mail.outbox
    assert message.subject.startswith("Efus – ")
    assert "Efus" in message.body.splitlines()[0] and "testserver" not in message.body.splitlines()[0]
    assert "mot de passe" in message.body


def test_an_address_typed_with_capitals_in_the_admin_gets_its_reset_email(client, django_user_model):
    django_user_model.objects.create_user(username="jd", email="J.Dupont@Efus.eu", password=PASSWORD)
    client.post("/en/accounts/password/reset/", {"email": "j.dupont@efus.eu"})
    [message] = mail.outbox
    assert "/accounts/password/reset/key/" in message.body
    assert log_in(client, "j.dupont@efus.eu").status_code == 302


def test_a_reset_for_an_unknown_address_sends_nothing_and_says_the_same(client, member):
    known = client.post("/en/accounts/password/reset/", {"email": "ana@example.org"}, follow=True)
    unknown = client.post("/en/accounts/password/reset/", {"email": "nobody@example.org"}, follow=True)
    assert [message.to for message in mail.outbox] == [["ana@example.org"]]
    assert unknown.redirect_chain == known.redirect_chain


# Invitations


def test_an_invitation_makes_a_member_once(client, db):
    invitation = InvitationFactory(email="new@example.org", name="Nadia New")
    url = f"/en/network/invitation/{invitation.token()}/"
    assert "Nadia New" in client.get(url).content.decode()
    data = {"name": "Nadia New", "password1": "a-fine-password-9", "password2": "a-fine-password-9"}
    response = client.post(url, data)
    assert response["Location"] == "/en/network/"
    profile = MemberProfile.objects.get(user__email="new@example.org")
    assert profile.authority == invitation.authority
    assert profile.user.groups.filter(name="Members").exists()
    client.logout()
    again = client.post(url, data)
    assert again.status_code == 404
    assert MemberProfile.objects.filter(user__email="new@example.org").count() == 1


def test_an_invitation_expires_after_seven_days(client, db, settings):
    invitation = InvitationFactory()
    token = invitation.token()
    settings.INVITATION_DAYS = 0
    time.sleep(1.1)
    assert client.get(f"/en/network/invitation/{token}/").status_code == 404
    assert Invitation.from_token(token) is None


def test_a_forged_link_leads_nowhere(client, db):
    assert client.get("/en/network/invitation/1:forged/").status_code == 404


def test_a_short_password_is_refused_and_the_name_kept(client, db):
    invitation = InvitationFactory()
    response = client.post(
        f"/en/network/invitation/{invitation.token()}/",
        {"name": "Kept Name", "password1": "short", "password2": "short"},
    )
    assert response.status_code == 200
    assert 'value="Kept Name"' in response.content.decode()
    assert not MemberProfile.objects.exists()


def test_staff_invite_from_the_admin_and_the_email_goes_out(client, staff):
    from members.factories import MemberAuthorityFactory

    authority = MemberAuthorityFactory()
    client.force_login(staff)
    response = client.post(
        "/admin/snippets/network/invitation/add/",
        {"email": "Invitee@Example.org", "name": "Ines", "authority": authority.pk, "language": "fr"},
    )
    assert response.status_code == 302
    [message] = mail.outbox
    assert message.to == ["invitee@example.org"]
    assert "/fr/network/invitation/" in message.body
    assert Invitation.objects.get().invited_by == staff


def test_a_coordinator_invites_colleagues_of_their_own_authority_only(client, coordinator, member):
    client.force_login(coordinator.user)
    client.post("/en/network/invite/", {"email": "colleague@example.org", "language": "en"})
    assert Invitation.objects.get().authority == coordinator.authority
    client.force_login(member.user)
    assert client.get("/en/network/invite/").status_code == 404


# Second factor and sessions


def totp_code(secret):
    return f"{hotp_value(secret, int(time.time()) // 30):06d}"


@override_settings(STAFF_REQUIRE_MFA=True)
def test_the_admin_requires_a_second_factor_for_staff(client, staff):
    assert log_in(client, "staff@efus.eu").status_code == 302
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/2fa/totp/activate/")


@override_settings(STAFF_REQUIRE_MFA=True)
def test_staff_with_an_authenticator_give_its_code_at_login(client, staff):
    secret = generate_totp_secret()
    TOTP.activate(staff, secret)
    response = log_in(client, "staff@efus.eu")
    assert response["Location"] == "/en/accounts/2fa/authenticate/"
    assert "_auth_user_id" not in client.session
    client.post("/en/accounts/2fa/authenticate/", {"code": totp_code(secret)})
    assert client.get("/admin/").status_code == 200
    assert Authenticator.objects.filter(user=staff).exists()


def test_the_totp_qr_code_is_drawn_here(client, member):
    log_in(client, "ana@example.org")
    # Turning two-factor on asks for the password again, as allauth does before any change of security.
    assert client.get("/en/accounts/2fa/totp/activate/")["Location"].startswith("/en/accounts/reauthenticate/")
    client.post("/en/accounts/reauthenticate/", {"password": PASSWORD})
    html = client.get("/en/accounts/2fa/totp/activate/").content.decode()
    assert 'src="data:image/svg+xml;base64,' in html
    assert "http" not in re.search(r'class="account-page__qr" src="([^"]+)"', html).group(1)


def test_sessions_last_two_weeks_and_twelve_hours_for_staff(client, member, staff):
    log_in(client, "ana@example.org")
    assert 14 * 24 * 3600 - 5 <= client.session.get_expiry_age() <= 14 * 24 * 3600
    client.logout()
    log_in(client, "staff@efus.eu")
    assert 12 * 3600 - 5 <= client.session.get_expiry_age() <= 12 * 3600


def test_a_session_past_its_limit_ends(client, member, settings):
    log_in(client, "ana@example.org")
    settings.MEMBER_SESSION_SECONDS = 0
    time.sleep(1.1)
    assert client.get("/en/network/").status_code == 302


def test_members_see_their_sessions_and_can_end_the_others(client, member):
    log_in(client, "ana@example.org")
    other = client.__class__()
    log_in(other, "ana@example.org")
    html = client.get("/en/accounts/sessions/").content.decode()
    assert "Sessions" in html
    client.post("/en/accounts/sessions/", {})
    assert other.get("/en/network/").status_code == 302
    assert client.get("/en/network/").status_code == 200


def test_members_see_their_recovery_codes(client, member):
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes

    TOTP.activate(member.user, generate_totp_secret())
    codes = RecoveryCodes.activate(member.user).get_unused_codes()
    log_in(client, "ana@example.org")
    client.post("/en/accounts/2fa/authenticate/", {"code": codes[0]})
    client.post("/en/accounts/reauthenticate/", {"password": PASSWORD})
    html = client.get("/en/accounts/2fa/recovery-codes/").content.decode()
    assert '<textarea class="form-field__input" id="recovery_codes"' in html
    assert codes[1] in html
