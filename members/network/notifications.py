"""Telling followers of a theme about new posts: an email per post, or a weekly digest, each person once.

Each delivery is one transaction: the Delivery row (unique per person and post) is created and
locked, the email goes out, the row is marked sent, then it commits. A worker killed before the
commit leaves no row, so the task, handed to another worker, sends that email again; a row that
committed means the email went. Only a kill between the mail server's acceptance and the commit,
a few microseconds, could send one twice.
"""

import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from .emails import absolute, send
from .models import Delivery, Frequency, MemberProfile, Post


def followers(post, frequency):
    """The profiles that follow one of the post's themes, want this frequency, and did not write it."""
    profiles = MemberProfile.objects.filter(
        followed_themes__in=post.themes.all(), frequency=frequency, user__is_active=True
    ).exclude(user_id=post.author_id)
    return profiles.select_related("user").distinct().order_by("pk")


def _claim(post, recipient):
    """Create and lock the delivery row, or None when this person already has the post."""
    try:
        with transaction.atomic():
            delivery, _created = Delivery.objects.select_for_update().get_or_create(post=post, recipient=recipient)
    except IntegrityError:  # another worker made it meanwhile
        return None
    return None if delivery.sent_at else delivery


def notify_followers(post_id):
    """Email each follower who asked for every new post; returns how many went out now."""
    post = Post.objects.filter(pk=post_id, hidden=False).first()
    if post is None:
        return 0
    sent = 0
    url = absolute(post.get_absolute_url())
    for profile in followers(post, Frequency.EACH):
        with transaction.atomic():
            delivery = _claim(post, profile.user)
            if delivery is None:
                continue
            send("new_post", {"post": post, "profile": profile, "url": url}, profile.user.email, profile.language)
            delivery.sent_at = timezone.now()
            delivery.save(update_fields=["sent_at"])
        sent += 1
    Post.objects.filter(pk=post_id, notified_at__isnull=True).update(notified_at=timezone.now())
    return sent


def send_weekly_digests(now=None):
    """One email per weekly follower listing the week's new posts in their themes they have not had."""
    since = (now or timezone.now()) - datetime.timedelta(days=7)
    sent = 0
    for profile in MemberProfile.objects.filter(frequency=Frequency.WEEKLY, user__is_active=True).select_related(
        "user"
    ):
        posts = (
            Post.objects.visible()
            .filter(created_at__gte=since, themes__in=profile.followed_themes.all())
            .exclude(author_id=profile.user_id)
            .exclude(deliveries__recipient=profile.user)
            .distinct()
            .order_by("created_at")
        )
        with transaction.atomic():
            claimed = [post for post in posts if _claim(post, profile.user) is not None]
            if not claimed:
                continue
            items = [{"post": post, "url": absolute(post.get_absolute_url())} for post in claimed]
            send("digest", {"items": items, "profile": profile}, profile.user.email, profile.language)
            Delivery.objects.filter(post__in=claimed, recipient=profile.user).update(sent_at=timezone.now())
        sent += 1
    return sent
