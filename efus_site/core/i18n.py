"""Where the current page lives in each language, for the switcher, hreflang and the sitemap."""

from django.conf import settings
from django.urls import translate_url
from django.utils import translation


def language_urls(request, page=None):
    """Return (code, local name, path) for every language: the same page, translated."""
    links = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            path = page.get_url(request) if page is not None else translate_url(request.path, code)
        info = translation.get_language_info(code)
        links.append((code, info["name_local"], path))
    return links
