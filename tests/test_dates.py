"""Dates as documents print them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.dates import ParsedDate, find_dates, parse_date, to_iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("14 MAR 1988", "1988-03-14"),
        ("08/NOV/2025", "2025-11-08"),
        ("1 March 2019", "2019-03-01"),
        ("March 2019", "2019-03"),
        ("01/03/2019", "2019-03-01"),
        ("01.03.2019", "2019-03-01"),
        ("2019-03-01", "2019-03-01"),
        ("2025年06月15日", "2025-06-15"),
        ("2024 年 11 月 17 日", "2024-11-17"),
        ("November 2, 1992", "1992-11-02"),
        ("this 14th day of June 2012", "2012-06-14"),
        ("Sept. 2010", "2010-09"),
    ],
)
def test_formats(text: str, iso: str) -> None:
    assert to_iso(text) == iso


def test_month_precision_is_marked() -> None:
    parsed = parse_date("since September 2010")
    assert parsed is not None and parsed.precision == "month" and parsed.as_date() is None


def test_us_order_on_request() -> None:
    assert to_iso("03/01/2019", day_first=False) == "2019-03-01"


def test_impossible_dates_are_not_dates() -> None:
    assert parse_date("31/02/2019") is None
    assert parse_date("Page 1 of 2") is None


def test_a_period_gives_both_ends() -> None:
    assert [d.value for d in find_dates("01 Aug 2026 to 31 Aug 2026")] == ["2026-08-01", "2026-08-31"]


@given(st.text(max_size=60))
def test_never_raises(text: str) -> None:
    result = parse_date(text)
    assert result is None or isinstance(result, ParsedDate)


def test_numeric_order_is_settled_by_a_date_that_reads_only_one_way() -> None:
    from extractors.dates import numeric_order

    assert numeric_order("Conferred 05/18/2018, printed 05/08/2019") == (False, True)
    assert numeric_order("Issued 25.01.2018") == (True, False)
    assert numeric_order("05/08/2018 only") == (False, False)
    assert numeric_order("25.01.2018 and 11/23/1996") == (True, True)
