"""The benchmark's generated news is in the site search's index, and found by its topic."""

import pytest

from bench.generate import TOPICS, add_news
from efus_site.core.factories import StandardPageFactory
from efus_site.core.search import page_hits

pytestmark = pytest.mark.django_db


def test_generated_news_is_indexed_and_found(home):
    from wagtail.search.models import IndexEntry

    news = StandardPageFactory(parent=home, title="News", slug_en="news")
    before = IndexEntry.objects.count()
    add_news(news, 3 * len(TOPICS))
    assert IndexEntry.objects.count() - before == 3 * len(TOPICS)
    assert len(page_hits(["nightlife"])) == 3
    assert len(page_hits(["medi", "ation"])) == 0
    assert len(page_hits(["mediation"])) == 3
