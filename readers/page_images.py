"""Page images for steps that need pixels after reading (MRZ band reading, evidence crops).

The image returned is in the same coordinates as the page's word boxes: upright (EXIF and the
detected rotation applied), at the file's own resolution, or at the render DPI for a PDF page.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from core.models import FileKind, Page
from readers import pdf as pdf_reader
from readers.images import load_frames


def load_page_image(path: Path, kind: FileKind, page: Page, pdf_dpi: int, max_pixels: int) -> Image.Image:
    if kind is FileKind.pdf:
        image = pdf_reader.render_page(path, page.number, pdf_dpi, max_pixels)
    else:
        frames = load_frames(path, max_pixels, page.number)
        image = frames[page.number - 1][0]
    if page.rotation:
        image = image.rotate(-page.rotation, expand=True)
    return image
