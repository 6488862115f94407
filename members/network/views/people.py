"""The directory of people at /<language>/network/people/."""

from django.utils.translation import gettext as _

from efus_site.core.models import Theme
from efus_site.core.pagination import paginate

from ..access import members_only
from ..directory import card, people
from .common import render_area

PER_PAGE = 24


@members_only
def people_list(request):
    """Listed members, searchable by name or authority and filtered by theme."""
    query = request.GET.get("q", "").strip()[:100]
    theme = Theme.objects.filter(slug_en=request.GET.get("theme", "")).first()
    page_obj = paginate(request, people(query, theme), PER_PAGE)
    context = {
        "page_obj": page_obj,
        "cards": [card(profile) for profile in page_obj],
        "query": query,
        "theme": theme,
        "themes": Theme.objects.all(),
    }
    return render_area(request, "network/people.html", _("People of the network"), context)
