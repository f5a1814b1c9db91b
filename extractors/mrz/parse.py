"""Read already-recognised MRZ text (TD1, TD2, TD3, MRV-A, MRV-B) into an MrzRecord."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from extractors.mrz import dates
from extractors.mrz.checkdigit import FILLER, check_digit, check_digit_holds
from extractors.mrz.codes import is_known_code
from extractors.mrz.layout import COMPOSITE, Format, detect_format, field_map, take
from extractors.mrz.model import MrzError, MrzRecord
from extractors.mrz.names import split_name_field

_MRZ_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<")
_CHECK_LABELS = {
    "number": "document number",
    "birth": "birth date",
    "expiry": "expiry date",
    "optional": "personal number",
    "composite": "composite",
}


def normalise_lines(lines: Iterable[str]) -> list[str]:
    # OCR inserts spaces and lower-cases some letters; an MRZ has neither, so both are safe to undo.
    out = []
    for line in lines:
        cleaned = "".join(line.split()).upper()
        if cleaned:
            out.append(cleaned)
    return out


def _coerce_input(lines: object) -> list[str] | None:
    if isinstance(lines, str):
        return lines.splitlines()
    if isinstance(lines, list | tuple) and all(isinstance(x, str) for x in lines):
        return list(lines)
    return None


def parse_mrz(lines: list[str], as_of: date | None = None) -> MrzRecord | MrzError:
    """Parse MRZ lines; never raises. Check-digit failures give a record with valid=False."""
    raw = _coerce_input(lines)
    if raw is None:
        return MrzError(reason=f"expected a list of text lines, got {type(lines).__name__}")
    try:
        norm = normalise_lines(raw)
        fmt = detect_format(norm)
        if fmt is None:
            shape = ", ".join(str(len(x)) for x in norm) or "nothing"
            return MrzError(
                reason=f"not an MRZ shape (3x30, 2x36 or 2x44); got {len(norm)} line(s) of {shape}",
                raw_lines=raw,
            )
        if fmt == "TD2" and norm[0].startswith("IDFRA"):
            # The pre-2021 French identity card is 2x36 like TD2 but lays its fields out differently;
            # reading it as TD2 would produce confident-looking nonsense.
            return MrzError(reason="pre-2021 French national ID card (2x36, not ICAO 9303)", raw_lines=raw)
        return _parse(norm, fmt, raw, as_of or date.today())
    except Exception as exc:  # the contract is "never raise": report instead
        return MrzError(reason=f"internal error while parsing: {exc!r}", raw_lines=raw)


def _code(text: str) -> str:
    # `D<<` is Germany; fillers pad short codes and never carry meaning.
    return text.replace(FILLER, "")


def _document_number(
    lines: list[str], fmt: Format, checks: dict[str, bool], problems: list[str]
) -> tuple[str, str]:
    """Document number and what remains of the optional data after any number overflow."""
    fields = field_map(fmt)
    field = take(lines, fields["number"])
    digit = take(lines, fields["number_check"])
    optional = take(lines, fields["optional_data"])
    extendable = fmt in ("TD1", "TD2")
    if extendable and digit == FILLER and set(field) != {FILLER}:
        # ICAO 9303 Part 5/6 section 4.2.4: a `<` check digit says the number runs on into the
        # optional data, which then holds the remaining characters and the real check digit.
        overflow = optional.split(FILLER, 1)[0]
        rest = optional[len(overflow) :]
        if len(overflow) < 2:
            checks["number"] = False
            problems.append("document number check digit is '<' (extended number) but no extension follows")
            return field.replace(FILLER, ""), optional
        extra, ext_digit = overflow[:-1], overflow[-1]
        # Standard: check over the 9 leading characters plus the overflow. Belgium computes it with
        # the `<` at position 15 included; both appear on genuine cards, so either is accepted.
        checks["number"] = check_digit_holds(field + extra, ext_digit) or check_digit_holds(
            field + FILLER + extra, ext_digit
        )
        return field.replace(FILLER, "") + extra, rest
    checks["number"] = check_digit_holds(field, digit)
    return field.replace(FILLER, ""), optional


def _parse(lines: list[str], fmt: Format, raw: list[str], as_of: date) -> MrzRecord:
    fields = field_map(fmt)
    problems: list[str] = []
    checks: dict[str, bool] = {}

    for i, line in enumerate(lines, start=1):
        bad = sorted({c for c in line if c not in _MRZ_CHARS})
        if bad:
            problems.append(f"line {i} has characters outside A-Z0-9<: {''.join(bad)!r}")

    number, optional = _document_number(lines, fmt, checks, problems)

    birth_text = take(lines, fields["birth"])
    expiry_text = take(lines, fields["expiry"])
    checks["birth"] = check_digit_holds(birth_text, take(lines, fields["birth_check"]))
    checks["expiry"] = check_digit_holds(expiry_text, take(lines, fields["expiry_check"]))
    if "optional_check" in fields:
        checks["optional"] = check_digit_holds(
            take(lines, fields["optional_data"]), take(lines, fields["optional_check"])
        )
    if fmt in COMPOSITE:
        composite = "".join(lines[ln][a:b] for ln, a, b in COMPOSITE[fmt])
        checks["composite"] = check_digit(composite) == take(lines, fields["composite_check"])

    for key, ok in checks.items():
        if not ok and not any(p.startswith(_CHECK_LABELS[key]) for p in problems):
            problems.append(f"{_CHECK_LABELS[key]} check digit fails")

    birth = dates.birth_date(birth_text, as_of)
    if birth is None:
        problems.append(f"birth date {birth_text} is not a date")
    expiry = None
    if set(expiry_text) != {FILLER}:  # all fillers: the document states no expiry (e.g. RUS internal)
        expiry = dates.expiry_date(expiry_text, as_of)
        if expiry is None:
            problems.append(f"expiry date {expiry_text} is not a date")

    sex_char = take(lines, fields["sex"])
    sex = {"M": "M", "F": "F", "X": "X", FILLER: "X"}.get(sex_char)
    if sex is None:
        problems.append(f"sex {sex_char!r} is not M, F, X or <")

    issuing = _code(take(lines, fields["issuing_country"]))
    nationality = _code(take(lines, fields["nationality"]))
    for label, code in (("issuing state", issuing), ("nationality", nationality)):
        if not is_known_code(code):
            problems.append(f"{label} code {code!r} is not an ISO 3166-1 or ICAO 9303 code")

    name_field = take(lines, fields["name"])
    names = split_name_field(name_field)
    if names.truncated:
        problems.append("name field is filled to the last position; the name may be truncated")

    optional_2 = take(lines, fields["optional_data_2"]).strip(FILLER) if "optional_data_2" in fields else None
    return MrzRecord(
        format=fmt,
        document_type=_code(take(lines, fields["document_type"])),
        issuing_country=issuing,
        surname=names.surname,
        given_names=names.given_names,
        number=number,
        nationality=nationality,
        birth_date=birth,
        birth_date_text=birth_text,
        sex=sex,
        expiry_date=expiry,
        expiry_date_text=expiry_text,
        optional_data=optional.strip(FILLER),
        optional_data_2=optional_2,
        lines=lines,
        raw_lines=raw,
        checks=checks,
        names_truncated=names.truncated,
        problems=problems,
    )
