"""Hooks of the resources library: members-only documents wherever they are linked, and the demo content."""

from django.core.exceptions import PermissionDenied
from wagtail import hooks
from wagtail.wagtail_hooks import require_wagtail_login

from .access import is_member
from .models import ResourceFile


@hooks.register("before_serve_document")
def keep_members_only_documents_for_members(document, request):
    """A document of a members-only resource goes to members only, whatever collection it was put in.

    The members-only collection's restriction is the first lock; this one holds when a file was
    left in a public collection, or linked from elsewhere by its /documents/ address.
    """
    if is_member(request.user):
        return None
    if ResourceFile.objects.filter(document=document, page__members_only=True).exists():
        if not request.user.is_authenticated:
            return require_wagtail_login(next=request.get_full_path())
        raise PermissionDenied
    return None


@hooks.register("load_demo_content")
def load_demo_resources(home, about, log):
    from .demo.loader import load  # the loader reads its data files only when asked

    return load(home, about, log)


@hooks.register("reset_demo_content")
def reset_demo_resources():
    from .demo.loader import reset

    reset()
