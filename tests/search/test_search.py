"""The site search: accents, languages, ranking, privacy, bad input, query counts, promotions and the report."""

import re

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page, PageViewRestriction

from efus_site.core.factories import StandardPageFactory, ThemeFactory
from efus_site.core.search import highlight, read_query, search

pytestmark = pytest.mark.django_db


def results_html(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def result_titles(html):
    return [re.sub(r"<[^>]+>", "", title) for title in re.findall(r'search-result__title"><a [^>]*>(.*?)</a>', html)]


def test_liege_finds_liege_and_gdansk_finds_gdansk(client, pages, authorities):
    html = results_html(client, "/en/search/?q=liege")
    titles = result_titles(html)
    assert "Liège" in titles
    assert "Prevention in Liège" in titles
    assert "<mark>Liège</mark>" in html
    assert result_titles(results_html(client, "/en/search/?q=GDANSK")) == ["Gdańsk"]


def test_a_french_page_is_found_from_french(client, pages):
    html = results_html(client, "/fr/search/?q=nocturne+habitants")
    assert result_titles(html) == ["La vie nocturne en sécurité"]
    assert 'href="/fr/publications/vie-nocturne/"' in html
    assert "<mark>habitants</mark>" in html
    assert 'lang="fr"' in html


def test_an_exact_title_ranks_first(client, home, pages):
    for number in range(3):
        StandardPageFactory(parent=pages["section"], title=f"Note {number}", intro_en="Nightlife and safety " * 5)
    titles = result_titles(results_html(client, "/en/search/?q=nightlife+and+safety"))
    assert titles[0] == "Nightlife and safety"
    assert len(titles) == 4


def test_an_exact_name_ranks_first_whatever_its_source(client, pages, authorities):
    # "Prevention in Liège" mentions Liège twice; the member authority is called that.
    assert result_titles(results_html(client, "/en/search/?q=LIEGE"))[0] == "Liège"


def test_facets_count_each_type_and_theme(client, pages, authorities):
    html = results_html(client, "/en/search/?q=liege")
    assert 'Standard pages <span class="search__count">(1)</span>' in html
    assert 'Member authorities <span class="search__count">(1)</span>' in html
    only_members = results_html(client, "/en/search/?q=liege&type=members.memberauthority")
    assert result_titles(only_members) == ["Liège"]


def test_theme_facets_come_from_any_page_type_with_themes(pages, monkeypatch):
    theme = ThemeFactory(name_en="Nightlife")
    from efus_site.core import search as search_module
    from efus_site.core.models import StandardPage

    class Through:
        class objects:
            @staticmethod
            def values_list(*fields):
                return [(pages["nightlife"].pk, theme.pk)]

    monkeypatch.setattr(search_module, "_themed_page_fields", lambda: [(Through, "page_id", "theme_id")])
    results = search(read_query({"q": "nightlife"}))
    assert {hit.title for hit in results.hits} == {"Nightlife and safety", "Prevention in Liège"}
    assert results.themes == [{"key": theme.pk, "label": "Nightlife", "count": 1, "selected": False}]
    themed = search(read_query({"q": "nightlife", "theme": str(theme.pk)}))
    assert [hit.page_id for hit in themed.hits] == [pages["nightlife"].pk]
    assert StandardPage  # the page type itself has no themes: the hook finds whichever do


def test_theme_facets_follow_a_release_whose_themes_change(home):
    from press.factories import PressIndexPageFactory, PressReleasePageFactory

    drugs, youth = ThemeFactory(name_en="Drugs"), ThemeFactory(name_en="Youth")
    release = PressReleasePageFactory(parent=PressIndexPageFactory(parent=home), title="Harm reduction in squares")
    release.themes.set([drugs])
    release.save_revision().publish()
    assert [facet["label"] for facet in search(read_query({"q": "harm reduction"})).themes] == ["Drugs"]
    release.themes.set([youth])
    release.save_revision().publish()
    results = search(read_query({"q": "harm reduction", "theme": str(youth.pk)}))
    assert [facet["label"] for facet in results.themes] == ["Youth"] and results.count == 1


@pytest.mark.parametrize("text", ["Night mediators in Ghent", "Łódź, Gdańsk and Düsseldorf", "Straße ß", ""])
def test_folding_with_positions_maps_each_folded_character_back(text):
    from efus_site.core.text import fold, fold_with_positions

    folded, positions = fold_with_positions(text)
    assert folded == fold(text) and len(positions) == len(folded)
    assert all(fold(text[source]).count(char) for char, source in zip(folded, positions, strict=True))


def test_highlight_escapes_everything_and_marks_words():
    assert highlight("<b>Liège</b> & co", ["liege"]) == "&lt;b&gt;<mark>Liège</mark>&lt;/b&gt; &amp; co"
    assert highlight("Straße", ["strasse"]) == "<mark>Straße</mark>"


def shown_results(html):
    """The results area: the main content without the search box and the line that repeats the query."""
    main = html.split('id="main-content"', 1)[1].split("</main>", 1)[0]
    main = re.sub(r"<form .*?</form>", "", main, flags=re.S)
    return re.sub(r'<p class="search__status".*?</p>', "", main, flags=re.S)


def public_words(language):
    """Every word a public page or member shows, folded: a restricted page's other words are its own."""
    from efus_site.core.search_pages import public_pages
    from efus_site.core.text import fold

    words = set()
    for page in public_pages().specific():
        words |= set(re.findall(r"\w+", fold(f"{page.title} {page.search_excerpt_text(language)}")))
    return words


@pytest.mark.parametrize("language", ["en", "fr"])
def test_nothing_from_a_restricted_page_shows_to_anonymous_visitors(client, pages, authorities, language):
    from efus_site.core.text import fold

    restricted = [
        page.specific
        for path in PageViewRestriction.objects.values_list("page__path", flat=True)
        for page in Page.objects.filter(path__startswith=path)
    ]
    assert restricted
    shared = public_words(language)
    for page in restricted:
        text = f"{page.title} {page.search_excerpt_text(language)}"
        words = set(re.findall(r"\w+", fold(text)))
        own = words - shared
        assert own  # the fixture gives each restricted page words of its own
        for word in words:
            html = results_html(client, f"/{language}/search/?q={word}")
            shown = shown_results(html).lower()
            assert f"/{page.slug}/" not in shown
            assert fold(page.title).lower() not in fold(shown)
            for secret in own:
                assert secret not in fold(shown), (word, secret)
            if word in own:  # not in the results, the counts or the suggestions
                assert 'class="search-result' not in html
                assert "search__count" not in html
                assert "search__suggestions" not in html


def test_members_only_page_types_and_fields_stay_out(pages, monkeypatch):
    from efus_site.core.models import StandardPage

    monkeypatch.setattr(StandardPage, "members_only", True)
    assert search(read_query({"q": "nightlife"})).hits == []


@pytest.mark.parametrize(
    "params",
    [
        {"q": "x" * 2000},
        {"q": "liege\x00"},
        {"q": "%00"},
        {"q": "<script>alert(1)</script>"},
        {"q": "liege", "page": "abc"},
        {"q": "liege", "type": "<script>"},
        {"q": "liege", "theme": "<script>"},
        {"q": '"*) OR 1=1 -- NEAR/AND'},
        {"q": "   "},
        {"q": "a" * 60 + " " + "b" * 60},
    ],
)
def test_bad_input_gets_a_clear_answer(client, pages, authorities, params):
    response = client.get("/en/search/", params)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>" not in html.split('id="main-content"', 1)[1].split("</main>")[0]
    if len(params["q"]) > 200:
        assert "only its first 200 characters" in html
    if params.get("type"):
        assert "That type of content is unknown" in html
    if params.get("theme"):
        assert "That theme is unknown" in html


def test_a_known_type_without_matches_shows_none_and_no_warning(client, pages):
    html = results_html(client, "/en/search/?q=nightlife&type=members.memberauthority")
    assert "That type of content is unknown" not in html
    assert result_titles(html) == []
    assert "Nothing matches your search" in html


def test_a_nul_in_the_address_is_no_error(client, pages):
    assert client.get("/en/search/?q=li%00ege&page=%00").status_code == 200


def test_the_form_is_labelled_and_keeps_the_query(client, pages):
    html = results_html(client, "/en/search/?q=Li%C3%A8ge+%22safe%22")
    assert '<form class="search__form" method="get"' in html
    assert '<label class="form-field__label" for="search-q">' in html
    assert 'value="Liège &quot;safe&quot;"' in html


def queries_for(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_query_counts_do_not_grow_with_the_results_shown(client, pages, authorities):
    def add_lanterns(count):
        for number in range(count):
            StandardPageFactory(parent=pages["section"], title=f"Lantern {number}", intro_en="Lantern walks at night.")

    add_lanterns(2)
    few = queries_for(client, "/en/search/?q=lantern")
    add_lanterns(25)
    assert queries_for(client, "/en/search/?q=lantern") == few
    # The search is counted for the report by a worker, not in the request: every page reads alike.
    assert queries_for(client, "/en/search/?q=lantern&page=2") == few
    assert queries_for(client, "/en/search/?q=lantern&page=3") == few


def test_promotions_appear_first(client, pages):
    assert "Recommended" not in results_html(client, "/en/search/?q=Safety")  # promotions read before any exists
    promotion = SearchPromotion.objects.create(
        query=Query.get("safety"), page=pages["prevention"], sort_order=0, description="Start here."
    )
    assert promotion
    SearchPromotion.objects.create(query=Query.get("safety"), page=pages["restricted"], sort_order=1)
    html = results_html(client, "/en/search/?q=Safety")
    titles = result_titles(html)
    assert titles[0] == "Prevention in Liège"
    assert titles.count("Prevention in Liège") == 1
    assert "Members briefing zorblax" not in html
    assert "Recommended" in html


def test_suggestions_when_nothing_matches(client, pages, authorities):
    html = results_html(client, "/en/search/?q=nigthlife")
    assert "Did you mean:" in html
    assert "Nightlife and safety" in html
    html = results_html(client, "/en/search/?q=zorblx")
    assert "zorblax" not in html.lower()


def test_the_report_lists_top_and_zero_result_queries(
    client, pages, django_user_model, django_capture_on_commit_callbacks
):
    # Each search queues its count once the request's transaction commits (a worker writes it).
    with django_capture_on_commit_callbacks(execute=True) as queued:
        for query in ("nightlife", "nightlife", "liege", "nothingatall"):
            client.get("/en/search/", {"q": query})
        client.get("/en/search/", {"q": "nightlife", "page": "2"})  # a further page is not a new search
    assert len(queued) == 4
    user = django_user_model.objects.create_user(username="editor", email="e@example.org", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get("/admin/reports/search/").status_code in (302, 403)
    user.user_permissions.add(Permission.objects.get(codename="add_searchpromotion"))
    html = results_html(client, "/admin/reports/search/")
    top = html.split('id="top-searches"', 1)[1].split("</table>")[0]
    assert top.index("nightlife") < top.index("liege")
    assert ">2<" in top
    misses = html.split('id="searches-without-results"', 1)[1].split("</table>")[0]
    assert "nothingatall" in misses
    assert "nightlife" not in misses


@pytest.mark.parametrize(
    ("path", "query", "title"),
    [
        ("/en/search/", "night mediators", "Mediation at night"),
        ("/fr/search/", "villes", "La vie nocturne en sécurité"),
        ("/fr/search/", "médiateur nocturnes", "La médiation de nuit"),
    ],
)
def test_a_word_finds_its_other_forms_in_the_visitors_language(client, pages, path, query, title):
    StandardPageFactory(
        parent=pages["section"],
        title="Mediation at night",
        title_fr="La médiation de nuit",
        slug_en="night-mediation",
        intro_en="A night mediator walks the old town with the police.",
        intro_fr="Les médiateurs nocturnes parcourent la vieille ville avec la police.",
    )
    prefix = path.split("/")[1]
    assert title in result_titles(results_html(client, f"{path}?q={query}")), (prefix, query)


def test_hidden_matches_ranked_higher_never_crowd_out_public_ones(home):
    """Drafts and restricted pages are in the index too: the matches read still hold `limit` public pages."""
    from efus_site.core.search_pages import ranked_page_rows

    section = StandardPageFactory(parent=home, title="Notes", slug_en="notes")
    for number in range(3):
        draft = StandardPageFactory(parent=section, title=f"Lantern lantern lantern {number}", live=False)
        draft.save_revision()
    restricted = StandardPageFactory(parent=home, title="Lantern lantern briefing", slug_en="lantern-briefing")
    PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.LOGIN)
    public = [StandardPageFactory(parent=section, title=f"Note {n}", intro_en="A lantern walk.") for n in range(2)]
    rows = ranked_page_rows(["lantern"], "en", limit=2)
    assert sorted(pk for pk, _type, _title in rows) == sorted(page.pk for page in public)
