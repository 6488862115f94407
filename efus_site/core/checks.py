"""System checks for assumptions the core app makes about app loading order."""

from django.core.checks import Error, register


@register()
def home_page_routes_by_address(app_configs, **kwargs):
    """HomePage.route must be ours: an app loaded after core that patches routing would silently undo it."""
    from wagtail_modeltranslation import patch_wagtailadmin

    from .models import HomePage
    from .routing import site_root_paths

    if (
        HomePage.route is HomePage.route_by_address
        and patch_wagtailadmin._localized_site_get_site_root_paths is site_root_paths
    ):
        return []
    return [
        Error(
            "HomePage.route or the site root paths lookup was replaced after the core app installed its own.",
            hint="List wagtail_modeltranslation before efus_site.core in INSTALLED_APPS.",
            id="core.E001",
        )
    ]
