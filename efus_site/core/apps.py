"""App configuration for the core app."""

from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Core app: ground floor of the site."""

    name = "efus_site.core"
    label = "core"
    verbose_name = "Efus core"

    def ready(self):
        from . import signals  # noqa: F401
