"""When an event takes place, in its own time zone, as people read it."""

from django import template
from django.utils.dateformat import format as date_format
from django.utils.formats import date_format as localized_date
from django.utils.html import format_html

register = template.Library()


@register.simple_tag
def event_when(event, long=False):
    """The event's day(s) and times in its own zone, e.g. “14 April 2020, 14:00–15:30 CEST”, in <time> elements."""
    start, end = event.interval()
    day_format = "DATE_FORMAT" if long else "SHORT_DATE_FORMAT"
    first = format_html('<time datetime="{}">{}</time>', start.isoformat(), localized_date(start, day_format))
    if event.all_day:
        if event.end_date == event.start_date:
            return first
        last_day = localized_date(event.end_date, day_format)
        return format_html('{}–<time datetime="{}">{}</time>', first, event.end_date.isoformat(), last_day)
    times = f"{date_format(start, 'H:i')}–{date_format(end, 'H:i')} {start.tzname()}"
    if event.end_date != event.start_date:
        last_day = localized_date(end, day_format)
        times = f"{date_format(start, 'H:i')} {start.tzname()} – {last_day} {date_format(end, 'H:i')}"
    return format_html('{}, <span class="event__times">{}</span>', first, times)
