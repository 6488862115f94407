"""System checks for assumptions the core app makes about app loading order."""

from django.core.checks import Error, register


@register()
def home_page_routes_by_address(app_configs, **kwargs):
    """HomePage.route must be ours: an app loaded after core that patches routing would silently undo it."""
    from .models import HomePage

    if HomePage.route is HomePage.route_by_address:
        return []
    return [
        Error(
            "HomePage.route was replaced after the core app installed route_by_address.",
            hint="List wagtail_modeltranslation before efus_site.core in INSTALLED_APPS.",
            id="core.E001",
        )
    ]
