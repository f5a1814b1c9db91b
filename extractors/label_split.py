"""Words that hold a label and its value at once ("名：黄丽萍", "Name:KIM"), split in two; and
bilingual labels written tight round a slash ("Namn/Name"), split at it.

Forms set a full-width colon straight after a Chinese label, with no space before the value, and
text layers and OCR then give one word for both. Every extractor looks for labels as words, so the
split happens once, when a document is handed to the extractors.
"""

from __future__ import annotations

import itertools
import re

from core.models import Page, Word

# A full-width colon with text after it; an ASCII one only between letters (not 10:30, not https://).
_INNER_COLON = re.compile(r"(?<=.)：(?=.)|(?<=[^\W\d_]):(?=[^\W\d_])")


# A bilingual label written tight round a slash ("Namn/Name", "Utfärdat/Issued", "姓名/Name:"): both
# sides words, a colon after them.
_TIGHT_SLASH = re.compile(r"[^\W\d_]{2,}/[^\W\d_]{2,}[:：]?")


def split_label_words(page: Page) -> Page:
    if not any(_INNER_COLON.search(w.text) or _TIGHT_SLASH.fullmatch(w.text) for w in page.words):
        return page
    words: list[Word] = []
    for w in page.words:
        m = _INNER_COLON.search(w.text)
        if m is not None:
            words.extend(_cut(w, [m.end()]))
        elif _TIGHT_SLASH.fullmatch(w.text):
            # "Namn", "/", "Name", as when the slash is spaced: the English label then opens its cell.
            slash = w.text.index("/")
            words.extend(_cut(w, [slash, slash + 1]))
        else:
            words.append(w)
    return page.model_copy(update={"words": words})


def _cut(word: Word, at: list[int]) -> list[Word]:
    """``word`` cut into words at these character offsets, each with its share of the box."""
    x0, y0, x1, y1 = word.bbox
    edges = [0, *at, len(word.text)]
    step = (x1 - x0) / len(word.text)
    return [
        word.model_copy(update={"text": word.text[a:b], "bbox": (x0 + a * step, y0, x0 + b * step, y1)})
        for a, b in itertools.pairwise(edges)
    ]
