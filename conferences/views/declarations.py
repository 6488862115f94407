"""The declarations section and a declaration's page: signatories, their count and their map."""

from django.utils.translation import get_language

from efus_site.core.generation import cached
from efus_site.core.pagination import paginate
from members.maps import HEIGHT, WIDTH, linked_dots
from members.models.pages import members_index

from ..models import declarations_of

DECLARATIONS_PER_PAGE = 10


def index_context(page, request):
    """The section's declarations, newest first, one page of them, with their signatory counts."""
    declarations = cached(f"conferences:declarations:{page.pk}:{get_language()}", lambda: list(declarations_of(page)))
    return {"declarations": paginate(request, declarations, DECLARATIONS_PER_PAGE)}


def declaration_context(page, request):
    """The signatories (members linked to their profiles), how many, and the map of the members among them."""
    if getattr(request, "is_preview", False):
        parts = _parts(page)
    else:
        parts = cached(f"conferences:declaration:{page.pk}:{get_language()}", lambda: _parts(page))
    signatories = parts["signatories"]
    section = members_index()
    directory_url = section.get_url(request) if section else None
    rows = [(signatory, _profile_url(signatory, directory_url)) for signatory in signatories]
    located = [
        (float(each.authority.latitude), float(each.authority.longitude), url, each.name)
        for each, url in rows
        if url and each.authority.has_location
    ]
    return {
        "edition": parts["edition"],
        "project": parts["project"],
        "signatories": rows,
        "signatory_count": len(rows),
        "map_dots": linked_dots(located) if located else "",
        "mapped_count": len(located),
        "map_size": (WIDTH, HEIGHT),
    }


def _parts(page):
    """The signatories with their authorities, and the edition and project if live: one query each."""
    edition, project = page.edition, page.project
    return {
        "signatories": page.signatory_list(),
        "edition": edition if edition is not None and edition.live else None,
        "project": project if project is not None and project.live else None,
    }


def _profile_url(signatory, directory_url):
    authority = signatory.authority
    if authority is None or directory_url is None or not authority.slug:
        return ""
    return f"{directory_url}{authority.slug}/"
