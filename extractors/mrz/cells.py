"""Character cells of a prepared MRZ band, and which of them are fillers, found by geometry alone.

Tesseract's LSTM model loses track in long runs of `<`: after ten or so it reads K, S, E or R,
and those runs (name tails, empty optional data) are exactly what check digits cannot see. But
in OCR-B the filler is a plain chevron, so the fillers can be found by
matching glyphs against a drawn chevron (nothing else in A-Z0-9 has that shape). We then erase them, let
Tesseract read only the real characters, and put the fillers back where the cells say they are;
the cell count also gives each line's length, so nothing is guessed about miscounted runs.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import cv2
import numpy as np

FILLER = "<"


@dataclass(frozen=True)
class Cell:
    x0: int
    x1: int  # exclusive
    top: int
    bottom: int  # exclusive, in the band image's rows
    filler: bool
    count: int  # characters in this cell (touching glyphs make one cell of several)


@dataclass(frozen=True)
class CellLine:
    y0: int
    y1: int
    cells: list[Cell]

    def runs(self) -> list[tuple[bool, int]]:
        """(is filler, characters) for each maximal run of the same kind, left to right."""
        out: list[tuple[bool, int]] = []
        for c in self.cells:
            if out and out[-1][0] == c.filler:
                out[-1] = (c.filler, out[-1][1] + c.count)
            else:
                out.append((c.filler, c.count))
        return out

    @property
    def length(self) -> int:
        return sum(c.count for c in self.cells)


def _spans(mask: np.ndarray, min_gap: int = 1) -> list[tuple[int, int]]:
    """[start, end) runs of True in a 1-D mask, bridging gaps shorter than `min_gap`."""
    spans: list[tuple[int, int]] = []
    idx = np.flatnonzero(mask)
    if idx.size == 0:
        return spans
    start = prev = int(idx[0])
    for i in idx[1:]:
        i = int(i)
        if i - prev > min_gap:
            spans.append((start, prev + 1))
            start = i
        prev = i
    spans.append((start, prev + 1))
    return spans


def text_lines(ink: np.ndarray, cap: float) -> list[tuple[int, int]]:
    """Row ranges holding a line of characters about `cap` high."""
    rows = ink.sum(axis=1) > max(2, 0.005 * ink.shape[1])
    return [
        (a, b) for a, b in _spans(rows, min_gap=max(1, round(cap * 0.15))) if 0.6 * cap <= b - a <= 2.2 * cap
    ]


def _chevron(size: int = 20) -> np.ndarray:
    """A drawn `<`: two strokes meeting at the middle of the left edge, zero-mean for correlation."""
    t = np.zeros((size, size), np.float32)
    cv2.line(t, (size - 3, 2), (2, size // 2), 1.0, 3)
    cv2.line(t, (2, size // 2), (size - 3, size - 3), 1.0, 3)
    t = cv2.GaussianBlur(t, (3, 3), 0)
    return t - t.mean()


_TEMPLATE = _chevron()
# On the shared specimens every filler scored >= 0.71 against the drawn chevron and every other
# character (K closest) <= 0.59; the threshold sits in that gap.
FILLER_SCORE = 0.65


def filler_score(glyph: np.ndarray) -> float:
    """Normalised correlation of a glyph's ink (bool array, tight box) with a drawn `<`."""
    size = _TEMPLATE.shape[0]
    g = cv2.resize(glyph.astype(np.float32), (size, size), interpolation=cv2.INTER_AREA)
    g = g - g.mean()
    denom = float(np.sqrt((g * g).sum() * (_TEMPLATE * _TEMPLATE).sum()))
    return float((g * _TEMPLATE).sum() / denom) if denom > 0 else 0.0


def _tight(ink: np.ndarray, x0: int, x1: int) -> tuple[int, int] | None:
    rows = np.flatnonzero(ink[:, x0:x1].any(axis=1))
    return (int(rows[0]), int(rows[-1]) + 1) if rows.size else None


def line_cells(ink: np.ndarray, y0: int, y1: int, cap: float) -> CellLine | None:
    """Cells of one line, one per character; None when the glyphs do not look like a line of OCR-B."""
    band = ink[y0:y1]
    raw = []
    for x0, x1 in _spans(band.sum(axis=0) > 0):
        tb = _tight(band, x0, x1)
        if tb is None or (tb[1] - tb[0] < 0.3 * cap and x1 - x0 < 0.3 * cap):
            continue  # a speck of dust or noise
        raw.append((x0, x1, *tb))
    if len(raw) < 10:
        return None
    # OCR-B is monospaced: the pitch from the left edges of single, full-height glyphs.
    full = float(np.percentile([b - t for _, _, t, b in raw], 90))
    widths = np.array([x1 - x0 for x0, x1, _, _ in raw])
    single = float(np.median(widths))
    lefts = np.array([x0 for x0, x1, _, _ in raw if x1 - x0 <= 1.3 * single])
    gaps = np.diff(lefts)
    pitch = float(np.median(gaps[gaps > 0.5 * single])) if (gaps > 0.5 * single).sum() >= 4 else single * 1.2
    if full < 0.5 * cap or pitch <= 0:
        return None
    cells: list[Cell] = []
    for x0, x1, _, _ in raw:
        # Touching glyphs form one blob: split it evenly into as many characters as its width holds.
        count = max(1, round((x1 - x0 + (pitch - single)) / pitch))
        edges = np.linspace(x0, x1, count + 1).round().astype(int)
        for a, b in itertools.pairwise(edges):
            tb = _tight(band, a, b)
            if tb is None:
                continue
            top, bottom = tb
            filler = filler_score(band[top:bottom, a:b]) >= FILLER_SCORE
            cells.append(Cell(int(a), int(b), y0 + top, y0 + bottom, filler, 1))
    return CellLine(y0, y1, cells)


