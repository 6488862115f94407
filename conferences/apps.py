"""App configuration for conferences and events."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConferencesConfig(AppConfig):
    """The conference series, its programmes and speakers, Efus' events and registration to them."""

    name = "conferences"
    verbose_name = _("Conferences and events")
    default_auto_field = "django.db.models.BigAutoField"
