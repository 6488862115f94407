"""Members models, split by concern: the authorities, applications to join, and the pages."""

from .applications import ApplicationStatus, MembershipApplication
from .authorities import ExcoRole, Kind, MemberAuthority, Status
from .pages import GovernancePage, MembersIndexPage, members_index

__all__ = [
    "ApplicationStatus",
    "ExcoRole",
    "GovernancePage",
    "Kind",
    "MemberAuthority",
    "MembersIndexPage",
    "MembershipApplication",
    "Status",
    "members_index",
]
