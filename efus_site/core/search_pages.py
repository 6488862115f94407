"""The pages the site search may show, and their matches for a query, best first.

On PostgreSQL with Wagtail's database backend the matches are ranked on the search index alone and
kept if they are public pages, from a map of the public pages read once per generation. Wagtail's
own query joins the index to every page of the site (a scan of the whole page table on each
search, then a hash join): ranking the index alone took a search's page query from about 35 to
10 ms at 10,000 pages. Any other database or backend (SQLite in development, OpenSearch) goes
through Wagtail's search API.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from wagtail.models import Page, get_page_models
from wagtail.search.query import And, Or, PlainText

from .generation import cached_constant
from .models import BasePage
from .routing import public_only
from .text import stem

DATABASE_BACKEND = "wagtail.search.backends.database"


def private_page_types():
    """The content types of page types only members may read."""
    return [
        ContentType.objects.get_for_model(model).pk
        for model in get_page_models()
        if issubclass(model, BasePage) and model.members_only
    ]


def public_pages():
    """Live pages anyone may read: none under a view restriction, none of a members-only type."""
    return public_only(Page.objects.live().filter(depth__gt=1).exclude(content_type_id__in=private_page_types()))


def ranked_page_rows(words, language, limit):
    """(id, content type, title in the language) of the public pages matching every word, best first."""
    if connection.vendor == "postgresql" and settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] == DATABASE_BACKEND:
        return _ranked_in_postgres(words, language, limit)
    return _ranked_by_wagtail(words, language, limit)


def stemmed_query(words, language):
    """Every word, each as itself or as its stem in the visitor's language: "mediators" finds "night mediator"."""
    terms = []
    for word in words:
        stemmed = stem(word, language)
        terms.append(PlainText(word) if stemmed == word else Or([PlainText(word), PlainText(stemmed)]))
    return And(terms) if len(terms) > 1 else terms[0]


def _ranked_by_wagtail(words, language, limit):
    found = public_pages().search(stemmed_query(words, language))[:limit]
    if not hasattr(found, "get_queryset"):  # OpenSearch and Elasticsearch hand back pages
        return [(page.pk, page.content_type_id, page.title) for page in found]
    # Reading three columns instead of building a page per match takes most of a search's time off.
    return _titled_rows(found.get_queryset(), language)


def _titled_rows(pages, language):
    """(id, content type, title in the language or else in English) of the pages."""
    rows = pages.values_list("pk", "content_type_id", f"title_{language}", "title_en")
    if language == "en":  # values_list reads a column once, however often it is named
        return list(rows)
    return [(pk, content_type_id, title or english_title) for pk, content_type_id, title, english_title in rows]


def public_page_map(language):
    """({public page id: (content type, title in the language)}, how many pages are not public), per generation."""

    def compute():
        public = {pk: (content_type_id, title) for pk, content_type_id, title in _titled_rows(public_pages(), language)}
        return public, Page.objects.count() - len(public)

    return cached_constant(f"core:search-public-pages:{language}", compute)


def tsquery(words, language):
    """The words as a PostgreSQL text query: every word, each as itself or its stem ("'villes' | 'vill'")."""
    terms = []
    for word in words:  # \w+ only (search.read_query): nothing to escape inside the quotes
        forms = dict.fromkeys([word, stem(word, language)])
        terms.append("(" + " | ".join(f"'{form}'" for form in forms) + ")")
    return " & ".join(terms)


def _ranked_in_postgres(words, language, limit):
    public, not_public = public_page_map(language)
    page_types = [ContentType.objects.get_for_model(model).pk for model in get_page_models()]
    config = settings.WAGTAILSEARCH_BACKENDS["default"].get("SEARCH_CONFIG", "simple")
    # Drafts and restricted pages are in the index too; reading as many more rows as there are of
    # them keeps `limit` public matches whenever there are that many.
    sql = """
        SELECT object_id::integer FROM wagtailsearch_indexentry
        WHERE content_type_id = ANY(%(types)s) AND (title || body) @@ to_tsquery(%(config)s::regconfig, %(query)s)
        ORDER BY ts_rank(title, to_tsquery(%(config)s::regconfig, %(query)s)) * title_norm
                 + ts_rank(body, to_tsquery(%(config)s::regconfig, %(query)s)) DESC,
                 object_id::integer DESC
        LIMIT %(limit)s
    """
    parameters = {
        "types": page_types,
        "config": config,
        "query": tsquery(words, language),
        "limit": limit + not_public,
    }
    with connection.cursor() as cursor:
        cursor.execute(sql, parameters)
        ids = [pk for (pk,) in cursor.fetchall()]
    return [(pk, *public[pk]) for pk in ids if pk in public][:limit]
