"""Dates as documents print them, parsed into ISO strings.

Covers "14 MAR 1988", "08/NOV/2025", "1 March 2019", "14th day of June 2012", "March 2019" (month
precision: "2019-03"), "November 2, 1992", "01/03/2019" (day first unless told otherwise),
"01.03.2019", "2019-03-01", "2025年06月15日" and "2026년 10월 5일". Every function returns None rather
than raising: an unreadable date is for a person to look at, not a crash.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

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
    # Chinese and Japanese 年月日, Korean 년 월 일 ("2026년 10월 5일").
    ("cjk", re.compile(r"(?P<y>\d{4})\s*[年년]\s*(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]")),
    ("iso", re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)")),
    (
        "day_month_name",
        re.compile(
            rf"(?<![\w])(?P<d>\d{{1,2}}){_ORD}(?:\s+(?:day\s+)?of)?{_SEP}(?P<mn>{_MONTH_RE})\.?{_SEP}"
            rf"(?:in\s+the\s+year\s+(?:of\s+)?(?:our\s+lord\s+)?)?(?P<y>\d{{4}})(?!\d)",
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
    ("cjk_month", re.compile(r"(?P<y>\d{4})\s*[年년]\s*(?P<m>\d{1,2})\s*[月월](?!\s*\d)")),
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
    if kind == "cjk_numeral":
        return _build_cjk_numeral(m)
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


# A date of another calendar, marked so after it: Nepal's Bikram Sambat ("2071/05/01 B.S.", 57 years
# ahead), the Hijri years ("1445/03/12 AH", "هـ"). Read as Gregorian they are silently wrong, so they
# are no dates here; the Gregorian date such documents print beside them ("(17 August 2014 A.D.)") is.
# (Not before a word: "12/03/2019 B.S. Computer Science" is a bachelor's degree after a date.)
_OTHER_CALENDAR = re.compile(
    r"\s*\(?(?:B\.\s?S\.?|BS|V\.\s?S\.?|A\.\s?H\.?|AH|هـ|Bikram Sambat)(?![\w.])(?!\s*[^\W\d_])"
)


def find_dates(text: str, day_first: bool = True) -> list[ParsedDate]:
    """Every date in ``text``, left to right, without overlaps (the more specific form wins)."""
    found: list[ParsedDate] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if _OTHER_CALENDAR.match(text, m.end()):
                taken.append((m.start(), m.end()))  # nor is any part of it a date of another form
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


def rewrite_dates(text: str) -> str:
    """``text`` with dates ``find_dates`` reads rewritten into forms it reads: year-first slash/dot
    dates as ISO, spelled-out days and years ("the twenty-eighth day of June, two thousand and
    sixteen") in digits, and month names of other languages as English abbreviations.

    Every rewrite is as long as what it replaces (padded with spaces), so offsets found in the
    result index the original text. Dates in Chinese numerals are read by ``find_dates`` itself.
    """
    text = _SPELLED_DAY.sub(_spelled_day, _SPELLED_YEAR.sub(_spelled_year, text))
    text = _FOREIGN_MONTH.sub(_english_month, text)
    text = _SPACED_DOTS.sub(_closed_up, text)
    return _YEAR_FIRST.sub(r"\1-\3-\4", text)


# Czech, Slovak and German write a space after each dot: "14. 6. 2025".
_SPACED_DOTS = re.compile(r"\b(\d{1,2})\. (\d{1,2})\. ((?:19|20)\d{2})\b")


def _closed_up(m: re.Match[str]) -> str:
    closed = f"{m.group(1)}.{m.group(2)}.{m.group(3)}"
    return closed + " " * (len(m.group(0)) - len(closed))


# Ceremonial certificates spell dates out: "the twenty-eighth day of June", "in the year two
# thousand and sixteen". Each spelled number is replaced by digits padded to its own length.
_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen"]  # fmt: skip
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ORDINAL_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_ORDINAL_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                  "seventeenth", "eighteenth", "nineteenth"]  # fmt: skip
_ORDINALS: dict[str, int] = {
    **{w: i + 1 for i, w in enumerate(_ORDINAL_UNITS)},
    **{w: i + 10 for i, w in enumerate(_ORDINAL_TEENS)},
    "twentieth": 20,
    "thirtieth": 30,
    **{f"twenty{sep}{w}": 21 + i for i, w in enumerate(_ORDINAL_UNITS) for sep in ("-", " ")},
    "thirty-first": 31,
    "thirty first": 31,
}
_CARDINALS: dict[str, int] = {
    **{w: i + 1 for i, w in enumerate(_UNITS)},
    **{w: i + 10 for i, w in enumerate(_TEENS)},
    **{w: 20 + 10 * i for i, w in enumerate(_TENS)},
    **{
        f"{t}{sep}{u}": 20 + 10 * i + j + 1
        for i, t in enumerate(_TENS)
        for j, u in enumerate(_UNITS)
        for sep in ("-", " ")
    },
}


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_SPELLED_DAY = re.compile(rf"\b({_alternation(_ORDINALS)})(?=\s+day\s+of\b)", re.IGNORECASE)
_SPELLED_YEAR = re.compile(
    rf"\b(two\s+thousand|nineteen\s+hundred)(?:\s+and)?(?:\s+({_alternation(_CARDINALS)}))?\b",
    re.IGNORECASE,
)


MONTH_NAMES_FILE = Path(__file__).with_name("month_names.yaml")


def _load_month_names() -> dict[str, str]:
    """Month names of other languages (extractors/month_names.yaml, with its source) -> Jan..Dec."""
    data = yaml.safe_load(MONTH_NAMES_FILE.read_text(encoding="utf-8"))
    names = {str(name).lower(): str(short) for short, names in data["months"].items() for name in names}
    assert set(names.values()) <= set(_MONTH_ABBREVIATIONS), "months must map to Jan..Dec"
    return names


_MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Loaded once at import: the month pattern below is compiled from it.
_TO_ENGLISH = _load_month_names()
# A foreign month counts only between a day and a year, so "Mars" the planet or "mai" stay words.
_FOREIGN_MONTH = re.compile(
    rf"(?<=\d)(\.?\s*(?:de\s+)?)({_alternation(_TO_ENGLISH)})\.?(\s*(?:de\s+)?)(?=\d{{4}})"
    rf"|(?<=\d\s)({_alternation(_TO_ENGLISH)})(?=\s)",
    re.IGNORECASE,
)


def month_number(name: str) -> int | None:
    """1-12 for a month's name in English or in a language of month_names.yaml ("JULI", "août")."""
    key = name.strip(" .").lower()
    english = _TO_ENGLISH.get(key, key[:3].capitalize() if key in _MONTHS else "")
    return _MONTH_ABBREVIATIONS.index(english) + 1 if english in _MONTH_ABBREVIATIONS else None


def _english_month(m: re.Match[str]) -> str:
    if m.group(2):
        # "14 de febrero de 1996": the Spanish/Portuguese "de" goes, blanked to keep offsets.
        before = re.sub(r"(?i)\bde\b", "  ", m.group(1))
        after = re.sub(r"(?i)\bde\b", "  ", m.group(3))
        month = m.group(0)[len(m.group(1)) : len(m.group(0)) - len(m.group(3))]
        return before + _padded(_TO_ENGLISH[m.group(2).lower()], month) + after
    return _padded(_TO_ENGLISH[m.group(4).lower()], m.group(4))


def _padded(number: str, original: str) -> str:
    return number + " " * max(0, len(original) - len(number))


def _spelled_day(m: re.Match[str]) -> str:
    day = _ORDINALS[m.group(1).lower()]
    return _padded(f"{day}th", m.group(0))


def _spelled_year(m: re.Match[str]) -> str:
    century = 2000 if m.group(1).lower().startswith("two") else 1900
    rest = _CARDINALS[m.group(2).lower()] if m.group(2) else 0
    # Padded on the left, so a date ending in the spelled year ends where the year's words end.
    return str(century + rest).rjust(len(m.group(0)))


_CJK_DIGIT = {
    "〇": 0,
    "零": 0,
    "○": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CJK_NUMBER = "〇零○一二三四五六七八九十"
_CJK_NUMERAL_DATE = re.compile(
    rf"(?P<y>[〇零○一二三四五六七八九]{{4}})\s*年\s*(?P<m>[{_CJK_NUMBER}]{{1,3}})\s*月"
    rf"(?:\s*(?P<d>[{_CJK_NUMBER}]{{1,3}})\s*日)?"
)


def _cjk_number(text: str) -> int | None:
    """一..九十九 as written in dates: 十 = 10, 十五 = 15, 二十 = 20, 二十五 = 25."""
    if "十" not in text:
        return _CJK_DIGIT.get(text) if len(text) == 1 else None
    tens, _, units = text.partition("十")
    if len(tens) > 1 or len(units) > 1 or "十" in units:
        return None
    t = _CJK_DIGIT.get(tens, -1) if tens else 1
    u = _CJK_DIGIT.get(units, -1) if units else 0
    return None if t < 1 or u < 0 else 10 * t + u


def _build_cjk_numeral(m: re.Match[str]) -> ParsedDate | None:
    """二〇一九年六月十五日, read where it stands: no rewrite, so no position shifts (十 alone is 10)."""
    year = int("".join(str(_CJK_DIGIT[c]) for c in m.group("y")))
    month = _cjk_number(m.group("m"))
    day = _cjk_number(m.group("d")) if m.group("d") else None
    if month is None or (m.group("d") and day is None) or not _valid(year, month, day):
        return None
    if day is None:
        return ParsedDate(f"{year:04d}-{month:02d}", "month", m.start(), m.end(), "cjk_numeral")
    return ParsedDate(f"{year:04d}-{month:02d}-{day:02d}", "day", m.start(), m.end(), "cjk_numeral")


# Read by find_dates itself, beside the Arabic-numeral Chinese form.
_PATTERNS.insert(1, ("cjk_numeral", _CJK_NUMERAL_DATE))


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
