"""The one module that runs Tesseract: its arguments, timeouts, language packs and errors.

Nothing else in the project calls Tesseract directly, so the OCR-call counter here is the whole
truth about how much OCR a run did.
"""

from __future__ import annotations

import os
import re
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pytesseract
from PIL import Image

from core.models import Word

# Tesseract parallelises internally with OpenMP; we parallelise across pages instead, so one
# thread per Tesseract keeps the cores busy without oversubscription.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

_calls = 0
_calls_lock = threading.Lock()
# Per-thread count, so a document task can say how much OCR it did whoever else runs beside it.
_thread = threading.local()


class OcrError(RuntimeError):
    """Tesseract failed or timed out on one image."""


class OcrTimeout(OcrError):
    """Tesseract ran past its time limit and was killed."""


def _positive(timeout: float) -> float:
    # Why: pytesseract treats a timeout of 0 (or None) as "no timeout", so a limit set to 0 or
    # a budget already spent would let a hostile image run Tesseract forever. Never pass one.
    return max(float(timeout), 0.001)


@dataclass(frozen=True)
class Orientation:
    rotate: int  # degrees clockwise to turn the image so its text is upright
    confidence: float
    script: str | None


def ocr_call_count() -> int:
    """OCR calls made by this process so far."""
    return _calls


def thread_ocr_call_count() -> int:
    """OCR calls made by the calling thread so far."""
    return getattr(_thread, "calls", 0)


def _count() -> None:
    global _calls
    with _calls_lock:
        _calls += 1
    _thread.calls = thread_ocr_call_count() + 1


@contextmanager
def _image_file(image: Image.Image) -> Iterator[str]:
    """The image written to a temporary PNG at a light compression level, for Tesseract to read.

    pytesseract writes PNG at Pillow's default level, which costs 0.25-0.55 s a page here: a third
    of a page's OCR time, spent compressing a file read once. Level 1 gives the same pixels and the
    same (absent) resolution header, so Tesseract reads exactly what it did, in a few milliseconds.
    """
    if "A" in image.getbands():  # as pytesseract does: an alpha channel over white
        flat = Image.new("RGB", image.size, (255, 255, 255))
        flat.paste(image, (0, 0), image.getchannel("A"))
        image = flat
    if image.mode not in ("1", "L", "P", "RGB", "I", "I;16"):
        image = image.convert("RGB")  # CMYK, YCbCr...: PNG cannot hold them
    with tempfile.NamedTemporaryFile(prefix="qmas_ocr_", suffix=".png") as f:
        image.save(f.name, format="PNG", compress_level=1)
        yield f.name


def available_languages() -> set[str]:
    return set(pytesseract.get_languages(config=""))


def detect_orientation(image: Image.Image, timeout: float) -> Orientation | None:
    """Tesseract OSD; None when the page has too little text for it to decide."""
    _count()
    try:
        with _image_file(image) as path:
            osd = pytesseract.image_to_osd(
                path,
                config="--psm 0 -c min_characters_to_try=10",
                output_type=pytesseract.Output.DICT,
                timeout=_positive(timeout),
            )
    except (pytesseract.TesseractError, RuntimeError):
        return None
    return Orientation(
        rotate=int(osd.get("rotate", 0)) % 360,
        confidence=float(osd.get("orientation_conf", 0.0)),
        script=osd.get("script"),
    )


def ocr_words(
    image: Image.Image, lang: str = "eng", psm: int = 3, timeout: float = 120.0, extra_config: str = ""
) -> list[Word]:
    """Words with boxes (pixels of ``image``) and confidences in 0..1."""
    _count()
    config = f"--psm {psm} {extra_config}".strip()
    try:
        with _image_file(image) as path:
            data = pytesseract.image_to_data(
                path,
                lang=lang,
                config=config,
                output_type=pytesseract.Output.DICT,
                timeout=_positive(timeout),
            )
    # Why this order: TesseractError is a RuntimeError, so caught second it was reported as a timeout.
    except pytesseract.TesseractError as exc:
        raise OcrError(f"Tesseract failed: {exc.message.strip()[:200]}") from exc
    except RuntimeError as exc:  # pytesseract raises RuntimeError on timeout
        raise OcrTimeout(f"OCR timed out after {timeout:g} s (ocr_timeout_seconds)") from exc
    words: list[Word] = []
    for i, text in enumerate(data["text"]):
        text = text.strip()
        conf = float(data["conf"][i])
        if not text or conf < 0:
            continue
        x, y, w, h = data["left"][i], data["top"][i], data["width"][i], data["height"][i]
        words.append(Word(text=text, bbox=(x, y, x + w, y + h), conf=round(conf / 100.0, 3)))
    return words


def ocr_text(image: Image.Image, lang: str, psm: int, timeout: float, extra_config: str = "") -> str:
    """Plain text of an image (used for narrow bands such as an MRZ)."""
    _count()
    config = f"--psm {psm} {extra_config}".strip()
    try:
        with _image_file(image) as path:
            text = pytesseract.image_to_string(path, lang=lang, config=config, timeout=_positive(timeout))
    # Why this order: TesseractError is a RuntimeError, so caught second it was reported as a timeout.
    except pytesseract.TesseractError as exc:
        raise OcrError(f"Tesseract failed: {exc.message.strip()[:200]}") from exc
    except RuntimeError as exc:
        raise OcrTimeout(f"OCR timed out after {timeout:g} s (ocr_timeout_seconds)") from exc
    return re.sub(r"[ \t]+", " ", text)
