"""Image model with translatable alt text and a credit line."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image

from ..generation import track_content

#: The alt text's column in each language (modeltranslation's alt_text_en, alt_text_fr…), for the admin form.
ALT_TEXT_FIELDS = tuple(f"alt_text_{code}" for code, _name in settings.LANGUAGES)


@track_content
class CustomImage(AbstractImage):
    """An image whose alt text is written by an editor, never derived from its title."""

    alt_text = models.CharField(
        _("alt text"),
        max_length=255,
        blank=True,
        help_text=_("Describe the image for people who cannot see it. Leave empty if it is purely decorative."),
    )
    credit = models.CharField(_("credit"), max_length=255, blank=True)

    admin_form_fields = (*Image.admin_form_fields, *ALT_TEXT_FIELDS, "credit")

    @property
    def default_alt_text(self):
        """Alt text for renditions in the language being rendered, else the English one; empty if decorative.

        modeltranslation reads the language's column on every access, so an image kept in the
        generation's cache (or a rendition in Wagtail's) serves every language its own text.
        """
        return self.alt_text or ""


class CustomRendition(AbstractRendition):
    """Rendition of a CustomImage."""

    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
