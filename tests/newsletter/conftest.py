"""Fixtures of the newsletter tests: the section, an issue listing two pages, a local SMTP sink."""

import pytest

from bench.smtp_sink import start_sink
from efus_site.core.factories import StandardPageFactory
from efus_site.newsletter.factories import NewsletterIssuePageFactory, NewsletterItemFactory, NewsletterPageFactory


@pytest.fixture
def section(home):
    """The newsletter section under the home page, published."""
    return NewsletterPageFactory(parent=home)


@pytest.fixture
def issue(section, home):
    """An issue in English and French listing two pages, one translated into French."""
    first = StandardPageFactory(
        parent=home,
        title="Safer nightlife in Lisbon",
        slug_en="nightlife",
        title_fr="Une vie nocturne plus sûre à Lisbonne",
        slug_fr="vie-nocturne",
        listing_summary="How Lisbon works with bar owners.",
        listing_summary_fr="Comment Lisbonne travaille avec les bars.",
    )
    second = StandardPageFactory(
        parent=home, title="Prevention & youth", slug_en="youth", listing_summary="Ideas <that> work."
    )
    issue = NewsletterIssuePageFactory(parent=section, title="December news", title_fr="Nouvelles de décembre")
    NewsletterItemFactory(issue=issue, page=first, sort_order=0)
    NewsletterItemFactory(issue=issue, page=second, sort_order=1)
    return issue


@pytest.fixture
def sink(settings):
    """A local SMTP server the newsletter sends to; two addresses refuse (one for now, one for good)."""
    controller, handler = start_sink(refuse={"later@example.org": 451, "gone@example.org": 550})
    settings.NEWSLETTER_EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_USE_TLS = "127.0.0.1", controller.port, False
    settings.NEWSLETTER_RATE = 0
    settings.NEWSLETTER_BATCH_SIZE = 3
    yield handler
    controller.stop()