def find_cell_lines(ink: np.ndarray, cap: float) -> list[CellLine]:
    lines = []
    for y0, y1 in text_lines(ink, cap):
        found = line_cells(ink, y0, y1, cap)
        if found is not None and found.length >= 20:
            lines.append(found)
    return lines


def erase_fillers(image: np.ndarray, lines: list[CellLine]) -> np.ndarray:
    """A copy of the (white-background) band image with every filler cell painted white."""
    out = image.copy()
    for line in lines:
        for c in line.cells:
            if c.filler:
                out[c.top : c.bottom, c.x0 : c.x1] = 255
    return out


def merge(ocr_lines: list[str], lines: list[CellLine]) -> list[str] | None:
    """Put the fillers back into Tesseract's reading of the erased band; None when they do not fit.

    Fits when each OCR line has exactly as many characters as its cell line has non-filler
    characters; then every character has a cell and every filler its place.
    """
    texts = ["".join(t.split()).replace(FILLER, "") for t in ocr_lines]
    texts = [t for t in texts if t]
    if len(texts) != len(lines):
        return None
    out = []
    for text, line in zip(texts, lines, strict=True):
        runs = line.runs()
        if len(text) != sum(n for filler, n in runs if not filler):
            return None
        built, pos = [], 0
        for filler, n in runs:
            if filler:
                built.append(FILLER * n)
            else:
                built.append(text[pos : pos + n])
                pos += n
        out.append("".join(built))
    return out


_FILLER_MISREADS = frozenset("KSERCLX")


def _align_once(text: str, kinds: list[bool], last_on_tie: bool) -> tuple[list[str | None], float]:
    n, m = len(text), len(kinds)
    cost = np.full((n + 1, m + 1), np.inf)
    cost[0, :] = np.arange(m + 1) * 1.0
    cost[:, 0] = np.arange(n + 1) * 1.0
    move = np.zeros((n + 1, m + 1), np.int8)  # 0 diagonal, 1 skip an OCR character, 2 skip a cell
    move[1:, 0] = 1
    move[0, 1:] = 2
    for i in range(1, n + 1):
        t = text[i - 1]
        # A stray K is Tesseract's usual rendering of a filler: dropping one is cheaper.
        skip_text = 0.5 if t == "K" else 1.0
        for j in range(1, m + 1):
            if kinds[j - 1]:
                # A filler cell read as K, S, E, R...: the cell's shape is the better witness. Other
                # letters in a filler cell more likely mean the alignment slipped.
                sub = 0.0 if t == FILLER else 0.2 if t in _FILLER_MISREADS else 0.7
            else:
                sub = 1.0 if t == FILLER else 0.0
            options = (
                cost[i - 1, j - 1] + sub,
                cost[i - 1, j] + skip_text,
                cost[i, j - 1] + (0.3 if kinds[j - 1] else 1.0),
            )
            best = min(options)
            k = max(x for x in range(3) if options[x] == best) if last_on_tie else options.index(best)
            cost[i, j], move[i, j] = best, k
    out: list[str | None] = [None] * m
    i, j = n, m
    while i > 0 or j > 0:
        k = move[i, j]
        if k == 0:
            out[j - 1] = text[i - 1]
            i, j = i - 1, j - 1
        elif k == 1:
            i -= 1
        else:
            j -= 1
    return out, float(cost[n, m])


def align(text: str, line: CellLine) -> str | None:
    """Lay an OCR line over the cells: fillers where the cells say so, the OCR's characters elsewhere.

    An edit-distance alignment, so a dropped or doubled filler in the OCR text cannot shift the
    characters after it. None when a character cell has no OCR character, when the fit is poor,
    or when two equally good alignments put different characters in the cells (a guess).
    """
    kinds = [c.filler for c in line.cells]
    results = []
    for last_on_tie in (False, True):
        out, total = _align_once(text, kinds, last_on_tie)
        if total > 0.25 * len(kinds):
            return None  # too many disagreements: the text was not this line, or the cells are wrong
        built = []
        for kind, ch in zip(kinds, out, strict=True):
            if kind:
                built.append(FILLER)
            elif ch is None:
                return None
            else:
                built.append(ch)
        results.append("".join(built))
    return results[0] if results[0] == results[1] else None


def align_lines(ocr_lines: list[str], lines: list[CellLine]) -> list[str] | None:
    """Pair the OCR lines with the cell lines (both top to bottom) and align each pair."""
    texts = ["".join(t.split()) for t in ocr_lines]
    texts = [t for t in texts if len(t) >= 0.5 * min(x.length for x in lines)] if lines else []
    if len(texts) < len(lines):
        return None
    texts = texts[-len(lines) :]  # extra text above the MRZ: the band's top margin caught the VIZ
    out = []
    for text, line in zip(texts, lines, strict=True):
        aligned = align(text, line)
        if aligned is None:
            return None
        out.append(aligned)
    return out


def mrz_cell_lines(lines: list[CellLine]) -> list[CellLine] | None:
    """The lowest run of cell lines with an exact MRZ shape (3x30, 2x44, 2x36), if any."""
    for count, length in ((3, 30), (2, 44), (2, 36)):
        for i in range(len(lines) - count, -1, -1):
            window = lines[i : i + count]
            if all(x.length == length for x in window):
                return window
    return None
