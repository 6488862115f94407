"""The site search: every public page of any type, and what feature apps add through a hook, in one list.

Feature apps stand on the core, which imports none of them: an app adds its records (member
authorities) by registering a source with the `register_search_source` hook (docs/adding-an-app.md).
A source is an object with `key` (its facet's key), `label` (its facet's name), `hits(words)` (a list
of `Hit`, at most MAX_HITS) and `titles()` (the (title, url) pairs "did you mean" may offer).
"""

import difflib
import math
import re
from collections import Counter
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail import hooks
from wagtail.models import get_page_models
from wagtail.search.utils import MAX_QUERY_STRING_LENGTH, normalise_query_string

from .generation import cached, cached_constant
from .models import BasePage, SearchWithoutResults, Theme
from .routing import specific_page
from .search_pages import public_page_map, public_pages, ranked_page_rows
from .text import fold, fold_with_positions

#: Longest query read, in characters; anything longer is cut (and the visitor told).
MAX_QUERY_LENGTH = 200
#: At most this many words of a query count.
MAX_WORDS = 8
#: Matches read per source: the counts and facets say "more than" beyond it. Each match read costs
#: CPU (ranking, themes, the exact-title check): 1,000 took the search's cold p95 from 225 to 477 ms.
MAX_HITS = 300
RESULTS_PER_PAGE = 10
#: How close (difflib's ratio) a title or one of its words must be to the query for "did you mean".
SUGGESTION_CUTOFF = 0.7
EXCERPT_LENGTH = 240
WORD = re.compile(r"\w+")


@dataclass
class Hit:
    """One result: a page, or a record a source found."""

    kind: str
    title: str
    url: str = ""
    text: str = ""
    page_id: int | None = None
    content_type_id: int | None = None
    theme_ids: frozenset = field(default_factory=frozenset)
    promoted: bool = False
    excerpt: str = ""


@dataclass
class Query:
    """What the visitor asked for, cleaned: never more than MAX_QUERY_LENGTH characters, no control characters."""

    text: str = ""
    words: list = field(default_factory=list)
    kind: str = ""
    theme: int | None = None
    problems: list = field(default_factory=list)


def read_query(params):
    """The query, type and theme of a request's GET parameters; junk is dropped and named in problems."""
    raw = params.get("q", "")
    problems = []
    text = "".join(char for char in raw if char.isprintable()).strip()
    if len(text) > MAX_QUERY_LENGTH:
        text = text[:MAX_QUERY_LENGTH]
        problems.append("too_long")
    words = list(dict.fromkeys(WORD.findall(fold(text))))[:MAX_WORDS]
    theme = params.get("theme", "")
    if theme and not (theme.isdigit() and len(theme) < 10):
        problems.append("bad_theme")
        theme = ""
    return Query(
        text=text,
        words=words,
        kind=params.get("type", "")[:100],
        theme=int(theme) if theme else None,
        problems=problems,
    )


def sources():
    """The sources feature apps register, besides the pages."""
    return [make() for make in hooks.get_hooks("register_search_source")]


def page_kind(content_type_id):
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    return model._meta.label_lower if model else "wagtailcore.page"


def page_hits(words):
    """Public pages matching every word, best first."""
    if not words:
        return []
    kinds = {}
    hits = []
    for pk, content_type_id, title in ranked_page_rows(words, get_language(), MAX_HITS):
        if content_type_id not in kinds:
            kinds[content_type_id] = page_kind(content_type_id)
        hits.append(Hit(kind=kinds[content_type_id], title=title, page_id=pk, content_type_id=content_type_id))
    return hits


def exact_titles_first(hits, words):
    """The hits whose title is the query, ignoring accents, case and punctuation, ahead of the rest (kept in order)."""
    return sorted(hits, key=lambda hit: WORD.findall(fold(hit.title)) != words)


def _themed_page_fields():
    """(through model, page column, theme column) of every page type with a `themes` field to core.Theme."""
    found = []
    for model in get_page_models():
        try:
            themes = model._meta.get_field("themes")
        except FieldDoesNotExist:
            themes = None
        if themes is not None and themes.many_to_many and themes.related_model is Theme and themes.model is model:
            through = themes.remote_field.through
            found.append((through, f"{themes.m2m_field_name()}_id", f"{themes.m2m_reverse_field_name()}_id"))
    return found


def page_themes():
    """{page id: theme ids} of every page of a type with themes, cached per generation.

    Read whole rather than for the hits: filtering eight through tables by 300 ids each took a
    fifth of a search's time.
    """

    def compute():
        themes = {}
        for through, page_column, theme_column in _themed_page_fields():
            for page_id, theme_id in through.objects.values_list(page_column, theme_column):
                themes.setdefault(page_id, set()).add(theme_id)
        return {page_id: frozenset(theme_ids) for page_id, theme_ids in themes.items()}

    return cached("core:search-page-themes", compute)


