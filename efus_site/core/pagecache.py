"""Whole-page cache for anonymous visitors, emptied whenever content is published."""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse

VERSION_KEY = "pagecache:version"
SKIPPED_HEADERS = {"set-cookie", "content-security-policy", "x-cache"}


def generation():
    """The current content generation: it moves on whenever anything visitors see changes."""
    version = cache.get(VERSION_KEY)
    if version is None:
        version = 1
        cache.add(VERSION_KEY, version, None)
    return version


def invalidate_all():
    """Forget every cached page (all languages) by moving to a new cache generation."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, None)


def _language_prefixes():
    return tuple(f"/{code}/" for code, _name in settings.LANGUAGES)


def _cache_key(request):
    raw = f"{request.get_host()}{request.get_full_path()}"
    return f"pagecache:{generation()}:{hashlib.sha256(raw.encode()).hexdigest()}"


def is_cacheable_request(request):
    """A GET for a public page, by a visitor without a session, with only known query parameters."""
    return (
        request.method in ("GET", "HEAD")
        and request.path.startswith(_language_prefixes())
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
        and set(request.GET) <= settings.PAGE_CACHE_QUERY_PARAMETERS
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
        if not is_cacheable_request(request):
            return self.get_response(request)
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
