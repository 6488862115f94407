"""An edition's programme, grouped by day or by type of session, from one list of sessions."""

from itertools import groupby

from .models import SessionKind

VIEWS = ("day", "type")


def by_day(sessions):
    """[(day, [sessions])], in time order."""
    ordered = sorted(sessions, key=lambda session: (session.day, session.start_time, session.pk))
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
