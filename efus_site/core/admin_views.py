"""Admin views of the core: the search report."""

from django.contrib.auth.decorators import permission_required
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from . import search

#: Who may see what visitors search for: those who may promote results for a search.
SEARCH_REPORT_PERMISSION = "wagtailsearchpromotions.add_searchpromotion"


@permission_required(SEARCH_REPORT_PERMISSION, raise_exception=True)
def search_report(request):
    """The most searched terms and the searches that found nothing, over the last 30 days."""
    context = {**search.report(), "page_title": _("Site search"), "header_icon": "search"}
    return TemplateResponse(request, "core/admin/search_report.html", context)
