"""Telling followers of a theme about new posts (an email per post, or a weekly digest) and authors about
replies, each person once.

A Delivery row (unique per person and post) is committed at the moment the mail server takes the
email (members.network.delivery): a worker killed before it leaves the email to the task's next
run (Celery hands the unacknowledged task to another worker); killed after, the row tells the next
run the email went, and nobody gets it twice. Only a kill in the microseconds between the commit
and the message's last line could lose one, the same trade the newsletter makes
(efus_site/newsletter/sending.py).
"""

import datetime

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import IntegrityError, transaction
from django.utils import timezone

from .delivery import deliver
from .emails import absolute, render
from .models import Delivery, Frequency, MemberProfile, Post, Reply


def followers(post, frequency):
    """The profiles that follow one of the post's themes, want this frequency, and did not write it."""
    profiles = MemberProfile.objects.filter(
        followed_themes__in=post.themes.all(), frequency=frequency, user__is_active=True
    ).exclude(user_id=post.author_id)
    return profiles.select_related("user").distinct().order_by("pk")


def claim(posts, recipient):
    """Record these posts as delivered to the recipient; the ones someone recorded before are left out."""
    now = timezone.now()
    claimed = []
    for post in posts:
        try:
            with transaction.atomic():
                Delivery.objects.create(post=post, recipient=recipient, sent_at=now)
        except IntegrityError:  # delivered before: by an earlier run, or another worker
            continue
        claimed.append(post)
    return claimed


@transaction.atomic
def _claim_all(posts, recipient):
    """Claim every post of a digest or none (then another run sent it meanwhile)."""
    if len(claim(posts, recipient)) == len(posts):
        return True
    transaction.set_rollback(True)
    return False


def notify_followers(post_id):
    """Email each follower who asked for every new post; returns how many went out now."""
    post = Post.objects.filter(pk=post_id, hidden=False).first()
    if post is None:
        return 0
    sent = 0
    url = absolute(post.get_absolute_url())
    delivered = set(Delivery.objects.filter(post=post).values_list("recipient_id", flat=True))
    with get_connection() as connection:
        for profile in followers(post, Frequency.EACH):
            if profile.user_id in delivered:
                continue
            message = _message("new_post", {"post": post, "profile": profile, "url": url}, profile, connection)
            if deliver(connection, message, lambda profile=profile: bool(claim([post], profile.user))):
                sent += 1
    Post.objects.filter(pk=post_id, notified_at__isnull=True).update(notified_at=timezone.now())
    return sent


def notify_author(reply_id):
    """Email a post's author about a reply to it, once, unless they wrote it or want no emails."""
    reply = (
        Reply.objects.select_related("post__author__network_profile", "author__network_profile")
        .filter(pk=reply_id, hidden=False, post__hidden=False, notified_at__isnull=True)
        .first()
    )
    author = reply.post.author if reply else None
    if author is None or not author.is_active or author.pk == reply.author_id:
        return False
    profile = getattr(author, "network_profile", None)
    if profile is not None and profile.frequency == Frequency.NEVER:
        return False
    context = {
        "post": reply.post,
        "name": profile.name if profile else author.get_full_name() or author.email,
        "replier": reply.author.network_profile.name if hasattr(reply.author, "network_profile") else "",
        "url": absolute(f"{reply.post.get_absolute_url()}#reply-{reply.pk}"),
    }
    subject, body = render("reply", context, profile.language if profile else settings.LANGUAGE_CODE)
    with get_connection() as connection:
        message = EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [author.email], connection=connection)
        return deliver(
            connection,
            message,
            lambda: bool(
                Reply.objects.filter(pk=reply_id, notified_at__isnull=True).update(notified_at=timezone.now())
            ),
        )


def send_weekly_digests(now=None):
    """One email per weekly follower listing the week's new posts in their themes they have not had."""
    since = (now or timezone.now()) - datetime.timedelta(days=7)
    sent = 0
    profiles = MemberProfile.objects.filter(frequency=Frequency.WEEKLY, user__is_active=True).select_related("user")
    with get_connection() as connection:
        for profile in profiles:
            posts = list(
                Post.objects.visible()
                .filter(created_at__gte=since, themes__in=profile.followed_themes.all())
                .exclude(author_id=profile.user_id)
                .exclude(deliveries__recipient=profile.user)
                .distinct()
                .order_by("created_at")
            )
            if not posts:
                continue
            items = [{"post": post, "url": absolute(post.get_absolute_url())} for post in posts]
            message = _message("digest", {"items": items, "profile": profile}, profile, connection)
            if deliver(connection, message, lambda posts=posts, profile=profile: _claim_all(posts, profile.user)):
                sent += 1
    return sent


def _message(template, context, profile, connection):
    subject, body = render(template, context, profile.language)
    return EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [profile.user.email], connection=connection)
