"""Illustrations for the demo content, drawn locally so nothing is downloaded."""

import io
import random

from PIL import Image, ImageDraw

PALETTE = [(0, 61, 115), (0, 107, 166), (46, 139, 87), (232, 168, 56), (196, 76, 62)]


def draw_city_pattern(seed, size=(1600, 900)):
    """Return JPEG bytes of an abstract city map: blocks, streets and a few squares."""
    rng = random.Random(seed)
    base = PALETTE[seed % len(PALETTE)]
    image = Image.new("RGB", size, base)
    draw = ImageDraw.Draw(image)
    width, height = size
    step = rng.randint(70, 110)
    for x in range(0, width, step):
        for y in range(0, height, step):
            shade = rng.randint(-30, 30)
            colour = tuple(max(0, min(255, channel + shade)) for channel in base)
            draw.rectangle([x + 8, y + 8, x + step - 8, y + step - 8], fill=colour)
    for _ in range(6):
        accent = rng.choice(PALETTE)
        cx, cy, radius = rng.randint(0, width), rng.randint(0, height), rng.randint(40, 140)
        draw.ellipse([cx - radius, cy - radius, cx + radius, cy + radius], fill=accent)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=85)
    return buffer.getvalue()
