"""Two-digit MRZ years to calendar dates.

Birth dates are always in the past, so a birth year yy is 20yy unless that lands after `as_of`,
in which case it is 19yy. Expiry dates can lie on either side of today (expired passports are
uploaded too), so an expiry year is placed in the 100-year window (as_of.year - 50,
as_of.year + 50]: the only candidate inside it is the closest one, and the half-open bound
breaks the tie at exactly 50 years in favour of the future.
"""

from __future__ import annotations

from datetime import date


def _parts(text: str) -> tuple[int, int, int] | None:
    if len(text) != 6 or not text.isascii() or not text.isdigit():
        return None
    return int(text[:2]), int(text[2:4]), int(text[4:])


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def birth_date(text: str, as_of: date) -> date | None:
    parts = _parts(text)
    if parts is None:
        return None
    yy, mm, dd = parts
    recent = _make(2000 + yy, mm, dd)
    if recent is not None and recent <= as_of:
        return recent
    # Falling back when 20yy is not a date at all is harmless: the only yymmdd valid in one
    # century and not the other is 000229, which is valid in 2000.
    return _make(1900 + yy, mm, dd)


def expiry_date(text: str, as_of: date) -> date | None:
    parts = _parts(text)
    if parts is None:
        return None
    yy, mm, dd = parts
    top = as_of.year + 50
    year = top - ((top - yy) % 100)
    return _make(year, mm, dd)
