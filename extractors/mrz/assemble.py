"""Step 4: turn OCR text lines into candidate MRZ line sets of an exact ICAO shape.

OCR of an MRZ most often miscounts long runs of `<` (a run of twenty fillers is easily read as
nineteen) and sometimes adds a speck at either end of a line. Each candidate fixes a line's
length in one such way; the check digits (in parse_with_repair) then decide. Candidates come
most likely first, so the first valid one is the one to keep.
"""

from __future__ import annotations

import itertools
import re

FILLER = "<"
SHAPES: tuple[tuple[int, int], ...] = ((3, 30), (2, 44), (2, 36))
MAX_LENGTH_FIX = 4  # characters a line may be off by and still be repaired
MIN_LINE = 20  # shorter OCR lines are not MRZ lines (or are too broken to repair)
MAX_COMBINATIONS = 48
_NOT_MRZ = re.compile(r"[^A-Z0-9<]")


def clean(line: str) -> str:
    """Upper case, no spaces, `«` read as a filler, anything outside the MRZ alphabet dropped."""
    return _NOT_MRZ.sub("", line.upper().replace("«", "<<").replace(" ", ""))


def _runs(line: str) -> list[tuple[int, int]]:
    """(start, length) of each run of fillers, longest first; the later of equal runs first."""
    runs = [(m.start(), m.end() - m.start()) for m in re.finditer(f"{FILLER}+", line)]
    return sorted(runs, key=lambda r: (-r[1], -r[0]))


def length_fixes(line: str, length: int) -> list[str]:
    """Ways to bring `line` to `length`, most likely first (empty when it is too far off)."""
    d = len(line) - length
    if d == 0:
        return [line]
    if abs(d) > MAX_LENGTH_FIX:
        return []
    out: list[str] = []
    if d < 0:
        for start, run in _runs(line):
            out.append(line[: start + run] + FILLER * -d + line[start + run :])
        out.append(line + FILLER * -d)
    else:
        for start, run in _runs(line):
            if run > d:
                out.append(line[:start] + FILLER * (run - d) + line[start + run :])
        # A speck or a border read as characters at either end.
        for head in range(d + 1):
            out.append(line[head : len(line) - (d - head)])
    return list(dict.fromkeys(out))


def windows(lines: list[str]) -> list[tuple[int, list[str]]]:
    """(line length, consecutive OCR lines) that could be an MRZ, closest in length first."""
    usable = [c for c in (clean(x) for x in lines) if len(c) >= MIN_LINE]
    found: list[tuple[int, int, int, list[str]]] = []
    for count, length in SHAPES:
        for i in range(len(usable) - count + 1):
            window = usable[i : i + count]
            offs = [abs(len(x) - length) for x in window]
            if max(offs) <= MAX_LENGTH_FIX:
                # Ties go to the lower window: the MRZ is the last text on a document.
                found.append((sum(offs), -i, length, window))
    found.sort(key=lambda f: (f[0], f[1]))
    return [(length, window) for _, _, length, window in found]


def candidates(lines: list[str]) -> list[list[str]]:
    """Exact-shape MRZ line sets built from OCR lines, most likely first."""
    out: list[list[str]] = []
    for length, window in windows(lines):
        options = [length_fixes(x, length) for x in window]
        if any(not o for o in options):
            continue
        # Enumerate by total rank so that one unlikely fix never outranks two likely ones.
        combos = sorted(itertools.product(*[range(len(o)) for o in options]), key=sum)
        for combo in combos[:MAX_COMBINATIONS]:
            out.append([options[k][i] for k, i in enumerate(combo)])
    unique: dict[tuple[str, ...], list[str]] = {}
    for c in out:
        unique.setdefault(tuple(c), c)
    return list(unique.values())
