"""The map of Europe: one projection for the base map (built once) and the members' dots (each page)."""

import json
import math

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
    return mark_safe("".join(f'<circle cx="{x:g}" cy="{y:g}" r="{radius}"/>' for x, y in sorted(places)))  # noqa: S308 - numbers only


def _decode_arcs(topology):
    scale_x, scale_y = topology["transform"]["scale"]
    shift_x, shift_y = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    return arcs


def _ring(arcs, indices):
    points = []
    for index in indices:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc[1:] if points else arc)
    return points


def _path(rings):
    parts = []
    for ring in rings:
        projected, last = [], None
        for longitude, latitude in ring:
            longitude = min(max(longitude, WEST - 5), EAST + 5)
            latitude = min(max(latitude, SOUTH - 5), NORTH + 5)
            x, y = project(latitude, longitude)
            # Drop points closer than a pixel to the previous one: the file shrinks tenfold.
            if last is None or abs(x - last[0]) + abs(y - last[1]) >= 1:
                projected.append((x, y))
                last = (x, y)
        if len(projected) > 2:
            parts.append("M" + "L".join(f"{x:g} {y:g}" for x, y in projected) + "Z")
    return "".join(parts)


def _in_view(ring):
    return any(WEST - 5 <= lon <= EAST + 5 and SOUTH - 5 <= lat <= NORTH + 5 for lon, lat in ring)


def base_map_svg(topojson_text):
    """An SVG of the countries in view, from a world-atlas TopoJSON file (countries-50m.json)."""
    topology = json.loads(topojson_text)
    arcs = _decode_arcs(topology)
    paths = []
    for country in topology["objects"]["countries"]["geometries"]:
        polygons = country["arcs"] if country["type"] == "MultiPolygon" else [country.get("arcs", [])]
        rings = [_ring(arcs, ring) for polygon in polygons for ring in polygon]
        rings = [ring for ring in rings if _in_view(ring)]
        if rings:
            paths.append(f'<path d="{_path(rings)}"/>')
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}">'
        '<rect width="100%" height="100%" fill="#dbe7f0"/>'
        '<g fill="#f5f3ee" stroke="#9aa5ad" stroke-width="0.8" stroke-linejoin="round">'
        + "".join(paths)
        + "</g></svg>\n"
    )
