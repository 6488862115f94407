"""An RSS 2.0 feed of the latest announced events, in the address's language."""

from django.utils.translation import gettext as _

from efus_site.core.feeds import SectionFeed

from .listing import live_events

FEED_ITEMS = 30


class EventsRssFeed(SectionFeed):
    """The events most recently announced, newest first."""

    def title(self, index):
        return _("%(title)s – Efus events") % {"title": index.title}

    def description(self, index):
        return index.intro or _("Events of the European Forum for Urban Security.")

    def items(self, index):
        return live_events(index).order_by("-first_published_at", "-pk")[:FEED_ITEMS]

    def item_description(self, event):
        start = event.local_start
        when = start.strftime("%Y-%m-%d") if event.all_day else start.strftime("%Y-%m-%d %H:%M %Z")
        return f"{when} – {event.intro}"
