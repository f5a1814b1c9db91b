"""Evidence crops: the region of a page a fact was read from, cut from the page as it was read."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from core.models import BBox, FileKind, Page, PageRead, TextSource
from readers.page_images import load_page_image

# A little context around the words helps a person see what the value belongs to.
MARGIN = 0.5
MAX_CROP_SIDE = 900


def page_for(read: PageRead) -> Page:
    return Page(
        number=read.page,
        width=read.width,
        height=read.height,
        unit=read.unit,
        text_source=read.text_source if read.text_source != TextSource.none else TextSource.ocr,
        rotation=read.rotation,
    )


def crop_box(page: PageRead, bbox: BBox, image_size: tuple[int, int]) -> tuple[int, int, int, int]:
    """The bbox in the rendered image's pixels, widened by a margin and clamped to the page."""
    scale = image_size[0] / page.width if page.width else 1.0
    x0, y0, x1, y1 = (c * scale for c in bbox)
    # Labels usually stand to the left of or above a value: show more on that side.
    line = max(y1 - y0, 10.0)
    left = max(6 * line, (x1 - x0) * 1.5)
    right = max(2 * line, (x1 - x0) * MARGIN)
    vertical = max(1.5 * line, 15.0)
    return (
        max(0, int(x0 - left)),
        max(0, int(y0 - vertical)),
        min(image_size[0], int(x1 + right)),
        min(image_size[1], int(y1 + vertical)),
    )


def evidence_crop(
    path: Path, kind: FileKind, page: PageRead, bbox: BBox, dpi: int = 150, max_pixels: int = 60_000_000
) -> Image.Image:
    image = load_page_image(path, kind, page_for(page), dpi, max_pixels)
    crop = image.crop(crop_box(page, bbox, image.size))
    crop.thumbnail((MAX_CROP_SIDE, MAX_CROP_SIDE))
    return crop


def page_thumbnail(
    path: Path, kind: FileKind, page: PageRead, side: int = 360, dpi: int = 72, max_pixels: int = 60_000_000
) -> Image.Image:
    image = load_page_image(path, kind, page_for(page), dpi, max_pixels)
    image.thumbnail((side, side))
    return image


def png_bytes(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
