"""Navigation, language and breadcrumb tags for the public templates."""

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Site

from ..generation import cached
from ..i18n import labelled, language_urls
from ..models import SiteSettings
from ..navigation import menu_links
from ..routing import view_restrictions_for

register = template.Library()

# Open Graph wants a territory; these are the countries whose variant the site's copy follows.
OG_LOCALES = {"en": "en_GB", "fr": "fr_FR", "de": "de_DE", "it": "it_IT", "es": "es_ES", "pt": "pt_PT"}


def _site(context):
    request = context["request"]
    return Site.find_for_request(request) or Site.objects.get(is_default_site=True)


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    """The main menu, with the current section marked."""
    request = context["request"]
    links = [
        {"text": text, "url": url, "current": _is_in_section(request.path, url)}
        for text, url, _id in menu_links(request, _site(context), "main_menu_items")
    ]
    return {"links": links}


def _is_in_section(path, section_url):
    # "/en/" is the home page, an ancestor of everything: only an exact match counts.
    if not section_url:
        return False
    return path == section_url or (section_url.count("/") > 2 and path.startswith(section_url))


@register.simple_tag(takes_context=True)
def site_settings(context):
    """The current site's contact details and social links, from the cache."""
    return SiteSettings.cached_for_site(_site(context))


@register.inclusion_tag("components/footer_menu.html", takes_context=True)
def footer_menu(context):
    """The footer links."""
    request = context["request"]
    links = [{"text": text, "url": url} for text, url, _id in menu_links(request, _site(context), "footer_menu_items")]
    return {"links": links}


@register.simple_tag(takes_context=True)
def translations(context):
    """The current page (or view) in every language, as dicts for the switcher and hreflang links."""
    request = context["request"]
    page = context.get("page")
    current = context.get("LANGUAGE_CODE")
    # A routable page's sub-route (a member's profile) keeps its place after the translated page address.
    suffix = context.get("route_suffix", "")
    return [
        {
            "code": code,
            "name": name,
            "url": url,
            "absolute_url": request.build_absolute_uri(url),
            "current": code == current,
        }
        for code, name, url in language_urls(request, page, suffix)
        if url
    ]


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The trail from the home page to the current page."""
    page = context.get("page")
    subpage_title = context.get("subpage_title")
    if page is None or (page.depth <= 2 and not subpage_title):
        return {"ancestors": [], "page": page}
    return {"ancestors": _trail(context["request"], page), "page": page, "subpage_title": subpage_title}


def _trail(request, page):
    """The page's ancestors below the root as (title, url) pairs, the home page's title None.

    Cached per generation and language: renaming or moving a page starts a new generation.
    """

    def ancestors():
        found = page.get_ancestors().filter(depth__gte=2).only("title", "url_path", "path", "depth", "locale")
        return [(None if ancestor.depth == 2 else ancestor.title, ancestor.get_url(request)) for ancestor in found]

    return cached(f"core:trail:{page.pk}:{get_language()}", ancestors)


@register.filter
def og_locale(language_code):
    """The Open Graph locale (fr_FR) of a site language (fr)."""
    return OG_LOCALES.get(language_code, "en_GB")


@register.simple_tag
def cacheable_csrf_field():
    """A CSRF field that keeps the page cacheable: empty here, filled in by site.js from /csrf-token/."""
    return mark_safe('<input type="hidden" name="csrfmiddlewaretoken" value="" data-csrf-field>')


@register.simple_tag(name="labelled")
def labelled_tag(label, text):
    """The line "Label: text" with the active language's punctuation ({% labelled field.label field.errors.0 %})."""
    return labelled(label, text)


@register.inclusion_tag("components/restricted_marker.html")
def restricted_marker(page):
    """A visible "members only" mark on a page under a view restriction (itself or an ancestor)."""
    restrictions = view_restrictions_for(page) if page is not None and getattr(page, "path", None) else []
    if restrictions is None:
        restrictions = list(page.get_view_restrictions())
    return {"restricted": bool(restrictions)}
