"""The one module that reads PDFs: text layer with pdfplumber, page rendering for OCR."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from PIL import Image

from core.models import Word

_CID = re.compile(r"\(cid:\d+\)")


class PdfEncrypted(Exception):
    """The PDF needs a password to open."""


class PdfUnreadable(Exception):
    """The PDF is corrupt or truncated."""


@dataclass
class PdfPage:
    number: int
    width: float
    height: float
    words: list[Word]
    usable_chars: int


def usable_chars(text: str) -> int:
    """Characters that are real text: `(cid:N)` placeholders and replacement marks do not count."""
    cleaned = _CID.sub("", text).replace("\ufffd", "")
    return sum(1 for ch in cleaned if ch.isalnum())


_PASSWORD_ERRORS = (PDFPasswordIncorrect, PDFEncryptionError)


def _is_password_error(exc: BaseException) -> bool:
    """pdfplumber wraps pdfminer's errors; look through the wrapper for the password one."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, _PASSWORD_ERRORS) or any(isinstance(a, _PASSWORD_ERRORS) for a in seen.args):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _open(path: Path) -> pdfplumber.PDF:
    try:
        return pdfplumber.open(path)
    except Exception as exc:  # pdfminer raises many types for broken files
        if _is_password_error(exc):
            raise PdfEncrypted("the PDF is password-protected") from exc
        raise PdfUnreadable(f"the PDF cannot be parsed ({type(exc).__name__})") from exc


def read_text_layer(path: Path, max_pages: int) -> tuple[list[PdfPage], int]:
    """Words of each page's text layer (PDF points, top-left origin) and the total page count."""
    pdf = _open(path)
    try:
        try:
            total = len(pdf.pages)
        except Exception as exc:
            raise PdfUnreadable(f"the PDF's page tree cannot be read ({type(exc).__name__})") from exc
        if total == 0:
            raise PdfUnreadable("the PDF has no pages (truncated or corrupt)")
        pages: list[PdfPage] = []
        for index in range(min(total, max_pages)):
            try:
                page = pdf.pages[index]
                raw = page.extract_words(keep_blank_chars=False, use_text_flow=False)
            except Exception as exc:
                if _is_password_error(exc):
                    raise PdfEncrypted("the PDF is password-protected") from exc
                raise PdfUnreadable(f"page {index + 1} cannot be parsed ({type(exc).__name__})") from exc
            words = [
                Word(text=w["text"], bbox=(w["x0"], w["top"], w["x1"], w["bottom"]), conf=1.0)
                for w in raw
                if w["text"].strip()
            ]
            text = " ".join(w.text for w in words)
            pages.append(PdfPage(index + 1, float(page.width), float(page.height), words, usable_chars(text)))
        return pages, total
    finally:
        pdf.close()


class PdfPageTooLarge(PdfUnreadable):
    """Rendering the page at the requested resolution would exceed the pixel limit."""


def render_page(path: Path, number: int, dpi: int, max_pixels: int | None = None) -> Image.Image:
    """One page as an RGB image for OCR (page numbers start at 1)."""
    pdf = _open(path)
    try:
        page = pdf.pages[number - 1]
        # Why: a PDF's MediaBox can be 200 inches square (14400 pt); at 300 dpi that page is
        # 3.6 gigapixels, allocated by pdfium before anything else looks at it. Refuse it up front.
        scale = dpi / 72.0
        width, height = round(float(page.width) * scale), round(float(page.height) * scale)
        if max_pixels is not None and width * height > max_pixels:
            raise PdfPageTooLarge(
                f"page {number} would be {width}x{height} = {width * height:,} pixels at {dpi} dpi, over "
                f"the pixel limit of {max_pixels:,} (max_pixels); not rendered for OCR"
            )
        return page.to_image(resolution=dpi).original.convert("RGB")
    except PdfUnreadable:
        raise
    except Exception as exc:
        raise PdfUnreadable(f"page {number} cannot be rendered ({type(exc).__name__})") from exc
    finally:
        pdf.close()
