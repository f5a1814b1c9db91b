"""Passport facts: the MRZ is the trustworthy part, the visual zone confirms what check digits can't.

Per page: read the MRZ from the page image (extractors.mrz.reader), falling back to the page's
OCR words when there are no pixels; read the visual zone from the OCR words; then decide each
fact's confidence from what protects it:

- number, birth and expiry dates: check digits. Accepted when the MRZ is valid and either the two
  recognizers agreed on it or the visual zone prints the same value: two misread characters can
  cancel in a check digit's sum (`548...` read as `64B...`), so one read with holding check digits
  is not enough.
- surname, given names, nationality, issuing state, sex: nothing in the MRZ protects them, so
  they are accepted only when the visual zone says the same (transliteration-aware).
- any VIZ/MRZ disagreement, or an invalid MRZ, sends the fact to review with a note.

Whether the passport has expired is not decided here (validation against --as-of does that).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import pycountry

from core.models import BBox, Fact, Page, Word
from extractors.base import DocumentInput, make_fact
from extractors.mrz.model import MrzRecord
from extractors.mrz.reader import read_mrz, read_mrz_from_words
from extractors.mrz.reading import MrzReading
from extractors.mrz.viz import VizField, field_value, has_four_digit_year, name_agreement, parse_date

PROTECTED = 0.98  # a check digit covers it and the reading was confirmed by a second read
PROTECTED_UNCONFIRMED = 0.75  # check digits hold, but only one read saw these characters
CONFIRMED_BY_VIZ = 0.92  # unprotected, and the visual zone says the same
CLOSE_TO_VIZ = 0.82  # unprotected, the visual zone differs by what looks like an OCR slip
UNCONFIRMED = 0.6  # unprotected and nothing else confirms it
DISAGREES = 0.45  # the visual zone says something else
INVALID = 0.4  # the MRZ failed its checks: nothing from it is trusted


@dataclass
class PageMrz:
    page: Page
    reading: MrzReading
    viz_lines: list[list[Word]]


def extract_passport(document: DocumentInput) -> list[Fact]:
    found: PageMrz | None = None
    for page in document.pages:
        reading = _read_page(document, page)
        if reading.status == "not_found" or reading.record is None:
            continue
        candidate = PageMrz(page, reading, _viz_lines(page, reading))
        if reading.status == "valid":
            found = candidate
            break
        found = found or candidate  # an invalid MRZ is still worth reporting, unless a page validates
    return facts_for(found) if found else []


def _read_page(document: DocumentInput, page: Page) -> MrzReading:
    lines = page.lines()
    image = document.page_image(page)
    in_pixels = lines
    if image is not None and lines and image.width != page.width:
        # The page's words locate the band in the image: bring their boxes into its pixels.
        up = image.width / page.width
        in_pixels = [[_scaled(w, up) for w in ws] for ws in lines]
    reading = read_mrz(image, words=in_pixels or None) if image is not None else None
    if reading is not None and reading.bbox is not None and image is not None and image.width != page.width:
        # The band is found in the rendered image's pixels; facts, evidence crops and the visual
        # zone's words are in the page's own units (points on a PDF page with a text layer).
        f = page.width / image.width
        reading = reading.model_copy(update={"bbox": tuple(round(c * f, 1) for c in reading.bbox)})
    if (reading is None or reading.status == "not_found") and lines:
        from_words = read_mrz_from_words(lines)
        if reading is None or from_words.status != "not_found":
            reading = from_words
    return reading or MrzReading(status="not_found")


def _scaled(word: Word, factor: float) -> Word:
    return word.model_copy(update={"bbox": tuple(c * factor for c in word.bbox)})


def _viz_lines(page: Page, reading: MrzReading) -> list[list[Word]]:
    """The page's OCR lines outside the MRZ band (the band's own text would 'confirm' itself)."""
    lines = page.lines()
    if reading.bbox is None:
        return lines
    _, top, _, bottom = reading.bbox
    out = []
    for words in lines:
        y0 = min(w.bbox[1] for w in words)
        y1 = max(w.bbox[3] for w in words)
        if y1 <= top or y0 >= bottom:
            out.append(words)
    return out


def birth_date_for(record: MrzRecord, viz: VizField | None) -> tuple[date | None, str | None]:
    """The birth date with its century settled: the VIZ's 4-digit year if it agrees on day and
    month, else the latest century that does not put birth after the document's expiry."""
    text = record.birth_date_text
    if not text.isdigit() or len(text) != 6:
        return None, None
    yy, mm, dd = int(text[:2]), int(text[2:4]), int(text[4:])
    viz_date = parse_date(viz.text) if viz else None
    if (
        viz_date
        and viz
        and has_four_digit_year(viz.text)
        and (viz_date.year % 100, viz_date.month, viz_date.day)
        == (
            yy,
            mm,
            dd,
        )
    ):
        return viz_date, "century from the visual zone's four-digit year"
    limit = record.expiry_date or date.today()
    for century in (2000, 1900):
        try:
            candidate = date(century + yy, mm, dd)
        except ValueError:
            continue
        if candidate <= limit:
            return candidate, None
    return record.birth_date, None


def _country_names(code: str) -> list[str]:
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return []
    names = [getattr(country, a, None) for a in ("name", "official_name", "common_name")]
    return [n.upper() for n in names if n]


