"""The path of one uploaded file: cached reading or a fresh one, classification, extraction.

A plain function so tests call it without Prefect; the flow wraps it as one task per document.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from core.logging import get_logger
from core.models import Classification, DocStatus, DocType, Fact, Page, ReadResult
from core.settings import Settings
from extractors.base import DocumentInput
from extractors.classify import classify_pages
from extractors.registry import extract
from pipeline.versions import extractor_version, reader_version
from readers.hashing import sha256_file
from readers.page_images import load_page_image
from readers.read_document import read_document
from readers.tesseract import thread_ocr_call_count
from store.sqlite_store import Store

log = get_logger(__name__)


@dataclass
class DocumentOutcome:
    reading: ReadResult
    classification: Classification
    facts: list[Fact]  # not yet bound to an upload path
    from_cache: bool
    ocr_pages: int
    ocr_calls: int = 0  # Tesseract calls this document cost in this run (0 when read from the store)


class FileChangedError(RuntimeError):
    """The file's bytes are no longer those the run planned to read (replaced while being read)."""


def _same_bytes(path: Path, sha256: str, label: str) -> None:
    """Refuse to file a reading under a digest its bytes no longer have: another case holding the
    old bytes, or a later run, would get the new file's facts. (The digest is memoised by size and
    modification time, so an unchanged file is not hashed again.)"""
    try:
        same = sha256_file(path) == sha256
    except OSError:
        same = False
    if not same:
        raise FileChangedError(
            f"{label} changed while the run was reading it; it is read again on the next run"
        )


def process_document(
    path: Path, sha256: str, store: Store, settings: Settings, run_id: str, label: str
) -> DocumentOutcome:
    """Read, classify and extract one file; the same bytes are never read twice."""
    calls_before = thread_ocr_call_count()
    reading = store.get_reading(sha256, reader_version())
    from_cache = reading is not None
    ocr_pages = 0
    if reading is None:
        _same_bytes(path, sha256, label)
        try:
            reading = read_document(path, settings)
        except Exception as exc:  # a reader bug must cost one document, never the run
            log.exception("reading %s failed", label)
            reading = ReadResult(
                status=DocStatus.unreadable,
                kind="other",
                error=f"internal error while reading ({type(exc).__name__})",
            )
        ocr_pages = reading.ocr_pages
        _same_bytes(path, sha256, label)
        store.put_reading(sha256, reader_version(), reading, run_id)
        log.info(
            "read %s: %s, %d page(s), %d by OCR",
            label,
            reading.status.value,
            len(reading.pages),
            reading.ocr_pages,
        )

    cached = store.get_extraction(sha256, extractor_version())
    if cached is not None:
        classification, facts = cached
    else:
        classification, facts = classify_and_extract(reading, settings, label, path)
        _same_bytes(path, sha256, label)  # extraction reads page images from the file again
        store.put_extraction(sha256, extractor_version(), classification, facts, run_id)
    return DocumentOutcome(
        reading, classification, facts, from_cache, ocr_pages, thread_ocr_call_count() - calls_before
    )


def document_input(reading: ReadResult, settings: Settings, path: Path | None) -> DocumentInput:
    if path is None:
        return DocumentInput(pages=reading.pages, kind=reading.kind)
    kind = reading.kind

    def loader(page: Page) -> Image.Image:
        return load_page_image(path, kind, page, settings.pdf_render_dpi, settings.max_pixels)

    return DocumentInput(pages=reading.pages, kind=kind, path=path, image_loader=loader)


def classify_and_extract(
    reading: ReadResult,
    settings: Settings,
    label: str,
    path: Path | None = None,
    doc_type: DocType | None = None,
) -> tuple[Classification, list[Fact]]:
    """Classify (unless a person already said what it is) and extract the facts of that kind."""
    if not reading.pages:
        return Classification(doc_type=DocType.unknown, confidence=0.0, reasons=["nothing could be read"]), []
    if doc_type is not None:
        classification = Classification(doc_type=doc_type, confidence=1.0, reasons=["type set by a person"])
    else:
        classification = classify_pages(reading.pages, settings.min_classification_score)
    try:
        facts = extract(classification.doc_type, document_input(reading, settings, path))
    except Exception as exc:
        log.exception("extracting %s failed", label)
        classification = classification.model_copy(
            update={"reasons": [*classification.reasons, f"extraction failed ({type(exc).__name__})"]}
        )
        facts = []
    return classification, facts
