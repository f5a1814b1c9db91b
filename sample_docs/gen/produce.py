"""Turn a DocSpec into the bytes of the uploaded file: text PDF, scan, photo, or a broken file."""

from __future__ import annotations

import io
import zlib

from PIL import Image

from . import bad_files
from .degrade import jpeg_bytes, phone_exif, photo, scan
from .model import Document, Page
from .render_image import render_page
from .render_pdf import images_to_pdf, render_text_pdf
from .spec import DocSpec

SCAN_DPI = 200
PHONES = ["iPhone 13", "SM-S911B", "iPhone 15 Pro", "SM-A546E"]


def seed_for(case_id: str, file: str) -> int:
    """A stable per-file seed (Python's hash() is salted per process, crc32 is not)."""
    return zlib.crc32(f"{case_id}/{file}".encode())


def _scan_page(page: Page, seed: int) -> Image.Image:
    img = render_page(page, SCAN_DPI)
    if page.w < 150:
        # Small documents (passport page, ID card) lie on the scanner glass with white lid around them.
        margin = round(14 * SCAN_DPI / 25.4)
        bed = Image.new("RGB", (img.width + 2 * margin, img.height + 2 * margin), (250, 250, 250))
        bed.paste(img, (margin, margin))
        img = bed
    return scan(img, seed).image


def _scan_jpeg(page: Page, seed: int) -> bytes:
    return jpeg_bytes(_scan_page(page, seed), quality=72, dpi=SCAN_DPI)


def _scan_png(page: Page, seed: int) -> bytes:
    # Office scanners in "document" mode save few grey levels; it also keeps a noisy PNG small.
    img = _scan_page(page, seed).quantize(colors=8, dither=Image.Dither.NONE)
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True, dpi=(SCAN_DPI, SCAN_DPI))
    return buf.getvalue()


def _scan_tiff(doc: Document, seed: int) -> bytes:
    """Multi-page bilevel TIFF (CCITT Group 4) as sheet-fed office scanners produce."""
    pages = []
    for i, page in enumerate(doc.pages):
        grey = _scan_page(page, seed + i)
        pages.append(grey.point(lambda v: 255 if v > 140 else 0).convert("1", dither=Image.Dither.NONE))
    buf = io.BytesIO()
    pages[0].save(
        buf, "TIFF", save_all=True, append_images=pages[1:], compression="group4", dpi=(SCAN_DPI, SCAN_DPI)
    )
    return buf.getvalue()


def _scan_pdf(doc: Document, seed: int) -> bytes:
    parts = []
    for i, page in enumerate(doc.pages):
        img = _scan_page(page, seed + i)
        parts.append(
            (
                jpeg_bytes(img, quality=70, dpi=SCAN_DPI),
                img.width * 25.4 / SCAN_DPI,
                img.height * 25.4 / SCAN_DPI,
            )
        )
    return images_to_pdf(parts, doc.title)


def _photo_jpeg(page: Page, seed: int, rotation: int, exif_orientation: int) -> bytes:
    if page.w < 100:  # ID card or receipt: get close
        dpi, frame, fill = (400, (1600, 1200), 0.8) if page.w > page.h else (200, (1200, 1600), 0.85)
    elif page.w < 150:  # passport page
        dpi, frame, fill = 300, (2000, 1500), 0.76
    else:
        dpi, fill = 180, 0.84  # a 4.3-megapixel frame: enough for 9-pt print, small enough for the repo
        frame = (2400, 1800) if page.w > page.h else (1800, 2400)
    img = photo(render_page(page, dpi), seed, frame, fill=fill)
    # rotation = how the content is turned in the stored pixels (clockwise); transpose turns anticlockwise.
    turn = {0: None, 90: Image.Transpose.ROTATE_270, 180: Image.Transpose.ROTATE_180}[rotation]
    if turn is not None:
        img = img.transpose(turn)
    return jpeg_bytes(img, quality=80, exif=phone_exif(exif_orientation, PHONES[seed % len(PHONES)]))


def produce(spec: DocSpec, case_id: str, done: dict[str, bytes]) -> bytes:
    """Bytes for one upload; `done` holds the case's files already made (for duplicates)."""
    seed = seed_for(case_id, spec.file)
    if spec.status == "duplicate":
        assert spec.duplicate_of is not None
        return done[spec.duplicate_of]
    if spec.bad == "zero_byte":
        return bad_files.zero_byte()
    if spec.bad == "text":
        return bad_files.plain_text()
    assert spec.build is not None, spec.file
    doc = spec.build()
    if spec.bad == "encrypted":
        return render_text_pdf(doc, user_password=spec.extra["user_password"])
    if spec.bad == "truncated":
        return bad_files.truncated(render_text_pdf(doc))
    if spec.render == "text_pdf":
        return render_text_pdf(doc)
    if spec.render == "scan_pdf":
        return _scan_pdf(doc, seed)
    if spec.render == "scan_tiff":
        return _scan_tiff(doc, seed)
    assert len(doc.pages) == 1, f"{spec.file}: single-image renders take one page"
    if spec.render == "scan_jpeg":
        return _scan_jpeg(doc.pages[0], seed)
    if spec.render == "scan_png":
        return _scan_png(doc.pages[0], seed)
    if spec.render == "photo_jpeg":
        return _photo_jpeg(doc.pages[0], seed, spec.rotation, spec.exif_orientation or 1)
    raise ValueError(spec.render)
