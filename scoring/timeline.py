"""Ages and spans of time: the arithmetic every dated rule rests on, kept in one place."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from dateutil.relativedelta import relativedelta

# Half-open [start, end): two jobs that meet end to start join without a gap or a double-counted day.
Interval = tuple[date, date]


def age_on(date_of_birth: date, day: date) -> int:
    """Completed years on ``day`` (someone born on 29 February turns a year older on 1 March)."""
    return relativedelta(day, date_of_birth).years


def merge(intervals: Iterable[Interval]) -> list[Interval]:
    """Overlapping or touching intervals joined, so overlapping jobs are counted once."""
    ordered = sorted((s, e) for s, e in intervals if s < e)
    merged: list[Interval] = []
    for start, end in ordered:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def years_in(intervals: Iterable[Interval]) -> float:
    """Total length in years, by calendar months and days, so 1 March 2015 to 1 March 2020 is exactly 5."""
    total = 0.0
    for start, end in merge(intervals):
        span = relativedelta(end, start)
        total += span.years + span.months / 12 + span.days / 365.25
    # Rounded so a sum of month fractions that should be 5.0 is not 4.999999999.
    return round(total, 6)


def clip(interval: Interval, lower: date | None, upper: date) -> Interval | None:
    start = max(interval[0], lower) if lower else interval[0]
    end = min(interval[1], upper)
    return (start, end) if start < end else None


def years_before(day: date, years: int) -> date:
    return day - relativedelta(years=years)


def months_before(day: date, months: int) -> date:
    return day - relativedelta(months=months)
