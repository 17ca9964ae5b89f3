"""Drawn demo images: a labelled illustration per product and producer, made with Pillow.

No photos are shipped or downloaded; each image is generated from its title, so it is the same
on every machine, and each says DEMO in its corner.
"""

import hashlib
import io
import math
from pathlib import Path

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw, ImageFont

from ..models import CatalogueImage

FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/truetype/noto")]
# Hạ Long Bay: sea teal, limestone grey, sunset gold; one palette per product group.
PALETTES = {
    "thuc-pham": ((11, 94, 102), (240, 185, 80)),
    "do-uong": ((84, 52, 110), (233, 196, 106)),
    "thao-duoc": ((38, 104, 64), (196, 224, 140)),
    "vai-may-mac": ((142, 45, 64), (246, 200, 170)),
    "luu-niem-noi-that-trang-tri": ((96, 72, 52), (222, 184, 135)),
    "dich-vu-du-lich-nong-thon": ((20, 84, 140), (150, 210, 230)),
    "producer": ((18, 72, 78), (220, 170, 90)),
}


def _font(size, bold=True):
    for folder in FONT_DIRS:
        for name in ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf", "NotoSans-Bold.ttf", "NotoSans-Regular.ttf"):
            path = folder / name
            if path.exists():
                return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size=size)


def _wrap(draw, text, font, width):
    words, lines, line = text.split(), [], ""
    for word in words:
        candidate = f"{line} {word}".strip()
        if draw.textlength(candidate, font=font) <= width:
            line = candidate
        else:
            lines.append(line)
            line = word
    lines.append(line)
    return [item for item in lines if item]


def draw_image(title, subtitle, palette_key, size=(1200, 900), label=True):
    """A JPEG: gradient sea, limestone karsts, the title; deterministic for the same title."""
    dark, light = PALETTES.get(palette_key, PALETTES["producer"])
    seed = int(hashlib.sha256(title.encode()).hexdigest()[:8], 16)
    width, height = size
    image = Image.new("RGB", size, dark)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        t = y / height
        draw.line([(0, y), (width, y)], fill=tuple(int(dark[i] * (1 - t) + light[i] * t * 0.6) for i in range(3)))
    # Karst islands, as on Hạ Long Bay.
    for i in range(5):
        cx = (seed >> (i * 3)) % width
        w = 120 + (seed >> i) % 180
        h = 200 + (seed >> (i + 2)) % 260
        base = int(height * 0.72)
        draw.polygon(
            [(cx - w, base), (cx - w // 3, base - h), (cx + w // 4, base - h + 30), (cx + w, base)],
            fill=tuple(max(0, c - 25 - i * 6) for c in dark),
        )
    for k in range(12):  # waves
        y = int(height * 0.74) + k * 18
        points = [(x, y + 6 * math.sin((x + seed % 97 + k * 40) / 45)) for x in range(0, width + 20, 20)]
        draw.line(points, fill=light, width=2)
    title_font, sub_font, tag_font = _font(64), _font(34, bold=False), _font(26)
    lines = _wrap(draw, title, title_font, width - 160)[:3] if label else []
    y = 90
    for line in lines:
        draw.text((80, y), line, font=title_font, fill=(255, 255, 255))
        y += 78
    if subtitle and label:
        draw.text((80, y + 10), subtitle, font=sub_font, fill=light)
    draw.rounded_rectangle([width - 190, height - 80, width - 30, height - 30], radius=12, fill=(0, 0, 0))
    draw.text((width - 170, height - 72), "DEMO", font=tag_font, fill=(255, 255, 255))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=82, optimize=True, progressive=True)
    return buffer.getvalue()


def demo_image(title, subtitle="", palette_key="producer", alt="", label=True):
    """The CatalogueImage for ``title``, drawn on first use and reused afterwards."""
    existing = CatalogueImage.objects.filter(title=title).first()
    if existing:
        return existing
    data = draw_image(title, subtitle, palette_key, label=label)
    name = hashlib.sha1(title.encode()).hexdigest()[:16] + ".jpg"
    image = CatalogueImage(title=title, description=alt or title, credit="Demo illustration")
    image.file = ImageFile(io.BytesIO(data), name=name)
    image.save()
    return image
