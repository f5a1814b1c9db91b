"""Repairs and doubts that come from what an MRZ may say, not from its check digits.

Check digits do not cover state codes, names or the document code, so a `0` in `UT0` or a `1`
for the `I` of an identity card passes them. Positional repair fixes those before parsing (not
only after a check fails), and the remaining implausibilities are reported, never hidden.
"""

from __future__ import annotations

from datetime import date

from extractors.mrz.codes import is_known_code
from extractors.mrz.layout import detect_format, field_map
from extractors.mrz.model import MrzRecord
from extractors.mrz.parse import parse_mrz
from extractors.mrz.repair import repair_by_position

# ICAO 9303: passports start with P, visas with V, identity cards and permits with I, A or C.
DOC_CODE_FIRST: dict[str, str] = {"TD3": "P", "TD1": "IAC", "TD2": "IAC", "MRVA": "V", "MRVB": "V"}
# What OCR makes of a small OCR-B `I` in the document code.
_AS_I = {"1": "I", "T": "I", "L": "I", "J": "I", "Z": "I"}
# ... and of the `P` of a passport, whose bowl closes into a D or opens into an R or F.
_AS_P = {"D": "P", "B": "P", "R": "P", "F": "P"}
_LOOKALIKE = frozenset("0OQD1I2Z5S8B6G")


def pre_repair(lines: list[str]) -> list[str]:
    """Apply the edits position alone forces (digits in codes and names, letters in dates)."""
    fmt = detect_format(lines)
    if fmt is None:
        return lines
    fixed = repair_by_position(lines, fmt)[0].lines
    first = fixed[0][0]
    as_code = _AS_I if fmt in ("TD1", "TD2") else _AS_P if fmt == "TD3" else {}
    if first not in DOC_CODE_FIRST[fmt] and first in as_code:
        fixed = [as_code[first] + fixed[0][1:], *fixed[1:]]
    return fixed


def doubts(record: MrzRecord) -> list[str]:
    """Things a valid record still should not say; any of them sends the reading to review."""
    out = []
    if not record.document_type or record.document_type[0] not in DOC_CODE_FIRST[record.format]:
        out.append(f"document code {record.document_type!r} is unusual for {record.format}")
    for label, code in (("issuing state", record.issuing_country), ("nationality", record.nationality)):
        if not is_known_code(code):
            out.append(f"{label} {code!r} is not a known code")
    if any(c.isdigit() for c in record.surname + record.given_names):
        out.append("name holds digits")
    if not record.surname:
        out.append("no primary identifier (surname)")
    if record.birth_date is None:
        out.append("birth date is not a date")
    if record.format in ("MRVA", "MRVB") and any(c in _LOOKALIKE for c in record.optional_data):
        # A visa's optional data has no check digit, and these characters have lookalikes.
        out.append("visa optional data holds characters OCR confuses and no check digit covers")
    if record.sex is None:
        out.append("sex is not M, F, X or <")
    return out


# Letters OCR-B readers confuse with each other; a state code is only repaired across these.
_CONFUSABLE = [set("ODQ0"), set("IL1T"), set("MNH"), set("UV"), set("EF"), set("CG6"), set("B8"), set("S5")]


def _one_confusion_apart(a: str, b: str) -> bool:
    diffs = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(diffs) == 1 and any({*diffs[0]} <= group for group in _CONFUSABLE)


def repair_state_code(record: MrzRecord, as_of: date | None) -> tuple[MrzRecord, str] | None:
    """The record with an unknown state code replaced by the other, known one a confusable letter away.

    Both codes usually name the same state, and neither has a check digit, so the known one is
    the better reading. The result is never confirmed: the caller reports the note and sends it
    to review.
    """
    fields = field_map(record.format)
    if "nationality" not in fields:
        return None
    issuing, nationality = record.issuing_country, record.nationality
    if is_known_code(issuing) == is_known_code(nationality):
        return None
    wrong, right = (
        ("issuing_country", nationality) if is_known_code(nationality) else ("nationality", issuing)
    )
    read = issuing if wrong == "issuing_country" else nationality
    if len(read) != len(right) or not _one_confusion_apart(read, right):
        return None
    f = fields[wrong]
    lines = list(record.lines)
    lines[f.line] = lines[f.line][: f.start] + right + lines[f.line][f.end :]
    fixed = parse_mrz(lines, as_of)
    if not isinstance(fixed, MrzRecord) or not fixed.valid:
        return None
    label = "issuing state" if wrong == "issuing_country" else "nationality"
    return (
        fixed,
        f"{label} read as {read!r} is not a known code; taken as {right!r} from the other state field",
    )
