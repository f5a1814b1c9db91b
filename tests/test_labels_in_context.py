"""A label is read for what its neighbours make of it: qualified, inside prose, or the current title."""

from __future__ import annotations

from typing import Any

from core.models import DocType, FactStatus
from extractors.registry import EXTRACTORS
from extractors.text_fields import parse_day, value_near
from tests.test_extract_toolkit import doc, make_page


def _facts(kind: DocType, rows: list) -> dict[str, object]:
    return {f.field.split(".", 1)[1]: f.value for f in EXTRACTORS[kind](doc(make_page(rows)))}


def test_a_qualified_label_is_not_the_label() -> None:
    page = make_page(
        [
            "valid for two years from the test date.",
            [(40, "Previous Test Date"), (200, "14/SEP/2024")],
            [(40, "Test Date"), (200, "08/MAR/2025")],
        ]
    )
    found = value_near([page], ("Test Date",), parse_day, ("right", "below"))
    assert found is not None and found.value == "2025-03-08"


def test_the_title_held_now_wins_over_an_earlier_promotion() -> None:
    facts = _facts(
        DocType.reference_letter,
        [
            "VERTEX EXAMPLE SOLUTIONS PVT. LTD.",
            "Date: 14th August 2026",
            "This is to certify that Mr. Rohan Mehta has been working with us from 2nd June 2014 till date.",
            "He joined us as a Software Engineer, was promoted to Technical Lead on 1st April 2018",
            "and to Delivery Manager on 1st October 2022, the position he currently holds.",
        ],
    )
    assert facts["position"] == "Delivery Manager"
    assert facts["letter_date"] == "2026-08-14"


def test_a_chinese_letter_is_dated_by_its_signature_not_by_the_start_of_employment() -> None:
    facts = _facts(
        DocType.reference_letter,
        [
            "在职证明",
            "兹证明 张晓峰 先生自2015年7月6日起在我公司工作至今。",
            "This is to certify that Mr. ZHANG Xiaofeng has been employed by our company since",
            "July 6, 2015. Since April 2019 he has been a Senior Engineer in the R&D Department.",
            [(330, "Example Technology Co., Ltd.")],
            [(330, "September 10, 2026")],
        ],
    )
    assert facts["letter_date"] == "2026-09-10"
    assert facts["position"] == "Senior Engineer"


def test_the_unit_after_of_the_is_not_part_of_the_title() -> None:
    facts = _facts(
        DocType.reference_letter,
        [
            "Example Investment Management Co., Ltd.",
            "This is to certify that Ms. ZHAO Min worked for our company from 1 March 2016 to",
            "31 December 2024 as Finance Manager of the Finance Department.",
        ],
    )
    assert facts["position"] == "Finance Manager"


def _both_scales(total: str) -> dict[str, Any]:
    rows = [
        "TOEFL iBT Score Report: the new 1-6 band scale, with 0-120 scores for comparison",
        [(40, "Section"), (200, "Band (1-6)"), (330, "Score (0-30)")],
        [(40, "Reading"), (200, "6.0"), (330, "29")],
        [(40, "Listening"), (200, "5.5"), (330, "28")],
        [(40, "Speaking"), (200, "5.0"), (330, "26")],
        [(40, "Writing"), (200, "5.5"), (330, "27")],
        [(40, "Overall"), (200, "5.5"), (330, total)],
    ]
    return {f.field: f for f in EXTRACTORS[DocType.toefl](doc(make_page(rows)))}


def test_a_toefl_report_printing_both_scales_reads_the_bands_for_review_and_keeps_the_0_120_figures() -> None:
    facts = _both_scales("110 / 120")
    assert (facts["toefl.reading"].value, facts["toefl.scale"].value) == (6.0, "1-6")
    assert facts["toefl.reading"].status == FactStatus.needs_review  # which scale counts is a person's call
    assert (facts["toefl.comparable_reading"].value, facts["toefl.comparable_total"].value) == (29, 110)


