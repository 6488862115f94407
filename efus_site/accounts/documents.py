"""Documents under a view restriction go out marked private, so no shared cache keeps a member's file."""

from django.utils.cache import patch_cache_control
from wagtail.documents import get_document_model
from wagtail.documents.views.serve import serve


def serve_document(request, document_id, document_filename):
    """Wagtail's document view (privacy checks, attachment), with Cache-Control: private on restricted files."""
    response = serve(request, document_id, document_filename)
    document = get_document_model().objects.filter(pk=document_id).select_related("collection").first()
    if document is not None and (request.user.is_authenticated or document.collection.get_view_restrictions().exists()):
        patch_cache_control(response, private=True, no_store=True)
    return response
