"""Group words into visual lines by geometry, whatever reader produced them.

Tesseract splits a label and its value into separate blocks when they stand in columns; extractors
want "Surname  CHAN" as one line, so lines are rebuilt from vertical overlap alone.
"""

from __future__ import annotations

from core.models import Word


def assign_lines(words: list[Word]) -> list[Word]:
    ordered = sorted(words, key=lambda w: ((w.bbox[1] + w.bbox[3]) / 2, w.bbox[0]))
    lines: list[list[Word]] = []
    for word in ordered:
        top, bottom = word.bbox[1], word.bbox[3]
        centre = (top + bottom) / 2
        height = max(bottom - top, 1.0)
        placed = False
        for line in reversed(lines[-3:]):
            l_top = min(w.bbox[1] for w in line)
            l_bottom = max(w.bbox[3] for w in line)
            l_height = max(l_bottom - l_top, 1.0)
            l_centre = (l_top + l_bottom) / 2
            if abs(centre - l_centre) <= 0.5 * min(height, l_height):
                line.append(word)
                placed = True
                break
        if not placed:
            lines.append([word])
    result: list[Word] = []
    for number, line in enumerate(lines):
        for word in sorted(line, key=lambda w: w.bbox[0]):
            result.append(word.model_copy(update={"line": number}))
    return result
