"""Step 3: recognise a prepared band as MRZ text, through the project's one Tesseract wrapper."""

from __future__ import annotations

from PIL import Image

from readers.tesseract import OcrError, ocr_text

MRZ_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"
# OCR-B capitals only, and no dictionaries: an MRZ has no words, and the English word lists
# make Tesseract "correct" fillers and codes into words.
MRZ_CONFIG = f"-c tessedit_char_whitelist={MRZ_ALPHABET} -c load_system_dawg=0 -c load_freq_dawg=0"
OCR_TIMEOUT = 20.0


def ocr_band(image: Image.Image, psm: int = 6) -> list[str]:
    """The band's text lines, spaces removed (an MRZ has none), empty lines dropped.

    psm 6 reads the band as one block of uniform text; psm 7 for a single line.
    """
    try:
        text = ocr_text(image, lang="eng", psm=psm, timeout=OCR_TIMEOUT, extra_config=MRZ_CONFIG)
    except OcrError:
        return []
    lines = ["".join(line.split()) for line in text.splitlines()]
    return [line for line in lines if line]
