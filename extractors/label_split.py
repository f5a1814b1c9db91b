"""Words that hold a label and its value at once ("名：黄丽萍", "Name:KIM"), split in two.

Forms set a full-width colon straight after a Chinese label, with no space before the value, and
text layers and OCR then give one word for both. Every extractor looks for labels as words, so the
split happens once, when a document is handed to the extractors.
"""

from __future__ import annotations

import re

from core.models import Page, Word

# A full-width colon with text after it; an ASCII one only between letters (not 10:30, not https://).
_INNER_COLON = re.compile(r"(?<=.)：(?=.)|(?<=[^\W\d_]):(?=[^\W\d_])")


def split_label_words(page: Page) -> Page:
    if not any(_INNER_COLON.search(w.text) for w in page.words):
        return page
    words: list[Word] = []
    for w in page.words:
        m = _INNER_COLON.search(w.text)
        if m is None:
            words.append(w)
            continue
        label, value = w.text[: m.end()], w.text[m.end() :]
        x0, y0, x1, y1 = w.bbox
        cut = x0 + (x1 - x0) * len(label) / len(w.text)
        words.append(w.model_copy(update={"text": label, "bbox": (x0, y0, cut, y1)}))
        words.append(w.model_copy(update={"text": value, "bbox": (cut, y0, x1, y1)}))
    return page.model_copy(update={"words": words})
