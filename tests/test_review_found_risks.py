"""Inputs a second reviewer built against the rules of families L and M (2026-11-27).

Each document is one the rules of that day read wrongly, with the value accepted, before they were
narrowed; the assertions are the values an experienced reader takes from the page.
"""

from __future__ import annotations

import pytest

from core.models import DocType, FactStatus
from extractors.registry import EXTRACTORS
from tests.test_extract_toolkit import doc, make_page

ACME = "ACME TRADING LIMITED"
TABLE_HEAD = [(40, "Date"), (120, "Description"), (300, "Withdrawal"), (380, "Deposit"), (460, "Balance")]


def _facts(kind: DocType, rows: list) -> dict[str, tuple[object, FactStatus]]:
    return {f.field.split(".", 1)[1]: (f.value, f.status) for f in EXTRACTORS[kind](doc(make_page(rows)))}


def _accepted(facts: dict, field: str) -> object:
    value, status = facts.get(field, (None, None))
    return value if status == FactStatus.accepted else None


def test_a_test_centre_named_above_the_candidate_is_not_the_candidate() -> None:
    facts = _facts(
        DocType.toefl,
        [
            "TOEFL iBT Test Taker Score Report",
            [(40, "Name of Test Center"), (250, "HONG KONG POLYTECHNIC UNIVERSITY")],
            [(40, "Name"), (250, "CHEN XIAOMING")],
            [(40, "Date of Birth (yyyy-mm-dd) 1996-02-14"), (330, "Test Date 2024-03-09")],
            [(40, "Reading"), (250, "27")],
            [(40, "Listening"), (250, "28")],
            [(40, "Speaking"), (250, "24")],
            [(40, "Writing"), (250, "26")],
            [(40, "Total Score"), (250, "105")],
        ],
    )
    assert facts["candidate_name"][0] == "CHEN XIAOMING"
    assert facts["date_of_birth"][0] == "1996-02-14"
    assert facts["total"][0] == 105


@pytest.mark.parametrize("other", ["Name of the College", "Name of Father"])
def test_a_name_label_of_someone_or_something_else_is_not_the_holder(other: str) -> None:
    facts = _facts(
        DocType.transcript,
        [
            "UNIVERSITY OF THE PUNJAB",
            "DETAILED MARKS CERTIFICATE",
            [(40, other), (220, "MUHAMMAD ASLAM")],
            [(40, "Name"), (220, "AHMED ALI")],
            [(40, "Programme"), (220, "Bachelor of Science")],
        ],
    )
    assert facts["holder_name"][0] == "AHMED ALI"


def test_a_form_label_before_the_institution_is_not_part_of_its_name() -> None:
    facts = _facts(
        DocType.transcript,
        [
            "ACADEMIC TRANSCRIPT",
            [(40, "Name of Institution"), (175, "UNIVERSITY OF DHAKA")],
            [(40, "Name of Student"), (175, "RAHIM UDDIN")],
        ],
    )
    assert facts["institution"][0] == "University of Dhaka"


def test_a_birth_date_before_award_wording_is_not_the_award_date() -> None:
    facts = _facts(
        DocType.degree,
        [
            "PEKING UNIVERSITY",
            "This is to certify that Mr. WANG Lei, born on 14 February 1996",
            "graduated from the School of Physics, having studied from September 2014 to June 2018,",
            "and is hereby awarded the degree of Bachelor of Science.",
            "Beijing, 30 June 2018",
        ],
    )
    assert facts["award_date"][0] == "2018-06-30"


