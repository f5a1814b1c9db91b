"""The visual inspection zone (VIZ) of a passport page, read from full-page OCR words.

Only what can cross-check the MRZ: surname, given names, dates of birth and expiry, nationality,
sex. Labels are bilingual and layouts differ per country, so a field's value is taken from the
rest of the label's line or, failing that, from the line below the label, and every helper
here says "not found" rather than guess.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from core.models import BBox, Word
from extractors.base import union_bbox

LABELS: dict[str, re.Pattern[str]] = {
    "surname": re.compile(r"\b(surnames?|nom|apellidos?|nachname|family\s+name|cognome)\b", re.I),
    "given_names": re.compile(
        r"\b(given\s+names?|pr[ée]noms?|forenames?|first\s+names?|vornamen|nombres?|nome)\b", re.I
    ),
    "date_of_birth": re.compile(
        r"\b(date\s+of\s+birth|date\s+de\s+naissance|birth\s*date|geburtsdatum)\b", re.I
    ),
    "expiry_date": re.compile(
        r"\b(date\s+of\s+expiry|expiry|expiration|date\s+d.expiration|valid\s+until|g[üu]ltig\s+bis)\b", re.I
    ),
    "nationality": re.compile(r"\b(nationality|nationalit[ée]|staatsangeh[öo]rigkeit|nacionalidad)\b", re.I),
    "sex": re.compile(r"\b(sex|sexe|geschlecht|sexo)\b", re.I),
}
_ANY_LABEL = re.compile("|".join(p.pattern for p in LABELS.values()), re.I)
_SEPARATORS = re.compile(r"^[\s/:|.,-]+|[\s/:|.,-]+$")

_MONTHS = {
    "JAN": 1, "FEB": 2, "FEV": 2, "FÉV": 2, "MAR": 3, "MARS": 3, "APR": 4, "AVR": 4, "MAY": 5, "MAI": 5,
    "JUN": 6, "JUIN": 6, "JUL": 7, "JUIL": 7, "AUG": 8, "AOU": 8, "AOÛ": 8, "SEP": 9, "OCT": 10, "NOV": 11,
    "DEC": 12, "DÉC": 12,
}  # fmt: skip
_DATE_WORDS = re.compile(r"\b(\d{1,2})\s*([A-ZÉÛ]{3,4})(?:\s*/\s*[A-ZÉÛ]{3,4})?\s*(\d{4}|\d{2})\b")
_DATE_NUMS = re.compile(r"\b(\d{1,2})[./\- ](\d{1,2})[./\- ](\d{4})\b")
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


@dataclass(frozen=True)
class VizField:
    text: str
    bbox: BBox | None


def _line_text(words: list[Word]) -> str:
    return " ".join(w.text for w in words)


def field_value(lines: list[list[Word]], name: str) -> VizField | None:
    """The value printed after or under the label of `name`, or None."""
    pattern = LABELS[name]
    for i, words in enumerate(lines):
        text = _line_text(words)
        m = pattern.search(text)
        if not m:
            continue
        # Same line: what follows the label (and any second-language label after a slash).
        rest = _ANY_LABEL.sub(" ", text[m.end() :])
        rest = _SEPARATORS.sub("", rest).strip()
        if len(re.sub(r"[^A-Za-z0-9]", "", rest)) >= 1 and not (
            name in ("surname", "given_names") and len(rest) < 2
        ):
            kept = [w for w in words if w.text in rest.split()]
            return VizField(rest, union_bbox([w.bbox for w in kept]))
        # Next line: the words under the label, up to the next wide gap (another column).
        if i + 1 < len(lines):
            x0 = min(w.bbox[0] for w in words)
            below = sorted((w for w in lines[i + 1] if w.bbox[2] > x0 - 5), key=lambda w: w.bbox[0])
            picked: list[Word] = []
            for w in below:
                if picked:
                    gap = w.bbox[0] - picked[-1].bbox[2]
                    if gap > 2.5 * max(1.0, picked[-1].bbox[3] - picked[-1].bbox[1]):
                        break
                picked.append(w)
            value = _line_text(picked).strip()
            if value and not _ANY_LABEL.search(value):
                return VizField(value, union_bbox([w.bbox for w in picked]))
    return None


def parse_date(text: str) -> date | None:
    """`14 MAR 1988`, `14 MAR/MARS 88`, `14.03.1988`, `14/03/1988` or `1988-03-14`."""
    up = text.upper()
    try:
        if m := _DATE_WORDS.search(up):
            month = _MONTHS.get(m.group(2)[:4]) or _MONTHS.get(m.group(2)[:3])
            if month:
                year = int(m.group(3))
                return date(year if year > 99 else 1900 + year, month, int(m.group(1)))
        if m := _DATE_NUMS.search(up):
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if m := _DATE_ISO.search(up):
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    return None


def has_four_digit_year(text: str) -> bool:
    return bool(re.search(r"\b\d{4}\b", text))


# Letters an MRZ writes as two (ICAO 9303 Part 3, transliteration of Latin-based characters).
_EXPAND = {"Ä": "AE", "Ö": "OE", "Ü": "UE", "ß": "SS", "Å": "AA", "Æ": "AE", "Ø": "OE", "Œ": "OE", "Þ": "TH"}


def mrz_forms(name: str) -> set[str]:
    """The ways `name` from the visual zone may be written in an MRZ (words joined by single spaces)."""
    up = name.upper()
    expanded = "".join(_EXPAND.get(c, c) for c in up)
    forms = set()
    for variant in (up, expanded):
        plain = unicodedata.normalize("NFKD", variant)
        plain = "".join(c for c in plain if not unicodedata.combining(c))
        plain = plain.replace("'", "").replace("’", "")
        forms.add(" ".join(re.sub(r"[^A-Z]+", " ", plain).split()))
    return {f for f in forms if f}


def name_agreement(mrz_name: str, viz_text: str, truncated: bool) -> str:
    """'same', 'close' (an OCR-sized difference) or 'different'."""
    mrz = " ".join(mrz_name.split())
    best = 0.0
    for form in mrz_forms(viz_text):
        if form == mrz or (truncated and form.startswith(mrz)):
            return "same"
        best = max(best, difflib.SequenceMatcher(None, form, mrz).ratio())
    return "close" if best >= 0.85 else "different"
