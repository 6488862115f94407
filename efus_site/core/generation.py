"""The content generation: a number that moves on whenever anything visitors see changes.

Cached pages, menus, settings, site lookups and view restrictions are keyed by it, so moving it
on makes all of them stale at once, in every language and every process.
"""

from django.core.cache import cache

GENERATION_KEY = "content:generation"


def generation():
    """The current generation."""
    value = cache.get(GENERATION_KEY)
    if value is None:
        value = 1
        cache.add(GENERATION_KEY, value, None)
    return value


def advance():
    """Start a new generation, making every cached copy stale."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, None)
