"""Machine translation jobs, their per-segment results, and the fields a machine filled."""

import hashlib
from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

#: A job without progress for its slice and this long has lost its worker (see jobs.LOCK_MARGIN_SECONDS).
STALLED_MARGIN_SECONDS = 300


def text_hash(text):
    """A short, stable fingerprint of a text."""
    return hashlib.sha256(text.encode()).hexdigest()[:40]


class TranslationJob(models.Model):
    """Staff's request to pre-translate some pages or snippets into some languages by machine."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Stopped on an error")

    created_at = models.DateTimeField(_("requested at"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("requested by"), null=True, blank=True, on_delete=models.SET_NULL
    )
    description = models.CharField(_("what"), max_length=255)
    backend = models.CharField(_("engine"), max_length=40)
    languages = models.JSONField(_("languages"), default=list)
    #: [[model key, primary key], …] in the order they are processed.
    targets = models.JSONField(_("pages and snippets"), default=list)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.QUEUED)
    #: Objects finished (in every language); a resumed job starts at the next one.
    items_done = models.PositiveIntegerField(_("items done"), default=0)
    segments_translated = models.PositiveIntegerField(_("segments translated"), default=0)
    fields_filled = models.PositiveIntegerField(_("fields filled"), default=0)
    characters_sent = models.PositiveBigIntegerField(_("characters sent"), default=0)
    errors = models.JSONField(_("errors"), default=list, blank=True)
    updated_at = models.DateTimeField(_("last progress"), auto_now=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("machine translation job")
        verbose_name_plural = _("machine translation jobs")
        ordering = ["-created_at"]
        permissions = [("translate_content", _("Can export, import and machine-translate content"))]

    def __str__(self):
        return self.description

    @property
    def items_total(self):
        """Objects to go through."""
        return len(self.targets)

    @property
    def can_resume(self):
        """Stopped on an error, or without progress for long enough that its worker must have died."""
        if self.status == self.Status.FAILED:
            return True
        stalled = timezone.now() - timedelta(seconds=settings.TRANSLATION_SLICE_SECONDS + STALLED_MARGIN_SECONDS)
        return self.status in (self.Status.QUEUED, self.Status.RUNNING) and self.updated_at < stalled

    @property
    def percent(self):
        """How far the job is, in percent."""
        return 100 if not self.items_total else round(100 * self.items_done / self.items_total)


class JobSegment(models.Model):
    """What the engine answered for one source text in one language: kept so no text is sent twice."""

    job = models.ForeignKey(TranslationJob, on_delete=models.CASCADE, related_name="segments")
    language = models.CharField(max_length=10)
    source_hash = models.CharField(max_length=40)
    translation = models.TextField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["job", "language", "source_hash"], name="translation_job_segment_once")
        ]

    def __str__(self):
        return f"{self.job_id} {self.language} {self.source_hash}"


class MachineTranslation(models.Model):
    """A field a machine filled in one language, awaiting a person's review."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.CharField(max_length=64)
    field = models.CharField(_("field"), max_length=100)
    language = models.CharField(_("language"), max_length=10)
    #: The value the machine wrote: a person's edit changes it, and the mark goes.
    value_hash = models.CharField(max_length=40)
    job = models.ForeignKey(TranslationJob, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("machine translation to review")
        verbose_name_plural = _("machine translations to review")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "field", "language"], name="translation_machine_mark_once"
            )
        ]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self):
        return f"{self.content_type} {self.object_id} {self.field} ({self.language})"
