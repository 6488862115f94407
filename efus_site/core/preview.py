"""Previews in the editor, in the language being edited.

Wagtail renders a preview by sending a made-up request for the object's public address through the
middleware (make_preview_request). Each site language is a preview mode: the preview panel's
"Preview mode" menu picks it, and static/js/admin/preview_language.js follows the language whose
fields the editor shows or types in.
"""

from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.utils import translation


def preview_language(mode=None):
    """The site language a preview mode names; otherwise the active (admin) language, or English."""
    codes = [code for code, _name in settings.LANGUAGES]
    for candidate in (mode, (translation.get_language() or "").split("-")[0]):
        if candidate in codes:
            return candidate
    return settings.LANGUAGE_CODE


class LanguagePreviewMixin:
    """One preview mode per site language, the editor's own language first chosen."""

    @property
    def preview_modes(self):
        return list(settings.LANGUAGES)

    @property
    def default_preview_mode(self):
        return preview_language()

    def make_preview_request(self, original_request=None, preview_mode=None, extra_request_attrs=None):
        """Preview at the object's address in the mode's language, whose prefix activates that language."""
        language = preview_language(preview_mode)
        with translation.override(language):
            return super().make_preview_request(original_request, language, extra_request_attrs)

    def _get_dummy_header_url(self, original_request=None):
        # An object with no address yet (a new page, a profile without its section) is previewed at
        # "/", which names no language: it takes the active language's home address instead.
        url = super()._get_dummy_header_url(original_request)
        if url is None:
            return None
        parts = urlsplit(url)
        prefixes = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)
        if parts.path.startswith(prefixes):
            return url
        return urlunsplit(parts._replace(path=f"/{preview_language()}/", query="", fragment=""))
