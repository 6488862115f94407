"""Conferences and events: editions, sessions, speakers, events, registrations, declarations and EU projects."""

from .declarations import DeclarationPage, DeclarationsIndexPage, Signatory, declarations_of
from .editions import (
    FIGURE_FIELDS,
    ConferenceEditionPage,
    ConferencesIndexPage,
    editions_of,
    upcoming_edition_open_for_registration,
)
from .events import KIND_SLUGS, EventKind, EventPage, EventsIndexPage
from .history import NetworkHistoryPage
from .projects import PartnerRole, Programme, ProjectPage, ProjectPartner, ProjectsIndexPage
from .registrations import ACTIVE, Registration, SessionChoice, Status
from .sessions import CHOSEN_KINDS, Session, SessionKind
from .speakers import Speaker

__all__ = [
    "ACTIVE",
    "CHOSEN_KINDS",
    "FIGURE_FIELDS",
    "KIND_SLUGS",
    "ConferenceEditionPage",
    "ConferencesIndexPage",
    "DeclarationPage",
    "DeclarationsIndexPage",
    "EventKind",
    "EventPage",
    "EventsIndexPage",
    "NetworkHistoryPage",
    "PartnerRole",
    "Programme",
    "ProjectPage",
    "ProjectPartner",
    "ProjectsIndexPage",
    "Registration",
    "SessionChoice",
    "Session",
    "Signatory",
    "SessionKind",
    "Speaker",
    "Status",
    "declarations_of",
    "editions_of",
    "upcoming_edition_open_for_registration",
]
