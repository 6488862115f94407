"""Demo of the network: people at real member authorities (invented names), posts, replies and follows.

Idempotent: people are found by their email address and posts by their title. The demo logins
(coordinator@efus.local, and a profile for the core's member@efus.local) exist only with DEBUG on.
"""

from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from efus_site.core.demo.loader import DEMO_ACCOUNTS, read_data
from efus_site.core.models import Theme
from members.models import MemberAuthority

from ..access import MEMBERS_GROUP
from ..models import MemberProfile, Post, Reply
from ..richtext import to_rich_text

DATA = Path(__file__).with_name("data")


def load(home, about, log):
    """Create what is missing of the network's demo, with DEBUG on only: its people are accounts."""
    if not settings.DEBUG:
        return 0
    created = load_people_and_posts(with_logins=True)
    if created:
        log(f"Network: {created} demo people, posts and replies.")
    return created


def load_people_and_posts(with_logins=False):
    """The demo's people, posts and replies (and the README's logins if asked); the number created.

    The browser tests call it on their production-like site, where DEBUG is off.
    """
    data = read_data("network", DATA)
    loader = _Loader()
    for person in data["people"]:
        loader.person(person, password=None)
    if with_logins:
        coordinator = data["coordinator"]
        loader.person({**coordinator, "is_coordinator": True}, password=coordinator["password"])
        email, password = DEMO_ACCOUNTS["member"]
        loader.person({**data["member"], "email": email}, password=password)
    for post in data["posts"]:
        loader.post(post)
    return loader.created


def reset():
    """Remove the demo's posts and people (the accounts of the README stay with the core's)."""
    data = read_data("network", DATA)
    Post.objects.filter(title__in=[post["title"] for post in data["posts"]]).delete()
    emails = [person["email"] for person in data["people"]] + [data["coordinator"]["email"]]
    get_user_model().objects.filter(email__in=emails).delete()


class _Loader:
    def __init__(self):
        self.created = 0
        self.members = Group.objects.get_or_create(name=MEMBERS_GROUP)[0]
        self.themes = {theme.slug_en: theme for theme in Theme.objects.all()}

    def person(self, data, password):
        users = get_user_model().objects
        user = users.filter(email__iexact=data["email"]).first()
        if user is None:
            user = users.create_user(username=data["email"], email=data["email"], password=password)
            if password is None:
                user.set_unusable_password()
                user.save(update_fields=["password"])
            self.created += 1
        user.groups.add(self.members)
        if hasattr(user, "network_profile"):
            return user
        authority = MemberAuthority.objects.filter(slug=data["authority"]).first()
        if authority is None:
            return user
        profile = MemberProfile.objects.create(
            user=user,
            authority=authority,
            name=data["name"],
            role=data.get("role", ""),
            is_coordinator=data.get("is_coordinator", False),
            languages=data.get("languages", []),
            frequency=data.get("frequency", "each"),
            in_directory=data.get("in_directory", True),
            show_role=data.get("show_role", True),
        )
        profile.themes.set(self._themes(data.get("themes", [])))
        profile.followed_themes.set(self._themes(data.get("follows", [])))
        self.created += 1
        return user

    def post(self, data):
        author = get_user_model().objects.filter(email__iexact=data["author"]).first()
        if author is None or Post.objects.filter(title=data["title"]).exists():
            return
        # Marked as already told: loading the demo emails nobody.
        post = Post.objects.create(
            author=author,
            kind=data["kind"],
            title=data["title"],
            body=to_rich_text(data["body"]),
            notified_at=timezone.now(),
        )
        post.themes.set(self._themes(data["themes"]))
        self.created += 1
        for reply in data["replies"]:
            replier = get_user_model().objects.filter(email__iexact=reply["author"]).first()
            if replier is not None:
                Reply.objects.create(
                    post=post, author=replier, body=to_rich_text(reply["body"]), helpful=reply.get("helpful", False)
                )
                self.created += 1

    def _themes(self, slugs):
        return [self.themes[slug] for slug in slugs if slug in self.themes]
