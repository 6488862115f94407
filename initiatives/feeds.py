"""RSS feed of the latest initiatives a section published, in the address's language."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _

from .models import live_initiatives

FEED_LENGTH = 20


class InitiativesFeed(Feed):
    """The latest approved initiatives, newest first."""

    feed_type = Rss201rev2Feed

    def __init__(self, section):
        super().__init__()
        self.section = section
        self.request = None

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.section

    def title(self, section):
        return _("Initiatives shared on the %(crisis)s platform – Efus") % {"crisis": section.crisis.name}

    def link(self, section):
        return section.get_full_url(self.request)

    def description(self, section):
        return section.intro or _("Responses of local and regional authorities, shared with Efus.")

    def items(self, section):
        return live_initiatives(section).order_by("-first_published_at", "-pk")[:FEED_LENGTH]

    def item_title(self, initiative):
        return f"{initiative.title} ({initiative.authority_name})"

    def item_description(self, initiative):
        return initiative.summary

    def item_link(self, initiative):
        return initiative.get_full_url(self.request)

    def item_pubdate(self, initiative):
        return initiative.first_published_at
