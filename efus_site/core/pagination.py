"""Pagination shared by every listing: a bad or out-of-range page number never fails."""

from django.core.paginator import Paginator


def paginate(request, items, per_page):
    """The requested page of items; junk falls back to the first page, too high to the last."""
    return Paginator(items, per_page).get_page(request.GET.get("page"))
