"""The public views of the themes section: every theme, and everything on one theme."""

from django.conf import settings
from django.http import Http404, HttpResponsePermanentRedirect
from django.template.response import TemplateResponse

from .theme_listing import all_themes, theme_for_slug, theme_listing


def themes_index(page, request):
    """Every theme, in the staff's order."""
    context = page.get_context(request)
    context["themes"] = all_themes()
    return TemplateResponse(request, "core/themes_index_page.html", context)


def theme(page, request, slug):
    """Everything on one theme across page types, newest first, a page at a time."""
    found, slug_here = theme_for_slug(slug)
    if found is None:
        raise Http404
    if slug_here != slug:
        return HttpResponsePermanentRedirect(page.get_url(request) + page.reverse_subpage("theme", args=[slug_here]))
    context = page.get_context(request)
    context.update(
        theme=found,
        items=theme_listing(request, found),
        subpage_title=found.name,
        # The language switcher and hreflang links lead to the theme's address in each language.
        route_suffix={code: f"{found.slug_in(code)}/" for code, _name in settings.LANGUAGES},
    )
    return TemplateResponse(request, "core/theme_page.html", context)
