"""The platform's demo content: COVID-19, the section's text, initiatives from members, a queue."""

import pytest
from django.test import Client

from efus_site.core.demo.loader import DemoLoader
from initiatives.models import InitiativePage, InitiativesIndexPage, InitiativeSubmission, State

# On the shared demo (tests/conftest.py): one worker of a parallel run loads it, once.
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("demo")]


def test_the_demo_has_30_initiatives_from_members_in_10_countries_and_a_queue(demo_site, settings):
    settings.PAGE_CACHE_SECONDS = 0
    section = InitiativesIndexPage.objects.get()
    assert section.crisis.name_en == "COVID-19"
    initiatives = InitiativePage.objects.live().child_of(section)
    assert initiatives.count() >= 30
    assert initiatives.filter(authority__isnull=True).count() == 0
    assert len(set(initiatives.values_list("country", flat=True))) >= 10
    assert set(initiatives.values_list("original_language", flat=True)) >= {"en", "fr", "de", "it", "es", "pt"}
    assert all(page.themes.exists() for page in initiatives)
    assert InitiativeSubmission.objects.filter(state=State.NEW).count() >= 3
    assert not InitiativeSubmission.objects.filter(state=State.APPROVED).exists()

    html = Client().get("/en/covid-19/").content.decode()
    for fact in ("Plateforme de la vie nocturne", "16 October", "Council of Europe", "PACTESUR"):
        assert fact in html, fact

    assert DemoLoader().run() == 0  # a second run creates nothing
