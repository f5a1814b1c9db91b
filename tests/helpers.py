"""Small document builders for tests: real PDFs and images, made on the fly."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def text_pdf(
    path: Path, lines: list[str], user_password: str | None = None, owner_password: str | None = None
) -> Path:
    pdf = FPDF()
    pdf.set_creation_date(datetime(2026, 1, 1, tzinfo=UTC))
    if owner_password or user_password:
        pdf.set_encryption(owner_password=owner_password or "owner", user_password=user_password or "")
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    for line in lines:
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def text_image(lines: list[str], size: tuple[int, int] = (1700, 1100), font_size: int = 40) -> Image.Image:
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(DEJAVU, font_size)
    for i, line in enumerate(lines):
        draw.text((80, 80 + i * int(font_size * 1.8)), line, fill="black", font=font)
    return image
