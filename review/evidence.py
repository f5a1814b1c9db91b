"""Evidence images: a fact's crop, its page with the box drawn, and document thumbnails.

The file to open is found only from the case's stored document records and the upload root of the run
that wrote the case; nothing from the request names a path. The file's bytes must still hash to the
sha256 the facts were read from, so a crop never shows a newer upload under an older reading.
"""

from __future__ import annotations

import hashlib
import io
import threading
from collections import OrderedDict
from pathlib import Path

from PIL import Image, ImageDraw

from core.models import CaseResult, DocumentRecord, Fact, FileKind, Page, PageRead
from core.settings import Settings
from readers.page_images import load_page_image

RENDER_DPI = 150  # crisp enough for 10 pt print in a crop, a quarter of the pixels of the 300 DPI OCR render
THUMB_DPI = 40
THUMB_SIZE = (180, 240)
PAGE_VIEW_WIDTH = 1100
CROPPABLE = {FileKind.pdf, FileKind.jpeg, FileKind.png, FileKind.tiff, FileKind.webp, FileKind.heic}


class EvidenceMissing(LookupError):
    """No image for this request: not in the case, no location recorded, or the file changed."""


def case_file(upload_root: str, case_id: str, record: DocumentRecord) -> Path:
    """The upload of ``record``, refusing anything that would land outside the case's folder."""
    base = (Path(upload_root) / case_id).resolve()
    path = (base / record.file).resolve()
    if base not in path.parents or not path.is_file():
        raise EvidenceMissing(f"{record.file} is not in the case folder")
    return path


class EvidenceImages:
    def __init__(self, settings: Settings | None = None, cache_pages: int = 6) -> None:
        self.settings = settings or Settings.from_env()
        self._pages: OrderedDict[tuple[str, int, int], Image.Image] = OrderedDict()
        self._hashes: dict[tuple[str, int, int], str] = {}
        self._cache_pages = cache_pages
        # One render at a time: pdfplumber is not thread-safe, and a case page asks for many crops of
        # the same page at once; the first request renders, the rest find it cached.
        self._lock = threading.Lock()

    # Lookups
    @staticmethod
    def fact_at(result: CaseResult, n: int) -> tuple[Fact, DocumentRecord, PageRead]:
        if not 0 <= n < len(result.facts):
            raise EvidenceMissing("no such fact")
        fact = result.facts[n]
        record = next((d for d in result.documents if d.file == fact.file), None)
        if record is None or fact.page is None or fact.bbox is None:
            raise EvidenceMissing("the fact has no recorded location")
        page = next((p for p in record.page_reads if p.page == fact.page), None)
        if page is None or page.width <= 0 or page.height <= 0:
            raise EvidenceMissing("the fact's page was not recorded")
        return fact, record, page

    def _verified(self, path: Path, record: DocumentRecord) -> Path:
        stat = path.stat()
        key = (str(path), stat.st_mtime_ns, stat.st_size)
        digest = self._hashes.get(key)
        if digest is None:
            h = hashlib.sha256()
            with path.open("rb") as fh:
                for block in iter(lambda: fh.read(1 << 20), b""):
                    h.update(block)
            digest = self._hashes[key] = h.hexdigest()
        if digest != record.sha256:
            raise EvidenceMissing(f"{record.file} changed since it was read")
        return path

    def _page_image(self, path: Path, record: DocumentRecord, page: PageRead, dpi: int) -> Image.Image:
        kind = record.file_kind
        if kind not in CROPPABLE:
            raise EvidenceMissing(f"{record.file} is not an image or PDF")
        key = (record.sha256, page.page, dpi)
        with self._lock:
            if key in self._pages:
                self._pages.move_to_end(key)
                return self._pages[key]
            as_read = Page(
                number=page.page,
                width=page.width,
                height=page.height,
                unit=page.unit,
                text_source=page.text_source,
                rotation=page.rotation,
            )
            try:
                image = load_page_image(path, kind, as_read, dpi, self.settings.max_pixels)
            except Exception as exc:  # a file that read once but no longer renders is evidence missing
                raise EvidenceMissing(f"{record.file} page {page.page} cannot be rendered") from exc
            self._pages[key] = image
            while len(self._pages) > self._cache_pages:
                self._pages.popitem(last=False)
            return image

    # Images
    def crop(self, upload_root: str, result: CaseResult, n: int) -> bytes:
        fact, record, page = self.fact_at(result, n)
        path = self._verified(case_file(upload_root, result.case_id, record), record)
        image = self._page_image(path, record, page, RENDER_DPI)
        x0, y0, x1, y1 = _scaled(fact.bbox, page, image)
        # Labels sit left of their values: a wide margin on the left shows the label, so a person can
        # judge the reading; a small one above and below keeps neighbouring lines from crowding in.
        line = max(8.0, y1 - y0)
        box = (
            max(0, int(x0 - max(60.0, line * 12))),
            max(0, int(y0 - line * 0.5)),
            min(image.width, int(x1 + max(30.0, line * 2))),
            min(image.height, int(y1 + line * 0.5)),
        )
        if box[2] <= box[0] or box[3] <= box[1]:
            raise EvidenceMissing("the fact's box lies outside its page")
        piece = image.crop(box).convert("RGB")
        ImageDraw.Draw(piece).rectangle(
            (x0 - box[0] - 3, y0 - box[1] - 3, x1 - box[0] + 3, y1 - box[1] + 3),
            outline=(220, 38, 38),
            width=2,
        )
        return _png(piece)

    def page_with_box(self, upload_root: str, result: CaseResult, n: int) -> bytes:
        fact, record, page = self.fact_at(result, n)
        path = self._verified(case_file(upload_root, result.case_id, record), record)
        image = self._page_image(path, record, page, RENDER_DPI).convert("RGB")
        x0, y0, x1, y1 = _scaled(fact.bbox, page, image)
        image = image.copy()
        ImageDraw.Draw(image).rectangle((x0 - 4, y0 - 4, x1 + 4, y1 + 4), outline=(220, 38, 38), width=4)
        if image.width > PAGE_VIEW_WIDTH:
            image = image.resize((PAGE_VIEW_WIDTH, round(image.height * PAGE_VIEW_WIDTH / image.width)))
        return _png(image)

    def thumbnail(self, upload_root: str, result: CaseResult, n: int) -> bytes:
        if not 0 <= n < len(result.documents):
            raise EvidenceMissing("no such document")
        record = result.documents[n]
        if not record.page_reads:
            raise EvidenceMissing(f"{record.file} has no readable page")
        path = self._verified(case_file(upload_root, result.case_id, record), record)
        image = self._page_image(path, record, record.page_reads[0], THUMB_DPI).convert("RGB")
        image = image.copy()
        image.thumbnail(THUMB_SIZE)
        return _png(image)


def _scaled(
    bbox: tuple[float, float, float, float] | None, page: PageRead, image: Image.Image
) -> tuple[float, float, float, float]:
    """The bbox in the rendered image's pixels: points or read-time pixels scaled to this render."""
    assert bbox is not None
    sx, sy = image.width / page.width, image.height / page.height
    return bbox[0] * sx, bbox[1] * sy, bbox[2] * sx, bbox[3] * sy


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=False)
    return buffer.getvalue()
