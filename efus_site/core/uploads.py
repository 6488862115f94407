"""Check that an uploaded document's content matches its extension."""

import zipfile

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Office Open XML and OpenDocument files are zip archives with a known entry inside.
ZIP_MARKERS = {
    "docx": "word/document.xml",
    "xlsx": "xl/workbook.xml",
    "pptx": "ppt/presentation.xml",
    "odt": "mimetype",
}
TEXT_EXTENSIONS = {"csv", "txt"}
MARKUP_MARKERS = (b"<html", b"<script", b"<!doctype", b"<svg", b"<iframe", b"<?xml")
SNIFF_BYTES = 4096


def _looks_like_text(head):
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = head.decode("cp1252")
        except UnicodeDecodeError:
            return False
    return "\x00" not in text


def check_document_content(uploaded_file, extension):
    """Raise ValidationError unless the file really is what its extension says."""
    extension = extension.lower()
    uploaded_file.seek(0)
    head = uploaded_file.read(SNIFF_BYTES)
    uploaded_file.seek(0)
    mismatch = ValidationError(
        _("This file’s content does not match its .%(extension)s extension."),
        code="content_mismatch",
        params={"extension": extension},
    )
    if extension == "pdf":
        if not head.lstrip()[:5] == b"%PDF-":
            raise mismatch
    elif extension in ZIP_MARKERS:
        if not head.startswith(b"PK\x03\x04"):
            raise mismatch
        try:
            with zipfile.ZipFile(uploaded_file) as archive:
                names = set(archive.namelist())
        except zipfile.BadZipFile as exc:
            raise mismatch from exc
        finally:
            uploaded_file.seek(0)
        if ZIP_MARKERS[extension] not in names:
            raise mismatch
    elif extension in TEXT_EXTENSIONS:
        lowered = head.lower()
        if not _looks_like_text(head) or any(marker in lowered for marker in MARKUP_MARKERS):
            raise mismatch
