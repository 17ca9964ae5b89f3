"""Printable sheets of a batch's stamps: one label per code, as SVG and as PDF.

Each label holds the code's QR code (segno; its target is the absolute Vietnamese verify
address, ``catalogue.stamps.verify_url``) and, in Vietnamese whatever the editor's language
(the stamps go on packages sold in Vietnam), the product's name, the batch and the code as
printed for typing by hand.

The layout is the common A4 sheet of 21 labels (3 × 7, 70 × 42.3 mm); the SVG is the same
grid on one long sheet (for a label printer or a designer's tool), the PDF has a page per 21
labels. The QR code is drawn as vector rectangles (one per run of dark modules in a row), so it
prints sharp at any size, with the 4-module quiet zone that scanners need.

The PDF embeds DejaVu Sans (catalogue/fonts/, its licence beside it): the PDF standard fonts have
no Vietnamese letters. reportlab is imported here only.
"""

import io
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

import segno
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from .l10n import format_long_date
from .stamps import verify_url

FONT_DIR = Path(__file__).resolve().parent / "fonts"
FONT, FONT_BOLD = "DejaVuSans", "DejaVuSans-Bold"

MM = 72 / 25.4  # PDF points per millimetre
PAGE_W, PAGE_H = 210.0, 297.0
COLUMNS, ROWS = 3, 7
LABEL_W, LABEL_H = 70.0, 42.3
MARGIN_X = (PAGE_W - COLUMNS * LABEL_W) / 2
MARGIN_Y = (PAGE_H - ROWS * LABEL_H) / 2
PER_PAGE = COLUMNS * ROWS
PAD = 2.5  # mm inside a label
QR_SIZE = 31.0  # the QR code, quiet zone included: a square on the label's left (0.7 mm a module)
QR_TOP = (LABEL_H - QR_SIZE) / 2
QUIET = 4  # modules
TEXT_X = PAD + QR_SIZE
TEXT_W = LABEL_W - TEXT_X - PAD
TEXT_TOP = 4.0  # mm: the first line's top
# (font, size in points) of the label's lines; the code is as large as fits the column.
TITLE, SMALL = (FONT_BOLD, 8.0), (FONT, 6.8)
CODE_MAX = 8.0
LINE = 1.25  # line height, in font sizes
# At most this many labels (10 A4 sheets) in one file: making a QR code costs ~15 ms.
SHEET_LABELS = 210


@dataclass
class Label:
    url: str
    title: str
    batch: str
    expiry: str
    code: str
    caption: str


def labels(batch, stamps) -> list[Label]:
    """The labels of ``stamps`` (of ``batch``), their text in Vietnamese."""
    product = batch.product
    with translation.override(settings.LANGUAGE_CODE):
        batch_line = _("Batch: %(code)s") % {"code": batch.batch_code}
        expiry = _("Expiry: %(date)s") % {"date": format_long_date(batch.expiry_date)}
        caption = _("Scan to check it is genuine")
        return [
            Label(verify_url(stamp), product.title, batch_line, expiry, stamp.public_code, caption) for stamp in stamps
        ]


def qr_runs(url):
    """(modules per side, quiet zone included; [(x, y, width)] of the dark runs) of ``url``'s QR code."""
    qr = segno.make(url, error="m", micro=False, boost_error=False)
    runs = []
    for y, row in enumerate(qr.matrix):
        x = 0
        while x < len(row):
            if row[x] & 1:
                start = x
                while x < len(row) and row[x] & 1:
                    x += 1
                runs.append((start + QUIET, y + QUIET, x - start))
            else:
                x += 1
    return len(qr.matrix) + 2 * QUIET, runs


def _register_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(FONT_DIR / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont(FONT_BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))


@lru_cache(maxsize=256)
def _wrap(text, font, max_lines):
    """``text`` in lines that fit TEXT_W (measured with the PDF's own font), at most ``max_lines``."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    name, size = font
    width = TEXT_W * MM
    lines, current = [], ""
    words = []
    for word in text.split():  # a word wider than the column (a long batch code) is cut anywhere
        words += _code_lines(word, font) if stringWidth(word, name, size) > width else [word]
    for word in words:
        candidate = f"{current} {word}".strip()
        if stringWidth(candidate, name, size) <= width or not current:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        while lines[-1] and stringWidth(lines[-1] + "…", name, size) > width:
            lines[-1] = lines[-1][:-1]
        lines[-1] += "…"
    return tuple(lines)


def _code_font(code):
    """The code in bold, as large as fits the column (down to 5 pt; then it wraps)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    size = CODE_MAX
    while size > 5 and stringWidth(code, FONT_BOLD, size) > TEXT_W * MM:
        size -= 0.2
    return (FONT_BOLD, round(size, 1))


