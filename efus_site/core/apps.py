"""App configuration for the core app."""

from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Core app: ground floor of the site."""

    name = "efus_site.core"
    label = "core"
    verbose_name = "Efus core"

    def ready(self):
        from . import checks, signals  # noqa: F401
        from .models import HomePage

        # modeltranslation replaced route() on every page model in its own ready(), which runs first.
        HomePage.route = HomePage.route_by_address
