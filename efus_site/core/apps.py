"""App configuration for the core app."""

from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Core app: ground floor of the site."""

    name = "efus_site.core"
    label = "core"
    verbose_name = "Efus core"

    def ready(self):
        from wagtail_modeltranslation import patch_wagtailadmin

        from . import checks, signals  # noqa: F401
        from .models import HomePage
        from .routing import site_root_paths

        # modeltranslation replaced route() on every page model in its own ready(), which runs first.
        HomePage.route = HomePage.route_by_address
        # Its page URLs look up site root paths through this module function: ours caches per generation.
        patch_wagtailadmin._localized_site_get_site_root_paths = site_root_paths
