"""EU projects: a project's page, the index's filters with their counts, bad input, pages and query counts."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from conferences import projects as service
from conferences.factories import ProjectPageFactory, ProjectPartnerFactory
from conferences.models import ProjectPage, ProjectsIndexPage
from efus_site.core.factories import ThemeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def themes():
    return {
        "spaces": ThemeFactory(name_en="Public spaces", slug_en="public-spaces", slug_fr="espaces-publics"),
        "youth": ThemeFactory(name_en="Youth", slug_en="youth", slug_fr="jeunesse"),
    }


@pytest.fixture
def pactesur(projects_section, nice, liege, themes):
    page = ProjectPageFactory(
        parent=projects_section,
        title="PACTESUR",
        acronym="PACTESUR",
        slug_en="pactesur",
        full_name_en="Protecting Allied Cities against Terrorism by Securing Urban Areas",
        full_name_fr="Protéger les villes alliées contre le terrorisme",
        budget=3222188,
        results_en=[("figure", {"value": "11", "label": "associated cities"})],
    )
    page.themes.add(themes["spaces"])
    ProjectPartnerFactory(page=page, authority=nice, organisation="", country="", role="lead", sort_order=0)
    ProjectPartnerFactory(page=page, authority=liege, organisation="", country="", role="partner", sort_order=1)
    ProjectPartnerFactory(page=page, organisation="Efus", country="FR", role="partner", sort_order=2)
    page.save_revision().publish()
    return page


@pytest.fixture
def icarus(projects_section, themes):
    page = ProjectPageFactory(
        parent=projects_section,
        title="IcARUS",
        acronym="IcARUS",
        slug_en="icarus",
        programme="horizon_2020",
        start_date=datetime.date(2020, 9, 1),
        end_date=datetime.date(2099, 8, 31),
    )
    page.themes.add(themes["youth"])
    ProjectPartnerFactory(page=page, organisation="Municipality of Lisbon", country="PT", role="partner")
    page.save_revision().publish()
    return page


def test_creation_rules():
    assert ProjectsIndexPage.parent_page_types == ["core.HomePage"]
    assert ProjectPage.parent_page_types == ["conferences.ProjectsIndexPage"]


def test_project_page_shows_funding_partners_and_results(client, pactesur):
    html = client.get("/en/projects/pactesur/").content.decode()
    assert "Internal Security Fund – Police" in html and "€3,222,188" in html
    assert '<a href="/en/members/nice/">Nice</a></span> – Lead partner' in html
    assert '<a href="/en/members/liege/">Liège</a></span> – Partner · Belgium' in html
    assert "Efus</span> – Partner · France" in html and "11" in html and "associated cities" in html
    assert "(finished)" in html and "Public spaces" in html


def test_project_page_in_french(client, pactesur):
    html = client.get("/fr/projets/pactesur/").content.decode()
    assert 'lang="fr"' in html and "Protéger les villes alliées contre le terrorisme" in html
    assert "Partenaire principal" in html and "Nice" in html


def test_a_partner_takes_its_country_from_its_authority(pactesur, nice):
    assert pactesur.partners.get(authority=nice).country.code == "FR"


def test_index_filters_with_counts(client, pactesur, icarus):
    html = client.get("/en/projects/?country=BE").content.decode()
    assert "1 project matches these filters." in html and "PACTESUR" in html and "IcARUS</a>" not in html
    assert "Portugal (1 project)" in html and "Belgium (1 project)" in html
    html = client.get("/en/projects/?status=current").content.decode()
    assert "IcARUS</a>" in html and "PACTESUR</a>" not in html and "Finished (1 project)" in html
    html = client.get("/en/projects/?theme=jeunesse&programme=horizon_2020").content.decode()
    assert "1 project matches these filters." in html and "led by Municipality of Lisbon" not in html


def test_the_service_counts_each_option_with_the_other_filters_kept(pactesur, icarus, projects_section, themes):
    filters, ignored = service.parse({"country": "fr"}, list(themes.values()))
    assert filters == {"country": "FR"} and not ignored
    counts = service.facet_counts(service.projects(projects_section), filters)
    assert counts["country"] == {"FR": 1, "BE": 1, "PT": 1}
    assert counts["programme"] == {"isf_police": 1} and service.matching_count(counts, filters) == 1


@pytest.mark.parametrize(
    "query",
    [
        "?theme=nothing",
        "?country=ZZ",
        "?country=<script>",
        "?status=soon",
        "?programme=%00",
        "?page=-1",
        "?page=99999",
        "?theme=" + "a" * 500,
        "?country=FR&country=BE",
    ],
)
def test_bad_filters_are_ignored_and_said_so_never_a_500(client, pactesur, query):
    response = client.get("/en/projects/" + query)
    assert response.status_code == 200
    html = response.content.decode()
    assert "PACTESUR" in html
    if "page" not in query and "country=FR" not in query:
        assert "were not understood and have been ignored" in html


def test_empty_states(client, projects_section, pactesur):
    assert "No project matches these filters." in client.get("/en/projects/?country=PT").content.decode()
    pactesur.unpublish()
    assert "No project has been published yet." in client.get("/en/projects/").content.decode()


def test_index_costs_the_same_however_many_projects(client, projects_section, pactesur):
    def count(url):
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        return len(queries), response.content.decode()

    few, _html = count("/en/projects/?status=finished")
    for number in range(15):
        page = ProjectPageFactory(parent=projects_section, title=f"Project {number}")
        ProjectPartnerFactory(page=page, role="lead", country="IT")
    more, html = count("/en/projects/?status=finished")
    assert html.count('class="resource-item"') == 10 and 'rel="next"' in html
    assert few == more


def test_the_editor_previews_unsaved_partners(pactesur):
    from conferences.models import ProjectPartner

    pactesur.partners = [ProjectPartner(organisation="University of Salford", country="GB", role="partner")]
    html = pactesur.make_preview_request().render().content.decode()
    assert "University of Salford" in html and "Liège" not in html
