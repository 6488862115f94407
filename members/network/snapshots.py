"""What the exchange's pages show, as plain per-language values cached until the exchange next changes.

A thread or a dashboard list is read from rows in six tables and rendered through includes and the
rich text filter: about twenty milliseconds a request. Members read far more often than they
write, so each list and thread is kept as plain values (labels translated, rich text expanded)
under a key that holds the exchange's version: any post, reply, profile or account written moves
it on (signals below), and the content generation covers themes, authorities and documents.
"""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.rich_text import expand_db_html

from efus_site.core.generation import advance_counter, cached, read_counter

from .models import MemberProfile, Post, Reply

VERSION_KEY = "network:exchange:version"


def version():
    """The exchange's version: it moves on whenever a post, a reply, a profile or an account changes."""
    return read_counter(VERSION_KEY)


def exchange_changed(sender=None, **kwargs):
    """Stale now and again at commit, so nothing a concurrent request read from the old rows survives."""
    advance_counter(VERSION_KEY)
    transaction.on_commit(lambda: advance_counter(VERSION_KEY))


for _model in (Post, Reply, MemberProfile, get_user_model()):
    post_save.connect(exchange_changed, sender=_model, dispatch_uid=f"exchange-saved-{_model._meta.label}")
    post_delete.connect(exchange_changed, sender=_model, dispatch_uid=f"exchange-deleted-{_model._meta.label}")
for _through in (Post.themes.through, Post.attachments.through):
    m2m_changed.connect(exchange_changed, sender=_through, dispatch_uid=f"exchange-m2m-{_through._meta.label}")


def _html(stored):
    """Stored rich text as the page shows it (what the |richtext filter does): sanitised when it was written."""
    return mark_safe(expand_db_html(stored))  # noqa: S308 - Wagtail's whitelist kept only the body's features


def author_label(user):
    """How a post or a reply names its author: the member and their authority, staff, or a former member."""
    if user is None:
        return _("Former member")
    try:
        profile = user.network_profile
    except ObjectDoesNotExist:
        return _("Efus staff")
    return f"{profile.name} ({profile.authority})"


@dataclass(frozen=True)
class Posted:
    """When something was posted, as a <time> element shows it: formatting 100 dates costs a thread 3 ms."""

    iso: str
    label: str

    @classmethod
    def at(cls, moment):
        local = timezone.localtime(moment)
        return cls(local.isoformat(), date_format(local, "j F Y"))


@dataclass(frozen=True)
class PostEntry:
    """A post in a list: the dashboard's and the exchange's."""

    pk: int
    title: str
    kind: str
    author: str
    posted: Posted
    reply_count: int

    @classmethod
    def of(cls, post):
        """The entry of a post read by exchange.listing() (with its author and reply count)."""
        return cls(
            post.pk,
            post.title,
            post.get_kind_display(),
            author_label(post.author),
            Posted.at(post.created_at),
            post.reply_count,
        )


@dataclass(frozen=True)
class ReplyEntry:
    """A reply as its thread shows it."""

    pk: int
    author: str
    posted: Posted
    helpful: bool
    body: str


@dataclass(frozen=True)
class Thread:
    """A visible post and its visible replies, oldest first."""

    pk: int
    author_id: int | None
    title: str
    kind: str
    author: str
    posted: Posted
    locked: bool
    body: str
    themes: tuple
    attachments: tuple
    replies: tuple


def _key(name, *parts):
    return ":".join(["network", name, str(version()), get_language(), *map(str, parts)])


def latest(themes=(), limit=5, author=None):
    """The newest visible posts, in some themes (ids) or by one author, as entries."""
    from .exchange import listing  # exchange imports this module's signals through the views

    def compute():
        posts = listing(themes=list(themes) or None)
        if author is not None:
            posts = posts.filter(author_id=author)
        return [PostEntry.of(post) for post in posts[:limit]]

    themes = sorted(themes)
    return cached(_key("latest", limit, author or "", ",".join(map(str, themes))), compute)


def thread(pk):
    """The visible post pk with its replies, or None."""
    return cached(_key("thread", pk), lambda: _thread(pk), keep_none=False)


def _thread(pk):
    post = Post.objects.visible().select_related("author__network_profile__authority").filter(pk=pk).first()
    if post is None:
        return None
    replies = post.replies.filter(hidden=False).select_related("author__network_profile__authority")
    return Thread(
        pk=post.pk,
        author_id=post.author_id,
        title=post.title,
        kind=post.get_kind_display(),
        author=author_label(post.author),
        posted=Posted.at(post.created_at),
        locked=post.locked,
        body=_html(post.body),
        themes=tuple(theme.name for theme in post.themes.all()),
        attachments=tuple((document.url, document.title) for document in post.attachments.all()),
        replies=tuple(
            ReplyEntry(
                reply.pk, author_label(reply.author), Posted.at(reply.created_at), reply.helpful, _html(reply.body)
            )
            for reply in replies
        ),
    )
