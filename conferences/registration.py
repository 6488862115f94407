"""Seats and waiting lists: registering, changing, cancelling and moving people up.

Every change to a page's registrations runs in a transaction that first locks the page's row
(SELECT … FOR UPDATE), then the rows of the sessions it touches, always in the order of their ids:
two registrations for the last seat, even at the same instant, are counted one after the other,
so the seat goes to one and the other joins the waiting list.
"""

from django.db import transaction
from wagtail.models import Page

from efus_site.core.outbox import enqueue

from .models import ACTIVE, Registration, Session, SessionChoice, Status
from .tasks import confirm_cancellation, confirm_registration, notify_moved_up


def _lock_page(page_id):
    Page.objects.select_for_update().filter(pk=page_id).values_list("pk", flat=True).get()


def _locked_sessions(ids):
    return list(Session.objects.select_for_update().filter(pk__in=ids).order_by("pk"))


def _has_seat(capacity, taken):
    return capacity is None or taken < capacity


def _session_status(session):
    taken = session.choices.filter(status=Status.CONFIRMED).count()
    return Status.CONFIRMED if _has_seat(session.capacity, taken) else Status.WAITING


def register(page, fields, session_ids, language):
    """Register someone (fields: the form's values) to a page; (registration, created).

    The same email already registered (a double submit, a second tab) gets the existing
    registration back and nothing new is stored or sent.
    """
    with transaction.atomic():
        _lock_page(page.pk)
        existing = Registration.objects.filter(page_id=page.pk, email__iexact=fields["email"], status__in=ACTIVE)
        if existing.exists():
            return existing.first(), False
        taken = Registration.objects.filter(page_id=page.pk, status=Status.CONFIRMED).count()
        status = Status.CONFIRMED if _has_seat(page.capacity, taken) else Status.WAITING
        registration = Registration.objects.create(page_id=page.pk, status=status, language=language, **fields)
        _add_choices(registration, session_ids)
        enqueue(confirm_registration, registration.pk)
    return registration, True


def _add_choices(registration, session_ids):
    """Choose sessions: a seat in each that has one, else its waiting list (all waiting while the registration is)."""
    for session in _locked_sessions(session_ids):
        status = _session_status(session) if registration.status == Status.CONFIRMED else Status.WAITING
        SessionChoice.objects.create(registration=registration, session=session, status=status)


def change_sessions(registration, session_ids):
    """Replace a registrant's sessions: seats given up go to the waiting lists, new ones are taken if free."""
    with transaction.atomic():
        _lock_page(registration.page_id)
        registration.refresh_from_db()
        if registration.status == Status.CANCELLED:
            return []
        wanted = set(session_ids)
        kept = set(registration.choices.exclude(status=Status.CANCELLED).values_list("session_id", flat=True))
        dropped = kept - wanted
        touched = sorted(dropped | (wanted - kept))
        _locked_sessions(touched)
        freed = set(
            registration.choices.filter(session_id__in=dropped, status=Status.CONFIRMED).values_list(
                "session_id", flat=True
            )
        )
        registration.choices.filter(session_id__in=dropped).delete()
        _add_choices(registration, sorted(wanted - kept))
        moved_up = set()
        for session in Session.objects.filter(pk__in=freed).order_by("pk"):
            moved_up |= _fill_session(session)
        for registration_id in sorted(moved_up):
            enqueue(notify_moved_up, registration_id)
        enqueue(confirm_registration, registration.pk)
    return sorted(moved_up)


def cancel(registration):
    """Cancel a registration; the first people on the waiting lists move up. The ids of those who did."""
    with transaction.atomic():
        _lock_page(registration.page_id)
        registration.refresh_from_db()
        if registration.status == Status.CANCELLED:
            return []
        was_confirmed = registration.status == Status.CONFIRMED
        choices = registration.choices.exclude(status=Status.CANCELLED)
        freed = sorted(choices.filter(status=Status.CONFIRMED).values_list("session_id", flat=True))
        _locked_sessions(freed)
        choices.update(status=Status.CANCELLED)
        registration.status = Status.CANCELLED
        registration.save(update_fields=["status"])
        moved_up = _fill_page(registration.page_id) if was_confirmed else set()
        for session in Session.objects.filter(pk__in=freed).order_by("pk"):
            moved_up |= _fill_session(session)
        enqueue(confirm_cancellation, registration.pk)
        for registration_id in sorted(moved_up):
            enqueue(notify_moved_up, registration_id)
    return sorted(moved_up)


def _fill_page(page_id):
    """Move people up the page's waiting list while there are seats (called with the page locked)."""
    page = Page.objects.get(pk=page_id).specific
    moved_up = set()
    taken = Registration.objects.filter(page_id=page_id, status=Status.CONFIRMED).count()
    waiting = Registration.objects.filter(page_id=page_id, status=Status.WAITING).order_by("created_at", "pk")
    for registration in waiting:
        if not _has_seat(page.capacity, taken):
            break
        registration.status = Status.CONFIRMED
        registration.save(update_fields=["status"])
        taken += 1
        moved_up.add(registration.pk)
        waiting_choices = registration.choices.filter(status=Status.WAITING).values_list("session_id", flat=True)
        for session in _locked_sessions(list(waiting_choices)):
            if _session_status(session) == Status.CONFIRMED:
                registration.choices.filter(session=session).update(status=Status.CONFIRMED)
    return moved_up


def _fill_session(session):
    """Give a session's free seats to the first on its waiting list whose registration holds a seat."""
    moved_up = set()
    while _session_status(session) == Status.CONFIRMED:
        choice = (
            session.choices.filter(status=Status.WAITING, registration__status=Status.CONFIRMED)
            .order_by("created_at", "pk")
            .first()
        )
        if choice is None:
            break
        choice.status = Status.CONFIRMED
        choice.save(update_fields=["status"])
        moved_up.add(choice.registration_id)
    return moved_up


def seats_left(page):
    """Seats left on a page (None: no limit)."""
    if page.capacity is None:
        return None
    taken = Registration.objects.filter(page_id=page.pk, status=Status.CONFIRMED).count()
    return max(page.capacity - taken, 0)
