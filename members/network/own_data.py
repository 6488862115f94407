"""A member's own data: everything the network keeps about them, as JSON, and deleting their account."""

from django.db import transaction

from .models import Post, PostReport, Reply


def export(user):
    """Everything stored about the member, as plain values for a JSON download."""
    profile = getattr(user, "network_profile", None)
    return {
        "account": {"email": user.email, "joined": user.date_joined.isoformat(), "last_login": _iso(user.last_login)},
        "profile": None
        if profile is None
        else {
            "name": profile.name,
            "authority": str(profile.authority),
            "role": profile.role,
            "coordinator": profile.is_coordinator,
            "themes": [theme.name for theme in profile.themes.all()],
            "languages": profile.languages,
            "followed_themes": [theme.name for theme in profile.followed_themes.all()],
            "emails": profile.frequency,
            "language": profile.language,
            "directory": {
                "listed": profile.in_directory,
                "role": profile.show_role,
                "themes": profile.show_themes,
                "languages": profile.show_languages,
                "email": profile.show_email,
            },
        },
        "posts": [
            {"title": post.title, "kind": post.kind, "body": post.body, "posted": post.created_at.isoformat()}
            for post in Post.objects.filter(author=user).order_by("created_at")
        ],
        "replies": [
            {"post": reply.post.title, "body": reply.body, "posted": reply.created_at.isoformat()}
            for reply in Reply.objects.filter(author=user).select_related("post").order_by("created_at")
        ],
        "reports": [
            {"post": report.post.title, "reason": report.reason, "reported": report.created_at.isoformat()}
            for report in PostReport.objects.filter(reporter=user).select_related("post")
        ],
    }


@transaction.atomic
def delete_account(user, with_posts=False):
    """Delete the account and profile; posts and replies stay as a former member's unless asked to go."""
    if with_posts:
        Post.objects.filter(author=user).delete()
        Reply.objects.filter(author=user).delete()
    user.delete()


def _iso(value):
    return value.isoformat() if value else None
