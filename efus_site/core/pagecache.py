"""Whole-page cache for anonymous visitors, emptied whenever content is published."""

import hashlib
import re

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_cache_control

from .generation import generation

SKIPPED_HEADERS = {"content-security-policy", "x-cache"}
PAGE_NUMBER = re.compile(r"^[1-9][0-9]{0,4}$")


def _language_prefixes():
    return tuple(f"/{code}/" for code, _name in settings.LANGUAGES)


def _cache_key(request):
    raw = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    return f"pagecache:{settings.RELEASE_ID}:{generation()}:{hashlib.sha256(raw.encode()).hexdigest()}"


def is_cacheable_request(request):
    """A GET for a public page, by a visitor without a session, with only known query parameters."""
    return (
        request.method in ("GET", "HEAD")
        and request.path.startswith(_language_prefixes())
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
        and set(request.GET) <= settings.PAGE_CACHE_QUERY_PARAMETERS
        # Only real page numbers: junk values all show page 1 and would each take a cache entry.
        and all(PAGE_NUMBER.match(request.GET[name]) for name in request.GET)
    )


def is_cacheable_response(response):
    """A complete 200 that sets no cookie, so it is the same for every visitor without a session.

    "Vary: Cookie" alone does not disqualify it: Wagtail's user bar reads request.user on every page,
    which adds that header, but the request had no session cookie, so the visitor was anonymous.
    """
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "private" not in response.get("Cache-Control", "")
        and "no-cache" not in response.get("Cache-Control", "")
    )


class AnonymousPageCacheMiddleware:
    """Serve anonymous visitors stored copies of pages; logged-in users always get fresh ones."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # PAGE_CACHE_SECONDS=0 turns the cache off: nothing is looked up or stored.
        if settings.PAGE_CACHE_SECONDS <= 0 or not is_cacheable_request(request):
            response = self.get_response(request)
            if settings.SESSION_COOKIE_NAME in request.COOKIES and request.path.startswith(_language_prefixes()):
                # A logged-in view of a public page must not be kept by a CDN or a shared proxy.
                patch_cache_control(response, private=True)
            return response
        key = _cache_key(request)
        stored = cache.get(key)
        if stored is not None:
            status, headers, content = stored
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            response["X-Cache"] = "HIT"
            return response
        response = self.get_response(request)
        if is_cacheable_response(response):
            headers = [(name, value) for name, value in response.items() if name.lower() not in SKIPPED_HEADERS]
            cache.set(key, (response.status_code, headers, response.content), settings.PAGE_CACHE_SECONDS)
            response["X-Cache"] = "MISS"
        return response
