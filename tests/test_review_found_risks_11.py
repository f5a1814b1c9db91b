# ruff: noqa: E501 (the documents' lines are kept as the reviewer wrote them)
"""Eleventh review of 2026-11-28: inputs on which the rules added in 52eb848..1c29bff (a colon ends a
multi-word label; "McCANN"/"MacLEOD" count as capitals in a holder's name run; a lone capitalised
word with a full stop on the line under a title's "in X" appended to the field; 我行/本行/我所/本所
stripped before a post; a branch after a Chinese company's legal form) accepted a wrong value or lost
a value read before, checked against 1c29bff, base 52eb848.

A reviewer helper built these cases against 1c29bff and ran each on 52eb848 too; each case names the
field under attack and its right value (None: nothing may be accepted). REGRESSIONS are values the
code read right, and accepted, on 52eb848: they must stay so. Elsewhere a right value may still be
missing or under review; what may never happen is a wrong one accepted.

The tries at bilingual colon labels (姓名： Name:, IELTS "Sex (M/F):"), 我行 before a post and a bank
branch after 股份有限公司 gave no finding.

All five were fixed: a holder's name in capitals ends before a mixed-case word after "McCANN" as
after any word in capitals; a word on the next line completes a title's field only when the field
ends in two modifiers joined by "and" ("Electrical and Computer" / "Engineering."), never after a
whole field ("in Economics" / "Honours.", "in Nursing" / "Nairobi.").
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_review_found_risks_2 import case_params, check_case


def _bank(holder_rows: list) -> list:
    return [
        [(40, "Antrim & Down Bank plc"), (380, "Current Account Statement")],
        *holder_rows,
        [(40, "BELFAST"), (330, "Account number"), (450, "40615528")],
        [(40, "Statement period 28 August 2026 to 27 September 2026")],
        [
            (40, "Date"),
            (100, "Payment type and details"),
            (330, "Paid out"),
            (410, "Paid in"),
            (490, "Balance"),
        ],
        [(40, "28 Aug"), (100, "BALANCE BROUGHT FORWARD"), (490, "6,248.37")],
        [(40, "01 Sep"), (100, "FPI BELFAST HARBOUR SALARY"), (410, "3,912.44"), (490, "10,160.81")],
        [(40, "27 Sep"), (100, "BALANCE CARRIED FORWARD"), (490, "10,160.81")],
    ]


CASES = [
    # --- 1. bank_statement.py: "McCANN" in a name run in capitals -----------------------------------
    (
        "R1 'MR SEAN McCANN Rosemount Gardens': after the mixed-case 'McCANN' the capitals check no longer stops the run, the street taken into the holder's name",
        "bank_statement",
        _bank([[(40, "MR SEAN McCANN Rosemount Gardens"), (330, "Statement date"), (450, "29 Sep 2026")]]),
        "holder_name",
        "SEAN McCANN",
    ),
    (
        "R2 'Customer: AOIFE MARIE McCANN Flat 2, 14 Lisburn Road': 'Flat' taken into the holder's name after 'McCANN'",
        "bank_statement",
        _bank([[(40, "Customer: AOIFE MARIE McCANN Flat 2, 14 Lisburn Road")]]),
        "holder_name",
        "AOIFE MARIE McCANN",
    ),
    # --- 2. academic.py: a lone "Word." under a title ending in its field -------------------------
    (
        "R3 'Bachelor of Science in Economics' over 'Honours.': the class of the degree appended to the field",
        "degree",
        [
            "UNIVERSITY OF LAGOS",
            "This is to certify that",
            "Adebayo Oluwaseun Adeyemi",
            "having satisfied the requirements was awarded the degree of Bachelor of Science in Economics",
            "Honours.",
            "on 14 December 2019",
        ],
        "field",
        "Economics",
    ),
    (
        "R4 'Bachelor of Engineering in Civil Engineering' over 'Distinction.': the division appended to the field",
        "degree",
        [
            "UNIVERSITY OF MUMBAI",
            "This is to certify that",
            "Priya Raghavan",
            "was admitted to the degree of Bachelor of Engineering in Civil Engineering",
            "Distinction.",
            "on 14 December 2019",
        ],
        "field",
        "Civil Engineering",
    ),
    (
        "R5 'Bachelor of Science in Nursing' over the place of award 'Nairobi.': the city appended to the field",
        "degree",
        [
            "UNIVERSITY OF NAIROBI",
            "This is to certify that",
            "WANJIRU GRACE MUTHONI",
            "was admitted to the degree of Bachelor of Science in Nursing",
            "Nairobi.",
            "12 December 2019",
        ],
        "field",
        "Nursing",
    ),
]

REGRESSIONS = {"R3", "R4", "R5"}


@pytest.mark.parametrize(**case_params(CASES))
def test_no_wrong_value_accepted_and_nothing_lost(name: str, kind: str, field: str, right: Any) -> None:
    check_case(CASES, REGRESSIONS, name, kind, field, right)
