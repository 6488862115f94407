"""Menus read from NavigationSettings, cached per site and language."""

from django.core.cache import cache
from django.utils.translation import get_language

from .generation import generation
from .models import NavigationSettings

MENU_SECONDS = 3600


def menu_links(request, site, kind):
    """(text, url, page id) for each live page of a menu, in the current language."""
    key = f"core:menu:{generation()}:{site.pk}:{kind}:{get_language()}"
    links = cache.get(key)
    if links is None:
        navigation = NavigationSettings.for_site(site)
        items = getattr(navigation, kind).select_related("page").filter(page__live=True)
        links = [(item.text, item.page.get_url(request), item.page_id) for item in items]
        cache.set(key, links, MENU_SECONDS)
    return links
