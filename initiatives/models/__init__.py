"""The crises, the platform's pages and the submissions waiting for moderation."""

from .crises import Crisis
from .pages import InitiativeAttachment, InitiativePage, InitiativesIndexPage, live_initiatives
from .submissions import InitiativeSubmission, State, SubmissionAttachment

__all__ = [
    "Crisis",
    "InitiativeAttachment",
    "InitiativePage",
    "InitiativeSubmission",
    "InitiativesIndexPage",
    "State",
    "SubmissionAttachment",
    "live_initiatives",
]
