"""Read the MRZ of a page image: locate -> crop level -> prepare -> OCR -> assemble -> parse -> check.

Each step is its own module; this one only decides the order in which to try things and when
to stop. The search goes band by band (most promising first), upright then turned 180 degrees,
preparation by preparation, and for a turned photo repeats on the page turned 90 degrees either
way. It stops at the first read whose check digits all hold, plus one more read to confirm the
characters check digits cannot see.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date

import cv2
import numpy as np
from PIL import Image

from core.models import Word
from extractors.mrz.assemble import candidates
from extractors.mrz.band import PREPARATIONS, Preparation, crop_band, ink_mask, prepare
from extractors.mrz.cells import align_lines, erase_fillers, find_cell_lines, merge, mrz_cell_lines
from extractors.mrz.locate import Band, band_from_words, locate_bands, to_gray
from extractors.mrz.model import MrzRecord
from extractors.mrz.ocr import ocr_band
from extractors.mrz.plausible import doubts, pre_repair
from extractors.mrz.reading import MrzReading
from extractors.mrz.repair import parse_with_repair

# Page turns tried, clockwise degrees: upright first; 180 is covered by flipping each band.
PAGE_ROTATIONS = (0, 90, 270)
MAX_ATTEMPTS = 28  # OCR calls per image: bounds the time spent on a page without an MRZ
TIME_BUDGET = 12.0  # seconds per image, for the same reason


@dataclass
class Read:
    """One OCR pass over one prepared band, interpreted."""

    raw: list[str]
    record: MrzRecord | None  # the first valid candidate, else the best invalid one
    shaped: bool  # some OCR lines had an MRZ shape
    # The record came from the cell-based reading, whose fillers and line lengths were measured
    # rather than recognised.
    exact: bool = False

    @property
    def valid(self) -> bool:
        return self.record is not None and self.record.valid

    @property
    def score(self) -> tuple[int, int, int]:
        if self.record is None:
            return (0, 0, int(self.shaped))
        return (int(self.valid), sum(self.record.checks.values()), int(self.shaped))


def interpret(raw: list[str], as_of: date | None, exact: list[str] | None = None) -> Read:
    """Parse the cell-aligned reading (`exact`), then every shape-fixed candidate; the first valid wins."""
    best: MrzRecord | None = None
    cands = ([exact] if exact else []) + candidates(raw)
    for i, lines in enumerate(cands):
        rec = parse_with_repair(pre_repair(lines), as_of)
        if not isinstance(rec, MrzRecord):
            continue
        if rec.valid:
            return Read(raw, rec, True, exact=bool(exact) and i == 0)
        if best is None or sum(rec.checks.values()) > sum(best.checks.values()):
            best = rec
    return Read(raw, best, bool(cands))


def rotate_page(gray: np.ndarray, rotation: int) -> np.ndarray:
    codes = {90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_COUNTERCLOCKWISE}
    return gray if rotation == 0 else cv2.rotate(gray, codes[rotation])


def unrotate_points(points: np.ndarray, rotation: int, width: int, height: int) -> np.ndarray:
    """Map points of the page turned by `rotation` back to the input image (`width` x `height`)."""
    x, y = points[:, 0], points[:, 1]
    if rotation == 90:
        return np.stack([y, height - 1 - x], axis=1)
    if rotation == 180:
        return np.stack([width - 1 - x, height - 1 - y], axis=1)
    if rotation == 270:
        return np.stack([width - 1 - y, x], axis=1)
    return points


@dataclass
class _Search:
    as_of: date | None
    shape: tuple[int, int] = (0, 0)  # (height, width) of the input image
    started: float = field(default_factory=time.monotonic)
    attempts: int = 0
    best_invalid: tuple[Read, Band, int, bool, str] | None = None
    notes: list[str] = field(default_factory=list)

    def exhausted(self) -> bool:
        return self.attempts >= MAX_ATTEMPTS or time.monotonic() - self.started > TIME_BUDGET

    def read(self, crop: np.ndarray, prep: Preparation) -> Read:
        self.attempts += 1
        return read_prepared(prepare(crop, prep), prep, self.as_of)

    def keep_invalid(self, r: Read, band: Band, rotation: int, flip: bool, prep: str) -> None:
        if (
            r.record is not None
            and not r.valid
            and (self.best_invalid is None or r.score > self.best_invalid[0].score)
        ):
            self.best_invalid = (r, band, rotation, flip, prep)


def read_prepared(image: Image.Image, prep: Preparation, as_of: date | None) -> Read:
    """OCR one prepared band and interpret it, using the filler cells when the band has clean ones."""
    cell_lines = mrz_cell_lines(find_cell_lines(ink_mask(image), prep.char_height))
    if prep.mode == "erased":
        if cell_lines is None:
            return Read([], None, False)
        raw = ocr_band(Image.fromarray(erase_fillers(np.asarray(image), cell_lines)))
        return interpret(raw, as_of, exact=merge(raw, cell_lines))
    raw = ocr_band(image)
    exact = align_lines(raw, cell_lines) if cell_lines else None
    return interpret(raw, as_of, exact=exact)


def _agreed(reads: list[tuple[Read, Preparation]]) -> tuple[str, ...] | None:
    """Lines that two valid reads of different preparations gave identically, one of them cell-based.

    Two plain OCR reads share their failures (a long `<` run read as K's the same way), so their
    agreement proves little; a cell-based read measured its fillers and line lengths instead of
    recognising them, so agreeing with it confirms the characters check digits cannot see.
    """
    seen: dict[tuple[str, ...], list[bool]] = {}
    for r, _ in reads:
        if r.valid and r.record is not None:
            seen.setdefault(tuple(r.record.lines), []).append(r.exact)
    return next((k for k, exact in seen.items() if len(exact) >= 2 and any(exact)), None)


def _choose(reads: list[tuple[Read, Preparation]]) -> tuple[Read, Preparation, bool, str | None]:
    """The read to report: the cross-mode agreement, else a vote where cell-based reads count double."""
    valid = [(r, p) for r, p in reads if r.valid and r.record is not None]
    agreed = _agreed(reads)
    keys = {tuple(r.record.lines) for r, _ in valid if r.record is not None}
    note = f"preparations gave {len(keys)} different valid readings" if len(keys) > 1 else None
    if agreed is not None:
        r, p = next((r, p) for r, p in valid if r.record is not None and tuple(r.record.lines) == agreed)
        return r, p, True, note
    weight: dict[tuple[str, ...], int] = {}
    for r, _ in valid:
        assert r.record is not None
        key = tuple(r.record.lines)
        weight[key] = weight.get(key, 0) + (2 if r.exact else 1)
    best = max(weight, key=lambda k: weight[k])  # ties: the earliest read, as dicts keep order
    r, p = next((r, p) for r, p in valid if r.record is not None and tuple(r.record.lines) == best)
    return r, p, False, note or "no second, cell-based read confirmed the reading"


def _try_band(search: _Search, gray: np.ndarray, band: Band, rotation: int) -> MrzReading | None:
    crops = {flip: crop_band(gray, band, flip) for flip in (False, True)}
    # First preparation upright, then turned over unless upright already validates.
    firsts: dict[bool, Read] = {}
    for flip in (False, True):
        if search.exhausted():
            return None
        firsts[flip] = search.read(crops[flip], PREPARATIONS[0])
        search.keep_invalid(firsts[flip], band, rotation, flip, PREPARATIONS[0].name)
        if firsts[flip].valid:
            break
    if not any(r.shaped for r in firsts.values()):
        return None  # neither way up looks like an MRZ: most likely not the band
    flip = max(firsts, key=lambda f: firsts[f].score)
    reads = [(firsts[flip], PREPARATIONS[0])]
    for prep in PREPARATIONS[1:]:
        if _agreed(reads) is not None or search.exhausted():
            break
        r = search.read(crops[flip], prep)
        reads.append((r, prep))
        search.keep_invalid(r, band, rotation, flip, prep.name)
    if not any(r.valid for r, _ in reads):
        return None
    chosen, prep, confirmed, note = _choose(reads)
    assert chosen.record is not None
    if note:
        search.notes.append(note)
    doubtful = doubts(chosen.record)
    search.notes.extend(doubtful)
    return MrzReading(
        status="valid",
        record=chosen.record,
        lines=chosen.record.lines,
        raw_lines=chosen.raw,
        bbox=_band_box(band, rotation, search.shape),
        rotation=(rotation + (180 if flip else 0)) % 360,
        preparation=prep.name,
        attempts=search.attempts,
        confirmed=confirmed and not doubtful,
        notes=search.notes,
    )


def _band_box(band: Band, rotation: int, shape: tuple[int, int]) -> tuple[float, float, float, float]:
    h, w = shape
    pts = unrotate_points(band.corners(), rotation, w, h)
    x0, y0 = max(0.0, float(pts[:, 0].min())), max(0.0, float(pts[:, 1].min()))
    x1, y1 = min(float(w), float(pts[:, 0].max())), min(float(h), float(pts[:, 1].max()))
    return (round(x0, 1), round(y0, 1), round(x1, 1), round(y1, 1))


def read_mrz(
    image: Image.Image | np.ndarray, as_of: date | None = None, words: list[list[Word]] | None = None
) -> MrzReading:
    """Read the MRZ of `image`. `words` (OCR lines of the same image, if the caller has them) add a band.

    Never returns status "valid" unless every check digit of the record holds.
    """
    gray = to_gray(image)
    search = _Search(as_of, shape=(gray.shape[0], gray.shape[1]))
    reading = _search(search, gray, words)
    if reading is None:
        reading = _fallback(search)
    reading.seconds = round(time.monotonic() - search.started, 3)
    reading.attempts = search.attempts
    return reading


def _search(search: _Search, gray: np.ndarray, words: list[list[Word]] | None) -> MrzReading | None:
    for rotation in PAGE_ROTATIONS:
        turned = rotate_page(gray, rotation)
        bands = locate_bands(turned)
        if rotation == 0 and words:
            from_words = band_from_words(words)
            if from_words is not None:
                bands.insert(0, from_words)
        for band in bands:
            if search.exhausted():
                search.notes.append(f"stopped after {search.attempts} OCR attempts")
                return None
            found = _try_band(search, turned, band, rotation)
            if found is not None:
                return found
    return None


def _fallback(search: _Search) -> MrzReading:
    if search.best_invalid is None:
        return MrzReading(status="not_found", notes=search.notes)
    r, band, rotation, flip, prep = search.best_invalid
    assert r.record is not None
    return MrzReading(
        status="invalid",
        record=r.record,
        lines=r.record.lines,
        raw_lines=r.raw,
        bbox=_band_box(band, rotation, search.shape),
        rotation=(rotation + (180 if flip else 0)) % 360,
        preparation=prep,
        notes=[*search.notes, *r.record.problems],
    )


def read_mrz_from_words(lines: list[list[Word]], as_of: date | None = None) -> MrzReading:
    """The MRZ from full-page OCR words alone (a page without pixels): weaker, never confirmed.

    Full-page OCR reads `<` as K, S or nothing and splits lines into words, so this only joins
    each line's words, tries the shape fixes and lets the check digits decide.
    """
    texts: list[str] = []
    boxes: list[list[Word]] = []
    for words in lines:
        text = "".join(w.text for w in words)
        if len(text) >= 20:
            texts.append(text)
            boxes.append(words)
    read = interpret(texts, as_of)
    if read.record is None:
        return MrzReading(
            status="not_found", preparation="page-words", notes=["no MRZ-shaped line in the page words"]
        )
    band = band_from_words(boxes)
    return MrzReading(
        status="valid" if read.valid else "invalid",
        record=read.record,
        lines=read.record.lines,
        raw_lines=texts,
        bbox=band.bbox() if band is not None else None,
        preparation="page-words",
        confirmed=False,
        notes=["read from full-page OCR words, not from the image", *read.record.problems],
    )