def _code_in_viz(code: str, viz_text: str, value: VizField | None) -> bool:
    """The visual zone shows this state: its code as a word, or its name / adjective stem."""
    if re.search(rf"\b{re.escape(code)}\b", viz_text):
        return True
    hay = (value.text.upper() if value else "") + " " + viz_text
    for name in _country_names(code):
        stem = name.split(",")[0][:5]
        if name in viz_text or (len(stem) >= 4 and stem in hay.upper()):
            return True
    return False


def _number_in_viz(number: str, viz_text: str) -> bool:
    """The visual zone prints the document number as one word (the MRZ pads it with fillers)."""
    bare = number.rstrip("<")
    return len(bare) >= 6 and re.search(rf"(?<![A-Z0-9]){re.escape(bare)}(?![A-Z0-9])", viz_text) is not None


def facts_for(found: PageMrz) -> list[Fact]:
    reading, page = found.reading, found.page
    record = reading.record
    assert record is not None
    valid = reading.status == "valid"
    review_all = not valid
    bbox: BBox | None = reading.bbox
    viz_text = " ".join(w.text for words in found.viz_lines for w in words).upper()
    fields = {name: field_value(found.viz_lines, name) for name in (
        "surname", "given_names", "date_of_birth", "expiry_date", "nationality", "sex")}  # fmt: skip
    base_note = "; ".join(reading.notes[:4]) or None

    def protected(key: str) -> float:
        if not valid or not record.checks.get(key, False):
            return INVALID
        return PROTECTED if reading.confirmed else PROTECTED_UNCONFIRMED

    out: list[Fact] = []

    def add(
        name: str, value: object, conf: float, method: str, note: str | None, box: BBox | None = None
    ) -> None:
        notes = "; ".join(n for n in (note, base_note if conf < 0.8 or review_all else None) if n) or None
        out.append(
            make_fact(
                f"passport.{name}",
                value,  # type: ignore[arg-type]
                min(conf, INVALID) if review_all else conf,
                method,
                page.number,
                box or bbox,
                notes,
                force_review=review_all,
            )
        )

    # Names: only the visual zone can confirm them.
    for name, mrz_value in (("surname", record.surname), ("given_names", record.given_names)):
        viz = fields[name]
        truncated = record.names_truncated
        if viz is None:
            add(name, mrz_value, UNCONFIRMED, "mrz", "not confirmed: visual zone field not read")
            continue
        agreement = name_agreement(mrz_value, viz.text, truncated)
        if agreement == "same":
            add(name, mrz_value, CONFIRMED_BY_VIZ, "mrz+viz", None)
        elif agreement == "close" and reading.confirmed:
            add(
                name,
                mrz_value,
                CLOSE_TO_VIZ,
                "mrz+viz",
                f"visual zone reads {viz.text!r} (OCR-sized difference)",
            )
        else:
            add(
                name,
                mrz_value,
                DISAGREES,
                "mrz+viz",
                f"visual zone says {viz.text!r}, MRZ says {mrz_value!r}",
            )

    if valid and record.checks.get("number", False) and _number_in_viz(record.number, viz_text):
        add("number", record.number, max(protected("number"), CONFIRMED_BY_VIZ), "mrz+viz", None)
    else:
        add("number", record.number, protected("number"), "mrz", None)

    for name, code in (("nationality", record.nationality), ("issuing_country", record.issuing_country)):
        value_field = fields["nationality"] if name == "nationality" else None
        if _code_in_viz(code, viz_text, value_field):
            add(name, code, CONFIRMED_BY_VIZ, "mrz+viz", None)
        else:
            add(name, code, UNCONFIRMED, "mrz", "not confirmed: state not seen in the visual zone")

    birth, century_note = birth_date_for(record, fields["date_of_birth"])
    _add_date(add, "date_of_birth", birth, protected("birth"), fields["date_of_birth"], century_note)
    _add_date(add, "expiry_date", record.expiry_date, protected("expiry"), fields["expiry_date"], None)

    sex_viz = fields["sex"]
    sex_conf = (0.9 if reading.confirmed else 0.85) if valid else INVALID
    if sex_viz is not None and re.fullmatch(r"[MFX]", sex_viz.text.strip().upper()[:1] or "-"):
        if sex_viz.text.strip().upper()[0] == (record.sex or "X"):
            add("sex", record.sex, max(sex_conf, CONFIRMED_BY_VIZ) if valid else INVALID, "mrz+viz", None)
        else:
            add("sex", record.sex, DISAGREES, "mrz+viz", f"visual zone says {sex_viz.text!r}")
    else:
        add("sex", record.sex, sex_conf, "mrz", None)

    add("mrz_valid", valid, 0.99, "mrz", "; ".join(record.problems) or None)
    return out


def _add_date(
    add, name: str, value: date | None, conf: float, viz: VizField | None, note: str | None
) -> None:  # type: ignore[no-untyped-def]
    if value is None:
        add(name, None, 0.3, "mrz", "MRZ date is not a date")
        return
    viz_date = parse_date(viz.text) if viz else None
    if viz_date is None:
        add(name, value.isoformat(), conf, "mrz", note)
    elif viz_date == value or (viz_date.month, viz_date.day, viz_date.year % 100) == (
        value.month,
        value.day,
        value.year % 100,
    ):
        # Check digits and the printed date agree: as good as a second recognizer.
        add(name, value.isoformat(), max(conf, CONFIRMED_BY_VIZ) if conf > INVALID else conf, "mrz+viz", note)
    else:
        add(name, value.isoformat(), DISAGREES, "mrz+viz", f"visual zone says {viz.text!r}")  # type: ignore[union-attr]
