"""RSS 2.0 and Atom feeds of the latest releases, one per language (the address's language)."""

from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from efus_site.core.feeds import SectionFeed

from .releases import feed_releases


class PressReleasesRssFeed(SectionFeed):
    """The latest releases written in the visitor's language, newest first."""

    def title(self, index):
        return _("%(title)s – Efus press releases") % {"title": index.title}

    def description(self, index):
        return index.intro or _("Press releases of the European Forum for Urban Security.")

    def items(self, index):
        return feed_releases(index, get_language())

    def item_description(self, release):
        return release.standfirst

    def item_updateddate(self, release):
        return release.last_published_at


class PressReleasesAtomFeed(PressReleasesRssFeed):
    """The same releases as Atom 1.0."""

    feed_type = Atom1Feed

    def subtitle(self, index):
        return self.description(index)
