"""The experience exchange: posting, replying, helpful marks, reports, search, and who may change what."""

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from members.factories import MemberAuthorityFactory
from members.network import notifications
from members.network.factories import MemberProfileFactory, PostFactory, ReplyFactory
from members.network.models import AuthorityChange, Delivery, Post, PostReport, Reply

pytestmark = pytest.mark.django_db


def test_a_member_posts_and_followers_get_one_email_each(client, member, theme, django_capture_on_commit_callbacks):
    follower = MemberProfileFactory(language="fr")
    follower.followed_themes.add(theme)
    weekly = MemberProfileFactory(frequency="weekly")
    weekly.followed_themes.add(theme)
    client.force_login(member.user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/en/network/exchange/new/",
            {
                "kind": "request",
                "title": "Has a city run night mediators?",
                "themes": [theme.pk],
                "body": "We think about it.\n\n- how many?\n- at what hours?\n\n"
                "See https://example.org/plan <script>x</script>",
            },
        )
    post = Post.objects.get()
    assert response["Location"] == f"/en/network/exchange/{post.pk}/"
    assert "<ul><li>how many?</li>" in post.body
    assert "<script>" not in post.body
    assert '<a href="https://example.org/plan">' in post.body
    [message] = mail.outbox
    assert message.to == [follower.user.email]
    assert "Nouveau" in message.subject
    assert Delivery.objects.filter(post=post).count() == 1


def test_a_disguised_attachment_is_refused_and_the_text_kept(client, member, theme):
    client.force_login(member.user)
    fake = SimpleUploadedFile("plan.pdf", b"<html>not a pdf</html>", content_type="application/pdf")
    response = client.post(
        "/en/network/exchange/new/",
        {"kind": "practice", "title": "Our plan", "themes": [theme.pk], "body": "Kept text", "attachment": fake},
    )
    assert response.status_code == 200
    assert "Kept text" in response.content.decode()
    assert not Post.objects.exists()


def test_a_bad_post_says_what_is_missing(client, member):
    client.force_login(member.user)
    response = client.post("/en/network/exchange/new/", {"kind": "request", "title": ""})
    assert response.status_code == 200
    assert "form-errors" in response.content.decode()


def test_members_reply_and_the_author_marks_a_reply_helpful(client, member, theme):
    post = PostFactory(author=member.user)
    other = MemberProfileFactory()
    client.force_login(other.user)
    client.post(f"/en/network/exchange/{post.pk}/", {"body": "We did, in Lyon."})
    reply = Reply.objects.get()
    assert client.post(f"/en/network/exchange/replies/{reply.pk}/helpful/").status_code == 404
    client.force_login(member.user)
    client.post(f"/en/network/exchange/replies/{reply.pk}/helpful/")
    reply.refresh_from_db()
    assert reply.helpful
    assert "Helpful" in client.get(f"/en/network/exchange/{post.pk}/").content.decode()


