"""App configuration for the initiatives platform."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InitiativesConfig(AppConfig):
    """The platform where authorities share what they did in a crisis (COVID-19 the first)."""

    name = "initiatives"
    verbose_name = _("Shared initiatives")
    default_auto_field = "django.db.models.BigAutoField"
