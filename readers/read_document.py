"""Read one uploaded file into pages, or say exactly why it cannot be read."""

from __future__ import annotations

from pathlib import Path

from core.models import DocStatus, FileKind, Page, ReadResult, TextSource
from core.settings import Settings
from readers import pdf as pdf_reader
from readers.images import ImageLimitError, load_frames_counted
from readers.lines import assign_lines
from readers.ocr_page import ocr_page
from readers.sniff import sniff_file
from readers.tesseract import OcrError

IMAGE_KINDS = {FileKind.jpeg, FileKind.png, FileKind.tiff, FileKind.webp, FileKind.heic}


def page_limit_note(max_pages: int, total: int) -> str:
    return f"only the first {max_pages} of {total} pages were read (page limit, max_pages)"


def read_document(path: Path, settings: Settings) -> ReadResult:
    size = path.stat().st_size
    kind = sniff_file(path)
    if kind is FileKind.empty:
        return ReadResult(status=DocStatus.unreadable, kind=kind, error="the file is empty (0 bytes)")
    if size > settings.max_file_bytes:
        return ReadResult(
            status=DocStatus.needs_review,
            kind=kind,
            # Why bytes and the setting's name: "0 MB over the limit of 0 MB" named no limit at all
            # when the limit is set small; a reviewer must see which setting refused the file.
            error=f"file is {size:,} bytes, over the limit of {settings.max_file_bytes:,} bytes "
            "(max_file_bytes)",
        )
    if kind is FileKind.pdf:
        return _read_pdf(path, settings)
    if kind in IMAGE_KINDS:
        return _read_image(path, kind, settings)
    return ReadResult(
        status=DocStatus.unsupported,
        kind=kind,
        error="not a PDF or an image (PDF, JPEG, PNG, TIFF, WEBP, HEIC are read)",
    )


def _read_pdf(path: Path, settings: Settings) -> ReadResult:
    try:
        layer_pages, total = pdf_reader.read_text_layer(path, settings.max_pages)
    except pdf_reader.PdfEncrypted as exc:
        return ReadResult(status=DocStatus.encrypted, kind=FileKind.pdf, error=str(exc))
    except pdf_reader.PdfUnreadable as exc:
        return ReadResult(status=DocStatus.unreadable, kind=FileKind.pdf, error=str(exc))
    pages: list[Page] = []
    ocr_pages = 0
    errors: list[str] = []
    for layer in layer_pages:
        if layer.usable_chars >= settings.min_text_layer_chars:
            pages.append(
                Page(
                    number=layer.number,
                    width=layer.width,
                    height=layer.height,
                    unit="pt",
                    text_source=TextSource.text_layer,
                    words=assign_lines(layer.words),
                    mean_conf=1.0,
                )
            )
            continue
        note = "no text layer" if not layer.words else "text layer unusable (cid glyphs or too little text)"
        try:
            image = pdf_reader.render_page(path, layer.number, settings.pdf_render_dpi, settings.max_pixels)
            pages.append(ocr_page(image, layer.number, settings.ocr_timeout_seconds, note=note))
            ocr_pages += 1
        except (pdf_reader.PdfUnreadable, OcrError) as exc:
            errors.append(f"page {layer.number}: {exc}")
            pages.append(
                Page(
                    number=layer.number,
                    width=layer.width,
                    height=layer.height,
                    unit="pt",
                    text_source=TextSource.none,
                    note=str(exc),
                )
            )
    status = DocStatus.ok
    if total > settings.max_pages:
        errors.append(page_limit_note(settings.max_pages, total))
    if errors:
        status = DocStatus.needs_review
    return ReadResult(
        status=status, kind=FileKind.pdf, pages=pages, ocr_pages=ocr_pages, error="; ".join(errors) or None
    )


def _read_image(path: Path, kind: FileKind, settings: Settings) -> ReadResult:
    try:
        frames, total = load_frames_counted(path, settings.max_pixels, settings.max_pages)
    except ImageLimitError as exc:
        return ReadResult(status=DocStatus.needs_review, kind=kind, error=str(exc))
    except Exception as exc:  # Pillow raises OSError, SyntaxError, ValueError... for broken images
        return ReadResult(
            status=DocStatus.unreadable,
            kind=kind,
            error=f"the image cannot be decoded ({type(exc).__name__})",
        )
    pages: list[Page] = []
    errors: list[str] = []
    for number, (image, orientation) in enumerate(frames, start=1):
        try:
            pages.append(ocr_page(image, number, settings.ocr_timeout_seconds, exif_orientation=orientation))
        except OcrError as exc:
            errors.append(f"page {number}: {exc}")
            pages.append(
                Page(
                    number=number,
                    width=image.width,
                    height=image.height,
                    unit="px",
                    text_source=TextSource.none,
                    note=str(exc),
                )
            )
    if total > settings.max_pages:
        # Why: a multi-page TIFF over the page limit was cut short silently; PDFs already said so.
        errors.append(page_limit_note(settings.max_pages, total))
    return ReadResult(
        status=DocStatus.needs_review if errors else DocStatus.ok,
        kind=kind,
        pages=pages,
        ocr_pages=len(frames),
        error="; ".join(errors) or None,
    )
