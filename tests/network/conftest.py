"""Fixtures of the network's tests: a member, a coordinator, an account in no group, staff."""

import pytest
from django.contrib.auth.models import Group

from efus_site.core.factories import ThemeFactory
from members.network.factories import PASSWORD, MemberProfileFactory, UserFactory


@pytest.fixture
def member(db):
    return MemberProfileFactory(name="Ana Member", user__email="ana@example.org", user__username="ana@example.org")


@pytest.fixture
def coordinator(db):
    return MemberProfileFactory(name="Carl Coordinator", is_coordinator=True)


@pytest.fixture
def outsider(db):
    """Logged in, but in no group: never sees members' content."""
    return UserFactory()


@pytest.fixture
def staff(django_user_model):
    user = django_user_model.objects.create_superuser(
        username="staff@efus.eu", email="staff@efus.eu", password=PASSWORD
    )
    Group.objects.get_or_create(name="Members")
    return user


@pytest.fixture
def theme(db):
    return ThemeFactory(name_en="Nightlife", slug_en="nightlife")


def log_in(client, email, password=PASSWORD, **extra):
    """Post allauth's login form, as a browser does."""
    return client.post("/en/accounts/login/", {"login": email, "password": password}, **extra)
