"""The experience exchange's services: posting, replying, marking helpful, reporting, listing and searching."""

from django.db import transaction
from django.db.models import Count, Q
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from efus_site.core.outbox import enqueue

from .access import MEMBERS_GROUP
from .models import Post, PostReport, Reply
from .richtext import to_rich_text

ATTACHMENTS_COLLECTION = "Network attachments"


def attachments_collection():
    """The collection that holds the exchange's files, readable by the Members group only (made when first needed)."""
    from django.contrib.auth.models import Group

    collection = Collection.objects.filter(name=ATTACHMENTS_COLLECTION).first()
    if collection is None:
        collection = Collection.get_first_root_node().add_child(name=ATTACHMENTS_COLLECTION)
    if not collection.get_view_restrictions().exists():
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.GROUPS
        )
        restriction.groups.add(Group.objects.get_or_create(name=MEMBERS_GROUP)[0])
    return collection


def store_attachment(upload, user):
    """Save a checked upload as a document in the members-only collection."""
    return get_document_model().objects.create(
        title=upload.name, file=upload, collection=attachments_collection(), uploaded_by_user=user
    )


@transaction.atomic
def create_post(author, kind, title, themes, text, attachment=None):
    """Publish a member's post and queue the emails to the followers of its themes."""
    from .tasks import notify_followers  # tasks import this module

    post = Post.objects.create(author=author, kind=kind, title=title, body=to_rich_text(text))
    post.themes.set(themes)
    if attachment is not None:
        post.attachments.add(store_attachment(attachment, author))
    enqueue(notify_followers, post.pk)
    return post


@transaction.atomic
def update_post(post, data):
    """The author's corrections; a new attachment joins the others. Followers are not told again."""
    post.kind, post.title, post.body = data["kind"], data["title"], to_rich_text(data["body"])
    post.save(update_fields=["kind", "title", "body"])
    post.themes.set(data["themes"])
    if data.get("attachment") is not None:
        post.attachments.add(store_attachment(data["attachment"], post.author))
    return post


@transaction.atomic
def add_reply(post, author, text):
    """A reply, unless the post is locked or hidden (then None); the post's author hears of it."""
    from .tasks import notify_author  # tasks import this module

    if post.locked or post.hidden:
        return None
    reply = Reply.objects.create(post=post, author=author, body=to_rich_text(text))
    if post.author_id not in (None, author.pk):
        enqueue(notify_author, reply.pk)
    return reply


def toggle_helpful(reply, user):
    """The post's author marks a reply helpful, or unmarks it. False for anyone else."""
    if reply.post.author_id != user.pk:
        return False
    reply.helpful = not reply.helpful
    reply.save(update_fields=["helpful"])
    return True


def report(post, user, reason):
    """Tell staff about a post."""
    return PostReport.objects.create(post=post, reporter=user, reason=reason)


def listing(themes=None, query=""):
    """Visible posts, newest first, with their reply counts; in some themes, or matching the words."""
    posts = Post.objects.visible().select_related("author__network_profile__authority")
    posts = posts.annotate(reply_count=Count("replies", filter=Q(replies__hidden=False)))
    if themes:
        posts = posts.filter(themes__in=themes).distinct()
    if query:
        ids = [post.pk for post in Post.objects.visible().search(query, operator="and")[:200]]
        posts = posts.filter(pk__in=ids)
    return posts.order_by("-created_at", "-pk")
