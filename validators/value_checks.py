"""What a well-formed value of each type looks like; used by the pandera schemas."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from core.countries import is_travel_document_code, iso_currencies

EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2100, 12, 31)
PSC_GRADES = ("一级甲等", "一级乙等", "二级甲等", "二级乙等", "三级甲等", "三级乙等")

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH = re.compile(r"^\d{4}-\d{2}$")
_PRC_ID = re.compile(r"^\d{17}[\dX]$")
_DOC_NUMBER = re.compile(r"^[A-Z0-9<\- ]{4,24}$", re.IGNORECASE)


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def is_date(value: Any) -> bool:
    if not isinstance(value, str) or not _DATE.match(value):
        return False
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        return False
    return EARLIEST_DATE <= parsed <= LATEST_DATE


def is_date_or_month(value: Any) -> bool:
    if isinstance(value, str) and _MONTH.match(value):
        year, month = int(value[:4]), int(value[5:])
        return 1 <= month <= 12 and EARLIEST_DATE.year <= year <= LATEST_DATE.year
    return is_date(value)


def is_half_band(value: Any, low: float, high: float) -> bool:
    number = _number(value)
    return number is not None and low <= number <= high and (number * 2).is_integer()


def is_toefl_total(value: Any) -> bool:
    number = _number(value)
    # 0-120 on the classic scale; 1-6 in half bands on the scale reported from January 2026.
    return number is not None and ((0 <= number <= 120 and number.is_integer()) or is_half_band(number, 1, 6))


def is_toefl_section(value: Any) -> bool:
    number = _number(value)
    return number is not None and ((0 <= number <= 30 and number.is_integer()) or is_half_band(number, 1, 6))


def _in_range(low: float, high: float) -> Callable[[Any], bool]:
    def check(value: Any) -> bool:
        number = _number(value)
        return number is not None and low <= number <= high

    return check


VALUE_CHECKS: dict[str, Callable[[Any], bool]] = {
    "name": lambda v: isinstance(v, str) and 0 < len(v.strip()) <= 120 and any(ch.isalpha() for ch in v),
    "text": lambda v: isinstance(v, str) and 0 < len(v.strip()) <= 300,
    "document_number": lambda v: isinstance(v, str) and bool(_DOC_NUMBER.match(v)),
    "country": lambda v: isinstance(v, str) and is_travel_document_code(v),
    "birth_date": is_date,
    "date": is_date,
    "date_or_month": is_date_or_month,
    "sex": lambda v: v in ("M", "F", "X"),
    "bool": lambda v: isinstance(v, bool),
    "ielts_band": lambda v: is_half_band(v, 0, 9),
    "ielts_module": lambda v: v in ("academic", "general_training"),
    "toefl_total": is_toefl_total,
    "toefl_section": is_toefl_section,
    "toefl_scale": lambda v: v in ("0-120", "1-6"),
    "hsk_level": lambda v: isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= 9,
    "score": _in_range(0, 500),
    "psc_grade": lambda v: v in PSC_GRADES,
    "degree_level": lambda v: v in ("bachelor", "master", "doctorate"),
    "currency": lambda v: isinstance(v, str) and v in iso_currencies(),
    "amount": lambda v: _number(v) is not None and abs(float(v)) < 1e12,
    "last4": lambda v: isinstance(v, str) and len(v) == 4 and v.isdigit(),
    "prc_id": lambda v: isinstance(v, str) and bool(_PRC_ID.match(v)),
}


def value_is_valid(value_type: str, value: Any) -> bool:
    check = VALUE_CHECKS.get(value_type)
    if check is None:
        return False
    try:
        return bool(check(value))
    except Exception:  # a check must answer, never raise, whatever the value
        return False
