"""Render a Document page to a Pillow image at a given resolution, using the same fonts as the PDFs."""

from __future__ import annotations

from PIL import Image, ImageDraw

from .fonts import pil_font, style_of
from .model import Ellipse, Line, Page, Polyline, Rect, Text

_ANCHOR = {"L": "ls", "C": "ms", "R": "rs"}  # baseline anchors, matching fpdf2's text(x, y)


def render_page(page: Page, dpi: int) -> Image.Image:
    k = dpi / 25.4  # pixels per mm
    img = Image.new("RGB", (round(page.w * k), round(page.h * k)), page.paper)
    draw = ImageDraw.Draw(img)

    def px(v: float) -> int:
        return round(v * k)

    def lw(w: float) -> int:
        return max(1, round(w * k))

    for el in page.elements:
        if isinstance(el, Text):
            font = pil_font(el.font, style_of(el.font, el.bold, el.italic), max(4, round(el.size * dpi / 72)))
            draw.text((el.x * k, el.y * k), el.text, font=font, fill=el.color, anchor=_ANCHOR[el.align])
        elif isinstance(el, Rect):
            box = [px(el.x), px(el.y), px(el.x + el.w), px(el.y + el.h)]
            draw.rectangle(
                box,
                fill=el.fill,
                outline=el.color if el.width > 0 else None,
                width=lw(el.width) if el.width > 0 else 0,
            )
        elif isinstance(el, Ellipse):
            box = [px(el.x), px(el.y), px(el.x + el.w), px(el.y + el.h)]
            draw.ellipse(
                box,
                fill=el.fill,
                outline=el.color if el.width > 0 else None,
                width=lw(el.width) if el.width > 0 else 0,
            )
        elif isinstance(el, Line):
            draw.line([px(el.x1), px(el.y1), px(el.x2), px(el.y2)], fill=el.color, width=lw(el.width))
        elif isinstance(el, Polyline):
            draw.line([(px(x), px(y)) for x, y in el.points], fill=el.color, width=lw(el.width))
    return img
