"""Dates as documents print them, parsed into ISO strings.

Covers "14 MAR 1988", "08/NOV/2025", "1 March 2019", "14th day of June 2012", "March 2019" (month
precision: "2019-03"), "November 2, 1992", "01/03/2019" (day first unless told otherwise),
"01.03.2019", "2019-03-01" and "2025年06月15日". Every function returns None rather than raising:
an unreadable date is for a person to look at, not a crash.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_MONTHS = {
    "jan": 1,
    "january": 1,
    "feb": 2,
    "february": 2,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "jun": 6,
    "june": 6,
    "jul": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
_MONTH_RE = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_SEP = r"[\s\-/.,]*"
_ORD = r"(?:st|nd|rd|th)?"

# Order matters: the most specific shapes first, so "1 March 2019" never parses as "March 2019".
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("cjk", re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")),
    ("iso", re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)")),
    (
        "day_month_name",
        re.compile(
            rf"(?<![\w])(?P<d>\d{{1,2}}){_ORD}(?:\s+day\s+of)?{_SEP}(?P<mn>{_MONTH_RE})\.?{_SEP}(?P<y>\d{{4}})(?!\d)",
            re.IGNORECASE,
        ),
    ),
    (
        "month_name_day",
        re.compile(
            rf"(?<![\w])(?P<mn>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}}){_ORD},?\s+(?P<y>\d{{4}})(?!\d)",
            re.IGNORECASE,
        ),
    ),
    ("numeric", re.compile(r"(?<![\d.])(?P<a>\d{1,2})(?P<s>[/.\-])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4})(?![\d])")),
    ("cjk_month", re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月(?!\s*\d)")),
    (
        "month_year",
        re.compile(rf"(?<![\w])(?P<mn>{_MONTH_RE})\.?,?\s+(?P<y>\d{{4}})(?!\d)", re.IGNORECASE),
    ),
    ("iso_month", re.compile(r"(?<![\d\-])(?P<y>\d{4})-(?P<m>\d{2})(?![\d\-])")),
]


@dataclass(frozen=True)
class ParsedDate:
    """A date found in text: its ISO value, whether it names a day or only a month, and where it was."""

    value: str  # "YYYY-MM-DD" or "YYYY-MM"
    precision: str  # "day" or "month"
    start: int
    end: int
    style: str  # which written form it had (helps a reviewer, and tests)

    def as_date(self) -> date | None:
        if self.precision != "day":
            return None
        return date.fromisoformat(self.value)


def _valid(year: int, month: int, day: int | None) -> bool:
    if not (1900 <= year <= 2100 and 1 <= month <= 12):
        return False
    if day is None:
        return True
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _build(kind: str, m: re.Match[str], day_first: bool) -> ParsedDate | None:
    groups = m.groupdict()
    year = int(groups["y"])
    if kind == "numeric":
        a, b = int(groups["a"]), int(groups["b"])
        day, month = (a, b) if day_first else (b, a)
    else:
        month = _MONTHS[groups["mn"].lower().rstrip(".")] if groups.get("mn") else int(groups["m"])
        day = int(groups["d"]) if groups.get("d") else None
    if not _valid(year, month, day):
        return None
    if day is None:
        return ParsedDate(f"{year:04d}-{month:02d}", "month", m.start(), m.end(), kind)
    return ParsedDate(f"{year:04d}-{month:02d}-{day:02d}", "day", m.start(), m.end(), kind)


def find_dates(text: str, day_first: bool = True) -> list[ParsedDate]:
    """Every date in ``text``, left to right, without overlaps (the more specific form wins)."""
    found: list[ParsedDate] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            parsed = _build(kind, m, day_first)
            if parsed is not None:
                found.append(parsed)
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda p: p.start)


def parse_date(text: str, day_first: bool = True) -> ParsedDate | None:
    """The first date in ``text``, or None."""
    if not isinstance(text, str):
        return None
    dates = find_dates(text, day_first)
    return dates[0] if dates else None


def to_iso(text: str, day_first: bool = True) -> str | None:
    parsed = parse_date(text, day_first)
    return parsed.value if parsed else None


# "1995/04/23" and "2021.06.12": year-first numeric dates that ``find_dates`` does not read (it would
# take "95/04/23"-like runs as day-first). Kept out of ``_PATTERNS`` so existing callers see no change.
_YEAR_FIRST = re.compile(r"(?<![\d.])(\d{4})([/.])(\d{1,2})\2(\d{1,2})(?!\d)")


def rewrite_year_first(text: str) -> str:
    """``text`` with year-first slash/dot dates rewritten to ISO dashes.

    The rewrite keeps every character position (only separators change), so offsets found in the
    result still index the original text.
    """
    return _YEAR_FIRST.sub(r"\1-\3-\4", text)


# A numeric date whose order is in question: the same separator twice, a four-digit year last.
_NUMERIC_DMY = re.compile(r"(?<![\d.])(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})(?!\d)")


def numeric_order(text: str) -> tuple[bool, bool]:
    """(seen day first, seen month first): whether some numeric date in `text` can be read only one way.

    "11/23/1996" can only be month first, "25.01.2018" only day first; one such date settles the
    order of a document's ambiguous ones (05/08/2018). Both True means the text contradicts itself.
    """
    day_first = month_first = False
    for m in _NUMERIC_DMY.finditer(text):
        a, b = int(m.group(1)), int(m.group(3))
        day_first |= a > 12 >= b
        month_first |= b > 12 >= a
    return day_first, month_first
