"""An RSS 2.0 feed of the latest announced events, in the address's language."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _

from .listing import live_events

FEED_ITEMS = 30


class EventsRssFeed(Feed):
    """The events most recently announced, newest first."""

    feed_type = Rss201rev2Feed

    def __init__(self, index):
        super().__init__()
        self.index = index
        self.request = None

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index

    def title(self, index):
        return _("%(title)s – Efus events") % {"title": index.title}

    def link(self, index):
        return index.get_full_url(self.request)

    def description(self, index):
        return index.intro or _("Events of the European Forum for Urban Security.")

    def items(self, index):
        return live_events(index).order_by("-first_published_at", "-pk")[:FEED_ITEMS]

    def item_title(self, event):
        return event.title

    def item_description(self, event):
        start = event.local_start
        when = start.strftime("%Y-%m-%d") if event.all_day else start.strftime("%Y-%m-%d %H:%M %Z")
        return f"{when} – {event.intro}"

    def item_link(self, event):
        return event.get_full_url(self.request)

    def item_pubdate(self, event):
        return event.first_published_at
