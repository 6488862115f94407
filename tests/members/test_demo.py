"""The members' demo content: real authorities over many countries, forums, governance, menus."""

import pytest

from efus_site.core.demo.loader import DemoLoader, read_data
from efus_site.core.models import HomePage, MainMenuItem, StandardPage
from members.demo.loader import DATA
from members.models import ExcoRole, GovernancePage, Kind, MemberAuthority, MembersIndexPage
from members.models.counts import network_counts
from tests.core.test_demo_content import LANGS, translations

# On the shared demo (tests/conftest.py): one worker of a parallel run loads it, once.
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("demo")]


@pytest.fixture
def loaded(demo_site):
    """The demo, loaded once for this module (tests/conftest.py)."""


def test_at_least_80_real_authorities_in_12_countries(loaded):
    counts = network_counts()
    assert counts["authorities"] >= 80
    assert counts["countries"] >= 12
    for slug in ["nice", "liege", "turin", "gdansk", "riga", "xabia", "piraeus", "augsburg", "essen", "barcelona"]:
        assert MemberAuthority.objects.filter(slug=slug).exists(), slug
    assert MemberAuthority.objects.get(slug="liege").name_de == "Lüttich"


def test_six_national_forums_and_the_executive_committee(loaded):
    forums = MemberAuthority.objects.filter(kind=Kind.FORUM)
    assert sorted(forums.values_list("country", flat=True)) == ["BE", "DE", "ES", "FR", "IT", "PT"]
    assert all(forum.forum_members.exists() for forum in forums)
    president = MemberAuthority.objects.on_executive_committee().get(exco_role=ExcoRole.PRESIDENT)
    assert president.slug == "liege"
    assert president.representative_en == "Willy Demeyer, Mayor"
    assert president.representative_de == "Willy Demeyer, Bürgermeister"
    assert MemberAuthority.objects.on_executive_committee().exclude(kind=Kind.FORUM).count() == 33


def test_members_section_governance_page_and_menu(loaded, client):
    home = HomePage.objects.get()
    members = MembersIndexPage.objects.get()
    governance = GovernancePage.objects.get()
    about = StandardPage.objects.get(slug_en="about")
    assert governance.get_parent().pk == about.pk
    assert [page.slug_en for page in about.get_children().specific()][:3] == ["mission", "services", "governance"]
    assert MainMenuItem.objects.filter(page=members).exists()
    assert home.join_page_id == members.pk
    for url in ["/en/members/", "/fr/membres/", "/de/mitglieder/liege/", "/en/about/governance/"]:
        assert client.get(url).status_code == 200, url


def test_loading_again_adds_nothing(loaded):
    before = (MemberAuthority.objects.count(), GovernancePage.objects.count(), MainMenuItem.objects.count())
    assert DemoLoader().run() == 0
    assert (MemberAuthority.objects.count(), GovernancePage.objects.count(), MainMenuItem.objects.count()) == before


def test_loading_again_changes_no_authority(loaded):
    before = list(MemberAuthority.objects.order_by("pk").values())
    assert DemoLoader().run() == 0
    assert list(MemberAuthority.objects.order_by("pk").values()) == before


def test_loading_again_imports_only_the_missing_authorities(loaded):
    MemberAuthority.objects.filter(slug="nice").delete()
    MemberAuthority.objects.filter(slug="liege").update(population=1)
    assert DemoLoader().run() == 1
    nice = MemberAuthority.objects.get(slug="nice")
    assert nice.representative_pt == "Christian Estrosi, presidente da Câmara"
    assert nice.national_forum.slug == "ffsu"
    # An editor's change to a demo authority survives the next load.
    assert MemberAuthority.objects.get(slug="liege").population == 1


@pytest.mark.parametrize("name", ["members-page", "governance"])
def test_members_data_pages_are_in_six_languages(name):
    data = read_data(name, DATA)
    assert set(data["title"]) == set(LANGS)
    assert all(set(text) == set(LANGS) for text in translations(data)), name
