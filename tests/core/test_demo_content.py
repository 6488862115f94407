"""The demo loader builds the site, in six languages where promised, and is idempotent."""

import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision

from efus_site.core.demo.loader import DATA, DemoLoader, read_data
from efus_site.core.models import CustomImage, HomePage, MainMenuItem, StandardPage

# On the shared demo (tests/conftest.py): one worker of a parallel run loads it, once.
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("demo")]

LANGS = ["en", "fr", "de", "it", "es", "pt"]
HOME = read_data("home")
ABOUT = read_data("about")
LEGAL = [read_data(name) for name in read_data("site")["legal"]]


@pytest.fixture
def loaded(demo_site, db, settings):
    """The demo as `make run` has it: with DEBUG on, the accounts and what only they bring (the network's people)."""
    settings.DEBUG = True
    DemoLoader().run(with_accounts=True)


def snapshot():
    return (Page.objects.count(), Revision.objects.count(), CustomImage.objects.count(), MainMenuItem.objects.count())


def test_loader_builds_the_home_page_and_about_section(loaded):
    home = HomePage.objects.get()
    about = StandardPage.objects.get(slug_en="about")
    assert home.get_site().is_default_site
    assert about.get_parent().specific == home
    # Feature apps add their own pages (the governance page comes with the members app).
    assert about.get_children().type(StandardPage).live().count() == len(ABOUT["children"])
    assert MainMenuItem.objects.filter(page=about).exists()


def test_home_and_about_pages_exist_in_all_six_languages(loaded):
    about = StandardPage.objects.get(slug_en="about")
    pages = [HomePage.objects.get(), about, *StandardPage.objects.child_of(about)]
    for page in pages:
        for code in LANGS:
            assert getattr(page, f"title_{code}"), (page.slug, code)
            assert getattr(page, f"body_{code}") or isinstance(page, HomePage), (page.slug, code)


def test_every_demo_page_exists_in_english_and_french(loaded):
    for page in StandardPage.objects.all():
        assert page.title_en and page.title_fr and page.slug_fr and page.body_fr, page.slug


def test_legal_pages_are_linked_from_the_footer(client, loaded):
    html = client.get("/fr/").content.decode()
    footer = html[html.index('class="site-footer"') :]
    for page in LEGAL:
        assert f'href="/fr/{page["slug"]["fr"]}/"' in footer


def test_running_twice_changes_nothing(loaded):
    before = snapshot()
    assert DemoLoader().run(with_accounts=True) == 0
    assert snapshot() == before


def test_reset_rebuilds(loaded):
    old_home = HomePage.objects.get()
    call_command("load_demo_content", "--reset", verbosity=0)
    new_home = HomePage.objects.get()
    assert new_home.pk != old_home.pk
    assert StandardPage.objects.filter(slug_en="about").count() == 1


def test_demo_accounts_are_created_only_in_debug(demo_site, db, settings, django_user_model):
    settings.DEBUG = False
    call_command("load_demo_content", verbosity=0)
    assert not django_user_model.objects.exists()
    settings.DEBUG = True
    call_command("load_demo_content", verbosity=0)
    staff = django_user_model.objects.get(username="staff@efus.local")
    member = django_user_model.objects.get(username="member@efus.local")
    assert staff.is_superuser and staff.check_password("efus-staff-demo")
    assert not member.is_staff and member.groups.filter(name="Members").exists()


def test_french_about_page_shows_french_copy(client, loaded):
    slug = ABOUT["slug"]["fr"]
    html = client.get(f"/fr/{slug}/").content.decode()
    assert '<html lang="fr"' in html
    assert f'<h1 class="content__title">{ABOUT["title"]["fr"]}</h1>' in html
    assert ABOUT["title"]["en"] not in html.split("<main", 1)[1]


@pytest.mark.parametrize("code", LANGS)
def test_home_page_in_each_language(client, loaded, code):
    html = client.get(f"/{code}/").content.decode()
    assert f'<html lang="{code}"' in html
    assert HOME["hero_title"][code] in html


def translations(data):
    """Every {lang: text} in a demo data file, however deep in its blocks."""
    if isinstance(data, dict) and data and set(data) <= set(LANGS):
        yield data
    elif isinstance(data, dict | list):
        for value in data.values() if isinstance(data, dict) else data:
            yield from translations(value)


def test_every_data_page_is_in_six_languages_and_the_legal_pages_in_english_and_french():
    legal = read_data("site")["legal"]
    pages = [path.stem for path in DATA.glob("*.yaml") if path.stem not in ("site", "themes")]
    assert len(pages) == 1 + 1 + len(ABOUT["children"]) + len(legal)
    for name in pages:
        data = read_data(name)
        data.pop("children", None)  # read and checked in their own files
        languages = {"en", "fr"} if name in legal else set(LANGS)
        assert set(data["title"]) == languages, name
        # Every other text of the page, down to a table cell, is in the same languages as its title.
        assert all(set(text) == languages for text in translations(data)), name


def test_every_theme_and_the_themes_section_are_in_six_languages():
    data = read_data("themes")
    assert len(data["themes"]) == 12
    assert all(set(text) == set(LANGS) for text in translations(data["page"]))
    for theme in data["themes"]:
        assert set(theme["name"]) == set(theme["slug"]) == set(LANGS), theme["name"]["en"]
    for code in LANGS:
        slugs = [theme["slug"][code] for theme in data["themes"]]
        assert len(set(slugs)) == len(slugs), code
