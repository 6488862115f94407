"""Faster page serving: a request's site, page and view restrictions found with few queries.

Cached values are keyed by the content generation, so once a change to pages, restrictions or
sites is committed, they are looked up afresh.
"""

import functools

from django.utils.translation import get_language
from wagtail.models import Page, PageViewRestriction, Site, SiteRootPath, get_page_models

from .generation import cached


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
    known = cached(
        "core:view-restrictions",
        lambda: {
            # An alias takes its source's restrictions; with any alias around, Wagtail's own lookup decides.
            "has_aliases": Page.objects.filter(alias_of__isnull=False).exists(),
            "restrictions": list(PageViewRestriction.objects.values_list("pk", "page__path")),
        },
    )
    if known["has_aliases"]:
        return None
    return [restriction_id for restriction_id, path in known["restrictions"] if page.path.startswith(path)]


def site_root_paths():
    """The root paths of all sites in the current language, for building page URLs.

    Stands in for wagtail-modeltranslation's version, which asks the shared cache each time a page
    URL is built in a language the request has not used yet: six times for the language switcher.
    """

    def compute():
        sites = Site.objects.select_related("root_page", "root_page__locale").order_by("-root_page__url_path")
        return [
            (site.id, site.root_page.url_path, site.root_url, site.root_page.locale.language_code) for site in sites
        ]

    return [SiteRootPath(*row) for row in cached(f"core:site-root-paths:{get_language()}", compute)]


class CachedSiteMiddleware:
    """Find the Wagtail site of a request in the cache instead of the database."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # get_host() enforces ALLOWED_HOSTS, so the number of cache keys stays bounded.
        key = f"core:site:{request.get_host()}:{request.get_port()}"
        request._wagtail_site = cached(key, lambda: Site.find_for_request(request))
        return self.get_response(request)
