"""Fixtures of the resources tests: the library, themes, the members-only collection and a few resources."""

import datetime

import pytest
from django.contrib.auth.models import Group

from efus_site.core.factories import ThemeFactory
from resources.access import MEMBERS_GROUP
from resources.demo.loader import members_collection
from resources.factories import DocumentFactory, ResourceFileFactory, ResourceIndexPageFactory, ResourcePageFactory


@pytest.fixture
def library(home):
    """The library under the home page, published."""
    return ResourceIndexPageFactory(parent=home)


@pytest.fixture
def themes(db):
    return {
        "drugs": ThemeFactory(name_en="Drugs", name_fr="Drogues", slug_en="drugs", slug_fr="drogues"),
        "youth": ThemeFactory(name_en="Youth", name_fr="Jeunesse", slug_en="youth", slug_fr="jeunesse"),
    }


def add_resource(library, *, themes=(), files=(), collection=None, **fields):
    """A published resource with its themes and one generated PDF per language named in files."""
    if "slug_en" in fields:
        fields.setdefault("slug_fr", fields["slug_en"])
    page = ResourcePageFactory.build(**fields)
    page.themes = list(themes)
    library.add_child(instance=page)
    for language in files:
        document = DocumentFactory(
            title=f"{page.slug} {language}", **({"collection": collection} if collection else {})
        )
        ResourceFileFactory(page=page, language=language, document=document)
    page.save_revision().publish()
    return page


@pytest.fixture
def resources(library, themes):
    """Five resources over three years, two themes and three languages; one members-only."""
    private = members_collection()
    return {
        "toolkit": add_resource(
            library,
            title="Drug scenes toolkit",
            title_fr="Boîte à outils scènes de drogue",
            slug_en="drug-scenes-toolkit",
            resource_type="toolkit",
            date=datetime.date(2021, 4, 1),
            themes=[themes["drugs"]],
            files=["en", "fr", "it"],
        ),
        "report": add_resource(
            library,
            title="Youth report",
            title_fr="Rapport jeunesse",
            slug_en="youth-report",
            resource_type="report",
            date=datetime.date(2021, 9, 1),
            themes=[themes["youth"]],
            files=["en"],
        ),
        "sheet": add_resource(
            library,
            title="Youth and drugs sheet",
            title_fr="Fiche jeunes et drogues",
            slug_en="youth-drugs-sheet",
            resource_type="practice_sheet",
            date=datetime.date(2022, 2, 1),
            themes=[themes["drugs"], themes["youth"]],
            files=["fr"],
        ),
        "video": add_resource(
            library,
            title="Night video",
            title_fr="Vidéo de nuit",
            slug_en="night-video",
            resource_type="video",
            date=datetime.date(2023, 5, 1),
            files=["en", "fr"],
        ),
        "private": add_resource(
            library,
            title="Members report",
            title_fr="Rapport des membres",
            slug_en="members-report",
            resource_type="report",
            date=datetime.date(2023, 6, 1),
            summary_en="A public summary of the members' report.",
            body_en=[{"type": "paragraph", "value": "<p>Confidential findings for members.</p>"}],
            themes=[themes["drugs"]],
            files=["en", "fr"],
            members_only=True,
            collection=private,
        ),
    }


@pytest.fixture
def member(django_user_model):
    user = django_user_model.objects.create_user(username="member@example.org", password="pw-member-1234")
    user.groups.add(Group.objects.get_or_create(name=MEMBERS_GROUP)[0])
    return user


@pytest.fixture
def non_member(django_user_model):
    return django_user_model.objects.create_user(username="visitor@example.org", password="pw-visitor-1234")
