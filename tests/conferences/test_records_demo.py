"""The demo's declarations, projects and history: the seed facts, six languages, and Nice's whole history."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from conferences.models import DeclarationPage, NetworkHistoryPage, ProjectPage

# On the shared demo (tests/conftest.py): one worker of a parallel run loads it, once.
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("demo")]

LANGS = ["en", "fr", "de", "it", "es", "pt"]
BRUSSELS_SIGNATORIES = [
    "nice",
    "liege",
    "turin",
    "gdansk",
    "riga",
    "xabia",
    "piraeus",
    "anci-piemonte",
    "brussels-capital-region",
]


@pytest.fixture
def loaded(demo_site):
    """The demo, loaded once for this module (tests/conftest.py)."""


def declaration(slug):
    return DeclarationPage.objects.get(slug_en=slug)


def test_the_brussels_declaration_has_its_ten_signatories(loaded):
    page = declaration("brussels-declaration-safer-inclusive-public-spaces")
    signatories = list(page.signatories.select_related("authority").order_by("sort_order"))
    assert len(signatories) == 10
    assert [each.authority.slug for each in signatories if each.authority_id] == BRUSSELS_SIGNATORIES
    assert signatories[8].name == "Safe Brussels (safe.brussels)" and "Efus" in signatories[9].name
    assert {each.signed_on.isoformat() for each in signatories} == {"2022-11-23"}
    assert page.project.acronym == "PACTESUR" and page.adopted_on.isoformat() == "2022-11-23"


def test_liege_and_nice_signed_the_nice_declaration_at_the_2021_edition(loaded):
    page = declaration("security-democracy-and-cities-declaration-nice-2021")
    people = {each.authority.slug: each.signed_by for each in page.signatories.select_related("authority")}
    assert people == {
        "liege": "Willy Demeyer, Mayor of Liège and President of Efus",
        "nice": "Christian Estrosi, Mayor of Nice and Vice-President of Efus",
    }
    assert page.edition.slug_en == "nice-2021"
    manifesto = declaration("manifesto-security-democracy-and-cities")
    assert manifesto.edition.slug_en == "barcelona-catalonia-2017"


def test_pactesur_is_led_by_nice_with_its_partners(loaded):
    page = ProjectPage.objects.get(slug_en="pactesur")
    partners = [
        (each.authority.slug if each.authority_id else each.organisation, each.role) for each in page.partners.all()
    ]
    assert partners == [
        ("nice", "lead"),
        ("liege", "partner"),
        ("turin", "partner"),
        ("anci-piemonte", "partner"),
        ("European Forum for Urban Security (Efus)", "partner"),
    ]
    assert (page.start_date.year, page.end_date.year) == (2019, 2022)
    assert page.outputs.count() == 4 and page.events.count() == 1


def test_titles_and_summaries_in_six_languages(loaded):
    pages = [*DeclarationPage.objects.all(), *ProjectPage.objects.all(), NetworkHistoryPage.objects.get()]
    for page in pages:
        for code in LANGS:
            assert getattr(page, f"title_{code}"), (page, code)
            assert getattr(page, f"intro_{code}"), (page, code)
    for page in ProjectPage.objects.all():
        assert all(getattr(page, f"full_name_{code}") for code in LANGS), page


def test_nice_profile_shows_its_whole_history_in_fixed_queries(client, loaded):
    client.get("/en/members/nice/")
    with CaptureQueriesContext(connection) as queries:
        html = client.get("/en/members/nice/").content.decode()
    assert ">Nice 2021</a>" in html
    assert "Security, Democracy and Cities Declaration (Nice, 2021)" in html
    assert "Brussels Declaration on safer and more inclusive public spaces" in html
    assert "PACTESUR</a> – Lead partner" in html
    assert len(queries) <= 12, [query["sql"] for query in queries]


def test_the_history_timeline_runs_from_1987(client, loaded):
    html = client.get("/fr/a-propos/histoire/").content.decode()
    assert html.index("1987") < html.index("Montréal 1989") < html.index("Déclaration de Bruxelles")
    assert "sous l&#x27;égide du Conseil de l&#x27;Europe" in html
