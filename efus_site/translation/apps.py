"""App configuration for translation jobs."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationJobsConfig(AppConfig):
    """Machine pre-translation, XLIFF and PO files for translators, and the translation status dashboard."""

    name = "efus_site.translation"
    # "translation" alone would read as modeltranslation's or Django's own.
    label = "translation_jobs"
    verbose_name = _("Translation jobs")
    default_auto_field = "django.db.models.BigAutoField"
