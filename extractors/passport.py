"""Passport facts: the MRZ is the trustworthy part, the visual zone confirms what check digits can't."""

from __future__ import annotations

import re
from datetime import date

from core.models import Fact, Page, Word
from extractors.base import DocumentInput, make_fact, union_bbox
from extractors.mrz import MrzRecord, parse_with_repair

_MRZ_CHARS = re.compile(r"^[A-Z0-9<]+$")
# OCR often reads the filler `<` as one of these; only used to spot candidate lines.
_FILLER_LOOKALIKES = str.maketrans({"«": "<", "‹": "<", "(": "<", "{": "<", "[": "<"})
_TD3_LENGTH = 44

PROTECTED = 0.98  # a value covered by a check digit that holds
UNPROTECTED_CONFIRMED = 0.92  # names or codes also seen in the visual zone
UNPROTECTED = 0.6  # names or codes nothing else confirms


def _compact(words: list[Word]) -> str:
    return "".join(w.text for w in words).upper().translate(_FILLER_LOOKALIKES).replace(" ", "")


def find_mrz_lines(page: Page) -> tuple[list[str], list[Word]] | None:
    """The last two MRZ-shaped lines of a page (TD3), with the words they came from."""
    candidates: list[tuple[str, list[Word]]] = []
    for words in page.lines():
        text = _compact(words)
        if len(text) >= 30 and _MRZ_CHARS.match(text) and (text.count("<") >= 2 or text[:2] == "P<"):
            candidates.append((text, words))
    if len(candidates) < 2:
        return None
    (first, w1), (second, w2) = candidates[-2], candidates[-1]
    lines = [first.ljust(_TD3_LENGTH, "<")[:_TD3_LENGTH], second.ljust(_TD3_LENGTH, "<")[:_TD3_LENGTH]]
    return lines, w1 + w2


def _reference_date(lines: list[str]) -> date | None:
    """The expiry date as a reference for the birth century: nobody is born after their passport expires."""
    digits = lines[1][21:27]
    if not digits.isdigit():
        return None
    try:
        return date(2000 + int(digits[:2]), int(digits[2:4]), int(digits[4:6]))
    except ValueError:
        return None


def _in_visual_zone(value: str, page: Page, mrz_words: list[Word]) -> bool:
    mrz_ids = {id(w) for w in mrz_words}
    viz = " ".join(w.text for w in page.words if id(w) not in mrz_ids).upper()
    viz_compact = re.sub(r"[^A-Z]", "", viz)
    parts = [p for p in re.split(r"[\s<]+", value) if len(p) >= 2]
    return bool(parts) and all(p in viz_compact for p in parts)


def extract_passport(document: DocumentInput) -> list[Fact]:
    for page in document.pages:
        found = find_mrz_lines(page)
        if found is None:
            continue
        lines, words = found
        record = parse_with_repair(lines, as_of=_reference_date(lines))
        if not isinstance(record, MrzRecord):
            continue
        return _facts(record, page, words)
    return []


def _facts(record: MrzRecord, page: Page, words: list[Word]) -> list[Fact]:
    bbox = union_bbox([w.bbox for w in words])
    checks = record.checks

    def checked(name: str) -> float:
        return PROTECTED if checks.get(name) and record.valid else 0.5

    def unprotected(value: str) -> float:
        if not record.valid:
            return 0.5
        return UNPROTECTED_CONFIRMED if _in_visual_zone(value, page, words) else UNPROTECTED

    method = "mrz" + ("+repair" if record.repairs else "")
    note = "; ".join(record.repairs + record.problems) or None
    facts = [
        make_fact(
            "passport.surname", record.surname, unprotected(record.surname), method, page.number, bbox, note
        ),
        make_fact(
            "passport.given_names",
            record.given_names,
            unprotected(record.given_names),
            method,
            page.number,
            bbox,
            note,
            force_review=record.names_truncated,
        ),
        make_fact("passport.number", record.number, checked("number"), method, page.number, bbox, note),
        make_fact(
            "passport.nationality",
            record.nationality,
            unprotected(record.nationality),
            method,
            page.number,
            bbox,
            note,
        ),
        make_fact(
            "passport.issuing_country",
            record.issuing_country,
            unprotected(record.issuing_country),
            method,
            page.number,
            bbox,
            note,
        ),
        make_fact(
            "passport.date_of_birth",
            record.birth_date.isoformat() if record.birth_date else None,
            checked("birth") if record.birth_date else 0.3,
            method,
            page.number,
            bbox,
            note,
        ),
        make_fact(
            "passport.sex", record.sex, PROTECTED * 0.95 if record.valid else 0.5, method, page.number, bbox
        ),
        make_fact(
            "passport.expiry_date",
            record.expiry_date.isoformat() if record.expiry_date else None,
            checked("expiry") if record.expiry_date else 0.3,
            method,
            page.number,
            bbox,
            note,
        ),
        make_fact("passport.mrz_valid", record.valid, 0.99, method, page.number, bbox, note),
    ]
    return facts
