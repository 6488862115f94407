"""Faster page serving: a request's site, page and view restrictions found with few queries.

Cached values are keyed by the content generation, so once a change to pages, restrictions or
sites is committed, they are looked up afresh.
"""

import functools

from django.core.cache import cache
from django.utils.translation import get_language
from wagtail.models import Page, PageViewRestriction, Site, get_page_models

from .generation import generation


def page_at(root, path_components):
    """The page whose address below root is exactly path_components (one query plus its specific row).

    Returns None when no page has that address; the caller then walks the tree, which also covers
    routable pages whose sub-routes are not pages.
    """
    url_path = root.url_path + "".join(f"{component}/" for component in path_components)
    candidates = Page.objects.filter(
        path__startswith=root.path, depth=root.depth + len(path_components), **{f"url_path_{get_language()}": url_path}
    )
    return candidates.specific().first()


@functools.cache
def all_pages_route_by_default():
    """True while no page type has a route() of its own; a shortcut past them would skip their routing."""
    return all(model.route is Page.route for model in get_page_models() if not hasattr(model, "route_by_address"))


def view_restrictions_for(page):
    """Ids of the view restrictions on a page and its ancestors, from a cached list; None if aliases exist."""
    key = f"core:view-restrictions:{generation()}"
    cached = cache.get(key)
    if cached is None:
        cached = {
            # An alias takes its source's restrictions; with any alias around, Wagtail's own lookup decides.
            "has_aliases": Page.objects.filter(alias_of__isnull=False).exists(),
            "restrictions": list(PageViewRestriction.objects.values_list("pk", "page__path")),
        }
        cache.set(key, cached, 3600)
    if cached["has_aliases"]:
        return None
    return [restriction_id for restriction_id, path in cached["restrictions"] if page.path.startswith(path)]


class CachedSiteMiddleware:
    """Find the Wagtail site of a request in the cache instead of the database."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # get_host() enforces ALLOWED_HOSTS, so the number of cache keys stays bounded.
        key = f"core:site:{generation()}:{request.get_host()}:{request.get_port()}"
        site = cache.get(key)
        if site is None:
            site = Site.find_for_request(request)
            if site is not None:
                cache.set(key, site, 3600)
        request._wagtail_site = site
        return self.get_response(request)