def test_0_120_figures_that_do_not_add_up_are_not_kept() -> None:
    facts = _both_scales("111 / 120")
    assert facts["toefl.scale"].value == "1-6"
    assert "toefl.comparable_total" not in facts  # 29 + 28 + 26 + 27 is not 111


def test_an_issue_date_over_a_graduate_program_line_is_not_the_award() -> None:
    facts = _facts(
        DocType.transcript,
        [
            "UNIVERSITY OF EXAMPLE",
            [(40, "Date Issued:"), (140, "04/27/2026")],
            "Graduate Program: Computer Science - MS",
            "DEGREES AWARDED",
            [(40, "Master of Science"), (220, "Computer Science"), (400, "05/14/2017")],
        ],
    )
    assert facts["award_date"] == "2017-05-14"


def test_an_appointment_names_the_last_substantive_title() -> None:
    facts = _facts(
        DocType.reference_letter,
        [
            "Example Water plc",
            "I confirm that Olivia Hughes was employed by Example Water plc from 1 September 2014 until",
            "31 January 2025. She joined as a Graduate Engineer, became a Process Engineer in August 2016",
            "and was appointed Senior Process Engineer in April 2020, the post she held until she left.",
        ],
    )
    assert facts["position"] == "Senior Process Engineer"


def test_lower_case_words_tight_after_a_label_continue_it_and_the_value_follows_the_gap() -> None:
    page = make_page([[(40, "Name in Full"), (200, "DILAN KAVINDA PERERA")]])
    found = value_near([page], ("Name",), lambda words: (" ".join(w.text for w in words), words), ("right",))
    assert found is not None and found.value == "DILAN KAVINDA PERERA"


def test_a_longer_label_that_names_something_else_is_not_the_name() -> None:
    facts = _facts(
        DocType.toefl,
        [
            "TOEFL iBT Test Taker Score Report",
            [(40, "Name of Test Center"), (240, "HONG KONG POLYTECHNIC UNIVERSITY")],
            [(40, "Name"), (240, "CHEN XIAOMING")],
            [(40, "Date of Birth (DD/MM/YYYY)"), (240, "12/03/1995")],
            [(40, "Test Date"), (240, "05/06/2023")],
        ],
    )
    assert facts["candidate_name"] == "CHEN XIAOMING"
    assert facts.get("date_of_birth") in (None, "1995-03-12")


def test_a_form_that_names_the_title_field_twice_gives_the_title_alone() -> None:
    facts = _facts(
        DocType.reference_letter,
        [
            "KAROO EXAMPLE ASSURANCE LIMITED",
            "CERTIFICATE OF SERVICE",
            [(40, "Full name of employee"), (240, "Lerato Palesa Mokoena")],
            [(40, "Job title / occupation"), (240, "Actuarial Analyst")],
            [(40, "Date of commencement"), (240, "2017/02/01")],
        ],
    )
    assert facts["position"] == "Actuarial Analyst"
    assert facts["employee_name"] == "Lerato Palesa Mokoena"


def test_the_title_abbreviation_on_its_own_line_is_not_the_field() -> None:
    facts = _facts(
        DocType.degree,
        ["Example University", "This is to certify that", "NIAMH O'SULLIVAN", "was admitted to the degree of",
         "Master of Science", "(MSc)", "in Data Analytics"],
    )  # fmt: skip
    assert facts["field"] == "Data Analytics"


def test_a_pound_sign_on_the_amounts_names_the_statement_currency() -> None:
    facts = _facts(
        DocType.bank_statement,
        [
            "Example Bank plc",
            [(40, "Account number"), (200, "60913348")],
            [(40, "Balance on 1 August 2026"), (300, "£3,412.87")],
            [(40, "Balance on 31 August 2026"), (300, "£5,281.68")],
        ],
    )
    assert facts["currency"] == "GBP"
