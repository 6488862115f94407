"""Who is due a reminder: confirmed registrants of what starts within the next two days."""

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
