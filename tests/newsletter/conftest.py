"""Fixtures of the newsletter tests: the section, an issue listing two pages, subscribers."""

import pytest

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
