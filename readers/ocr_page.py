"""Turn one page image into a Page of OCR words: orientation, language, words."""

from __future__ import annotations

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
_LOW_CONF = 0.45
# OSD's orientation confidence above which its answer is taken without a trial reading.
_TRUSTED_OSD = 2.0


def _mean_conf(words: list[Word]) -> float:
    if not words:
        return 0.0
    weighted = sum(w.conf * len(w.text) for w in words)
    return weighted / max(1, sum(len(w.text) for w in words))


def _read(image: Image.Image, lang: str, timeout: float) -> tuple[list[Word], float]:
    words = tesseract.ocr_words(image, lang=lang, psm=3, timeout=timeout)
    return words, _mean_conf(words)


def _rotate(image: Image.Image, clockwise: int) -> Image.Image:
    return image.rotate(-clockwise, expand=True) if clockwise else image


def _legible_chars(words: list[Word]) -> int:
    return sum(len(w.text) for w in words if w.conf >= 0.6 and sum(ch.isalnum() for ch in w.text) >= 3)


def _orientation_by_trial(image: Image.Image, lang: str, timeout: float) -> int:
    """Read a small copy at each quarter turn and keep the turn that yields the most legible text."""
    small = image.copy()
    small.thumbnail((1200, 1200))
    scores = {}
    for clockwise in (0, 90, 180, 270):
        scores[clockwise] = _legible_chars(tesseract.ocr_words(_rotate(small, clockwise), lang, 3, timeout))
    return max(scores, key=lambda k: (scores[k], -k))


def ocr_page(
    image: Image.Image,
    number: int,
    timeout: float,
    exif_orientation: int | None = None,
    note: str | None = None,
) -> Page:
    prepared, scale = prepare_for_ocr(image)
    osd = tesseract.detect_orientation(prepared, timeout=timeout)
    lang = HAN_LANG if osd and osd.script in _HAN_SCRIPTS else LATIN_LANG
    if osd is not None and osd.confidence >= _TRUSTED_OSD:
        rotation = osd.rotate  # OSD reports the clockwise turn that makes the text upright
    else:
        rotation = _orientation_by_trial(prepared, lang, timeout)
    upright = _rotate(prepared, rotation)
    words, conf = _read(upright, lang, timeout)
    if lang == LATIN_LANG and conf < _LOW_CONF and (osd is None or osd.script != "Latin"):
        han_words, han_conf = _read(upright, HAN_LANG, timeout)
        if han_conf > conf + 0.1:
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
