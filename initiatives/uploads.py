"""Files sent with an initiative: PDFs and photos, recognised from their content, images re-encoded.

The name a file comes with is not trusted: its first bytes say what it is. A PDF must start with
the PDF signature and hold nothing a browser could run as a page or an archive could unpack; an
image is decoded and written again by Pillow, which keeps the pixels only, so EXIF data (the GPS
location of a photo) and anything hidden after or inside the picture are gone.
"""

import io
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.text import get_valid_filename
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

from efus_site.core.uploads import MARKUP_MARKERS

MAX_ATTACHMENTS = 5
MAX_ATTACHMENT_MB = 10
MAX_ATTACHMENT_BYTES = MAX_ATTACHMENT_MB * 1024 * 1024
PDF_SIGNATURE = b"%PDF-"
#: Signatures of the image formats taken, and what Pillow calls them.
IMAGE_SIGNATURES = {b"\x89PNG\r\n\x1a\n": "PNG", b"\xff\xd8\xff": "JPEG"}
#: Inside a PDF, signs of a second file: a page a browser would run, or an archive (zip, jar, docx).
POLYGLOT_MARKERS = (*MARKUP_MARKERS, b"<body", b"javascript:", b"PK\x03\x04")
ACCEPTED = _("Choose a PDF file or a JPEG or PNG image.")


def kind_of(head):
    """ "PDF", "PNG", "JPEG", or None for anything else, from a file's first bytes."""
    if head.startswith(PDF_SIGNATURE):
        return "PDF"
    for signature, kind in IMAGE_SIGNATURES.items():
        if head.startswith(signature):
            return kind
    return None


def clean_attachment(uploaded):
    """A checked copy of the uploaded file as (safe name, ContentFile); ValidationError if it is refused."""
    name = PurePath(uploaded.name or "file").name
    if uploaded.size > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            _("“%(name)s” is larger than %(limit)s MB."),
            code="too_big",
            params={"name": name, "limit": MAX_ATTACHMENT_MB},
        )
    uploaded.seek(0)
    content = uploaded.read()
    uploaded.seek(0)
    kind = kind_of(content[:16])
    if kind is None:
        raise ValidationError(
            _("“%(name)s” is not a PDF file or a JPEG or PNG image, whatever its name says. %(accepted)s"),
            code="not_accepted",
            params={"name": name, "accepted": ACCEPTED},
        )
    if kind == "PDF":
        _check_pdf(content, name)
        return _safe_name(name, "pdf"), ContentFile(content)
    return _safe_name(name, "png" if kind == "PNG" else "jpg"), ContentFile(_reencoded(content, kind, name))


def _check_pdf(content, name):
    lowered = content.lower()
    if any(marker.lower() in lowered for marker in POLYGLOT_MARKERS):
        raise ValidationError(
            _(
                "“%(name)s” holds another kind of file inside the PDF, which we cannot accept. "
                "Save it again as a plain PDF."
            ),
            code="polyglot",
            params={"name": name},
        )


def _reencoded(content, kind, name):
    """The image's pixels only, written anew: no EXIF, no comment, nothing appended."""
    unreadable = ValidationError(
        _("“%(name)s” could not be read as an image. %(accepted)s"),
        code="unreadable",
        params={"name": name, "accepted": ACCEPTED},
    )
    try:
        with Image.open(io.BytesIO(content)) as image:
            if image.width * image.height > settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS:
                raise ValidationError(
                    _("“%(name)s” has too many pixels; send a smaller image."),
                    code="too_many_pixels",
                    params={"name": name},
                )
            # A photo taken sideways says so in its EXIF data, which is dropped: turn the pixels first.
            image = ImageOps.exif_transpose(image)
            if kind == "JPEG" and image.mode not in ("RGB", "L"):
                image = image.convert("RGB")
            # A new image from the raw pixels carries none of the original's info (EXIF, ICC, comments).
            clean = Image.frombytes(image.mode, image.size, image.tobytes())
            if image.mode == "P" and image.getpalette():
                clean.putpalette(image.getpalette())
            output = io.BytesIO()
            clean.save(output, format=kind, **({"quality": 90} if kind == "JPEG" else {"optimize": True}))
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as error:
        raise unreadable from error
    return output.getvalue()


def _safe_name(name, extension):
    """The file's name, safe to store, with the extension its content calls for."""
    stem = get_valid_filename(PurePath(name).stem)[:80] or "file"
    return f"{stem}.{extension}"
