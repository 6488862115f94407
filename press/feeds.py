"""RSS 2.0 and Atom feeds of the latest releases, one per language (the address's language)."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from .releases import feed_releases


class PressReleasesRssFeed(Feed):
    """The latest releases written in the visitor's language, newest first."""

    feed_type = Rss201rev2Feed
    # language is left unset: Django then names the active language, the address's.

    def __init__(self, index):
        super().__init__()
        self.index = index
        self.request = None

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index

    def title(self, index):
        return _("%(title)s – Efus press releases") % {"title": index.title}

    def link(self, index):
        return index.get_full_url(self.request)

    def description(self, index):
        return index.intro or _("Press releases of the European Forum for Urban Security.")

    def items(self, index):
        return feed_releases(index, get_language())

    def item_title(self, release):
        return release.title

    def item_description(self, release):
        return release.standfirst

    def item_link(self, release):
        return release.get_full_url(self.request)

    def item_pubdate(self, release):
        return release.first_published_at

    def item_updateddate(self, release):
        return release.last_published_at


class PressReleasesAtomFeed(PressReleasesRssFeed):
    """The same releases as Atom 1.0."""

    feed_type = Atom1Feed

    def subtitle(self, index):
        return self.description(index)
