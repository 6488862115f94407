"""Each authority's Efus history on its profile (reverse relations, fixed queries) and the network's timeline."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from conferences.factories import (
    ConferenceEditionPageFactory,
    DeclarationPageFactory,
    EventPageFactory,
    NetworkHistoryPageFactory,
    ProjectPageFactory,
    ProjectPartnerFactory,
    SignatoryFactory,
)
from efus_site.core.generation import content_changed
from initiatives.factories import InitiativesIndexPageFactory
from tests.initiatives.conftest import add_initiative

pytestmark = pytest.mark.django_db


@pytest.fixture
def sections(series, events_section, declarations_section, projects_section, home):
    return {
        "series": series,
        "events": events_section,
        "declarations": declarations_section,
        "projects": projects_section,
        "initiatives": InitiativesIndexPageFactory(parent=home),
    }


def add_history(sections, authority, number):
    """One of each: an edition hosted, a declaration signed, a project led, an event, an initiative shared."""
    edition = ConferenceEditionPageFactory(
        parent=sections["series"], title=f"Conference {number}", start_date=datetime.date(2021, 10, 20)
    )
    edition.hosts.add(authority)
    edition.save_revision().publish()
    declaration = DeclarationPageFactory(parent=sections["declarations"], title=f"Declaration {number}")
    SignatoryFactory(page=declaration, authority=authority, organisation="", signed_by="The Mayor")
    declaration.save_revision().publish()
    project = ProjectPageFactory(parent=sections["projects"], title=f"Project {number}", acronym=f"PRJ-{number}")
    ProjectPartnerFactory(page=project, authority=authority, organisation="", country="", role="lead")
    project.save_revision().publish()
    event = EventPageFactory(parent=sections["events"], title=f"Event {number}")
    event.organisers.add(authority)
    event.save_revision().publish()
    add_initiative(sections["initiatives"], title=f"Initiative {number}", authority=authority)


def profile(client, url):
    """(queries of a cold render, of a warm one, the HTML): cold is the first render of a new generation."""
    content_changed()
    with CaptureQueriesContext(connection) as cold:
        client.get(url)
    with CaptureQueriesContext(connection) as warm:
        response = client.get(url)
    assert response.status_code == 200
    return (len(cold), len(warm)), response.content.decode()


def test_nice_shows_its_whole_history_in_the_same_queries_for_1_or_50_items(client, sections, nice):
    add_history(sections, nice, 0)
    few, html = profile(client, "/en/members/nice/")
    for heading, item in (
        ("Conferences hosted", "Conference 0"),
        ("Declarations signed", "Declaration 0"),
        ("European projects", "PRJ-0</a> – Lead partner"),
        ("Events hosted or organised", "Event 0"),
        ("Initiatives shared", "Initiative 0"),
    ):
        assert heading in html and item in html, heading
    assert "Oct. 20, 2021" in html and "(The Mayor)" in html
    for number in range(1, 10):
        add_history(sections, nice, number)
    more, html = profile(client, "/en/members/nice/")
    assert html.count("history-list__item") == 40 and "PRJ-9" in html
    assert few == more
    assert few[1] < few[0]  # the history's rows are kept per generation: a warm profile reads them from the cache


def test_a_warm_profile_reads_neither_the_authority_nor_its_history(client, sections, nice):
    add_history(sections, nice, 0)
    client.get("/en/members/nice/")
    with CaptureQueriesContext(connection) as warm:
        html = client.get("/en/members/nice/").content.decode()
    assert "Initiative 0" in html
    tables = ("members_memberauthority", "initiatives_", "conferences_")
    assert [q["sql"] for q in warm if any(table in q["sql"] for table in tables)] == []
    sections["initiatives"].get_children().first().specific.unpublish()
    assert "Initiative 0" not in client.get("/en/members/nice/").content.decode()


def test_an_authority_with_no_history_shows_no_empty_headings(client, sections, liege):
    html = client.get("/en/members/liege/").content.decode()
    for heading in ("Conferences hosted", "Declarations signed", "European projects", "Events hosted or organised"):
        assert heading not in html


def test_an_unpublished_declaration_leaves_the_profile(client, sections, nice):
    add_history(sections, nice, 0)
    sections["declarations"].get_children().first().specific.unpublish()
    assert "Declaration 0" not in client.get("/en/members/nice/").content.decode()


def test_the_history_page_and_the_home_page_show_the_timeline(client, sections, nice, about):
    add_history(sections, nice, 0)
    NetworkHistoryPageFactory(parent=about)
    html = client.get("/en/about/history/").content.decode()
    assert "Efus is founded" in html and "under the auspices of the Council of Europe" in html
    assert html.index("1987") < html.index("Conference 0") and "PRJ-0" in html and "Declaration 0" in html
    assert '<h2 class="timeline__title">' in html
    home = client.get("/en/").content.decode()
    assert "Our history" in home and "Efus is founded" in home and 'href="/en/about/history/"' in home


def test_the_history_page_in_french(client, sections, about):
    NetworkHistoryPageFactory(parent=about)
    html = client.get("/fr/a-propos/histoire/").content.decode()
    assert 'lang="fr"' in html and "Notre histoire" in html
