"""Menus read from NavigationSettings, cached per site and language."""

from django.utils.translation import get_language

from .generation import cached
from .models import NavigationSettings

MENU_SECONDS = 3600


def menu_links(request, site, kind):
    """(text, url, page id) for each live page of a menu, in the current language."""

    def links():
        navigation = NavigationSettings.for_site(site)
        items = getattr(navigation, kind).select_related("page").filter(page__live=True)
        return [(item.text, item.page.get_url(request), item.page_id) for item in items]

    return cached(f"core:menu:{site.pk}:{kind}:{get_language()}", links, MENU_SECONDS)
