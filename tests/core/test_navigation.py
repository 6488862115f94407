"""Main menu and footer: edited in the admin, translated, and never stale."""

import pytest

from efus_site.core.models import FooterMenuItem, MainMenuItem, NavigationSettings, SiteSettings

pytestmark = pytest.mark.django_db


@pytest.fixture
def menu(about):
    navigation = NavigationSettings.for_site(about.get_site())
    MainMenuItem.objects.create(setting=navigation, page=about, sort_order=0)
    FooterMenuItem.objects.create(setting=navigation, page=about.get_children().first(), label_en="Who runs Efus")
    return navigation


def main_nav(html):
    return html[html.index('class="main-nav"') : html.index("</nav>", html.index('class="main-nav"'))]


def test_menu_links_to_the_page_in_the_visitors_language(client, menu):
    assert '<a class="main-nav__link" href="/fr/a-propos/">À propos d&#x27;Efus</a>' in main_nav(
        client.get("/fr/").content.decode()
    )


def test_current_section_is_marked(client, menu):
    nav = main_nav(client.get("/en/about/governance/").content.decode())
    assert 'href="/en/about/" aria-current="page"' in nav


def test_footer_label_overrides_the_title(client, menu):
    html = client.get("/en/").content.decode()
    assert '<a href="/en/about/governance/">Who runs Efus</a>' in html


def test_menu_follows_a_published_title_change(client, menu, about):
    client.get("/en/")  # fills the menu cache
    about.title_en = "Who we are"
    about.save_revision().publish()
    assert ">Who we are</a>" in main_nav(client.get("/en/").content.decode())


def test_unpublished_page_leaves_the_menu(client, menu, about):
    client.get("/en/")
    about.get_children().first().specific.unpublish()
    about.unpublish()
    html = client.get("/en/").content.decode()
    assert "/en/about/" not in main_nav(html)


def test_footer_shows_contact_details_from_settings(client, home):
    settings = SiteSettings.for_site(home.get_site())
    settings.email, settings.phone = "contact@efus.eu", "+33 1 40 64 49 00"
    settings.save()
    html = client.get("/en/").content.decode()
    assert 'href="mailto:contact@efus.eu"' in html
    assert 'href="tel:+33140644900"' in html