def attach_themes(hits):
    """Set theme_ids on the page hits."""
    themes = page_themes()
    for hit in hits:
        if hit.page_id:
            hit.theme_ids = themes.get(hit.page_id, frozenset())


def promotions():
    """{query: [(page id, link, link text, description)]} of every search promotion, in order, per generation."""
    from wagtail.contrib.search_promotions.models import SearchPromotion

    def compute():
        found = {}
        for promotion in SearchPromotion.objects.select_related("query").order_by("sort_order", "pk"):
            found.setdefault(promotion.query.query_string, []).append(
                (
                    promotion.page_id,
                    getattr(promotion, "external_link_url", ""),
                    getattr(promotion, "external_link_text", ""),
                    promotion.description,
                )
            )
        return found

    return cached("core:search-promotions", compute)


def promoted_hits(query_text):
    """The pages and links staff promoted for this query, in their order; only public pages."""
    normalised = normalise_query_string(query_text)[:MAX_QUERY_STRING_LENGTH]
    chosen = promotions().get(normalised) if normalised else None
    if not chosen:
        return []
    public, _not_public = public_page_map(get_language())
    hits = []
    for page_id, link, link_text, description in chosen:
        if page_id in public:
            content_type_id, title = public[page_id]
            hit = Hit(
                kind=page_kind(content_type_id),
                title=title,
                page_id=page_id,
                content_type_id=content_type_id,
                promoted=True,
            )
        elif not page_id and link:
            hit = Hit(kind="link", title=link_text or link, url=link, promoted=True)
        else:
            continue
        hit.text = description
        hits.append(hit)
    return hits


@dataclass
class Results:
    """What the search page shows."""

    query: Query
    hits: list
    promoted: list
    kinds: list
    themes: list
    truncated: bool = False

    @property
    def count(self):
        return len(self.hits)


def search(query):
    """Every public match of the query, filtered by type and theme, with the facets' counts."""
    if not query.words:
        return Results(query=query, hits=[], promoted=[], kinds=[], themes=[])
    promoted = promoted_hits(query.text)
    found = page_hits(query.words)
    truncated = len(found) >= MAX_HITS
    for source in sources():
        source_hits = source.hits(query.words)[:MAX_HITS]
        truncated = truncated or len(source_hits) >= MAX_HITS
        found.extend(source_hits)
    promoted_pages = {hit.page_id for hit in promoted if hit.page_id}
    found = [hit for hit in found if hit.page_id is None or hit.page_id not in promoted_pages]
    # The backend ranks by frequency; a visitor typing a title (a page's, a city's) wants it first.
    found = exact_titles_first(found, query.words)
    attach_themes(found + promoted)
    everything = promoted + found
    theme_names = {theme.pk: theme.name for theme in Theme.objects.all()}
    in_theme = [hit for hit in everything if query.theme is None or query.theme in hit.theme_ids]
    kinds = _kind_facets(in_theme, query.kind)
    if query.kind and query.kind not in known_kinds():
        query.problems.append("bad_type")
        query.kind = ""
    of_kind = [hit for hit in everything if not query.kind or hit.kind == query.kind]
    themes = _theme_facets(of_kind, theme_names, query.theme)
    if query.theme is not None and query.theme not in theme_names:
        query.problems.append("bad_theme")
        query.theme = None
    shown = [hit for hit in of_kind if query.theme is None or query.theme in hit.theme_ids]
    return Results(
        query=query,
        hits=shown,
        promoted=[hit for hit in shown if hit.promoted],
        kinds=kinds,
        themes=themes,
        truncated=truncated,
    )


def known_kinds():
    """Every key the type filter accepts: each page type's label, each source's key."""
    return {model._meta.label_lower for model in get_page_models()} | {source.key for source in sources()}


def _kind_label(key):
    if key == "link":
        return None
    for source in sources():
        if source.key == key:
            return source.label
    try:
        model = ContentType.objects.get_by_natural_key(*key.split(".", 1)).model_class()
    except ContentType.DoesNotExist:
        return None
    return model._meta.verbose_name_plural if model else None


def _kind_facets(hits, selected):
    counts = Counter(hit.kind for hit in hits)
    facets = []
    for key, count in counts.most_common():
        label = _kind_label(key)
        if label:
            facets.append({"key": key, "label": label, "count": count, "selected": key == selected})
    return facets


def _theme_facets(hits, theme_names, selected):
    counts = Counter(theme_id for hit in hits for theme_id in hit.theme_ids)
    return [
        {"key": theme_id, "label": theme_names[theme_id], "count": count, "selected": theme_id == selected}
        for theme_id, count in counts.most_common()
        if theme_id in theme_names
    ]


def fill(hits, words, request):
    """Give the hits of one results page their address and highlighted excerpt.

    Each page comes from the per-generation page cache that serving it uses: loading ten specific
    pages (every translated column, the bodies' JSON) cost a search more than ranking its matches.
    """
    language = get_language()
    for hit in hits:
        page = specific_page(hit.page_id, hit.content_type_id) if hit.page_id else None
        if page is not None:
            hit.title = page.title
            hit.url = page.get_url(request) or ""
            excerpt_text = page.search_excerpt_text(language) if isinstance(page, BasePage) else ""
            hit.text = hit.text or excerpt_text
        hit.excerpt = highlight(excerpt(hit.text, words), words)
        hit.title_html = highlight(hit.title, words)
    return hits


