"""The public views of the members section: the directory, each profile, and the open-data files."""

import csv
import json

from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils.text import Truncator

from efus_site.core.generation import cached
from efus_site.core.pagination import paginate

from ..directory import count_and_dots, filtered, listed
from ..forms import DirectoryFilterForm
from ..maps import HEIGHT, WIDTH, dots
from ..models.authorities import Kind, MemberAuthority
from ..models.counts import country_counts, network_counts, network_figures
from ..open_data import COLUMNS, export_rows, spreadsheet_safe

AUTHORITIES_PER_PAGE = 24


def directory(page, request):
    """The directory: filters, counts, the map and the list."""
    form = DirectoryFilterForm(request.GET, country_counts())
    filters = form.filters()
    authorities = filtered(filters)
    counts = network_counts()
    directory_url = page.get_url(request)
    matching, map_dots = count_and_dots(authorities, filters, counts, directory_url)
    page_obj = paginate(request, authorities, AUTHORITIES_PER_PAGE, count=matching)
    page_obj.object_list = listed(page_obj.object_list, page_obj.number, filters)
    context = page.get_context(request)
    context.update(
        form=form,
        filtered=bool(filters),
        authorities=page_obj,
        matching=matching,
        counts=counts,
        network=network_figures(page.network_size),
        map_dots=map_dots,
        directory_url=directory_url,
        join_url=directory_url + page.reverse_subpage("join"),
        map_size=(WIDTH, HEIGHT),
        letters=form.fields["letter"].choices[1:],
        current_letter=filters.get("letter", ""),
        # The language switcher keeps the filters.
        route_suffix=f"?{request.GET.urlencode()}" if request.GET else "",
    )
    return TemplateResponse(request, "members/members_index_page.html", context)


def profile(page, request, slug):
    """One authority's public profile (the authority cached per generation; an unknown slug is not kept)."""
    authority = cached(
        f"members:authority:{slug}",
        lambda: MemberAuthority.objects.select_related("national_forum", "logo").filter(slug=slug).first(),
        keep_none=False,
    )
    if authority is None:
        raise Http404
    return render_profile(page, request, authority)


def render_profile(page, request, authority):
    """The profile page of an authority, saved or (in the editor's preview) not yet."""
    forum_members = []
    if authority.kind == Kind.FORUM and authority.pk:
        forum_members = list(authority.forum_members.current().order_by("sort_name"))
    context = page.get_context(request)
    context.update(
        authority=authority,
        forum_members=forum_members,
        route_suffix=f"{authority.slug}/",
        subpage_title=authority.name,
        subpage_description=Truncator(authority.summary).chars(160),
        subpage_image=authority.logo,
        map_dots=dots([(float(authority.latitude), float(authority.longitude))]) if authority.has_location else "",
        directory_url=page.get_url(request),
        map_size=(WIDTH, HEIGHT),
    )
    return TemplateResponse(request, "members/authority_profile.html", context)


def export_csv(page, request):
    """The public fields of every authority, current and former (the status column says), as CSV."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="efus-members.csv"'
    response.write("\ufeff")  # so spreadsheet programs read the accents right
    writer = csv.writer(response)
    writer.writerow(COLUMNS)
    writer.writerows([spreadsheet_safe(row[column]) for column in COLUMNS] for row in export_rows())
    return response


def export_json(page, request):
    """The same open data as JSON."""
    return HttpResponse(
        json.dumps({"members": export_rows()}, ensure_ascii=False, indent=1), content_type="application/json"
    )
