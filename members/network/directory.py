"""The directory of people: members who chose to be listed, and only the fields each chose to show."""

from django.db.models import Prefetch, Q

from efus_site.core.models import Theme

from .models import MemberProfile


def people(query="", theme=None):
    """Listed profiles, by name, with their authority and themes loaded in a fixed number of queries."""
    profiles = MemberProfile.objects.filter(in_directory=True, user__is_active=True).select_related("authority", "user")
    if query:
        profiles = profiles.filter(Q(name__icontains=query) | Q(authority__search_text__icontains=query.lower()))
    if theme is not None:
        profiles = profiles.filter(show_themes=True, themes=theme)
    return profiles.prefetch_related(Prefetch("themes", queryset=Theme.objects.order_by("sort_order"))).order_by("name")


def card(profile):
    """What the directory shows of one person: name and authority always, the rest as they chose."""
    return {
        "name": profile.name,
        "authority": profile.authority,
        "role": profile.role if profile.show_role else "",
        "themes": list(profile.themes.all()) if profile.show_themes else [],
        "languages": profile.language_names() if profile.show_languages else [],
        "email": profile.user.email if profile.show_email else "",
    }
