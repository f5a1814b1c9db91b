"""Evidence images for a report: each fact's crop and a thumbnail per page, as data: URIs.

Cropping is ``readers.evidence``'s (``page_for`` and ``crop_box``); this module only makes sure each
page image is loaded once per document however many facts point into it, and marks the read region.
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw

from core.logging import get_logger
from core.models import DocumentRecord, Fact, FileKind, PageRead
from readers.evidence import MAX_CROP_SIDE, crop_box, page_for
from readers.page_images import load_page_image

log = get_logger(__name__)

CROP_DPI = 150  # enough to read a printed value; a whole report stays a few megabytes
THUMB_SIDE = 320
# A crop is shown about 330 CSS px wide; more pixels than this only make the report heavier.
REPORT_CROP_SIDE = min(MAX_CROP_SIDE, 720)
THUMB_PAGES = 2  # pages without facts still get a thumbnail up to here, so an auditor sees what the file is
MAX_PIXELS = 60_000_000
UNREADABLE_KINDS = {FileKind.empty, FileKind.other}


@dataclass
class DocumentEvidence:
    crops: dict[str, str] = field(default_factory=dict)  # fact field -> data URI
    thumbnails: dict[int, str] = field(default_factory=dict)  # page number -> data URI
    error: str | None = None  # why no images could be made, in words for the report


def data_uri(image: Image.Image) -> str:
    # Not readers.evidence.png_bytes: its optimize=True costs about a second per photo crop, which a
    # report of twenty crops per case cannot afford; level 6 is within a few percent of its size.
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, format="PNG", compress_level=6)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def mark_crop(page: PageRead, image: Image.Image, bbox: tuple[float, float, float, float]) -> Image.Image:
    """The crop around ``bbox`` with the read region outlined, so the value is found at a glance."""
    box = crop_box(page, bbox, image.size)
    crop = image.crop(box).convert("RGB")
    scale = image.size[0] / page.width if page.width else 1.0
    x0, y0, x1, y1 = (c * scale for c in bbox)
    draw = ImageDraw.Draw(crop)
    pad = 3
    draw.rectangle(
        (x0 - box[0] - pad, y0 - box[1] - pad, x1 - box[0] + pad, y1 - box[1] + pad),
        outline=(214, 40, 40),
        width=max(2, crop.size[0] // 300),
    )
    crop.thumbnail((REPORT_CROP_SIDE, REPORT_CROP_SIDE))
    return crop


def document_evidence(path: Path, record: DocumentRecord, facts: list[Fact]) -> DocumentEvidence:
    """Crops for ``facts`` of one document and thumbnails of its first pages; never raises."""
    evidence = DocumentEvidence()
    if not record.page_reads or record.file_kind is None or record.file_kind in UNREADABLE_KINDS:
        return evidence
    reads = {p.page: p for p in record.page_reads}
    by_page: dict[int, list[Fact]] = {}
    for fact in facts:
        if fact.page in reads:
            by_page.setdefault(fact.page, []).append(fact)
    wanted = sorted(set(by_page) | {p for p in reads if p <= THUMB_PAGES})
    for number in wanted:
        read = reads[number]
        try:
            image = load_page_image(path, record.file_kind, page_for(read), CROP_DPI, MAX_PIXELS)
        except Exception as exc:  # a page that cannot be drawn costs its images, never the report
            log.warning("%s page %d: no evidence image (%s)", record.file, number, type(exc).__name__)
            evidence.error = f"page {number} could not be drawn ({type(exc).__name__})"
            continue
        by_box: dict[tuple[float, ...], str] = {}  # MRZ fields share one box: encode it once
        for fact in by_page.get(number, []):
            if fact.bbox is not None:
                key = tuple(fact.bbox)
                if key not in by_box:
                    by_box[key] = data_uri(mark_crop(read, image, fact.bbox))
                evidence.crops[fact.field] = by_box[key]
        thumb = image.copy()
        thumb.thumbnail((THUMB_SIDE, THUMB_SIDE))
        evidence.thumbnails[number] = data_uri(thumb)
        image.close()
    return evidence
