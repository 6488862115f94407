"""The public views of the press room: the releases by year and the press kit."""

from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from .models import shared_press_texts
from .releases import chosen_year, release_years, releases_page

#: Longer than any year: a longer ?year= is junk and is neither parsed nor shown back.
YEAR_MAX_LENGTH = 10


def press_index(page, request):
    """The releases, newest first, a page at a time; ?year= keeps one year's."""
    years = release_years(page)
    value = request.GET.get("year", "")
    year, message = chosen_year(value if len(value) <= YEAR_MAX_LENGTH else "junk", years)
    context = page.get_context(request)
    context.update(
        releases=releases_page(request, page, year),
        years=years,
        year=year,
        year_message=message,
        route_suffix=f"?year={year}" if year else "",
    )
    return TemplateResponse(request, "press/press_index_page.html", context)


def press_kit(page, request):
    """The press kit: its files, the "About Efus" paragraph and the contacts."""
    context = page.get_context(request)
    context["boilerplate"], context["contacts"] = shared_press_texts()
    context.update(
        kit_items=list(page.kit_items.select_related("document")),
        route_suffix="kit/",
        subpage_title=_("Press kit"),
    )
    return TemplateResponse(request, "press/press_kit.html", context)