def excerpt(text, words, length=EXCERPT_LENGTH):
    """About length characters of text around the first word found, cut at spaces."""
    text = " ".join(text.split())
    if len(text) <= length:
        return text
    folded, positions = fold_with_positions(text)
    starts = [folded.find(word) for word in words if word in folded]
    start = positions[min(starts)] if starts else 0
    begin = max(0, start - length // 3)
    if begin:
        begin = text.find(" ", begin) + 1 or begin
    end = min(len(text), begin + length)
    if end < len(text):
        end = text.rfind(" ", begin, end) if " " in text[begin:end] else end
    return ("… " if begin else "") + text[begin:end] + (" …" if end < len(text) else "")


def highlight(text, words):
    """text escaped, with every place a word of the query starts a word of the text marked (accents ignored)."""
    folded, positions = fold_with_positions(text)
    spans = []
    for word in words:
        for match in re.finditer(r"\b" + re.escape(word), folded):
            end_folded = match.end() - 1
            spans.append((positions[match.start()], positions[end_folded] + 1))
    spans = _merged(spans)
    parts, last = [], 0
    for start, end in spans:
        parts.append(escape(text[last:start]))
        parts.append(f"<mark>{escape(text[start:end])}</mark>")
        last = end
    parts.append(escape(text[last:]))
    return mark_safe("".join(parts))  # noqa: S308 - every piece of text is escaped above


def _merged(spans):
    merged = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def public_titles():
    """(folded title, title, url) of every public page and source record in this language."""
    titles = []
    for page in public_pages().iterator():
        url = page.get_url()
        if url:
            titles.append((fold(page.title), page.title, url))
    for source in sources():
        titles.extend((fold(title), title, url) for title, url in source.titles())
    return titles


def title_vocabulary():
    """What "did you mean" offers in this language, cached per generation.

    ({folded title or word of a title: (title, url)}, {length: the keys of that length}).
    """

    def compute():
        entries = {}
        for folded, title, url in public_titles():
            entries.setdefault(folded, (title, url))
            for word in folded.split():
                entries.setdefault(word, (title, url))
        by_length = {}
        for key in entries:
            by_length.setdefault(len(key), []).append(key)
        return entries, {length: tuple(keys) for length, keys in by_length.items()}

    return cached_constant(f"core:search-vocabulary:{get_language()}", compute)


def suggestions(query, limit=3):
    """Public titles close to what the visitor typed, for "did you mean"."""
    phrase = " ".join(query.words)
    if not phrase:
        return []
    entries, by_length = title_vocabulary()
    # difflib's ratio is at most 2·min(a, b) / (a + b) for lengths a and b: keys much shorter or longer
    # than the phrase can never reach the cutoff, and are not compared at all.
    shortest = math.ceil(len(phrase) * SUGGESTION_CUTOFF / (2 - SUGGESTION_CUTOFF))
    longest = math.floor(len(phrase) * (2 - SUGGESTION_CUTOFF) / SUGGESTION_CUTOFF)
    candidates = [key for length in range(shortest, longest + 1) for key in by_length.get(length, ())]
    close = difflib.get_close_matches(phrase, candidates, n=limit * 3, cutoff=SUGGESTION_CUTOFF)
    found = []
    for match in close:
        if entries[match] not in found:
            found.append(entries[match])
    return found[:limit]


def record(query_text, found_anything):
    """Count the search for the report: Wagtail's daily hits, and ours for searches that found nothing."""
    from wagtail.contrib.search_promotions.models import Query as LoggedQuery

    normalised = normalise_query_string(query_text)[:MAX_QUERY_STRING_LENGTH]
    if not normalised:
        return
    with transaction.atomic():
        logged = LoggedQuery.get(normalised)
        logged.add_hit()
        if not found_anything:
            miss, _created = SearchWithoutResults.objects.get_or_create(query=logged, date=timezone.localdate())
            SearchWithoutResults.objects.filter(pk=miss.pk).update(hits=F("hits") + 1)


def report(days=30, limit=50):
    """The most searched terms and the searches that found nothing, over the last days."""
    from django.db.models import Sum
    from wagtail.contrib.search_promotions.models import Query as LoggedQuery

    since = timezone.localdate() - timezone.timedelta(days=days)
    top = LoggedQuery.get_most_popular(date_since=since)[:limit]
    misses = (
        SearchWithoutResults.objects.filter(date__gte=since)
        .values("query__query_string")
        .annotate(total=Sum("hits"))
        .order_by("-total", "query__query_string")[:limit]
    )
    return {
        "top": [(query.query_string, query._hits) for query in top],
        "misses": [(row["query__query_string"], row["total"]) for row in misses],
        "days": days,
    }
