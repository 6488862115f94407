"""The base of every section's feed: a page section's items, with full addresses in the address's language."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed


class SectionFeed(Feed):
    """RSS 2.0 of a section page's items; subclasses say what the items are and how they read."""

    feed_type = Rss201rev2Feed
    # language is left unset: Django then names the active language, the address's.

    def __init__(self, section):
        super().__init__()
        self.section = section
        self.request = None

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.section

    def link(self, section):
        return section.get_full_url(self.request)

    def item_title(self, page):
        return page.title

    def item_link(self, page):
        return page.get_full_url(self.request)

    def item_pubdate(self, page):
        return page.first_published_at
