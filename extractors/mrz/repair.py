"""Undo OCR-B confusions by position, and accept a repaired reading only if every check digit holds.

Check digits cannot see every swap (`<`/K, 0/A, 1/L and G/6 keep the sums), and they never cover
names, so a repaired name is a best guess by position; it is listed in `repairs` for that reason.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from extractors.mrz.checkdigit import FILLER
from extractors.mrz.layout import FIELDS, Format, Kind, detect_format
from extractors.mrz.model import MrzError, MrzRecord
from extractors.mrz.parse import normalise_lines, parse_mrz

# Where only a digit may stand, these letters can only be misread digits.
TO_DIGIT = {"O": "0", "Q": "0", "D": "0", "I": "1", "Z": "2", "S": "5", "G": "6", "B": "8"}
# Where only a letter may stand (state codes, names), these digits can only be misread letters.
TO_LETTER = {"0": "O", "1": "I", "2": "Z", "5": "S", "6": "G", "8": "B"}
# Document numbers and optional data legitimately hold both, so each swap is only a guess. G/6 is left
# out: G is worth 16 and 6 is worth 6, so the swap never changes a check digit and cannot be tested.
_TESTABLE = {d: a for d, a in TO_LETTER.items() if d != "6"}
AMBIGUOUS = {**_TESTABLE, **{a: d for d, a in _TESTABLE.items()}}

# Single swaps only: with two check digits over a field, a random pair of swaps passes about one
# time in a hundred, and a dozen swappable positions would make spurious "repairs" likely.
MAX_SWAP_CANDIDATES = 64


class Edit(NamedTuple):
    line: int
    col: int
    old: str
    new: str
    label: str

    def describe(self) -> str:
        return f"line {self.line + 1} col {self.col + 1} ({self.label}): {self.old!r} -> {self.new!r}"


class Candidate(NamedTuple):
    lines: list[str]
    edits: list[Edit]


def _apply(lines: list[str], edits: list[Edit]) -> list[str]:
    rows = [list(line) for line in lines]
    for e in edits:
        rows[e.line][e.col] = e.new
    return ["".join(r) for r in rows]


def _name_tail_fillers(lines: list[str], line: int, start: int, end: int, label: str) -> list[Edit]:
    # Tesseract reads `<` as K. In the trailing run of `<`/K of a name field, a K with at least two
    # run characters before it cannot begin a name component (those start after one or two
    # fillers), so it must be a filler; `ANNA<K<<<` keeps its initial K.
    text = lines[line][start:end]
    run_start = len(text)
    while run_start > 0 and text[run_start - 1] in (FILLER, "K"):
        run_start -= 1
    return [
        Edit(line, start + i, "K", FILLER, label) for i in range(run_start + 2, len(text)) if text[i] == "K"
    ]


def _holds_unmappable_digit(code: str) -> bool:
    # A state code with a digit no letter looks like (3, 4, 7, 9) was not misread from letters:
    # specimens print numbers there. Turning `132` into `I3Z` would only hide what the card says.
    return any(c.isdigit() and c not in TO_LETTER for c in code)


def forced_edits(lines: list[str], fmt: Format) -> list[Edit]:
    """Edits that follow from position alone: the character cannot stand where it stands."""
    edits: list[Edit] = []
    for f in FIELDS[fmt]:
        if f.kind is Kind.CODE and _holds_unmappable_digit(lines[f.line][f.start : f.end]):
            continue
        for col in range(f.start, f.end):
            c = lines[f.line][col]
            new = None
            if f.kind in (Kind.DIGITS, Kind.CHECK):
                new = TO_DIGIT.get(c) or (FILLER if c == "K" and f.kind is Kind.CHECK else None)
            elif f.kind in (Kind.CODE, Kind.NAME):
                new = TO_LETTER.get(c)
            elif f.kind is Kind.SEX and c == "K":
                new = FILLER
            if new is not None:
                edits.append(Edit(f.line, col, c, new, f.label))
        if f.kind is Kind.NAME:
            edits += _name_tail_fillers(lines, f.line, f.start, f.end, f.label)
    return edits


def swap_edits(lines: list[str], fmt: Format) -> list[Edit]:
    """One-character alternatives where letters and digits are both legitimate."""
    return [
        Edit(f.line, col, lines[f.line][col], AMBIGUOUS[lines[f.line][col]], f.label)
        for f in FIELDS[fmt]
        if f.kind is Kind.ALNUM
        for col in range(f.start, f.end)
        if lines[f.line][col] in AMBIGUOUS
    ][:MAX_SWAP_CANDIDATES]


def repair_by_position(lines: list[str], fmt: Format) -> list[Candidate]:
    """Candidate readings, most likely first: the forced repair, then each single swap on top of it.

    `lines` must already be normalised to the shape of `fmt`.
    """
    forced = forced_edits(lines, fmt)
    base = _apply(lines, forced)
    candidates = [Candidate(base, forced)]
    for swap in swap_edits(base, fmt):
        candidates.append(Candidate(_apply(base, [swap]), [*forced, swap]))
    return candidates


def parse_with_repair(lines: list[str], as_of: date | None = None) -> MrzRecord | MrzError:
    """Parse; if a check digit fails, try positional repairs and keep one only if every check holds."""
    first = parse_mrz(lines, as_of)
    if isinstance(first, MrzError) or first.valid:
        return first
    try:
        return _repair(first, as_of)
    except Exception as exc:  # a failed repair attempt must not lose the raw reading
        return first.model_copy(update={"problems": [*first.problems, f"repair attempt failed: {exc!r}"]})


def _repair(first: MrzRecord, as_of: date | None) -> MrzRecord:
    norm = normalise_lines(first.raw_lines)
    fmt = detect_format(norm)
    assert fmt is not None  # parse_mrz already accepted the shape

    candidates = repair_by_position(norm, fmt)
    forced, swaps = candidates[0], candidates[1:]
    accepted: list[tuple[Candidate, MrzRecord]] = []
    for tier in ([forced] if forced.edits else [], swaps):
        for cand in tier:
            rec = parse_mrz(cand.lines, as_of)
            if isinstance(rec, MrzRecord) and rec.valid:
                accepted.append((cand, rec))
        if accepted:
            break  # fewer edits win; never mix a forced-only reading with swap readings

    readings = {tuple(c.lines) for c, _ in accepted}
    if len(readings) == 1:
        cand, rec = accepted[0]
        return rec.model_copy(
            update={"raw_lines": first.raw_lines, "repairs": [e.describe() for e in cand.edits]}
        )
    if len(readings) > 1:
        note = f"repair refused: {len(readings)} different readings satisfy every check digit"
    else:
        note = "repair refused: no positional repair makes every check digit hold"
    return first.model_copy(update={"problems": [*first.problems, note]})
