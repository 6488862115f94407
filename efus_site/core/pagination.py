"""Pagination shared by every listing: a bad or out-of-range page number never fails."""

from django.core.paginator import Paginator


def paginate(request, items, per_page, count=None):
    """The requested page of items; junk falls back to the first page, too high to the last.

    count, when given, stands for counting the items: a listing may know it already or cache it.
    """
    paginator = Paginator(items, per_page)
    if count is not None:
        paginator.count = count
    return paginator.get_page(request.GET.get("page"))
