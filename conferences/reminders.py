"""Who is due a reminder two days before; which registrations are old enough to forget."""

import datetime

from django.db.models import Q
from django.utils import timezone

from .models import ConferenceEditionPage, EventPage, Registration, Status


def due_reminders(now, ahead):
    """Ids of confirmed, not yet reminded registrations to editions and events starting in (now, now + ahead]."""
    today = timezone.localdate(now)
    last_day = timezone.localdate(now + ahead)
    editions = ConferenceEditionPage.objects.filter(start_date__gte=today, start_date__lte=last_day).values("pk")
    events = EventPage.objects.filter(starts_at__gt=now, starts_at__lte=now + ahead).values("pk")
    due = Registration.objects.filter(status=Status.CONFIRMED, reminded_at__isnull=True).filter(
        Q(page_id__in=editions) | Q(page_id__in=events)
    )
    return list(due.values_list("pk", flat=True))


#: How long registrations are kept after their edition or event ends, as the form promises.
KEEP_FOR = datetime.timedelta(days=365)


def forget_old_registrations(now):
    """Delete the registrations (and their choices) of editions and events that ended over a year ago."""
    cutoff = now - KEEP_FOR
    editions = ConferenceEditionPage.objects.filter(end_date__lt=timezone.localdate(cutoff)).values("pk")
    events = EventPage.objects.filter(ends_at__lt=cutoff).values("pk")
    deleted, _by_model = Registration.objects.filter(Q(page_id__in=editions) | Q(page_id__in=events)).delete()
    return deleted
