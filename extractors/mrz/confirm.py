"""When two recognizers back a reading, and what a character vote across reads says.

Check digits cannot see names, state codes or sex, nor the swaps that keep a check digit's sum
modulo 10 (`<`/`0`/`K`, `6`/`G`, `8`/`S`). Two reads by one model share its failures (the same
letter misread the same way on two preparations of one band), so their agreement proves little;
the MRZ-trained model and `eng` were trained apart and fail apart, so their agreement is the
reader's evidence for the characters check digits cannot protect.
"""

from __future__ import annotations

from typing import NamedTuple

from extractors.mrz.checkdigit import char_value
from extractors.mrz.layout import unchecked_positions
from extractors.mrz.model import MrzRecord


class Opinion(NamedTuple):
    """The lines one read of a band gave (after shape fixes and repair), and which model read them."""

    model: str
    lines: list[str]


def same_shape(a: list[str], b: list[str]) -> bool:
    return len(a) == len(b) and all(len(x) == len(y) for x, y in zip(a, b, strict=True))


def _mod10(c: str) -> int:
    return (char_value(c) or 0) % 10


def _inside_filler_run(line: str, j: int) -> bool:
    """Whether position `j` has fillers on both sides (or is at the line's end after a filler).

    Only then is a K from `eng` its known misreading of a filler run: a K right after a letter may
    be the last letter of a name that our line lost into the fillers (`MAR<<<` for `MARK<<`).
    """
    before = line[j - 1] if j > 0 else "<"
    after = line[j + 1] if j + 1 < len(line) else "<"
    return before == "<" and after == "<"


def line_agrees(ours: str, theirs: str, unchecked: frozenset[int]) -> bool:
    """Whether `theirs` (another read's line) backs every character of `ours` that matters.

    Where a holding check digit covers a character, a different reading only counts against ours
    when it has the same value modulo 10: any other alternative would break the check digit.
    `eng` reads long filler runs as K's; a K facing a filler of such a run is that known failure,
    not a different reading.
    """
    for j, (a, b) in enumerate(zip(ours, theirs, strict=True)):
        if a == b:
            continue
        if b == "K" and a == "<" and _inside_filler_run(ours, j):
            continue
        if j in unchecked or _mod10(a) == _mod10(b):
            return False
    return True


def cross_confirmed(record: MrzRecord, opinions: list[Opinion]) -> bool:
    """Every line of a valid record is backed by reads of two different models.

    Lines are compared one by one because `eng` often gets a name line right while a digit line
    of the same read is broken.
    """
    lines = record.lines
    for i, unchecked in enumerate(unchecked_positions(record.format)):
        models = {
            o.model
            for o in opinions
            if same_shape(o.lines, lines) and line_agrees(lines[i], o.lines[i], unchecked)
        }
        if len(models) < 2:
            return False
    return True


def weight(model: str) -> int:
    # The MRZ model is right far more often than `eng`.
    return 2 if model == "mrz" else 1


def vote(lines: list[str], opinions: list[Opinion]) -> list[str]:
    """`lines` with each character replaced by the weighted majority of all same-shaped reads.

    A misread letter in a name differs between preparations while the true one recurs. Ties keep
    our own character. The caller uses the result only when its check digits hold, and never
    counts a vote as confirmation.
    """
    pool = [o for o in opinions if same_shape(o.lines, lines)]
    out = []
    for i, line in enumerate(lines):
        chars = []
        for j, own in enumerate(line):
            tally: dict[str, int] = {}
            for o in pool:
                c = o.lines[i][j]
                tally[c] = tally.get(c, 0) + weight(o.model)
            chars.append(max(tally, key=lambda c: (tally[c], c == own)))
        out.append("".join(chars))
    return out
