"""Menus read from NavigationSettings, cached per site and language."""

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language

from .models import NavigationSettings

MENU_KINDS = ("main_menu_items", "footer_menu_items")


def _cache_key(site_id, kind, language):
    return f"core:menu:{site_id}:{kind}:{language}"


def menu_links(request, site, kind):
    """(text, url, page id) for each live page of a menu, in the current language."""
    key = _cache_key(site.pk, kind, get_language())
    links = cache.get(key)
    if links is None:
        navigation = NavigationSettings.for_site(site)
        items = getattr(navigation, kind).select_related("page").filter(page__live=True)
        links = [(item.text, item.page.get_url(request), item.page_id) for item in items]
        cache.set(key, links, None)
    return links


def clear_menu_cache(site_ids):
    """Forget the cached menus of these sites in every language."""
    cache.delete_many(
        [
            _cache_key(site_id, kind, code)
            for site_id in site_ids
            for kind in MENU_KINDS
            for code, _ in settings.LANGUAGES
        ]
    )
