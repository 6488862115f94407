"""What the dashboard shows a member: members-only pages and resources, exchanges in their themes, their record."""

from django.db.models import Q
from wagtail.models import Page, PageViewRestriction, get_page_models

from efus_site.core.generation import cached

from .access import MEMBERS_GROUP
from .models import AuthorityChange, MemberProfile
from .snapshots import latest

ITEMS = 5


def members_pages(limit=ITEMS):
    """The newest live pages restricted to the Members group (news and events for members), cached per generation."""
    return cached(f"network:members-pages:{limit}", lambda: _members_pages(limit))


def _members_pages(limit):
    paths = PageViewRestriction.objects.filter(
        restriction_type=PageViewRestriction.GROUPS, groups__name=MEMBERS_GROUP
    ).values_list("page__path", flat=True)
    condition = Q()
    for path in paths:
        condition |= Q(path__startswith=path)
    if not condition:
        return []
    return list(Page.objects.live().filter(condition).specific().order_by("-first_published_at")[:limit])


def members_resources(limit=ITEMS):
    """The newest live pages of any type that marks them members-only (the library's resources), cached."""
    return cached(f"network:members-resources:{limit}", lambda: _members_resources(limit))


def _members_resources(limit):
    found = []
    for model in get_page_models():
        field_names = {field.name for field in model._meta.get_fields()}
        if "members_only" in field_names and not model._meta.abstract:
            found += model.objects.live().filter(members_only=True).order_by("-first_published_at")[:limit]
    return sorted(found, key=lambda page: page.first_published_at, reverse=True)[:limit]


def dashboard(user):
    """Everything the dashboard lists for this member, each list short."""
    profile = MemberProfile.objects.select_related("authority").filter(user=user).first()
    followed = list(profile.followed_themes.values_list("pk", flat=True)) if profile else []
    return {
        "profile": profile,
        "followed_themes": followed,
        "pages": members_pages(),
        "resources": members_resources(),
        "exchanges": latest(themes=followed, limit=ITEMS),
        "own_posts": latest(author=user.pk, limit=ITEMS),
        "pending_changes": (
            list(AuthorityChange.objects.filter(authority=profile.authority, status="proposed")[:3])
            if profile and profile.is_coordinator
            else []
        ),
    }
