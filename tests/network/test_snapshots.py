"""The exchange's cached snapshots: a thread and the dashboard follow every change, and a warm read asks no table."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.documents.models import Document

from members.network.factories import MemberProfileFactory, PostFactory, ReplyFactory

pytestmark = pytest.mark.django_db


def exchange_queries(captured):
    """The queries that read the exchange's own tables."""
    return [q["sql"] for q in captured if "network_post" in q["sql"] or "network_reply" in q["sql"]]


def test_a_thread_follows_each_moderation_rename_and_edit(client, home, member, theme):
    post = PostFactory(title="Night mediators?")
    kept = ReplyFactory(post=post, body="<p>Kept reply</p>")
    hidden = ReplyFactory(post=post, body="<p>Hidden reply</p>")
    client.force_login(member.user)
    url = f"/en/network/exchange/{post.pk}/"
    client.get(url)
    assert "Hidden reply" in client.get(url).content.decode()

    hidden.hidden = True
    hidden.save()
    assert "Hidden reply" not in client.get(url).content.decode()

    profile = kept.author.network_profile
    profile.name = "Renamed Member"
    profile.save()
    assert "Renamed Member" in client.get(url).content.decode()

    post.themes.add(theme)
    assert "Nightlife" in client.get(url).content.decode()

    post.attachments.add(Document.objects.create(title="Lyon's night plan"))
    assert "Lyon&#x27;s night plan" in client.get(url).content.decode()

    kept.author.delete()
    assert "Former member" in client.get(url).content.decode()

    post.locked = True
    post.save()
    html = client.get(url).content.decode()
    assert "This post is locked" in html and 'name="body"' not in html


def test_a_warm_thread_reads_none_of_the_exchange_tables(client, home, member):
    post = PostFactory()
    ReplyFactory.create_batch(5, post=post)
    client.force_login(member.user)
    client.get(f"/en/network/exchange/{post.pk}/")
    with CaptureQueriesContext(connection) as warm:
        response = client.get(f"/en/network/exchange/{post.pk}/")
    assert response.status_code == 200
    assert exchange_queries(warm) == []


def test_the_dashboard_speaks_the_members_language_and_follows_new_posts(client, home, member, theme):
    member.followed_themes.add(theme)
    first = PostFactory(title="Première question", kind="practice")
    first.themes.add(theme)
    client.force_login(member.user)
    html = client.get("/fr/network/").content.decode()
    assert "Première question" in html and "Pratique partagée" in html
    assert "Shared practice" in client.get("/en/network/").content.decode()

    second = PostFactory(title="Deuxième question")
    second.themes.add(theme)
    ReplyFactory(post=second)
    with CaptureQueriesContext(connection) as fresh:
        html = client.get("/fr/network/").content.decode()
    assert "Deuxième question" in html and "1 réponse" in html
    with CaptureQueriesContext(connection) as warm:
        client.get("/fr/network/")
    assert exchange_queries(fresh) and exchange_queries(warm) == []


def test_the_dashboard_costs_the_same_queries_with_more_posts(client, member, theme):
    member.followed_themes.add(theme)
    PostFactory(author=member.user).themes.add(theme)
    client.force_login(member.user)
    client.get("/en/network/")
    with CaptureQueriesContext(connection) as few:
        client.get("/en/network/")
    for post in PostFactory.create_batch(12, author=MemberProfileFactory().user):
        post.themes.add(theme)
        ReplyFactory.create_batch(2, post=post)
    client.get("/en/network/")
    with CaptureQueriesContext(connection) as many:
        client.get("/en/network/")
    assert len(many) == len(few)
