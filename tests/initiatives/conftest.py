"""Fixtures of the initiatives tests: the COVID-19 section, themes, member authorities and files."""

import io
from decimal import Decimal

import pytest
from PIL import Image

from efus_site.core.factories import ThemeFactory
from initiatives.factories import InitiativePageFactory, InitiativesIndexPageFactory
from members.factories import MemberAuthorityFactory, MembersIndexPageFactory

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def section(home):
    """The COVID-19 platform under the home page, published, sending its notices to staff@efus.example."""
    page = InitiativesIndexPageFactory(parent=home, notification_email="staff@efus.example")
    return page


@pytest.fixture
def themes(db):
    return {
        "nightlife": ThemeFactory(
            name_en="Nightlife", name_fr="Vie nocturne", slug_en="nightlife", slug_fr="vie-nocturne"
        ),
        "youth": ThemeFactory(name_en="Youth", name_fr="Jeunesse", slug_en="youth", slug_fr="jeunesse"),
    }


@pytest.fixture
def members_page(home):
    return MembersIndexPageFactory(parent=home)


@pytest.fixture
def liege(members_page):
    return MemberAuthorityFactory(
        name_en="Liège",
        name_de="Lüttich",
        slug="liege",
        country="BE",
        latitude=Decimal("50.6326"),
        longitude=Decimal("5.5797"),
    )


def add_initiative(section, *, themes=(), **fields):
    """A published initiative under the section with its themes."""
    page = InitiativePageFactory.build(crisis=section.crisis, **fields)
    section.add_child(instance=page)
    page.themes = list(themes)
    page.save_revision().publish()
    return page


def png_bytes(size=(40, 30), exif=None):
    buffer = io.BytesIO()
    Image.new("RGB", size, "teal").save(buffer, format="PNG")
    return buffer.getvalue()


def jpeg_with_location():
    """A photo whose EXIF data says where it was taken (GPS) and who took it."""
    image = Image.new("RGB", (64, 48), "orange")
    exif = Image.Exif()
    exif[0x013B] = "Photographer Name"  # Artist
    gps = {1: "N", 2: (50.0, 38.0, 0.0), 3: "E", 4: (5.0, 34.0, 0.0)}
    exif[0x8825] = gps
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif)
    return buffer.getvalue()
