"""Who may download a members-only file: a pure helper, importing no model."""

#: The group of member authorities' staff (created by the demo, efus_site/core/demo/loader.py).
MEMBERS_GROUP = "Members"
#: The document collection whose files only members may download (a collection view restriction).
MEMBERS_COLLECTION = "Members-only resources"


def is_member(user):
    """Whether the user is logged in and in the Members group (staff with admin access count too)."""
    if not user.is_authenticated:
        return False
    return user.is_superuser or user.groups.filter(name=MEMBERS_GROUP).exists()
