"""App configuration for the press room."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PressConfig(AppConfig):
    """Press releases, their feeds, the press kit and the press contacts."""

    name = "press"
    verbose_name = _("Press room")
    default_auto_field = "django.db.models.BigAutoField"
