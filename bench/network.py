"""The network area in the benchmark: a member's session, and a thread with 50 replies.

Usage: python -m bench.network (on the bench database). Prints JSON: the session cookie to send
and the thread's address. Logged-in pages are never served from the anonymous page cache, so
their cold and warm figures are both real renders.
"""

import json

import django

THREAD_TITLE = "Bench thread: night mediators, fifty replies"
MEMBER = "bench.member@example.org"
REPLIES = 50
OTHER_POSTS = 40


def ensure_network():
    """A member following two themes, a thread with REPLIES replies by ten members, and other posts."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from efus_site.core.models import Theme
    from members.models import MemberAuthority
    from members.network.access import MEMBERS_GROUP
    from members.network.models import MemberProfile, Post, Reply

    members = Group.objects.get_or_create(name=MEMBERS_GROUP)[0]
    authorities = list(MemberAuthority.objects.order_by("pk")[:10])
    themes = list(Theme.objects.order_by("pk")[:3])
    users = get_user_model().objects
    profiles = []
    for number, authority in enumerate(authorities):
        email = MEMBER if number == 0 else f"bench.member{number}@example.org"
        user = users.filter(username=email).first() or users.create_user(username=email, email=email)
        user.groups.add(members)
        profile = getattr(user, "network_profile", None) or MemberProfile.objects.create(
            user=user, authority=authority, name=f"Bench Member {number}", role="Prevention officer"
        )
        profile.themes.set(themes[:2])
        profile.followed_themes.set(themes[:2])
        profiles.append(profile)
    thread = Post.objects.filter(title=THREAD_TITLE).first()
    if thread is None:
        thread = Post.objects.create(author=profiles[1].user, title=THREAD_TITLE, body="<p>Who runs them?</p>")
        thread.themes.set(themes[:2])
        Reply.objects.bulk_create(
            Reply(post=thread, author=profiles[n % len(profiles)].user, body=f"<p>Reply {n}: our experience.</p>")
            for n in range(REPLIES)
        )
        for number in range(OTHER_POSTS):
            post = Post.objects.create(
                author=profiles[number % len(profiles)].user, title=f"Bench question {number}", body="<p>Ideas?</p>"
            )
            post.themes.set(themes[number % 2 : number % 2 + 1])
    return users.get(username=MEMBER), thread


def member_session(user):
    """A logged-in session for the user, as the login form leaves it."""
    import time

    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    from efus_site.accounts.sessions import LOGIN_AT

    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[-1]
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session[LOGIN_AT] = int(time.time())
    session.create()
    return f"{settings.SESSION_COOKIE_NAME}={session.session_key}"


def main():
    django.setup()
    user, thread = ensure_network()
    print(json.dumps({"cookie": member_session(user), "thread": f"/en/network/exchange/{thread.pk}/"}))


if __name__ == "__main__":
    main()
