"""An edition's programme, grouped by day or by type of session, from one list of sessions.

The page shows each session as a `ProgrammeEntry`: plain strings in one language, made once per
content generation. Rendering the programme from the sessions themselves (their related managers,
their translated fields and a date filter per time shown) took about four fifths of the edition
page's time; the entries keep the HTML rendered on every request, with less to look up.
"""

import datetime
from dataclasses import dataclass
from itertools import groupby

from django.utils.dateformat import format as format_date

from .models import SessionKind

VIEWS = ("day", "type")


@dataclass(frozen=True, slots=True)
class ProgrammeEntry:
    """What the programme shows of a session, in the active language."""

    anchor: str
    kind: str
    kind_label: str
    day: datetime.date
    start_time: datetime.time
    day_iso: str
    day_label: str
    start: str
    end: str
    room: str
    title: str
    description: str
    speakers: tuple
    moderators: tuple
    themes: tuple
    recording: object


def entries(sessions):
    """The sessions as entries in the active language: people as (link, name), themes as names."""
    return [
        ProgrammeEntry(
            anchor=f"session-{session.pk}",
            kind=session.kind,
            kind_label=str(session.get_kind_display()),
            day=session.day,
            start_time=session.start_time,
            day_iso=session.day.isoformat(),
            day_label=format_date(session.day, "l j F"),
            start=session.start_time.strftime("%H:%M"),
            end=session.end_time.strftime("%H:%M"),
            room=session.room,
            title=session.title,
            description=session.description,
            speakers=tuple((f"#speaker-{person.pk}", person.name) for person in session.speakers.all()),
            moderators=tuple((f"#speaker-{person.pk}", person.name) for person in session.moderators.all()),
            themes=tuple(theme.name for theme in session.themes.all()),
            recording=session.recording or None,
        )
        for session in sessions
    ]


def by_day(sessions):
    """[(day, [sessions])], in time order."""
    ordered = sorted(sessions, key=lambda session: (session.day, session.start_time))
    return [(day, list(group)) for day, group in groupby(ordered, key=lambda session: session.day)]


def by_type(sessions):
    """[(label, [sessions])] in the order plenaries, workshops, focus sessions, field visits."""
    groups = []
    for kind in SessionKind:
        chosen = [session for session in sessions if session.kind == kind]
        if chosen:
            groups.append((kind.label, sorted(chosen, key=lambda session: (session.day, session.start_time))))
    return groups


def programme(sessions, view):
    """The groups of the chosen view ("day" unless "type")."""
    return by_type(sessions) if view == "type" else by_day(sessions)


def speakers_of(sessions):
    """The distinct speakers and moderators of the sessions, by family name."""
    people = {
        person.pk: person for session in sessions for person in (*session.speakers.all(), *session.moderators.all())
    }
    return sorted(people.values(), key=lambda person: (person.sort_name, person.pk))
