"""Where a page lives in each language (switcher, hreflang, sitemap, CDN purges), text composed per language, and
the language middleware."""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.urls import translate_url
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext, pgettext


def labelled(label, text):
    """The line "Label: text" as the active language writes it (French puts a no-break space before the colon).

    A label written as a sentence ("…contact me about it.") loses its final period or colon, so the
    line never reads "about it.: Please agree"; a question keeps its mark and is followed by the text.
    """
    label = str(label).strip()
    if label.endswith(("?", "!")):
        return pgettext("a label that is a question, then a text", "%(label)s %(text)s") % {
            "label": label,
            "text": text,
        }
    return gettext("%(label)s: %(text)s") % {"label": label.rstrip(".:").rstrip(), "text": text}


def language_urls(request, page=None, suffix=""):
    """Return (code, local name, path) for every language: the same page, translated.

    suffix is the part of the address after the page's own (a routable page's sub-route), kept as it
    is; a lazy one is read in each language, and a {code: suffix} dict gives each language's own (a
    theme's address), for sub-routes whose address is translated.
    """
    links = []
    for code, _name in settings.LANGUAGES:
        if page is None:
            # translate_url resolves the path in the current language, so it must not be overridden.
            path = translate_url(request.path, code)
        else:
            with translation.override(code):
                path = page.get_url(request)
                part = suffix.get(code, "") if isinstance(suffix, dict) else str(suffix)
                if path and part:
                    path += part
        info = translation.get_language_info(code)
        links.append((code, info["name_local"], path))
    return links


def full_urls_in_all_languages(page, request=None):
    """{language code: absolute URL} of a page."""
    urls = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            urls[code] = page.get_full_url(request)
    return urls


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, except that a 404 from a view outside the language prefixes (admin, documents) stays a 404.

    Django redirects a 404 without a language to the same address with one whenever that would resolve,
    and under the language prefixes every address resolves (Wagtail serves pages at any path): a missing
    object in the admin led to the public 404 page at "/en/admin/…". An address that resolved without a
    language was answered by its own view, so its 404 is the answer.
    """

    def process_response(self, request, response):
        resolved = getattr(request, "resolver_match", None) is not None
        if response.status_code == 404 and resolved and not translation.get_language_from_path(request.path_info):
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)
