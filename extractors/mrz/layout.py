"""Where each field sits in each MRZ format (ICAO 9303 Parts 4-7), and what may stand there.

One table drives both reading (parse.py) and positional repair (repair.py), so the two can never
disagree about where a date or a check digit is.
"""

from __future__ import annotations

from enum import Enum
from functools import cache
from typing import Literal, NamedTuple

Format = Literal["TD1", "TD2", "TD3", "MRVA", "MRVB"]


class Kind(Enum):
    CODE = "code"  # letters or fillers: document type, state codes
    DIGITS = "digits"  # dates
    CHECK = "check"  # a check digit (a filler is allowed for all-filler fields)
    SEX = "sex"  # M, F, X or filler
    NAME = "name"  # letters and fillers
    ALNUM = "alnum"  # document number, optional data: letters and digits both legitimate


class Field(NamedTuple):
    name: str
    line: int  # 0-based
    start: int
    end: int  # exclusive
    kind: Kind
    label: str  # how a person would call it, for repair and problem messages


LINE_SHAPES: dict[tuple[int, int], tuple[Format, Format]] = {
    # (lines, length): (non-visa format, visa format with the same shape)
    (3, 30): ("TD1", "TD1"),
    (2, 36): ("TD2", "MRVB"),
    (2, 44): ("TD3", "MRVA"),
}


def _f(name: str, line: int, start: int, end: int, kind: Kind, label: str) -> Field:
    return Field(name, line, start, end, kind, label)


_TD1 = (
    _f("document_type", 0, 0, 2, Kind.CODE, "document type"),
    _f("issuing_country", 0, 2, 5, Kind.CODE, "issuing state"),
    _f("number", 0, 5, 14, Kind.ALNUM, "document number"),
    _f("number_check", 0, 14, 15, Kind.CHECK, "document number check digit"),
    _f("optional_data", 0, 15, 30, Kind.ALNUM, "optional data"),
    _f("birth", 1, 0, 6, Kind.DIGITS, "birth date"),
    _f("birth_check", 1, 6, 7, Kind.CHECK, "birth date check digit"),
    _f("sex", 1, 7, 8, Kind.SEX, "sex"),
    _f("expiry", 1, 8, 14, Kind.DIGITS, "expiry date"),
    _f("expiry_check", 1, 14, 15, Kind.CHECK, "expiry date check digit"),
    _f("nationality", 1, 15, 18, Kind.CODE, "nationality"),
    _f("optional_data_2", 1, 18, 29, Kind.ALNUM, "optional data 2"),
    _f("composite_check", 1, 29, 30, Kind.CHECK, "composite check digit"),
    _f("name", 2, 0, 30, Kind.NAME, "name"),
)


def _two_line(length: int, visa: bool) -> tuple[Field, ...]:
    # TD2, TD3 and both visa formats share line 2 up to the expiry check digit; they differ only in
    # how much optional data follows and which trailing check digits exist.
    fields = [
        _f("document_type", 0, 0, 2, Kind.CODE, "document type"),
        _f("issuing_country", 0, 2, 5, Kind.CODE, "issuing state"),
        _f("name", 0, 5, length, Kind.NAME, "name"),
        _f("number", 1, 0, 9, Kind.ALNUM, "document number"),
        _f("number_check", 1, 9, 10, Kind.CHECK, "document number check digit"),
        _f("nationality", 1, 10, 13, Kind.CODE, "nationality"),
        _f("birth", 1, 13, 19, Kind.DIGITS, "birth date"),
        _f("birth_check", 1, 19, 20, Kind.CHECK, "birth date check digit"),
        _f("sex", 1, 20, 21, Kind.SEX, "sex"),
        _f("expiry", 1, 21, 27, Kind.DIGITS, "expiry date"),
        _f("expiry_check", 1, 27, 28, Kind.CHECK, "expiry date check digit"),
    ]
    if visa:
        fields.append(_f("optional_data", 1, 28, length, Kind.ALNUM, "optional data"))
    elif length == 44:
        fields += [
            _f("optional_data", 1, 28, 42, Kind.ALNUM, "personal number"),
            _f("optional_check", 1, 42, 43, Kind.CHECK, "personal number check digit"),
            _f("composite_check", 1, 43, 44, Kind.CHECK, "composite check digit"),
        ]
    else:
        fields += [
            _f("optional_data", 1, 28, 35, Kind.ALNUM, "optional data"),
            _f("composite_check", 1, 35, 36, Kind.CHECK, "composite check digit"),
        ]
    return tuple(fields)


FIELDS: dict[Format, tuple[Field, ...]] = {
    "TD1": _TD1,
    "TD2": _two_line(36, visa=False),
    "TD3": _two_line(44, visa=False),
    "MRVA": _two_line(44, visa=True),
    "MRVB": _two_line(36, visa=True),
}

# Composite check digit coverage: (line, start, end) slices concatenated in order.
COMPOSITE: dict[Format, tuple[tuple[int, int, int], ...]] = {
    "TD1": ((0, 5, 30), (1, 0, 7), (1, 8, 15), (1, 18, 29)),
    "TD2": ((1, 0, 10), (1, 13, 20), (1, 21, 35)),
    "TD3": ((1, 0, 10), (1, 13, 20), (1, 21, 43)),
}


def field_map(fmt: Format) -> dict[str, Field]:
    return {f.name: f for f in FIELDS[fmt]}


# Which check digit vouches for which field (the composite's slices are in COMPOSITE).
_OWN_CHECK = {
    "number": "number_check",
    "birth": "birth_check",
    "expiry": "expiry_check",
    "optional_data": "optional_check",
}


@cache
def unchecked_positions(fmt: Format) -> list[frozenset[int]]:
    """Per line, the positions no check digit covers: codes, names, sex, a visa's optional data.

    A valid record can be wrong anywhere here without any check digit noticing.
    """
    names = {f.name for f in FIELDS[fmt]}
    lines = max(f.line for f in FIELDS[fmt]) + 1
    out: list[set[int]] = [set() for _ in range(lines)]
    for f in FIELDS[fmt]:
        if f.kind != Kind.CHECK and _OWN_CHECK.get(f.name) not in names:
            out[f.line].update(range(f.start, f.end))
    for line, start, end in COMPOSITE.get(fmt, ()):
        out[line].difference_update(range(start, end))
    return [frozenset(x) for x in out]


def take(lines: list[str], field: Field) -> str:
    return lines[field.line][field.start : field.end]


def detect_format(lines: list[str]) -> Format | None:
    lengths = {len(line) for line in lines}
    if len(lengths) != 1:
        return None
    shape = LINE_SHAPES.get((len(lines), lengths.pop()))
    if shape is None:
        return None
    plain, visa = shape
    # Visas (ICAO 9303 Part 7) reuse the passport/TD2 line lengths; only the leading V tells them apart.
    return visa if lines[0].startswith("V") else plain