def _text_lines(label):
    """[(font, text)] from the top of the text column."""
    _register_fonts()
    code_font = _code_font(label.code)
    lines = [(TITLE, line) for line in _wrap(label.title, TITLE, 3)]
    lines += [(SMALL, line) for line in _wrap(label.batch, SMALL, 2)]
    lines += [(SMALL, line) for line in _wrap(label.expiry, SMALL, 1)]
    lines += [(code_font, line) for line in _code_lines(label.code, code_font)]
    lines += [(SMALL, line) for line in _wrap(label.caption, SMALL, 2)]
    return lines


def _code_lines(code, font):
    """A code too long for one line even at the smallest size (a provider's) is cut anywhere."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, current = [], ""
    for symbol in code:
        if current and stringWidth(current + symbol, *font) > TEXT_W * MM:
            lines.append(current)
            current = ""
        current += symbol
    return [*lines, current]


def _origin(index):
    """Top-left corner (mm, from the sheet's top-left) of label ``index`` on its page."""
    position = index % PER_PAGE
    return MARGIN_X + (position % COLUMNS) * LABEL_W, MARGIN_Y + (position // COLUMNS) * LABEL_H


# --- SVG ----------------------------------------------------------------------------------------


def sheet_svg(batch, stamps) -> str:
    """The labels as one SVG document (A4 width, one sheet's grid after another)."""
    items = labels(batch, stamps)
    pages = max(1, -(-len(items) // PER_PAGE))
    height = pages * PAGE_H
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{PAGE_W}mm" height="{height}mm" '
        f'viewBox="0 0 {PAGE_W} {height}" font-family="DejaVu Sans, Noto Sans, Arial, sans-serif">',
        f"<title>{escape(batch.product.title)} – {escape(batch.batch_code)}</title>",
        f'<rect width="{PAGE_W}" height="{height}" fill="#fff"/>',
    ]
    for index, label in enumerate(items):
        x, y = _origin(index)
        y += (index // PER_PAGE) * PAGE_H
        out.append(f'<g transform="translate({x:.2f} {y:.2f})" data-code="{escape(label.code)}">')
        out.append(
            f'<rect x="0.2" y="0.2" width="{LABEL_W - 0.4}" height="{LABEL_H - 0.4}" rx="2" '
            'fill="none" stroke="#c8d0ce" stroke-width="0.2"/>'
        )
        modules, runs = qr_runs(label.url)
        scale = QR_SIZE / modules
        path = "".join(f"M{rx} {ry}h{w}v1h-{w}z" for rx, ry, w in runs)
        out.append(
            f'<a href="{escape(label.url)}"><path transform="translate({PAD} {QR_TOP:.2f}) scale({scale:.5f})" '
            f'd="{path}" fill="#000" shape-rendering="crispEdges"/></a>'
        )
        ty = TEXT_TOP
        for (font, size), text in _text_lines(label):
            ty += size * LINE / MM
            weight = ' font-weight="bold"' if font == FONT_BOLD else ""
            out.append(f'<text x="{TEXT_X:.2f}" y="{ty:.2f}" font-size="{size / MM:.3f}"{weight}>{escape(text)}</text>')
        out.append("</g>")
    out.append("</svg>")
    return "\n".join(out)


# --- PDF ----------------------------------------------------------------------------------------


def sheet_pdf(batch, stamps) -> bytes:
    """The labels as an A4 PDF, 21 to a page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    _register_fonts()
    items = labels(batch, stamps)
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, pageCompression=1)
    pdf.setTitle(f"{batch.product.title} – {batch.batch_code}")
    pdf.setAuthor("OCOP Quảng Ninh")
    for index, label in enumerate(items):
        if index and index % PER_PAGE == 0:
            pdf.showPage()
        x, y = _origin(index)
        left, top = x * MM, (PAGE_H - y) * MM
        pdf.setStrokeColorRGB(0.78, 0.82, 0.81)
        pdf.setLineWidth(0.5)
        pdf.roundRect(left + 0.5, top - LABEL_H * MM + 0.5, LABEL_W * MM - 1, LABEL_H * MM - 1, 5, stroke=1, fill=0)
        modules, runs = qr_runs(label.url)
        unit = QR_SIZE * MM / modules
        qr_left, qr_top = left + PAD * MM, top - QR_TOP * MM
        path = pdf.beginPath()
        for rx, ry, w in runs:
            path.rect(qr_left + rx * unit, qr_top - (ry + 1) * unit, w * unit, unit)
        pdf.setFillColorRGB(0, 0, 0)
        pdf.drawPath(path, stroke=0, fill=1)
        pdf.linkURL(label.url, (qr_left, qr_top - QR_SIZE * MM, qr_left + QR_SIZE * MM, qr_top))
        ty = top - TEXT_TOP * MM
        for (font, size), text in _text_lines(label):
            ty -= size * LINE
            pdf.setFont(font, size)
            pdf.drawString(left + TEXT_X * MM, ty, text)
    if not items:
        pdf.setFont(FONT, 10)
        pdf.drawString(MARGIN_X * MM, (PAGE_H - MARGIN_Y) * MM, _("This batch has no stamp codes yet."))
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
