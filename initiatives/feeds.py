"""RSS feed of the latest initiatives a section published, in the address's language."""

from django.utils.translation import gettext as _

from efus_site.core.feeds import SectionFeed

from .models import live_initiatives

FEED_LENGTH = 20


class InitiativesFeed(SectionFeed):
    """The latest approved initiatives, newest first."""

    def title(self, section):
        return _("Initiatives shared on the %(crisis)s platform – Efus") % {"crisis": section.crisis.name}

    def description(self, section):
        return section.intro or _("Responses of local and regional authorities, shared with Efus.")

    def items(self, section):
        return live_initiatives(section).order_by("-first_published_at", "-pk")[:FEED_LENGTH]

    def item_title(self, initiative):
        return f"{initiative.title} ({initiative.authority_name})"

    def item_description(self, initiative):
        return initiative.summary
