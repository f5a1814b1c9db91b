"""Read the MRZ of a page image: locate -> crop level -> prepare -> OCR -> assemble -> parse -> check.

Each step is its own module; this one only decides the order in which to try things and when
to stop. The search goes band by band (most promising first), upright then turned 180 degrees,
preparation by preparation, and for a turned photo repeats on the page turned 90 degrees either
way. It stops once two reads by different recognizers (the MRZ-trained model and `eng`) give the
same valid lines: check digits cannot see names and codes, two independent recognizers can.
When no band is found, a whole-page read with the MRZ model locates the lines instead.
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
from extractors.mrz.confirm import Opinion, cross_confirmed, vote, weight
from extractors.mrz.locate import Band, band_from_words, locate_bands, to_gray
from extractors.mrz.model import MrzRecord
from extractors.mrz.ocr import ocr_band, ocr_page_words
from extractors.mrz.plausible import doubts, pre_repair, repair_state_code
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
    model: str = "mrz"

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
    for lines in cands:
        rec = parse_with_repair(pre_repair(lines), as_of)
        if not isinstance(rec, MrzRecord):
            continue
        if rec.valid:
            return Read(raw, rec, True)
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
    page_read: bool = False  # the whole-page read (at most one per image) was made

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def exhausted(self) -> bool:
        return self.attempts >= MAX_ATTEMPTS or self.elapsed() > TIME_BUDGET

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
            return Read([], None, False, model=prep.model)
        raw = ocr_band(Image.fromarray(erase_fillers(np.asarray(image), cell_lines)), model=prep.model)
        read = interpret(raw, as_of, exact=merge(raw, cell_lines))
    else:
        raw = ocr_band(image, model=prep.model)
        exact = align_lines(raw, cell_lines) if cell_lines else None
        read = interpret(raw, as_of, exact=exact)
    read.model = prep.model
    return read


def _opinions(reads: list[tuple[Read, Preparation]]) -> list[Opinion]:
    return [Opinion(r.model, r.record.lines) for r, _ in reads if r.record is not None]


def _agreed(reads: list[tuple[Read, Preparation]]) -> list[str] | None:
    """The lines of a valid read that the two recognizers confirm, if any."""
    opinions = _opinions(reads)
    for r, _ in reads:
        if r.valid and r.record is not None and cross_confirmed(r.record, opinions):
            return r.record.lines
    return None


@dataclass
class _Choice:
    record: MrzRecord
    raw: list[str]
    preparation: str
    confirmed: bool
    notes: list[str]


def _choose(reads: list[tuple[Read, Preparation]], as_of: date | None) -> _Choice:
    """The reading to report: the lines both recognizers confirm, else a character vote, else the
    valid read with the most weight behind it."""
    valid = [(r, p) for r, p in reads if r.valid and r.record is not None]
    keys = {tuple(r.record.lines) for r, _ in valid if r.record is not None}
    notes = [f"preparations gave {len(keys)} different valid readings"] if len(keys) > 1 else []
    agreed = _agreed(reads)
    if agreed is not None:
        r, p = next((r, p) for r, p in valid if r.record is not None and r.record.lines == agreed)
        assert r.record is not None
        return _Choice(r.record, r.raw, p.name, True, notes)
    support: dict[tuple[str, ...], int] = {}
    for r, _ in valid:
        assert r.record is not None
        support[tuple(r.record.lines)] = support.get(tuple(r.record.lines), 0) + weight(r.model)
    best = max(support, key=lambda k: support[k])  # ties: the earliest read, as dicts keep order
    r, p = next((r, p) for r, p in valid if r.record is not None and tuple(r.record.lines) == best)
    assert r.record is not None
    record, prep = r.record, p.name
    voted = vote(r.record.lines, _opinions(reads))
    if voted != r.record.lines:
        rec = parse_with_repair(pre_repair(voted), as_of)
        if isinstance(rec, MrzRecord) and rec.valid:
            record, prep = rec, f"vote of {len(reads)} reads"
            notes.append(f"characters voted across {len(reads)} reads")
    notes.append("the second recognizer (eng) did not confirm every line")
    return _Choice(record, r.raw, prep, False, notes)


# The whole-page read that located a band, when it did: it is one more read of that band.
PAGE_READ = Preparation("mrz-page", 0, "none")


def _try_band(
    search: _Search, gray: np.ndarray, band: Band, rotation: int, seed: Read | None = None
) -> MrzReading | None:
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
    if not any(r.shaped for r in firsts.values()) and seed is None:
        return None  # neither way up looks like an MRZ: most likely not the band
    flip = max(firsts, key=lambda f: firsts[f].score)
    reads = [(firsts[flip], PREPARATIONS[0])]
    if seed is not None:
        reads.insert(0, (seed, PAGE_READ))
    for prep in PREPARATIONS[1:]:
        if _agreed(reads) is not None or search.exhausted():
            break
        r = search.read(crops[flip], prep)
        reads.append((r, prep))
        search.keep_invalid(r, band, rotation, flip, prep.name)
    if not any(r.valid for r, _ in reads):
        return None
    if _agreed(reads) is None and not flip and not search.page_read and not search.exhausted():
        # Unconfirmed: one more, differently made read of the same lines (see _page_read); not for
        # a band read upside down, whose page would be read upside down too.
        _, page = _page_read(search, gray)
        if page is not None:
            reads.append((page, PAGE_READ))
    choice = _choose(reads, search.as_of)
    repaired = repair_state_code(choice.record, search.as_of)
    if repaired is not None:
        choice = _Choice(repaired[0], choice.raw, choice.preparation, False, [*choice.notes, repaired[1]])
    search.notes.extend(choice.notes)
    doubtful = doubts(choice.record)
    search.notes.extend(doubtful)
    return MrzReading(
        status="valid",
        record=choice.record,
        lines=choice.record.lines,
        raw_lines=choice.raw,
        bbox=_band_box(band, rotation, search.shape),
        rotation=(rotation + (180 if flip else 0)) % 360,
        preparation=choice.preparation,
        attempts=search.attempts,
        confirmed=choice.confirmed and not doubtful,
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
    if search.best_invalid is None and not search.exhausted():
        return _search_page_words(search, gray)
    return None


# A whole-page read needs characters of about 20 px: small card crops are enlarged to this.
PAGE_READ_LONG_SIDE = 1200


def _page_read(search: _Search, gray: np.ndarray) -> tuple[Band | None, Read | None]:
    """A whole-page read with the MRZ model: the band its lines span, and what it read there.

    Tesseract's own line finding does not depend on what defeats the morphology (a band merging
    with a busy printed background, or touching the crop's edge), and on a small card crop the
    page read often sees characters better than a read of the cut-out band.
    """
    search.page_read = True
    h, w = gray.shape[:2]
    factor = min(max(PAGE_READ_LONG_SIDE / max(h, w), 1.0), 4.0)
    big = cv2.resize(gray, None, fx=factor, fy=factor, interpolation=cv2.INTER_CUBIC) if factor > 1 else gray
    search.attempts += 1
    lines = ocr_page_words(Image.fromarray(big), timeout=max(0.001, TIME_BUDGET - search.elapsed()))
    band = band_from_words(lines)
    if band is None:
        return None, None
    texts = ["".join(w.text for w in line) for line in lines]
    seed = interpret([t for t in texts if len(t) >= 25 and "<" in t][-3:], search.as_of)
    (cx, cy), (length, thick) = band.center, band.size
    scaled = Band(
        center=(cx / factor, cy / factor),
        size=(length / factor, thick / factor),
        angle=band.angle,
        score=band.score,
        source="page-words",
    )
    return scaled, seed if seed.record is not None else None


def _search_page_words(search: _Search, gray: np.ndarray) -> MrzReading | None:
    """Locate the band from a whole-page read, then read it as usual, the page's read included."""
    band, seed = _page_read(search, gray)
    if band is None:
        search.notes.append("a whole-page read found no MRZ-shaped lines either")
        return None
    return _try_band(search, gray, band, 0, seed)


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
