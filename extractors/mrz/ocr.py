"""Step 3: recognise a prepared band as MRZ text, through the project's one Tesseract wrapper.

Two recognizers: `mrz`, an LSTM model trained on OCR-B MRZ lines and shipped in `tessdata/`
(see its SOURCE.md), which reads `<` runs and OCR-B digits far better; and Tesseract's own `eng`.
They fail differently, so the reader uses `eng` as the independent second opinion that confirms
what check digits cannot protect (names, codes).
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Literal

from PIL import Image

from core.models import Word
from readers.lines import assign_lines
from readers.tesseract import OcrError, ocr_text, ocr_words

Model = Literal["mrz", "eng"]

TESSDATA = Path(__file__).parent / "tessdata"
MODEL_FILE = TESSDATA / "mrz.traineddata"
MODEL_SHA256 = "e44f5b7a6bdd3f382ef3bfa84ee0057f5897946a84a094c26910e0a124f3a9bd"

MRZ_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"
# OCR-B capitals only, and no dictionaries: an MRZ has no words, and the English word lists
# make Tesseract "correct" fillers and codes into words.
MRZ_CONFIG = f"-c tessedit_char_whitelist={MRZ_ALPHABET} -c load_system_dawg=0 -c load_freq_dawg=0"
OCR_TIMEOUT = 20.0


def model_file_ok() -> bool:
    """The shipped MRZ model is present and is the file its SOURCE.md describes."""
    return MODEL_FILE.is_file() and hashlib.sha256(MODEL_FILE.read_bytes()).hexdigest() == MODEL_SHA256


def _lang_config(model: Model) -> tuple[str, str]:
    if model == "mrz":
        # Quoted: the project may live in a path with spaces.
        return "mrz", f'--tessdata-dir "{TESSDATA}" {MRZ_CONFIG}'
    return "eng", MRZ_CONFIG


def ocr_band(image: Image.Image, psm: int = 6, model: Model = "mrz") -> list[str]:
    """The band's text lines, spaces removed (an MRZ has none), empty lines dropped.

    psm 6 reads the band as one block of uniform text; psm 7 for a single line.
    """
    lang, config = _lang_config(model)
    try:
        text = ocr_text(image, lang=lang, psm=psm, timeout=OCR_TIMEOUT, extra_config=config)
    except OcrError:
        return []
    lines = ["".join(line.split()) for line in text.splitlines()]
    return [line for line in lines if line]


def ocr_page_words(image: Image.Image, timeout: float = OCR_TIMEOUT) -> list[list[Word]]:
    """Words of a whole page read with the MRZ model, grouped into lines top to bottom.

    Used only to locate a band the morphology missed (a small card crop whose MRZ merges with
    the printed background): the MRZ model turns everything into MRZ characters, so only the
    line geometry of this read is trusted, never its text.
    """
    lang, config = _lang_config("mrz")
    try:
        words = ocr_words(image, lang=lang, psm=3, timeout=timeout, extra_config=config)
    except OcrError:
        return []
    grouped: dict[int, list[Word]] = {}
    for word in assign_lines(words):
        grouped.setdefault(word.line, []).append(word)
    return [grouped[n] for n in sorted(grouped)]
