"""Models of the newsletter, re-exported from their modules."""

from .deliveries import Delivery, Mailing
from .pages import NewsletterIssuePage, NewsletterItem, NewsletterPage, suggested_items
from .subscribers import ALL_TOPICS, BOUNCE_LIMIT, Subscriber, Topic

__all__ = [
    "ALL_TOPICS",
    "BOUNCE_LIMIT",
    "Delivery",
    "Mailing",
    "NewsletterIssuePage",
    "NewsletterItem",
    "NewsletterPage",
    "Subscriber",
    "Topic",
    "suggested_items",
]
