"""Member authorities in the site search, found by their folded names as the directory finds them."""

from django.utils.translation import gettext_lazy as _

from efus_site.core.search import MAX_HITS, Hit

from .directory import filtered
from .models import MemberAuthority, members_index

KIND = "members.memberauthority"


def _profile_url(section):
    """A function giving a profile's address from its slug, or None without a live members section."""
    if section is None or not section.url:
        return None
    section_url = section.url
    return lambda slug: section_url + section.reverse_subpage("profile", kwargs={"slug": slug})


class MemberAuthoritySource:
    """Current member authorities whose name, in any language, holds every word searched for."""

    key = KIND
    label = _("member authorities")

    def hits(self, words):
        profile_url = _profile_url(members_index())
        if profile_url is None:
            return []
        authorities = filtered({"q": " ".join(words)}).only("name", "slug", "country", "description")[:MAX_HITS]
        return [
            Hit(
                kind=KIND,
                title=authority.name,
                url=profile_url(authority.slug),
                text=" – ".join(part for part in (authority.country_name, authority.description) if part),
            )
            for authority in authorities
        ]

    def titles(self):
        profile_url = _profile_url(members_index())
        if profile_url is None:
            return []
        return [
            (authority.name, profile_url(authority.slug))
            for authority in MemberAuthority.objects.current().only("name", "slug")
        ]
