"""Bank-statement rules that hold whatever the issuer: grouping, account numbers, headings."""

from __future__ import annotations

from typing import Any

from core.models import DocType
from extractors.bank_statement import extract_bank_statement, merge_spaced_amounts
from extractors.registry import EXTRACTORS
from tests.test_extract_toolkit import doc, make_page


def _facts(rows: list) -> dict[str, object]:
    return {f.field: f.value for f in EXTRACTORS[DocType.bank_statement](doc(make_page(rows)))}


def test_space_grouped_amounts_become_one_word_but_neighbouring_columns_do_not() -> None:
    page = make_page([[(40, "02.07"), (120, "Czynsz"), (330, "-2 150,00"), (460, "21 268,90")]])
    words = [w.text for w in merge_spaced_amounts(page).words]
    assert "-2 150,00" in words and "21 268,90" in words
    assert "02.07" in words  # a date beside an amount stays a word of its own


def test_a_statements_own_number_is_not_read_as_the_account() -> None:
    facts = _facts(
        [
            "Bank Example S.A.",
            "Account statement nr 7/2026",
            [(40, "Account:"), (220, "PL61 1090 1014 0000 0712 1981 2874")],
        ]
    )
    assert facts["bank_statement.account_number_last4"] == "2874"


def test_a_summary_row_with_debit_and_credit_words_is_not_a_table_heading() -> None:
    rows = [
        "STRAITS EXAMPLE BANK BERHAD",
        [(40, "Tarikh"), (110, "Butiran / Description"), (360, "Amaun (RM)"), (470, "Baki (RM)")],
        [(40, "01/09"), (110, "BAKI AWAL / OPENING BALANCE"), (470, "15,482.90")],
        [(40, "03/09"), (110, "IBG PAYMENT"), (360, "245.30-"), (470, "15,237.60")],
        [(40, "15/09"), (110, "SALARY CREDIT"), (360, "8,650.00+"), (470, "23,887.60")],
        [(40, "30/09"), (110, "BAKI AKHIR / CLOSING BALANCE"), (470, "23,887.60")],
        "JUMLAH DEBIT / TOTAL DEBIT 245.30      JUMLAH KREDIT / TOTAL CREDIT 8,650.00",
    ]
    facts = _facts(rows)
    assert float(facts["bank_statement.closing_balance"]) == 23887.60
    assert facts["bank_statement.adds_up"] is True
    assert facts["bank_statement.currency"] == "MYR"


def test_in_and_out_in_a_sentence_head_no_table() -> None:
    from extractors.bank_statement import _accounts

    page = make_page(
        [
            "Example Bank Limited",
            "Money paid in and out of this account is listed below.",
            [(40, "Date"), (120, "Description"), (330, "Withdrawals"), (420, "Deposits"), (510, "Balance")],
            [(40, "01/07/2026"), (120, "Opening balance"), (510, "100.00")],
            [(40, "02/07/2026"), (120, "Salary"), (420, "50.00"), (510, "150.00")],
        ]
    )
    assert len(_accounts(page)) == 1


def _statement_with_period(period_row: list[Any]) -> dict[str, Any]:
    rows = [
        "Meezan Bank Limited",
        "STATEMENT OF ACCOUNT",
        [(40, "Account Title"), (170, "MR HAMZA TARIQ")],
        period_row,
        [(40, "Print Date"), (170, "02/09/26 10:14")],
    ]
    return {
        f.field.removeprefix("bank_statement."): f.value for f in extract_bank_statement(doc(make_page(rows)))
    }


def test_a_period_in_two_digit_years_reads_the_one_way_it_can() -> None:
    facts = _statement_with_period([(40, "Period"), (170, "01/08/26 to 31/08/26")])
    assert (facts["statement_start"], facts["statement_end"]) == ("2026-08-01", "2026-08-31")


def test_a_two_digit_year_period_that_reads_both_ways_is_left_alone() -> None:
    facts = _statement_with_period([(40, "Period"), (170, "01/08/26 to 02/09/26")])
    assert "statement_start" not in facts


def test_a_statement_labelled_with_one_month_covers_the_month() -> None:
    facts = _statement_with_period([(40, "PERIODE"), (170, ": JULI 2026")])
    assert (facts["statement_start"], facts["statement_end"]) == ("2026-07-01", "2026-07-31")
    facts = _statement_with_period([(40, "Statement Period"), (170, "February 2024")])
    assert (facts["statement_start"], facts["statement_end"]) == ("2024-02-01", "2024-02-29")


INTEGRATED = [
    "KOWLOON PACIFIC BANK LIMITED",
    "Integrated Account Statement",
    [(40, "MR CHEUNG KA HO")],
    [(40, "Statement Period"), (200, "01/10/2026 - 31/10/2026")],
    "HKD Savings 012-345-6-789123",
    [(40, "Date"), (100, "Transaction Details"), (300, "Deposit"), (390, "Withdrawal"), (480, "Balance")],
    [(40, "01 Oct"), (100, "B/F BALANCE"), (480, "152,480.36")],
    [(40, "02 Oct"), (100, "PAYROLL"), (300, "68,500.00"), (480, "220,980.36")],
    [(40, "03 Oct"), (100, "AUTOPAY RENT"), (390, "12,300.00"), (480, "208,680.36")],
    [(40, "31 Oct"), (100, "C/F BALANCE"), (480, "208,680.36")],
    "",
    "USD Savings 012-345-6-789131",
    [(40, "Date"), (100, "Transaction Details"), (300, "Amount (+/-)"), (480, "Balance")],
    [(40, "01 Oct"), (100, "B/F BALANCE"), (480, "25,310.00")],
    [(40, "09 Oct"), (100, "TT IN"), (300, "5,000.00"), (480, "30,310.00")],
    [(40, "31 Oct"), (100, "C/F BALANCE"), (480, "30,310.00")],
]


def test_a_table_ends_where_the_next_accounts_table_is_headed() -> None:
    facts = {
        f.field.removeprefix("bank_statement."): f for f in extract_bank_statement(doc(make_page(INTEGRATED)))
    }
    assert facts["closing_balance"].value == 208680.36
    assert facts["adds_up"].value is True  # the USD table's 5,000.00 is not the HKD account's deposit


def test_an_account_named_by_its_product_and_number_gives_the_last_digits() -> None:
    facts = {
        f.field.removeprefix("bank_statement."): f for f in extract_bank_statement(doc(make_page(INTEGRATED)))
    }
    assert facts["account_number_last4"].value == "9123"


def test_a_masked_number_under_its_label_gives_the_last_digits() -> None:
    rows = [
        "VICTORIA HARBOUR SAVINGS BANK LIMITED",
        [(40, "Account"), (200, "Account No."), (330, "Currency"), (420, "Balance")],
        [(40, "Savings"), (200, "***-***-4417"), (330, "HKD"), (420, "268,944.87")],
    ]
    facts = {f.field.removeprefix("bank_statement."): f for f in extract_bank_statement(doc(make_page(rows)))}
    assert facts["account_number_last4"].value == "4417"


def test_a_phone_number_after_a_product_word_is_no_account() -> None:
    rows = ["HARBOUR BANK LIMITED", "Savings enquiries hotline 852-2233-4455-66"]
    facts = {f.field.removeprefix("bank_statement."): f for f in extract_bank_statement(doc(make_page(rows)))}
    assert "account_number_last4" not in facts