def test_a_reply_tells_the_posts_author_once_in_their_language(client, member, django_capture_on_commit_callbacks):
    author = MemberProfileFactory(name="Luc Auteur", language="fr")
    post = PostFactory(author=author.user, title="Médiateurs de nuit ?")
    client.force_login(member.user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/en/network/exchange/{post.pk}/", {"body": "We did, in Lyon."})
    reply = Reply.objects.get()
    [message] = mail.outbox
    assert message.to == [author.user.email]
    assert message.subject.endswith("Nouvelle réponse à votre publication : Médiateurs de nuit ?")
    assert "Bonjour Luc Auteur" in message.body and "Ana Member a répondu" in message.body
    assert f"/en/network/exchange/{post.pk}/#reply-{reply.pk}" in message.body
    assert notifications.notify_author(reply.pk) is False  # a second run of the task sends nothing
    assert len(mail.outbox) == 1

    client.force_login(author.user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/en/network/exchange/{post.pk}/", {"body": "Thank you, Lyon."})
    assert len(mail.outbox) == 1  # nobody is told of their own reply


def test_an_author_who_wants_no_emails_hears_of_no_reply(client, member, django_capture_on_commit_callbacks):
    author = MemberProfileFactory(frequency="never")
    post = PostFactory(author=author.user)
    client.force_login(member.user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/en/network/exchange/{post.pk}/", {"body": "We did, in Lyon."})
    assert Reply.objects.count() == 1
    assert mail.outbox == []


def test_a_locked_post_takes_no_reply_and_a_hidden_one_is_gone(client, member):
    post = PostFactory(locked=True)
    client.force_login(member.user)
    client.post(f"/en/network/exchange/{post.pk}/", {"body": "Late reply"})
    assert not Reply.objects.exists()
    post.hidden = True
    post.save()
    assert client.get(f"/en/network/exchange/{post.pk}/").status_code == 404
    assert post.title not in client.get("/en/network/exchange/").content.decode()


def test_a_member_cannot_edit_another_members_post(client, member):
    post = PostFactory()
    client.force_login(member.user)
    assert client.get(f"/en/network/exchange/{post.pk}/edit/").status_code == 404
    client.post(f"/en/network/exchange/{post.pk}/edit/", {"kind": "request", "title": "Taken over", "body": "x"})
    post.refresh_from_db()
    assert post.title != "Taken over"


def test_the_author_edits_their_post(client, member, theme):
    post = PostFactory(author=member.user)
    post.themes.add(theme)
    client.force_login(member.user)
    assert "night mediators" in client.get(f"/en/network/exchange/{post.pk}/edit/").content.decode()
    client.post(
        f"/en/network/exchange/{post.pk}/edit/",
        {"kind": "practice", "title": "Night mediators in Liège", "themes": [theme.pk], "body": "How we did it."},
    )
    post.refresh_from_db()
    assert post.title == "Night mediators in Liège"


def test_members_report_a_post_for_staff(client, member):
    post = PostFactory()
    client.force_login(member.user)
    client.post(f"/en/network/exchange/{post.pk}/report/", {"reason": "Advertising"})
    assert PostReport.objects.get().reason == "Advertising"


def test_the_exchange_search_finds_posts_by_their_words(client, member):
    PostFactory(title="Night mediators in Liège")
    PostFactory(title="Football stewards", body="<p>Stewards at matches.</p>")
    client.force_login(member.user)
    html = client.get("/en/network/exchange/", {"q": "mediators"}).content.decode()
    assert "Night mediators" in html and "Football stewards" not in html
    assert "No post matches" in client.get("/en/network/exchange/", {"q": "zzzz"}).content.decode()


def test_a_coordinator_proposes_changes_to_their_own_authority_only(client, coordinator, member):
    client.force_login(coordinator.user)
    client.post(
        "/en/network/authority/", {"website": "https://liege.example", "representative": "A. Mayor", "note": "New site"}
    )
    change = AuthorityChange.objects.get()
    assert change.authority == coordinator.authority and change.proposed_by == coordinator.user
    other = MemberAuthorityFactory()
    client.post("/en/network/authority/", {"authority": other.pk, "note": "Hijack"})
    assert not AuthorityChange.objects.filter(authority=other).exists()
    client.force_login(member.user)
    assert client.get("/en/network/authority/").status_code == 404


def test_the_directory_shows_only_what_each_member_chose(client, member, theme):
    member.role = "Night mayor"
    member.show_role = False
    member.save()
    member.themes.add(theme)
    MemberProfileFactory(name="Hidden Person", in_directory=False)
    client.force_login(member.user)
    html = client.get("/en/network/people/").content.decode()
    assert "Ana Member" in html and "Nightlife" in html
    assert "Night mayor" not in html and "Hidden Person" not in html


def test_the_dashboard_lists_the_members_world(client, member, theme):
    member.followed_themes.add(theme)
    mine = PostFactory(author=member.user, title="My own question")
    followed = PostFactory(title="In my theme")
    followed.themes.add(theme)
    client.force_login(member.user)
    html = client.get("/en/network/").content.decode()
    assert "My own question" in html and "In my theme" in html
    assert str(member.authority) in html
    assert mine.title in html


def test_a_thread_costs_the_same_queries_with_more_replies(client, member):
    post = PostFactory()
    ReplyFactory.create_batch(3, post=post)
    client.force_login(member.user)
    client.get(f"/en/network/exchange/{post.pk}/")
    with CaptureQueriesContext(connection) as few:
        client.get(f"/en/network/exchange/{post.pk}/")
    ReplyFactory.create_batch(20, post=post)
    client.get(f"/en/network/exchange/{post.pk}/")  # the new authorities started a new generation: warm it
    with CaptureQueriesContext(connection) as many:
        client.get(f"/en/network/exchange/{post.pk}/")
    assert len(many) == len(few)


def test_a_member_downloads_their_data(client, member):
    PostFactory(author=member.user, title="My question")
    client.force_login(member.user)
    response = client.get("/en/network/profile/data/")
    assert response["Content-Disposition"].startswith("attachment")
    data = response.json()
    assert data["profile"]["name"] == "Ana Member"
    assert [post["title"] for post in data["posts"]] == ["My question"]


def test_a_deleted_account_leaves_its_posts_as_a_former_members(client, member):
    post = PostFactory(author=member.user, title="Stays")
    client.force_login(member.user)
    assert client.post("/en/network/profile/delete/", {}).status_code == 200  # not confirmed: nothing happens
    client.post("/en/network/profile/delete/", {"confirm": "on"})
    post.refresh_from_db()
    assert post.author is None
    reader = MemberProfileFactory()
    client.force_login(reader.user)
    assert "Former member" in client.get(f"/en/network/exchange/{post.pk}/").content.decode()


def test_a_member_may_take_their_posts_with_them(client, member):
    PostFactory(author=member.user, title="Goes")
    client.force_login(member.user)
    client.post("/en/network/profile/delete/", {"confirm": "on", "with_posts": "on"})
    assert not Post.objects.filter(title="Goes").exists()


def test_weekly_followers_get_one_digest_in_their_language_and_never_twice(member, theme):
    from members.network.notifications import send_weekly_digests

    weekly = MemberProfileFactory(frequency="weekly", language="de")
    weekly.followed_themes.add(theme)
    first, second = PostFactory(title="First of the week"), PostFactory(title="Second of the week")
    for post in (first, second):
        post.themes.add(theme)
    assert send_weekly_digests() == 1
    [message] = mail.outbox
    assert message.to == [weekly.user.email]
    assert message.subject == "Diese Woche auf Efus Network"
    assert "First of the week" in message.body and "Second of the week" in message.body
    assert send_weekly_digests() == 0
    assert len(mail.outbox) == 1
