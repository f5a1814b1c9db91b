"""Turn one page image into a Page of OCR words: orientation, language, words."""

from __future__ import annotations

import time

from PIL import Image

from core.models import Page, TextSource, Word
from readers import tesseract
from readers.images import prepare_for_ocr
from readers.lines import assign_lines

# Scripts OSD reports for Chinese text; such pages are read with the Chinese models too.
_HAN_SCRIPTS = {"Han", "HanS", "HanT", "Hangul", "Japanese"}
LATIN_LANG = "eng"
HAN_LANG = "chi_sim+chi_tra+eng"
# Below this mean word confidence a Latin reading may really be Chinese text.
_LOW_CONF = 0.75
# Confident Han characters that make a page Chinese.
_ENOUGH_HAN = 8
# Legible characters at the upright thumbnail trial that end the orientation search early.
_CLEARLY_UPRIGHT = 300
# Legible characters in the full-size reading that make a page upright without trials: a page
# turned 90 or 180 degrees gives next to none (bench/throughput_bench.py, sample_docs photos).
_CLEARLY_UPRIGHT_FULL = 100
_ENOUGH_TO_COMPARE = 40
# Legible characters, left to right, that let a turned trial end the search (see _decisive).
_CLEARLY_TURNED = 150
# OSD's orientation confidence above which its answer is taken without a trial reading.
_TRUSTED_OSD = 2.0


class _Budget:
    """Seconds of OCR one page may use, shared by every Tesseract call made for it.

    Why: the limit used to apply per call, and a page makes up to seven calls (orientation, trial
    readings, a second language), so a hostile page could hold a worker for seven times the limit.
    """

    def __init__(self, seconds: float, number: int) -> None:
        self.seconds = seconds
        self.number = number
        self.deadline = time.monotonic() + seconds

    def exhausted(self) -> tesseract.OcrTimeout:
        return tesseract.OcrTimeout(
            f"OCR of page {self.number} ran past the limit of {self.seconds:g} s per page "
            "(ocr_timeout_seconds)"
        )

    def left(self) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise self.exhausted()
        return left


def _mean_conf(words: list[Word]) -> float:
    if not words:
        return 0.0
    weighted = sum(w.conf * len(w.text) for w in words)
    return weighted / max(1, sum(len(w.text) for w in words))


def _read(image: Image.Image, lang: str, budget: _Budget) -> tuple[list[Word], float]:
    words = tesseract.ocr_words(image, lang=lang, psm=3, timeout=budget.left())
    return words, _mean_conf(words)


def _rotate(image: Image.Image, clockwise: int) -> Image.Image:
    return image.rotate(-clockwise, expand=True) if clockwise else image


def _legible_chars(words: list[Word], horizontal_only: bool = False) -> int:
    """Characters in confidently read words of three or more letters and digits.

    `horizontal_only` counts only words laid out left to right: Tesseract reads the lines of a
    page turned by 90 degrees as vertical text, confidently, in boxes taller than wide.
    """
    return sum(
        len(w.text)
        for w in words
        if w.conf >= 0.6
        and sum(ch.isalnum() for ch in w.text) >= 3
        and (not horizontal_only or w.bbox[2] - w.bbox[0] > w.bbox[3] - w.bbox[1])
    )


def _han_chars(words: list[Word]) -> int:
    return sum(1 for w in words if w.conf >= 0.6 for ch in w.text if "\u4e00" <= ch <= "\u9fff")


def _thumbnail(image: Image.Image) -> Image.Image:
    small = image.copy()
    small.thumbnail((1200, 1200))
    return small


