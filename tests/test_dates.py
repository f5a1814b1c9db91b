"""Dates as documents print them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.dates import ParsedDate, find_dates, parse_date, rewrite_dates, to_iso


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


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("测试时间 二〇一九年六月十五日", "2019-06-15"),
        ("二〇二一年三月二十五日", "2021-03-25"),
        ("was on the twenty-eighth day of June 2019 admitted", "2019-06-28"),
        ("the twenty-second day of May, in the year of Our Lord two thousand and sixteen", "2016-05-22"),
        ("from the 4th of February 2019", "2019-02-04"),
        ("01 Agustus 2026", "2026-08-01"),
        ("15. März 2024", "2024-03-15"),
        ("02 Mei 2020", "2020-05-02"),
    ],
)
def test_dates_written_out_or_in_other_languages_are_rewritten_and_read(text: str, iso: str) -> None:
    rewritten = rewrite_dates(text)
    assert len(rewritten) == len(text)  # offsets found in the rewrite still index the original
    assert [d.value for d in find_dates(rewritten)][:1] == [iso]


def test_a_foreign_month_word_away_from_a_date_is_left_alone() -> None:
    assert rewrite_dates("Mars 2019 mission") == "Mars 2019 mission"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("14 de febrero de 1996", "1996-02-14"),
        ("Warszawa, 3 lipca 2020 r.", "2020-07-03"),
        ("5. května 2019", "2019-05-05"),
    ],
)
def test_months_with_their_prepositions_and_cases_read(text: str, iso: str) -> None:
    assert [d.value for d in find_dates(rewrite_dates(text))][:1] == [iso]


def test_a_month_name_two_languages_disagree_on_is_never_read() -> None:
    # "listopada" is November in Polish and October in Croatian: better no date than a wrong one.
    assert find_dates(rewrite_dates("Zagreb, 3. listopada 2024.")) == []


def test_the_month_names_file_names_its_source() -> None:
    import yaml

    from extractors.dates import MONTH_NAMES_FILE

    data = yaml.safe_load(MONTH_NAMES_FILE.read_text(encoding="utf-8"))
    assert "CLDR" in data["source"] and data["date"]
