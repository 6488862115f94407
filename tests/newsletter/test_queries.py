"""The newsletter section lists its past issues in a fixed number of queries, paginated, with an empty state."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from efus_site.core.factories import CustomImageFactory
from efus_site.newsletter.factories import NewsletterIssuePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0


def queries_for(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response.content.decode()


def test_the_past_issues_cost_the_same_however_many_there_are(client, section):
    assert "No issue has been sent yet." in client.get("/en/newsletter/").content.decode()
    NewsletterIssuePageFactory(parent=section, listing_image=CustomImageFactory())
    few, html = queries_for(client, "/en/newsletter/")
    assert html.count('class="card"') == 1
    for _ in range(14):
        NewsletterIssuePageFactory(parent=section, listing_image=CustomImageFactory())
    many, html = queries_for(client, "/en/newsletter/")
    assert html.count('class="card"') == 12 and 'aria-label="Pages"' in html
    assert many == few
    second = client.get("/en/newsletter/?page=2").content.decode()
    assert second.count('class="card"') == 3
