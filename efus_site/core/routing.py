"""Faster page serving: a request's site, page and view restrictions found with few queries.

Cached values are keyed by the content generation, so once a change to pages, restrictions or
sites is committed, they are looked up afresh.
"""

import functools

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import get_language
from wagtail.models import Page, PageViewRestriction, Site, SiteRootPath, get_page_models

from .generation import cached


def page_at(root, path_components):
    """The deepest page at path_components or a prefix of it, with the components left over.

    An exact address costs no query once its (id, type) and the page are cached per generation;
    moving, renaming or unpublishing a page starts a new one. Addresses with components left over (a routable page's
    sub-route, or a typo) take one more query and are not cached, so visitors cannot fill the cache.
    Returns None when no page has any of these addresses; the caller then walks the tree.
    """
    language = get_language()
    addresses = [root.url_path]
    for component in path_components:
        addresses.append(f"{addresses[-1]}{component}/")
    addresses = addresses[1:]
    below_root = Page.objects.filter(path__startswith=root.path)

    def exact():
        return below_root.filter(**{f"url_path_{language}": addresses[-1]}).values_list("pk", "content_type_id").first()

    found = cached(f"core:route:{root.pk}:{language}:{addresses[-1]}", exact, keep_none=False)
    remaining = []
    if found is None:
        deepest = (
            below_root.filter(**{f"url_path_{language}__in": addresses[:-1]})
            .order_by("-depth")
            .values_list("pk", "content_type_id", "depth")
            .first()
        )
        if deepest is None:
            return None
        found, remaining = deepest[:2], path_components[deepest[2] - root.depth :]
    page = specific_page(*found)
    return None if page is None else (page, remaining)


def specific_page(pk, content_type_id):
    """The specific page with this id, cached per generation: publishing, unpublishing or moving starts a new one.

    A full page is a hundred-odd columns (each translated field once per language) and its bodies'
    JSON; loading it costs more than rendering most pages, unpickling it a thirtieth of that.
    """
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        return None
    # A page deleted while not live leaves no new generation behind; then the tree walk decides.
    return cached(f"core:page:{pk}", lambda: model.objects.filter(pk=pk).first(), keep_none=False)


@functools.cache
def all_pages_route_by_default():
    """True while no page type has a route() of its own; a shortcut past them would skip their routing."""
    return all(model.route is Page.route for model in get_page_models() if not hasattr(model, "route_by_address"))


def _known_restrictions():
    return cached(
        "core:view-restrictions",
        lambda: {
            # An alias takes its source's restrictions; with any alias around, Wagtail's own lookup decides.
            "has_aliases": Page.objects.filter(alias_of__isnull=False).exists(),
            "restrictions": list(PageViewRestriction.objects.values_list("pk", "page__path")),
        },
    )


def view_restrictions_for(page):
    """Ids of the view restrictions on a page and its ancestors, from a cached list; None if aliases exist."""
    known = _known_restrictions()
    if known["has_aliases"]:
        return None
    return [restriction_id for restriction_id, path in known["restrictions"] if page.path.startswith(path)]


def public_only(pages):
    """pages without those under a view restriction: Wagtail's public() without its query per listing."""
    known = _known_restrictions()
    if known["has_aliases"]:
        return pages.public()
    for path in {path for _restriction_id, path in known["restrictions"]}:
        pages = pages.exclude(path__startswith=path)
    return pages


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


def _site_with_specific_root(request):
    site = Site.find_for_request(request)
    if site is not None:
        # Routing starts from the root page's specific object: cached with the site, it costs no query.
        site.root_page = site.root_page.specific
    return site


class CachedSiteMiddleware:
    """Find the Wagtail site of a request in the cache instead of the database."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # get_host() enforces ALLOWED_HOSTS, so the number of cache keys stays bounded.
        key = f"core:site:{request.get_host()}:{request.get_port()}"
        request._wagtail_site = cached(key, lambda: _site_with_specific_root(request))
        return self.get_response(request)
