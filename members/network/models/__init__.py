"""Network models, split by concern: people, invitations, the exchange and proposed record changes."""

from .changes import AuthorityChange
from .exchange import Delivery, Post, PostKind, PostReport, Reply
from .invitations import Invitation
from .profiles import Frequency, MemberProfile

__all__ = [
    "AuthorityChange",
    "Delivery",
    "Frequency",
    "Invitation",
    "MemberProfile",
    "Post",
    "PostKind",
    "PostReport",
    "Reply",
]
