"""App configuration for the members' network area."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    """Efus Network: the members' own area, behind their login."""

    name = "members.network"
    label = "network"
    verbose_name = _("Members' network")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import snapshots  # noqa: F401 - connects the signals that keep the exchange's snapshots fresh
