"""Money as statements print it."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.amounts import Amount, currency_code, find_amounts, find_currency, parse_amount


@pytest.mark.parametrize(
    ("text", "value", "style"),
    [
        ("1,234.56", "1234.56", "en"),
        ("1.234,56", "1234.56", "eu"),
        ("1,23,456.78", "123456.78", "in"),
        ("18,45,320.55", "1845320.55", "in"),
        ("(1,234.56)", "-1234.56", "en"),
        ("1,234.56 DR", "-1234.56", "en"),
        ("1,234.56 CR", "1234.56", "en"),
        ("-150,64", "-150.64", "eu"),
        ("1,234.56-", "-1234.56", "en"),
        ("500.00", "500.00", "en"),
    ],
)
def test_formats(text: str, value: str, style: str) -> None:
    amount = parse_amount(text)
    assert amount is not None and amount.value == Decimal(value) and amount.style == style


@pytest.mark.parametrize("text", ["abc", "1,2,3", "(12.00", "1.234.5,6,7", ""])
def test_not_amounts(text: str) -> None:
    assert parse_amount(text) is None


def test_amounts_in_a_row_skip_dates_and_references() -> None:
    row = "13.09.2026 Bargeldauszahlung Geldautomat 126,50 27.393,79"
    assert [a.value for a in find_amounts(row)] == [Decimal("126.50"), Decimal("27393.79")]


@pytest.mark.parametrize(
    ("text", "code"), [("HK$", "HKD"), ("€", "EUR"), ("EUR", "EUR"), ("US Dollar", "USD"), ("RMB", "CNY")]
)
def test_currency_codes(text: str, code: str) -> None:
    assert currency_code(text) == code


def test_unknown_currency() -> None:
    assert currency_code("XYZ") is None
    assert find_currency("Currency: HKD") == "HKD"


@given(st.text(max_size=40))
def test_parse_never_raises(text: str) -> None:
    result = parse_amount(text)
    assert result is None or isinstance(result, Amount)


@given(st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False, allow_infinity=False))
def test_round_trip_of_english_grouping(value: Decimal) -> None:
    text = f"{abs(value):,.2f}" + (" DR" if value < 0 else "")
    parsed = parse_amount(text)
    assert parsed is not None and parsed.value == value


@given(st.text(max_size=40))
def test_currency_never_raises(text: str) -> None:
    assert currency_code(text) is None or len(currency_code(text) or "") == 3


def test_a_trailing_plus_is_a_credit_and_a_trailing_minus_a_debit() -> None:
    assert parse_amount("8,650.00+").value == Decimal("8650.00")
    assert parse_amount("245.30-").value == Decimal("-245.30")
    assert [a.value for a in find_amounts("SALARY 8,650.00+ ATM 500.00-")] == [
        Decimal("8650.00"),
        Decimal("-500.00"),
    ]


@pytest.mark.parametrize(
    ("text", "code"), [("₦", "NGN"), ("₺", "TRY"), ("฿", "THB"), ("RM", "MYR"), ("Rp", "IDR")]
)
def test_more_currency_symbols(text: str, code: str) -> None:
    assert currency_code(text) == code


def test_an_amount_after_a_naira_sign_reads() -> None:
    assert parse_amount("₦2,928,374.50").value == Decimal("2928374.50")
