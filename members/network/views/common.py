"""What every view of the area shares: its rate limit and how it renders."""

from django.conf import settings
from django.shortcuts import render

from efus_site.core.public_forms import within_rate_limit

POSTS_PER_HOUR = 30


def render_area(request, template, title, context=None, status=200):
    """Render a page of the area with its title (the site's base reads subpage_title)."""
    return render(request, template, {"subpage_title": title, **(context or {})}, status=status)


def allowed_to_post(request, scope):
    """Count a post in the area; False past the hourly limit."""
    return within_rate_limit(request, f"network-{scope}", max(POSTS_PER_HOUR, settings.FORM_POSTS_PER_HOUR), 3600)
