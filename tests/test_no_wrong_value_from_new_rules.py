"""Inputs a reviewer built against the general rules of 2026-11-27: none may yield an accepted wrong value."""

from __future__ import annotations

from core.models import DocType, FactStatus
from extractors.registry import EXTRACTORS
from tests.test_extract_toolkit import doc, make_page


def _facts(kind: DocType, rows: list) -> dict[str, tuple[object, FactStatus]]:
    return {f.field.split(".", 1)[1]: (f.value, f.status) for f in EXTRACTORS[kind](doc(make_page(rows)))}


def _not_accepted_as(facts: dict, field: str, wrong: object) -> bool:
    value, status = facts.get(field, (None, None))
    return not (value == wrong and status == FactStatus.accepted)


def test_the_signers_name_row_is_not_the_employee() -> None:
    facts = _facts(
        DocType.reference_letter,
        [
            "Acme Trading Limited",
            "Mr Liam Walsh was employed by Acme Trading Limited as Senior Analyst from 1 June 2012.",
            "Yours faithfully,",
            [(40, "Name:"), (120, "Jane Roe")],
        ],
    )
    assert facts["employee_name"][0] == "Liam Walsh"


def test_a_chinese_birth_date_in_october_is_never_the_award_date() -> None:
    facts = _facts(
        DocType.degree,
        ["学生张三，男，一九九六年十月十日生，于本校计算机专业学习，准予毕业。", "二〇一九年六月三十日"],
    )
    assert _not_accepted_as(facts, "award_date", "1996-10-10")


def test_a_centre_name_is_not_the_candidate_beside_a_family_name() -> None:
    facts = _facts(
        DocType.ielts,
        [
            [(40, "Centre Name"), (200, "BRITISH COUNCIL HONG KONG")],
            [(40, "Family Name"), (200, "WONG")],
            [(40, "First Name(s)")],
        ],
    )
    assert _not_accepted_as(facts, "candidate_name", "BRITISH COUNCIL HONG KONG")


def test_a_dated_sentence_near_the_end_does_not_date_the_letter() -> None:
    facts = _facts(
        DocType.reference_letter,
        [
            "Acme Trading Limited",
            "Mr Liam Walsh was employed by us from 1 June 2012 to 31 March 2024 as Analyst.",
            "His final salary was paid on 15 April 2024.",
            "Yours faithfully,",
            "Jane Roe",
            "HR Director",
        ],
    )
    assert _not_accepted_as(facts, "letter_date", "2024-04-15")


def test_currently_based_somewhere_does_not_make_an_old_title_current() -> None:
    facts = _facts(
        DocType.reference_letter,
        [
            "Acme Trading Limited",
            "Mr Liam Walsh joined us on 1 June 2012 as Finance Manager, and he is currently based in our",
            "Hong Kong office. On 1 May 2020 he was promoted to Chief Financial Officer.",
        ],
    )
    assert facts["position"][0] == "Chief Financial Officer"


def test_a_transactions_from_and_to_are_not_the_statement_period() -> None:
    facts = _facts(
        DocType.bank_statement,
        [
            "Example Bank Limited",
            "Statement period: 01/07/2026 - 31/07/2026",
            [(40, "Date"), (120, "Description"), (330, "Withdrawals"), (420, "Deposits"), (510, "Balance")],
            [
                (40, "02/07/2026"),
                (120, "INTEREST FROM 01/06/2026 TO 30/06/2026"),
                (420, "5.00"),
                (510, "105.00"),
            ],
        ],
    )
    assert _not_accepted_as(facts, "statement_start", "2026-06-01")


def test_a_date_under_the_account_label_is_not_the_account_number() -> None:
    facts = _facts(
        DocType.bank_statement,
        ["Example Bank Limited", [(40, "Account No.:")], [(40, "Statement Date 31/07/2026")]],
    )
    assert _not_accepted_as(facts, "account_number_last4", "2026")


def test_the_left_neighbours_date_is_not_the_test_date() -> None:
    facts = _facts(
        DocType.toefl, ["TOEFL iBT Score Report", [(40, "Issue Date: 20 May 2024"), (300, "Test Date")]]
    )
    assert _not_accepted_as(facts, "test_date", "2024-05-20")


def test_award_wording_in_capitals_under_a_title_is_not_the_field() -> None:
    facts = _facts(
        DocType.degree, ["Example University", "BACHELOR OF ENGINEERING", "CONFERRED ON", "15 July 2020"]
    )
    assert _not_accepted_as(facts, "field", "Conferred On")


def test_a_signature_row_opening_with_programme_is_not_the_field() -> None:
    facts = _facts(
        DocType.degree,
        ["Example University", "Master of Science", [(40, "Programme Director"), (330, "Vice-Chancellor")]],
    )
    assert _not_accepted_as(facts, "field", "Director Vice-Chancellor")
