"""Test factories for member authorities, applications and the members pages."""

from decimal import Decimal

import factory
import wagtail_factories

from .models import GovernancePage, MemberAuthority, MembershipApplication, MembersIndexPage


class MemberAuthorityFactory(factory.django.DjangoModelFactory):
    """A member city in France, somewhere on the map."""

    name_en = factory.Sequence(lambda n: f"Town {n:04d}")
    slug = factory.Sequence(lambda n: f"town-{n:04d}")
    kind = "city"
    country = "FR"
    population = 100_000
    member_since = 2001
    status = "member"
    latitude = factory.Sequence(lambda n: Decimal("43.0") + Decimal(n % 80) / 10)
    longitude = factory.Sequence(lambda n: Decimal("2.0") + Decimal(n % 50) / 10)
    description_en = "A member city."

    class Meta:
        model = MemberAuthority


class MembershipApplicationFactory(factory.django.DjangoModelFactory):
    authority_name = factory.Sequence(lambda n: f"Applicant town {n}")
    kind = "city"
    country = "PT"
    contact_name = "Ana Costa"
    role = "Head of prevention"
    email = factory.Sequence(lambda n: f"applicant{n}@example.org")
    consent = True

    class Meta:
        model = MembershipApplication


class MembersIndexPageFactory(wagtail_factories.PageFactory):
    """The members section, with English and French addresses."""

    title = "Our members"
    title_en = "Our members"
    title_fr = "Nos membres"
    slug = "members"
    slug_en = "members"
    slug_fr = "membres"

    class Meta:
        model = MembersIndexPage


class GovernancePageFactory(wagtail_factories.PageFactory):
    title = "Governance"
    title_en = "Governance"
    title_fr = "Gouvernance"
    slug = "governance-records"
    slug_en = "governance-records"
    slug_fr = "gouvernance-membres"

    class Meta:
        model = GovernancePage
