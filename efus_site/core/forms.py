"""Admin forms: document uploads whose content must match their extension, images with alt text in every language."""

import os

from django.conf import settings
from django.utils.translation import gettext as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from .uploads import check_document_content


class CheckedDocumentForm(BaseDocumentForm):
    """Wagtail's document form, refusing files disguised by a misleading extension."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and hasattr(uploaded, "content_type"):
            extension = os.path.splitext(uploaded.name)[1].lstrip(".")
            check_document_content(uploaded, extension)
        return uploaded


class ImageForm(BaseImageForm):
    """Wagtail's image form, with the alt text in every language, each labelled with its language's name."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for code, language in settings.LANGUAGES:
            field = self.fields.get(f"alt_text_{code}")
            if field is None:
                continue
            field.label = _("Alt text (%(language)s)") % {"language": language}
            if code == settings.LANGUAGE_CODE:
                field.help_text = _(
                    "Describe the image for people who cannot see it. Leave empty if it is purely decorative."
                )
            else:
                field.help_text = _("Leave empty to show the English text instead.")
