"""Admin forms: document uploads whose content must match their extension."""

import os

from wagtail.documents.forms import BaseDocumentForm

from .uploads import check_document_content


class CheckedDocumentForm(BaseDocumentForm):
    """Wagtail's document form, refusing files disguised by a misleading extension."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and hasattr(uploaded, "content_type"):
            extension = os.path.splitext(uploaded.name)[1].lstrip(".")
            check_document_content(uploaded, extension)
        return uploaded
