"""Page types render in every language with the right title, lang, hreflang links and switcher."""

import re

import pytest
from wagtail.models import PageViewRestriction
from wagtail.test.utils import WagtailTestUtils

from efus_site.core.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db

LANGS = ["en", "fr", "de", "it", "es", "pt"]


def hreflangs(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">', html))


@pytest.mark.parametrize(
    ("url", "lang", "title"),
    [
        ("/en/", "en", "Efus – European Forum for Urban Security"),
        ("/fr/", "fr", "Efus – Forum européen pour la sécurité urbaine"),
        ("/en/about/", "en", "About Efus | Efus"),
        ("/fr/a-propos/", "fr", "À propos d&#x27;Efus | Efus"),
    ],
)
def test_page_types_render_in_english_and_french(client, about, url, lang, title):
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{lang}"' in html
    assert f"<title>{title}</title>" in html
    assert html.count("<main") == 1


def test_every_page_links_all_languages_and_x_default(client, about):
    links = hreflangs(client.get("/fr/a-propos/").content.decode())
    assert links == {
        "en": "http://testserver/en/about/",
        "x-default": "http://testserver/en/about/",
        "fr": "http://testserver/fr/a-propos/",
        "de": "http://testserver/de/about/",
        "it": "http://testserver/it/about/",
        "es": "http://testserver/es/about/",
        "pt": "http://testserver/pt/about/",
    }


def test_switcher_leads_to_the_same_page_in_each_language(client, about):
    html = client.get("/en/about/").content.decode()
    switcher = html[html.index('class="language-switcher"') :]
    assert 'href="/fr/a-propos/" lang="fr"' in switcher
    assert 'href="/en/about/" lang="en" hreflang="en" aria-current="true"' in switcher
    for code in LANGS:
        assert f'lang="{code}" hreflang="{code}"' in switcher


def test_untranslated_fields_fall_back_to_english(client, about):
    html = client.get("/de/about/").content.decode()
    assert '<html lang="de"' in html
    assert '<h1 class="content__title">About Efus</h1>' in html
    assert "An introduction in English." in html


def test_translated_field_wins_over_english(client, about):
    html = client.get("/fr/a-propos/").content.decode()
    assert '<p class="content__intro">Une introduction en français.</p>' in html
    assert '<p class="content__intro">An introduction in English.</p>' not in html


def test_root_redirects_to_the_visitors_language(client, home):
    response = client.get("/", headers={"accept-language": "fr-FR,fr;q=0.9,en;q=0.5"})
    assert response.status_code == 302
    assert response["Location"] == "/fr/"
    assert client.get("/", headers={"accept-language": "ja"})["Location"] == "/en/"


def test_child_pages_listed_as_cards_with_translated_titles(client, about):
    html = client.get("/fr/a-propos/").content.decode()
    assert '<a class="card__link" href="/fr/a-propos/gouvernance/">Gouvernance</a>' in html


def test_empty_section_says_so(client, about):
    child = about.get_children().first().specific
    child.show_child_pages = True
    child.save_revision().publish()
    html = client.get("/en/about/governance/").content.decode()
    assert "There is nothing in this section yet." in html


def test_404_is_in_the_visitors_language(client, home):
    response = client.get("/fr/nulle-part/")
    html = response.content.decode()
    assert response.status_code == 404
    assert '<html lang="fr"' in html
    assert "Page introuvable" in html


def test_private_page_is_not_served_to_visitors(client, about):
    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/en/about/")
    assert response.status_code == 302
    assert "/_util/login/" in response["Location"] or "login" in response["Location"]


class TestAdminEditViews(WagtailTestUtils):
    """Staff can open the edit view of every page type."""

    @pytest.mark.parametrize("model", [HomePage, StandardPage])
    def test_edit_view_answers_200(self, client, about, admin_user, model):
        client.force_login(admin_user)
        page = model.objects.first()
        response = client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200
        assert 'name="title_fr"' in response.content.decode()

    def test_page_types_have_the_allowed_parents(self):
        assert StandardPage.can_create_at(HomePage())
        assert StandardPage.can_create_at(StandardPage())
        assert not HomePage.can_create_at(StandardPage())


def test_subpage_cards_are_paginated(client, about):
    for number in range(13):
        about.add_child(
            instance=StandardPage(title=f"Extra {number}", slug=f"extra-{number}")
        ).save_revision().publish()
    first = client.get("/en/about/").content.decode()
    second = client.get("/en/about/?page=2").content.decode()
    assert first.count('class="card"') == 12
    assert second.count('class="card"') == 2
    assert 'rel="next"' in first and 'aria-current="page"><span class="visually-hidden">Page </span>2' in second


@pytest.mark.parametrize("junk", ["abc", "-1", "999", "1%00"])
def test_bad_page_numbers_never_fail(client, about, junk):
    response = client.get(f"/en/about/?page={junk}")
    assert response.status_code == 200
    assert 'class="card"' in response.content.decode()


def test_404_switcher_leads_to_the_other_languages_and_is_not_indexed(client, home):
    html = client.get("/fr/nulle-part/").content.decode()
    assert 'href="/de/nulle-part/" lang="de"' in html
    assert 'href="/en/nulle-part/" lang="en"' in html
    assert 'rel="alternate" hreflang' not in html
    assert '<meta name="robots" content="noindex">' in html


def test_pages_name_their_canonical_address_and_open_graph_locale(client, about):
    html = client.get("/fr/a-propos/").content.decode()
    assert '<link rel="canonical" href="http://testserver/fr/a-propos/">' in html
    assert '<meta property="og:locale" content="fr_FR">' in html


def test_home_page_title_does_not_repeat_the_site_name(client, home):
    assert "<title>Efus – European Forum for Urban Security</title>" in client.get("/en/").content.decode()


def test_making_a_cached_page_private_takes_effect_at_once(client, about):
    client.get("/en/about/")
    assert client.get("/en/about/")["X-Cache"] == "HIT"
    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)
    child = client.get("/en/about/governance/")
    assert client.get("/en/about/").status_code == 302
    assert child.status_code == 302


def test_unpublished_pages_are_not_found_in_any_language(client, about):
    about.get_children().first().specific.unpublish()
    assert client.get("/en/about/governance/").status_code == 404
    assert client.get("/fr/a-propos/gouvernance/").status_code == 404
    assert client.get("/en/about/").status_code == 200


def test_home_page_lists_the_latest_news_with_a_link_to_all(client, home):
    from tests.core.test_queries import add_news

    add_news(home, 4)
    html = client.get("/fr/").content.decode()
    assert '<h2 class="listing__title" id="latest-news-title">Dernières actualités</h2>' in html
    assert html.count('class="card"') == 3
    assert '<a href="/fr/news/">' in html


def test_a_renamed_page_answers_at_its_new_address_at_once(client, about):
    assert client.get("/en/about/governance/").status_code == 200  # its address is now cached
    governance = about.get_children().get().specific
    governance.slug_en = "who-runs-efus"
    governance.save_revision().publish()
    assert client.get("/en/about/who-runs-efus/").status_code == 200
    assert client.get("/en/about/governance/").status_code == 404


def test_a_private_subpage_is_left_out_of_the_cards(client, about):
    governance = about.get_children().get()
    assert "Governance" in client.get("/en/about/").content.decode()
    PageViewRestriction.objects.create(page=governance, restriction_type=PageViewRestriction.LOGIN)
    html = client.get("/en/about/").content.decode()
    assert "Governance" not in html
    assert "There is nothing in this section yet." in html
