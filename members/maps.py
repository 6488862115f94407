"""The map of Europe: the projection of static/members/europe.svg, and the members' dots drawn over it."""

import math

from django.utils.html import format_html_join
from django.utils.safestring import mark_safe

WIDTH = 1000
WEST, EAST, SOUTH, NORTH = -25.0, 45.0, 34.0, 71.5
# Longitudes shrink with latitude: scaling them by the cosine of the middle latitude keeps Europe's shape.
_X_SCALE = math.cos(math.radians((SOUTH + NORTH) / 2))
_UNIT = WIDTH / ((EAST - WEST) * _X_SCALE)
HEIGHT = round((NORTH - SOUTH) * _UNIT)


def project(latitude, longitude):
    """(x, y) in the map's viewBox of a point on Earth."""
    return round((longitude - WEST) * _X_SCALE * _UNIT, 1), round((NORTH - latitude) * _UNIT, 1)


def on_map(latitude, longitude):
    return SOUTH <= latitude <= NORTH and WEST <= longitude <= EAST


def dots(points):
    """SVG circles for the points (latitude, longitude), one per place even when several share it.

    Built as a string, not in a template loop: the unfiltered directory shows every member.
    """
    places = {project(latitude, longitude) for latitude, longitude in points if on_map(latitude, longitude)}
    radius = 9 if len(places) == 1 else 6
    return mark_safe("".join(_circle(x, y, radius) for x, y in sorted(places)))  # noqa: S308 - numbers only


def linked_dots(members):
    """One SVG link per member (latitude, longitude, profile URL, name), a dot named after the member.

    Members that share a place each keep their own link: keyboards and screen readers reach all of
    them, and the list beside the map names every one. Drawn in the order given (the list's A–Z),
    which is also the order the keyboard follows.
    """
    located = [member for member in members if on_map(member[0], member[1])]
    radius = 9 if len(located) == 1 else 6
    links = ((url, name, name, _circle(*project(lat, lon), radius)) for lat, lon, url, name in located)
    return format_html_join("", '<a href="{}" aria-label="{}"><title>{}</title>{}</a>', links)


def _circle(x, y, radius):
    return mark_safe(f'<circle cx="{x:g}" cy="{y:g}" r="{radius}"/>')  # noqa: S308 - numbers only
