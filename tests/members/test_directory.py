"""The member directory: filters, accent-blind search, A–Z, counts, the map and shareable addresses."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from efus_site.core.text import fold
from members.factories import MemberAuthorityFactory
from tests.pages import page_html

pytestmark = pytest.mark.django_db


def names(html):
    """The authority names listed in the directory, in order."""
    return re.findall(r'class="authority-card__name"><a href="[^"]+">([^<]+)</a>', html)


def test_lists_current_members_from_a_to_z(client, authorities):
    html = page_html(client, "/en/members/")
    assert names(html) == [
        "Belgian Forum for Prevention and Urban Security",
        "Emilia-Romagna Region",
        "Gdańsk",
        "Liège",
        "Nice",
    ]
    assert "Oldtown" not in html  # a former member


def test_counts_are_live_in_english_and_french(client, authorities):
    assert "5 member authorities from 4 countries are listed in our directory." in page_html(client, "/en/members/")
    assert "5 collectivités membres de 4 pays figurent dans notre annuaire." in page_html(client, "/fr/membres/")
    MemberAuthorityFactory(name_en="Riga", slug="riga", country="LV")
    assert "6 member authorities from 5 countries are listed" in page_html(client, "/en/members/")


def test_the_listed_members_are_set_beside_the_networks_size(client, authorities, members_page):
    members_page.network_size = 250
    members_page.save_revision().publish()
    assert (
        "5 member authorities from 4 countries are listed in our directory, of a network of about 250 members."
        in page_html(client, "/en/members/")
    )
    assert "sur un réseau d’environ 250 membres." in page_html(client, "/fr/membres/")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("gdansk", ["Gdańsk"]),
        ("GDAŃSK", ["Gdańsk"]),
        ("liege", ["Liège"]),
        ("Lüttich", ["Liège"]),  # the German name finds it too
        ("emilie", ["Emilia-Romagna Region"]),  # and the French one
        ("forum urban", ["Belgian Forum for Prevention and Urban Security"]),
    ],
)
@pytest.mark.parametrize("directory", ["/en/members/", "/fr/membres/"])
def test_search_ignores_accents_case_and_language(client, authorities, query, expected, directory):
    found = names(page_html(client, f"{directory}?q={query}"))
    if directory.startswith("/fr/"):
        # The French page shows the French names where there are some.
        expected = [{"Emilia-Romagna Region": "Région Émilie-Romagne"}.get(name, name) for name in expected]
        expected = [
            name.replace(
                "Belgian Forum for Prevention and Urban Security",
                "Forum belge pour la prévention et la sécurité urbaine",
            )
            for name in expected
        ]
    assert found == expected


def test_folding_covers_letters_without_a_separate_accent():
    assert fold("Łódź") == "lodz"
    assert fold("Straße") == "strasse"
    assert fold("Ålesund") == "alesund"


def test_a_to_z_follows_the_names_each_language_shows(client, authorities):
    assert names(page_html(client, "/fr/membres/?letter=R")) == ["Région Émilie-Romagne"]
    assert names(page_html(client, "/en/members/?letter=R")) == []
    assert names(page_html(client, "/de/members/?letter=L")) == ["Lüttich"]
    french = names(page_html(client, "/fr/membres/"))
    assert french.index("Forum belge pour la prévention et la sécurité urbaine") < french.index("Gdańsk")
    assert french[-1] == "Région Émilie-Romagne"


def test_filters_in_french(client, authorities):
    html = page_html(client, "/fr/membres/?country=BE&kind=forum")
    assert names(html) == ["Forum belge pour la prévention et la sécurité urbaine"]
    assert "1 membre correspond à ces filtres." in html
    assert '<option value="forum" selected>' in html


def test_filters_by_country_kind_seat_and_letter(client, authorities):
    assert names(page_html(client, "/en/members/?country=BE")) == [
        "Belgian Forum for Prevention and Urban Security",
        "Liège",
    ]
    assert names(page_html(client, "/en/members/?kind=region")) == ["Emilia-Romagna Region"]
    assert names(page_html(client, "/en/members/?exco=on")) == [
        "Belgian Forum for Prevention and Urban Security",
        "Liège",
        "Nice",
    ]
    assert names(page_html(client, "/en/members/?letter=L")) == ["Liège"]
    assert names(page_html(client, "/en/members/?country=BE&exco=on&q=liege")) == ["Liège"]


def test_filtered_counts_and_empty_state(client, authorities):
    html = page_html(client, "/en/members/?country=BE")
    assert "2 members match these filters." in html
    html = page_html(client, "/en/members/?q=nowhere")
    assert names(html) == []
    assert "No member matches these filters." in html
    assert "Aucun membre ne correspond à ces filtres." in page_html(client, "/fr/membres/?q=nulle-part")


def test_country_names_and_choices_in_the_visitors_language(client, authorities):
    html = page_html(client, "/fr/membres/")
    assert '<option value="BE">Belgique (2)</option>' in html
    assert "Pologne" in html
    html = page_html(client, "/de/members/")
    assert '<option value="BE">Belgien (2)</option>' in html
    assert "Lüttich" in html


def test_bad_filter_values_are_ignored_not_fatal(client, authorities):
    html = page_html(client, "/en/members/?country=XX&kind=castle&letter=%C3%A9&page=abc")
    assert len(names(html)) == 5


def test_filters_survive_pagination_and_language_switch(client, members_page):
    for number in range(30):
        MemberAuthorityFactory(name_en=f"Ville {number:02d}", country="FR")
    MemberAuthorityFactory(name_en="Essen", slug="essen", country="DE")
    html = page_html(client, "/en/members/?country=FR")
    assert len(names(html)) == 24
    assert 'href="?country=FR&amp;page=2"' in html
    assert len(names(page_html(client, "/en/members/?country=FR&page=2"))) == 6
    # The French link of a filtered list keeps the filters.
    assert 'href="/fr/membres/?country=FR"' in html


def test_map_shows_the_matching_members_and_the_list_is_its_alternative(client, authorities):
    html = page_html(client, "/en/members/")
    assert html.count("<circle") == 5
    assert 'role="group" aria-labelledby="directory-map-caption"' in html
    assert (
        "a dot for each of the 5 matching members, each a link to its profile; the list, over all its pages, "
        "gives the same information" in html
    )
    assert page_html(client, "/en/members/?country=BE").count("<circle") == 2
    assert "<circle" not in page_html(client, "/en/members/?q=nowhere")


def test_each_dot_links_to_the_profile_and_is_named_in_the_visitors_language(client, authorities):
    html = page_html(client, "/de/members/")
    dots = re.findall(r'<a href="([^"]+)" aria-label="([^"]+)"><title>([^<]+)</title><circle ', html)
    assert len(dots) == 5
    assert ("/de/members/liege/", "Lüttich", "Lüttich") in dots
    assert all(label == title for _url, label, title in dots)
    # In the list's A–Z order, which the keyboard follows too; names are escaped.
    assert [label for _url, label, _title in dots] == names(html)
    english = page_html(client, "/en/members/?country=BE")
    assert '<a href="/en/members/liege/" aria-label="Liège"><title>Liège</title>' in english
    assert '<a class="members-map__skip" href="#members-list">' in english


def test_names_on_the_map_are_escaped(client, members_page):
    MemberAuthorityFactory(name_en='Saint-<b>"Quote"</b>', slug="quote")
    html = page_html(client, "/en/members/")
    assert 'aria-label="Saint-&lt;b&gt;&quot;Quote&quot;&lt;/b&gt;"' in html
    assert "<b>" not in html.split('class="members-map__dots"')[1].split("</g>")[0]


def test_map_uses_dots_not_commas_in_french(client, authorities):
    html = page_html(client, "/fr/membres/?q=liege")
    assert re.search(r'<circle cx="\d+(\.\d+)?" cy="\d+(\.\d+)?"', html)


def _directory_queries(client, url):
    client.get(url)  # the site, menus and settings come from the cache, as in production
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("url", ["/en/members/", "/fr/membres/?country=FR&q=town"])
def test_query_count_is_the_same_with_10_and_250_authorities(client, members_page, settings, url):
    settings.PAGE_CACHE_SECONDS = 0
    MemberAuthorityFactory.create_batch(10)
    few = _directory_queries(client, url)
    MemberAuthorityFactory.create_batch(240)
    many = _directory_queries(client, url)
    assert few == many


def test_profile_query_count_does_not_grow_with_forum_members(client, authorities, settings):
    settings.PAGE_CACHE_SECONDS = 0
    forum = authorities["forum"]
    few = _directory_queries(client, "/en/members/belgian-forum/")
    MemberAuthorityFactory.create_batch(20, country="BE", national_forum=forum)
    many = _directory_queries(client, "/en/members/belgian-forum/")
    assert few == many


def test_filtered_lists_are_not_offered_to_search_engines(client, authorities):
    assert '<meta name="robots" content="noindex, follow">' in page_html(client, "/en/members/?q=nice")
    html = page_html(client, "/en/members/")
    assert "noindex" not in html
    assert '<link rel="canonical" href="http://testserver/en/members/">' in html


def test_cards_mark_only_seats_held_today(client, authorities):
    MemberAuthorityFactory(name_en="Pastville", slug="pastville", exco_role="member", exco_from=2010, exco_to=2013)
    html = page_html(client, "/en/members/?q=pastville")
    assert names(html) == ["Pastville"]
    assert "Member of the Executive Committee" not in html


def test_the_cached_unfiltered_list_follows_changes_to_the_records(client, authorities, settings):
    settings.PAGE_CACHE_SECONDS = 0
    assert "Liège" in names(page_html(client, "/en/members/"))
    MemberAuthorityFactory(name_en="Aachen", slug="aachen", country="DE")
    liege = authorities["liege"]
    liege.status = "former"
    liege.save()
    html = page_html(client, "/en/members/")
    assert names(html)[0] == "Aachen"
    assert "Liège" not in names(html)
    assert "5 member authorities from 5 countries are listed" in html


def test_a_single_country_is_counted_in_the_singular(client, members_page):
    MemberAuthorityFactory.create_batch(2, country="FR")
    assert "2 member authorities from 1 country are listed" in page_html(client, "/en/members/")
    assert "2 Mitgliedskommunen aus 1 Land sind in unserem Verzeichnis aufgeführt." in page_html(client, "/de/members/")
    assert "2 member authorities from 1 country are listed" in page_html(client, "/en/")


def test_a_filter_in_error_is_marked_and_linked_to_its_message(client, authorities):
    html = page_html(client, "/en/members/?q=" + "x" * 101)
    search = re.search(r'<input[^>]*name="q"[^>]*>', html).group(0)
    assert 'aria-invalid="true"' in search
    assert 'aria-describedby="id_q-error"' in search
    assert 'id="id_q-error"' in html
    assert 'value="' + "x" * 101 + '"' in search  # what was typed stays in the box
