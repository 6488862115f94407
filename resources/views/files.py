"""A resource's file in one language: members-only files go to logged-in members only."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from wagtail.documents.views.serve import serve
from wagtail.wagtail_hooks import require_wagtail_login

from ..access import is_member


def download(page, request, language):
    """Check who asks, then let Wagtail's document view send the file (as an attachment, never from /media/).

    Wagtail's view checks the document collection's restriction as well: a members-only file is
    refused twice over, by the resource's flag here and by its collection there.
    """
    file = page.files.select_related("document").filter(language=language).first()
    if file is None:
        raise Http404
    if page.members_only and not is_member(request.user):
        if not request.user.is_authenticated:
            return require_wagtail_login(next=request.get_full_path())
        raise PermissionDenied
    return serve(request, file.document.pk, file.document.filename)
