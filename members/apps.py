"""App configuration for the members app."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembersConfig(AppConfig):
    """Member authorities of the network and applications to join it."""

    name = "members"
    verbose_name = _("Members")
    default_auto_field = "django.db.models.BigAutoField"
