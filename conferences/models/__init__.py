"""Conferences and events: the series and its editions, sessions, speakers, events and registrations."""

from .editions import (
    FIGURE_FIELDS,
    ConferenceEditionPage,
    ConferencesIndexPage,
    editions_of,
    upcoming_edition_open_for_registration,
)
from .events import KIND_SLUGS, EventKind, EventPage, EventsIndexPage
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
    "EventKind",
    "EventPage",
    "EventsIndexPage",
    "Registration",
    "SessionChoice",
    "Session",
    "SessionKind",
    "Speaker",
    "Status",
    "editions_of",
    "upcoming_edition_open_for_registration",
]