@pytest.mark.parametrize(
    "label",
    [
        "Expected Degree Date",
        "Anticipated date of degree",
        "Start date of degree programme",
        "Date of degree enrolment",
        "Commencement of studies",
    ],
)
def test_a_date_that_is_not_the_conferral_is_never_an_accepted_award_date(label: str) -> None:
    facts = _facts(
        DocType.transcript,
        [
            "UNIVERSITY OF MALAYA",
            "ACADEMIC TRANSCRIPT",
            [(40, "Student Name"), (220, "TAN WEI MING")],
            [(40, "Programme"), (220, "Bachelor of Engineering in Civil Engineering")],
            [(40, label), (220, "15 September 2016")],
            [(40, "Date Issued"), (220, "10/01/2021")],
        ],
    )
    assert _accepted(facts, "award_date") is None


def test_a_contract_signed_in_a_city_is_not_the_letters_date() -> None:
    facts = _facts(
        DocType.reference_letter,
        [
            "Nordlicht Logistik GmbH",
            "Überseeallee 10, 20457 Hamburg, Germany",
            "Ms. Anna Schmidt has been employed by Nordlicht Logistik GmbH since 1 March 2018.",
            "Her employment contract was signed in Hamburg on 15 February 2018.",
            "She currently works as Senior Logistics Analyst in our Hamburg office.",
            "Hamburg, 30 June 2024",
        ],
    )
    assert facts["letter_date"][0] == "2024-06-30"
    assert facts["start_date"][0] == "2018-03-01"


def test_sas_in_a_sentence_is_a_companys_name_not_its_legal_form() -> None:
    facts = _facts(
        DocType.reference_letter,
        [
            "To whom it may concern",
            "Mr. Lee Ka Ho has been employed by SAS Institute Inc. since 1 March 2018.",
            "He currently works as Senior Consultant.",
            "Date: 30 June 2024",
        ],
    )
    assert facts["employer"][0] == "SAS Institute Inc."


@pytest.mark.parametrize("label", ["Print Date", "Letter Issue Date"])
def test_a_letter_dated_by_its_print_or_issue_date_keeps_it(label: str) -> None:
    facts = _facts(
        DocType.reference_letter,
        [
            ACME,
            f"{label}: 3 June 2024",
            "Mr. Chan Tai Man has been employed by ACME TRADING LIMITED since 1 March 2018.",
            "He currently works as Senior Accountant.",
        ],
    )
    assert facts["letter_date"][0] == "2024-06-03"


def test_a_date_in_a_career_wide_clause_is_not_the_employment_start() -> None:
    facts = _facts(
        DocType.reference_letter,
        [
            ACME,
            "Date: 3 June 2024",
            "Ms. Lee Ka Yan has been employed by ACME TRADING LIMITED since 1 March 2018.",
            "Since graduating in June 2010 she has worked as Software Engineer in the banking sector.",
            "She is currently our Head of Engineering.",
        ],
    )
    assert facts["start_date"][0] == "2018-03-01"
    assert facts["position"][0] == "Head of Engineering"


def test_a_title_named_after_a_dated_promotion_is_the_later_one() -> None:
    facts = _facts(
        DocType.reference_letter,
        [
            ACME,
            "Date: 3 June 2024",
            "Mr. Chan Tai Man joined ACME TRADING LIMITED on 5 June 2012 as Software Engineer.",
            "He was promoted to Senior Engineer on 1 April 2016 and later to Engineering Manager.",
        ],
    )
    assert facts["position"][0] == "Engineering Manager"
    assert facts["start_date"][0] == "2012-06-05"


def test_a_pound_sign_on_one_transaction_is_not_the_statements_currency() -> None:
    facts = _facts(
        DocType.bank_statement,
        [
            "Hang Seng Bank",
            [(40, "Account holder"), (250, "CHAN TAI MAN")],
            [(40, "Account number"), (250, "123-456789-001")],
            TABLE_HEAD,
            [(40, "01/08/2024"), (120, "Balance brought forward"), (460, "10,000.00")],
            [(40, "09/08/2024"), (120, "AMAZON UK £25.00"), (300, "262.50"), (460, "9,737.50")],
            [(40, "31/08/2024"), (120, "Closing balance"), (460, "9,737.50")],
        ],
    )
    assert _accepted(facts, "currency") != "GBP"
