"""Speakers: people reused across editions, sessions and events."""

from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from efus_site.core.generation import track_content
from efus_site.core.models import CustomImage
from efus_site.core.text import fold


@track_content
class Speaker(models.Model):
    """Someone who spoke at or moderated a session: their photo, role, organisation and biography."""

    name = models.CharField(_("name"), max_length=150)
    sort_name = models.CharField(_("sort name"), max_length=150, editable=False, db_index=True)
    role = models.CharField(_("role"), max_length=200, blank=True, help_text=_("Mayor, researcher, project officer…"))
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    photo = models.ForeignKey(
        "core.CustomImage", verbose_name=_("photo"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    biography = models.TextField(_("biography"), blank=True, max_length=2000)

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldPanel("photo"),
        FieldPanel("biography"),
    ]

    class Meta:
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")
        ordering = ["sort_name", "pk"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        # Sorted by family name, accents folded: "Ødegaard" beside "Odegaard".
        self.sort_name = fold(self.name.split()[-1] if self.name.split() else "")[:150]
        super().save(*args, **kwargs)


#: The rendition of a speaker's photo the pages show.
PHOTO_RENDITION = "fill-160x160"


def speakers_with_photos():
    """Speakers with their photo and its rendition prefetched: a list of them costs the same queries however long."""
    return Speaker.objects.prefetch_related(
        Prefetch("photo", queryset=CustomImage.objects.prefetch_renditions(PHOTO_RENDITION))
    )


def make_photo_renditions(speakers):
    """Make any missing rendition now, so that a cached list of speakers never asks for one again."""
    for speaker in speakers:
        if speaker.photo is not None:
            speaker.photo.get_rendition(PHOTO_RENDITION)
    return speakers