def _orientation(small: Image.Image, osd: tesseract.Orientation | None, budget: _Budget) -> int:
    """Which quarter turn makes the page upright, from trial readings of a thumbnail.

    OSD alone is unreliable on photos and busy backgrounds (it has called a passport upside down
    and its script Bengali), so small trial readings decide; OSD settles pages with too little
    Latin text to compare, such as Chinese-only certificates. A trial counts only words laid out
    left to right: a page turned a quarter too far reads as vertical words, as confidently as the
    upright one (an upside-down letter scored 586 legible characters at 270 degrees against 569 at
    180, and 5 against 565 once its vertical words were left out).
    """
    scores: dict[int, int] = {}
    for clockwise in (0, 180, 90, 270):
        words = tesseract.ocr_words(_rotate(small, clockwise), LATIN_LANG, 3, budget.left())
        scores[clockwise] = _legible_chars(words, horizontal_only=True)
        if clockwise == 0 and scores[0] >= _CLEARLY_UPRIGHT:
            return 0
        if _decisive(scores, clockwise):
            return clockwise
    ranked = sorted(scores, key=lambda k: (-scores[k], k))
    best, second = ranked[0], ranked[1]
    trusted = osd is not None and osd.confidence >= _TRUSTED_OSD
    if (
        trusted
        and osd is not None
        and best in (90, 270)
        and osd.rotate != best
        and scores.get(osd.rotate, 0) >= _ENOUGH_TO_COMPARE
        # ... unless the quarter turn reads far more: a sideways photo with an upright stamp on it
        and scores[best] <= 4 * scores[osd.rotate]
    ):
        # A sparse upright page with one sideways line (a security strip along the margin) reads best
        # a quarter turn round; a confident OSD whose own turn also reads as text settles it.
        return osd.rotate
    if scores[best] >= _ENOUGH_TO_COMPARE and scores[best] >= 1.5 * scores[second]:
        return best
    if trusted and osd is not None:
        return osd.rotate  # OSD reports the clockwise turn that makes the text upright
    return best


def _decisive(scores: dict[int, int], clockwise: int) -> bool:
    """A turned trial that reads well left to right, far better than the turns tried before it,
    settles the page: the turns not yet tried would show its lines vertically or upside down, and
    read as next to nothing (a page upside down costs two trial readings, not four).
    """
    others = [score for turn, score in scores.items() if turn != clockwise]
    return clockwise != 0 and scores[clockwise] >= _CLEARLY_TURNED and scores[clockwise] >= 3 * max(others)


def ocr_page(
    image: Image.Image,
    number: int,
    timeout: float,
    exif_orientation: int | None = None,
    note: str | None = None,
) -> Page:
    budget = _Budget(timeout, number)
    try:
        return _ocr_page(image, number, budget, exif_orientation, note)
    except tesseract.OcrTimeout as exc:
        raise budget.exhausted() from exc


def _ocr_page(
    image: Image.Image, number: int, budget: _Budget, exif_orientation: int | None, note: str | None
) -> Page:
    prepared, scale = prepare_for_ocr(image)
    small = _thumbnail(prepared)
    lang = LATIN_LANG
    # Most pages arrive upright, so the full reading is made first. A turned page reads as
    # low-confidence noise, so a reading with this much legible text settles the orientation;
    # only the others pay for OSD and the trial readings (up to five more Tesseract calls).
    rotation, osd = 0, None
    words, conf = _read(prepared, lang, budget)
    if _legible_chars(words, horizontal_only=True) < _CLEARLY_UPRIGHT_FULL:
        osd = tesseract.detect_orientation(small, timeout=budget.left())
        rotation = _orientation(small, osd, budget)
        if rotation:
            words, conf = _read(_rotate(prepared, rotation), lang, budget)
    upright = _rotate(prepared, rotation)
    if conf < _LOW_CONF or (osd is not None and osd.script in _HAN_SCRIPTS):
        # Chinese pages read as Latin come back as low-confidence noise; read them again with the
        # Chinese models and keep that reading when it finds real Chinese text.
        han_words, han_conf = _read(upright, HAN_LANG, budget)
        if _han_chars(han_words) >= _ENOUGH_HAN:
            words, conf, lang = han_words, han_conf, HAN_LANG
    # Report boxes in pixels of the upright image at its original scale, so crops match the file.
    if scale != 1.0:
        words = [w.model_copy(update={"bbox": tuple(round(c / scale, 1) for c in w.bbox)}) for w in words]
    width, height = (upright.width / scale, upright.height / scale)
    return Page(
        number=number,
        width=round(width),
        height=round(height),
        unit="px",
        text_source=TextSource.ocr,
        rotation=rotation,
        exif_orientation=exif_orientation,
        ocr_lang=lang,
        mean_conf=round(conf, 3),
        words=assign_lines(words),
        note=note,
    )
