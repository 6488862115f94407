"""Members-only content: every members-only address refuses anonymous visitors and accounts in no group."""

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

from efus_site.core.factories import StandardPageFactory
from members.network.exchange import attachments_collection
from members.network.factories import PostFactory, ReplyFactory

pytestmark = pytest.mark.django_db

SECRET = "Minutes of the closed members meeting"


@pytest.fixture
def members_page(home):
    page = StandardPageFactory(parent=home, title=SECRET, slug_en="members-meeting", intro=f"{SECRET} intro")
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.get_or_create(name="Members")[0])
    return page


@pytest.fixture
def private_document(db):
    document = get_document_model().objects.create(
        title="Members' paper",
        file=ContentFile(b"%PDF-1.4 members", name="paper.pdf"),
        collection=attachments_collection(),
    )
    return document


@pytest.fixture
def thread(member, private_document, theme):
    post = PostFactory(author=member.user, title=SECRET)
    post.themes.add(theme)
    post.attachments.add(private_document)
    ReplyFactory(post=post, author=member.user, body=f"<p>{SECRET} reply</p>")
    return post


@pytest.fixture
def members_only_urls(members_page, private_document, thread):
    return [
        "/en/members-meeting/",
        private_document.url,
        "/en/network/",
        "/en/network/exchange/",
        f"/en/network/exchange/?q={SECRET.split()[0]}",
        f"/en/network/exchange/{thread.pk}/",
        f"/en/network/exchange/{thread.pk}/edit/",
        f"/en/network/exchange/{thread.pk}/report/",
        "/en/network/exchange/new/",
        "/en/network/people/",
        "/en/network/people/?q=Ana",
        "/en/network/profile/",
        "/en/network/profile/data/",
        "/en/network/profile/delete/",
        "/en/network/invite/",
        "/en/network/authority/",
        "/fr/network/",
    ]


def assert_refused(response, url):
    body = response.content.decode(errors="replace")
    assert response.status_code in (302, 404), f"{url} answered {response.status_code}"
    if response.status_code == 302:
        assert "/accounts/login/" in response["Location"], f"{url} led to {response['Location']}"
    assert SECRET not in body and "Ana Member" not in body


def test_anonymous_visitors_get_the_login_page_and_come_back(client, members_only_urls):
    for url in members_only_urls:
        response = client.get(url)
        assert_refused(response, url)
        if response.status_code == 302:
            assert "next=" in response["Location"]


def test_an_account_in_no_group_sees_nothing(client, outsider, members_only_urls):
    client.force_login(outsider)
    for url in members_only_urls:
        assert_refused(client.get(url), url)


def test_after_logging_in_the_member_comes_back_where_they_were_going(client, member, members_page):
    login_url = client.get("/en/members-meeting/")["Location"]
    response = client.post(login_url, {"login": "ana@example.org", "password": "a-long-test-password"})
    assert response["Location"] == "/en/members-meeting/"
    page = client.get("/en/members-meeting/")
    assert SECRET in page.content.decode()
    assert "Members only" in page.content.decode()


def test_members_get_private_documents_marked_private(client, member, private_document):
    client.force_login(member.user)
    response = client.get(private_document.url)
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
    assert not private_document.url.startswith("/media/")


def test_members_pages_are_never_from_the_page_cache(client, member, members_page, settings):
    settings.PAGE_CACHE_SECONDS = 600
    client.force_login(member.user)
    first = client.get("/en/members-meeting/")
    assert "X-Cache" not in first
    assert "private" in first["Cache-Control"]


def test_members_only_pages_are_nowhere_public(client, members_page, thread):
    for url in ("/sitemap.xml", "/en/", f"/en/search/?q={SECRET.split()[0]}", "/en/press/feed/rss/"):
        response = client.get(url)
        assert SECRET not in response.content.decode(errors="replace"), url


def test_social_previews_of_members_pages_are_not_given_to_anonymous_visitors(client, members_page):
    response = client.get("/en/members-meeting/")
    assert response.status_code == 302
    assert b"og:title" not in response.content
