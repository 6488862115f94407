"""Theme pages: which page types are on themes, and what is on each theme, newest first."""

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Q
from modelcluster.fields import ParentalManyToManyField
from wagtail.models import Page, get_page_models

from .cards import as_cards
from .generation import cached
from .models.themes import Theme
from .pagination import paginate
from .routing import public_only

ITEMS_PER_PAGE = 12


def themed_page_models():
    """The concrete page types with a ``themes`` ParentalManyToManyField to core.Theme (ThemedMixin gives one)."""
    found = []
    for model in get_page_models():
        try:
            field = model._meta.get_field("themes")
        except FieldDoesNotExist:
            continue
        if isinstance(field, ParentalManyToManyField) and field.related_model is Theme:
            found.append(model)
    return found


def all_themes():
    """Every theme in its order, cached per generation (any change to a theme starts a new one)."""
    return cached("core:themes", lambda: list(Theme.objects.all()))


def theme_for_slug(slug):
    """(theme, its address in the current language) for an address in any language, or (None, None).

    A theme reached by another language's address is sent on to this language's one.
    """
    themes = all_themes()
    for theme in themes:
        if theme.slug == slug:
            return theme, slug
    for theme in themes:
        if slug in {theme.slug_in(code) for code, _name in settings.LANGUAGES}:
            return theme, theme.slug
    return None, None


def themed_pages(theme):
    """The live, public pages of every themed page type on this theme, newest first (Page rows)."""
    condition = Q(pk__in=[])
    for model in themed_page_models():
        field = model._meta.get_field("themes")
        through = field.remote_field.through
        on_theme = through.objects.filter(**{field.m2m_reverse_field_name(): theme.pk})
        condition |= Q(pk__in=on_theme.values(field.m2m_field_name()))
    return public_only(Page.objects.live().filter(condition)).order_by("-first_published_at", "-pk")


def theme_listing(request, theme):
    """The requested page of a theme's cards: counted and loaded once per generation, in fixed queries."""
    pages = themed_pages(theme)
    key = f"core:theme:{theme.pk}"
    page = paginate(request, pages, ITEMS_PER_PAGE, count=cached(f"{key}:count", pages.count))
    page.object_list = cached(f"{key}:{page.number}", lambda: as_cards(page.object_list))
    return page
