"""Render a Document to a text PDF with fpdf2, embedding TrueType subsets so pdfplumber can read it."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from fpdf import FPDF

from .fonts import FONTS, measure_mm, style_of
from .model import Document, Ellipse, Line, Page, Polyline, Rect, Text

# fontTools logs a harmless note for every font table it does not subset; keep the output quiet.
logging.getLogger("fontTools").setLevel(logging.ERROR)
logging.getLogger("fpdf").setLevel(logging.ERROR)

# Every PDF carries the same creation date so reruns produce identical bytes.
FIXED_DATE = datetime(2026, 10, 1, 9, 0, 0, tzinfo=UTC)


def new_pdf(title: str) -> FPDF:
    pdf = FPDF(unit="mm")
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(title)
    pdf.set_producer("sample_docs generator")
    pdf.set_creator("sample_docs generator")
    return pdf


def _use_font(pdf: FPDF, family: str, style: str, size: float, loaded: set[tuple[str, str]]) -> None:
    if (family, style) not in loaded:
        pdf.add_font(family, style, FONTS[family][style][0])
        loaded.add((family, style))
    pdf.set_font(family, style, size)


def _draw_page(pdf: FPDF, page: Page, loaded: set[tuple[str, str]]) -> None:
    pdf.add_page(format=(page.w, page.h))
    if page.paper != (255, 255, 255):
        pdf.set_fill_color(*page.paper)
        pdf.rect(0, 0, page.w, page.h, style="F")
    for el in page.elements:
        if isinstance(el, Text):
            style = style_of(el.font, el.bold, el.italic)
            _use_font(pdf, el.font, style, el.size, loaded)
            pdf.set_text_color(*el.color)
            w = measure_mm(el.text, el.size, el.font, el.bold, el.italic)
            x = el.x - (w / 2 if el.align == "C" else w if el.align == "R" else 0)
            pdf.text(x, el.y, el.text)
        elif isinstance(el, Rect | Ellipse):
            style = ("D" if el.width > 0 else "") + ("F" if el.fill else "")
            if not style:
                continue
            pdf.set_line_width(max(el.width, 0.01))
            pdf.set_draw_color(*el.color)
            if el.fill:
                pdf.set_fill_color(*el.fill)
            draw = pdf.rect if isinstance(el, Rect) else pdf.ellipse
            draw(el.x, el.y, el.w, el.h, style=style)
        elif isinstance(el, Line):
            pdf.set_line_width(el.width)
            pdf.set_draw_color(*el.color)
            pdf.line(el.x1, el.y1, el.x2, el.y2)
        elif isinstance(el, Polyline):
            pdf.set_line_width(el.width)
            pdf.set_draw_color(*el.color)
            pdf.polyline(list(el.points))


def render_text_pdf(doc: Document, *, user_password: str | None = None) -> bytes:
    """The document as a born-digital PDF; with a password it is encrypted (RC4, deterministic)."""
    pdf = new_pdf(doc.title)
    if user_password:
        pdf.set_encryption(owner_password="owner-" + user_password, user_password=user_password)
    loaded: set[tuple[str, str]] = set()
    for page in doc.pages:
        _draw_page(pdf, page, loaded)
    return bytes(pdf.output())


def images_to_pdf(pages: list[tuple[bytes, float, float]], title: str) -> bytes:
    """An image-only PDF (no text layer) from JPEG page images with their size in mm, as scanners make."""
    import io

    pdf = new_pdf(title)
    for data, w_mm, h_mm in pages:
        pdf.add_page(format=(w_mm, h_mm))
        pdf.image(io.BytesIO(data), x=0, y=0, w=w_mm, h=h_mm)
    return bytes(pdf.output())
