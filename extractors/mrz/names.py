"""Split an MRZ name field into primary and secondary identifiers (ICAO 9303 Part 4 section 4.6)."""

from __future__ import annotations

from typing import NamedTuple

FILLER = "<"


class NameParts(NamedTuple):
    surname: str
    given_names: str
    truncated: bool


def _words(part: str) -> str:
    # Runs of fillers inside a component are word breaks; collapsing them also absorbs a stray
    # third filler after the `<<` separator.
    return " ".join(part.replace(FILLER, " ").split())


def split_name_field(field: str) -> NameParts:
    """`SURNAME<<GIVEN<NAMES<<<` -> ("SURNAME", "GIVEN NAMES", False).

    `truncated` is only "possibly truncated": ICAO truncates names that do not fit, and a field
    whose last position is not a filler cannot be told apart from one that fits exactly.
    """
    truncated = bool(field) and not field.endswith(FILLER)
    body = field.rstrip(FILLER)
    surname, sep, given = body.partition(FILLER * 2)
    if not sep:
        given = ""
    return NameParts(_words(surname), _words(given), truncated)
