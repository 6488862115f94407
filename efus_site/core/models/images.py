"""Image model with translatable alt text and a credit line."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image

from ..generation import track_content


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

    admin_form_fields = (*Image.admin_form_fields, "alt_text", "credit")

    @property
    def default_alt_text(self):
        """Alt text for renditions: the editor's text, or empty for decorative images."""
        return self.alt_text or ""


class CustomRendition(AbstractRendition):
    """Rendition of a CustomImage."""

    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
