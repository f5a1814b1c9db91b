# ruff: noqa: E501 (the documents' lines are kept as the reviewer wrote them)
"""Tenth review of 2026-11-28: inputs on which the rules added in f6aed05..bdb1554 (a bracketed line
under a title with its own "in Y" as the field for review; the "Dr"/"Cr"/"Bal" and Cyrillic column
headings and the turnover rows; 至 D 离职; a list of posts "A、B" giving the last; a company line
starting with 致 or over a 様/殿 line as the addressee; the Chinese half of a bilingual name label
dropped on a PRC identity card) accepted a wrong value or lost a value read before, checked against
bdb1554, base f6aed05.

A reviewer helper built these cases against bdb1554 and ran each on f6aed05 too; each case names the
field under attack and its right value (None: nothing may be accepted). REGRESSIONS are values the
code read right, and accepted, on f6aed05: they must stay so. Elsewhere a right value may still be
missing or under review; what may never happen is a wrong one accepted.

The unlabelled TOEFL "SURNAME, Given names" only ever sends its value to review, and the Chinese duty
hints (带领…团队, 向总经理汇报) alone never accept a senior role; the tries at "programme of study in",
"Full Name", adjacent "Nom"/"Prénom" headings, a company over its seal mark and dates before "BS"
gave no finding.

All eleven were fixed: a bracket under a title replaces the title's field only when it shares a word
with it (a branch, "(Electrical Power and Machines Engineering)" under "in Engineering"), never
"(Duplicate Certificate)" or "(Conferred in absentia)"; "turnover" marks a summary row only when it
opens the row; "Dr" and "Cr" head columns only on a row that also heads a balance column; an end
date followed by 现任 (employed again, or a predecessor's leaving) is no end; posts joined by 、 give
the last only when held in turn (先后担任), else the first, and the chosen one must end like a job; a
company opening with 致 is an addressee only as "致："; a PRC ID translation's name stops at the next
field's Chinese label.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_review_found_risks_2 import case_params, check_case

HEAD = [(40, "Date"), (120, "Description"), (300, "Withdrawals"), (380, "Deposits"), (460, "Balance")]

CASES = [
    # --- 1. academic.py: a bracketed line under a title that has its own field ---------------------
    (
        "N1 a reissued certificate: 'Master of Science in Advanced Computer Science' over '(Duplicate Certificate)', the note taken as the field and the title's own field dropped to review",
        "degree",
        [
            "THE UNIVERSITY OF MANCHESTER",
            "This is to certify that",
            "Priya Raghavan",
            "was admitted to the degree of Master of Science in Advanced Computer Science",
            "(Duplicate Certificate)",
            "on 14 December 2021",
        ],
        "field",
        "Advanced Computer Science",
    ),
    (
        "N2 a degree conferred in absentia: '(Conferred in absentia)' under 'Bachelor of Science in Mathematics' taken as the field",
        "degree",
        [
            "NATIONAL UNIVERSITY OF SINGAPORE",
            "This is to certify that",
            "Tan Wei Ming",
            "was conferred the degree of Bachelor of Science in Mathematics",
            "(Conferred in absentia)",
            "on 8 July 2020",
        ],
        "field",
        "Mathematics",
    ),
    # --- 2. bank_statement.py: "turnover" rows, "Dr"/"Cr" headings ----------------------------------
    (
        "N3 a shop owner's statement paying 'TURNOVER RENT MAY 2026': the payment taken for a summary row, so the statement no longer adds up",
        "bank_statement",
        [
            "HANG SENG BANK LIMITED",
            [(40, "Account holder"), (250, "LEUNG KA WAI")],
            [(40, "Account number"), (250, "289-123456-001")],
            "Statement period: 1 June 2026 - 30 June 2026",
            HEAD,
            [(40, "01/06/2026"), (120, "BALANCE B/F"), (460, "186,420.50")],
            [(40, "03/06/2026"), (120, "SALARY ACME LTD"), (380, "48,000.00"), (460, "234,420.50")],
            [(40, "05/06/2026"), (120, "TURNOVER RENT MAY 2026"), (300, "12,380.00"), (460, "222,040.50")],
            [(40, "18/06/2026"), (120, "CREDIT CARD PAYMENT"), (300, "6,215.30"), (460, "215,825.20")],
            [(40, "30/06/2026"), (120, "CLOSING BALANCE"), (460, "215,825.20")],
        ],
        "adds_up",
        True,
    ),
    (
        "N4a a payment whose description runs on to 'Dr Lee Dental deposit': 'Dr' and 'deposit' taken for a new table's headings, and the check lost",
        "bank_statement",
        [
            "HANG SENG BANK LIMITED",
            [(40, "Account holder"), (250, "LEUNG KA WAI")],
            [(40, "Account number"), (250, "289-123456-001")],
            "Statement period: 1 June 2026 - 30 June 2026",
            HEAD,
            [(40, "01/06/2026"), (120, "BALANCE B/F"), (460, "186,420.50")],
            [(40, "03/06/2026"), (120, "SALARY ACME LTD"), (380, "48,000.00"), (460, "234,420.50")],
            [(40, "05/06/2026"), (120, "FPS PAYMENT"), (300, "3,000.00"), (460, "231,420.50")],
            [(120, "Dr Lee Dental deposit")],
            [(40, "18/06/2026"), (120, "CREDIT CARD PAYMENT"), (300, "6,215.30"), (460, "225,205.20")],
            [(40, "30/06/2026"), (120, "CLOSING BALANCE"), (460, "225,205.20")],
        ],
        "adds_up",
        True,
    ),
    (
        "N4b ... and its closing balance drops to review",
        "bank_statement",
        "N4a",
        "closing_balance",
        225205.20,
    ),
    # --- 3. chinese_letter.py: 至 D 离职 ------------------------------------------------------------
    (
        "N5 a returning employee, '至2017年6月30日离职；后于2019年1月2日重新入职，现任…': the first leaving taken as the end of a current job",
        "reference_letter",
        [
            "工作证明",
            "兹证明张伟（身份证号：110101198803078512）于2015年3月1日入职我公司，",
            "至2017年6月30日离职；后于2019年1月2日重新入职，现任高级软件工程师。",
            "特此证明。",
            "北京星辰科技有限公司（盖章）",
            "2026年5月6日",
        ],
        "end_date",
        None,
    ),
    (
        "N6 an 在职证明 naming the predecessor, '接替原财务经理（任职至2019年2月28日离职）的工作，现任财务经理': the predecessor's leaving taken as the holder's end date",
        "reference_letter",
        [
            "在职证明",
            "兹证明李娜（身份证号：110101199003078527）自2019年3月1日起在我公司工作，",
            "接替原财务经理（任职至2019年2月28日离职）的工作，现任财务经理。",
            "特此证明。",
            "上海云海贸易有限公司（盖章）",
            "2026年5月6日",
        ],
        "end_date",
        None,
    ),
    # --- 4. chinese_letter.py: a list of posts "A、B" gives the last ---------------------------------
    (
        "N7a '现任车间技术员、兼任工会小组长' (a concurrent union post): '兼任工会小组长' taken as the post",
        "reference_letter",
        [
            "在职证明",
            "兹证明李娜（身份证号：110101199003078527）自2019年3月1日起在我公司工作至今，",
            "现任车间技术员、兼任工会小组长。",
            "特此证明。",
            "上海云海贸易有限公司（盖章）",
            "2026年5月6日",
        ],
        "position",
        "车间技术员",
    ),
    (
        "N7b ... and the technician accepted as senior for the union group leader's 组长",
        "reference_letter",
        "N7a",
        "senior_role",
        False,
    ),
    # --- 5. reference_letter.py: _addressee ---------------------------------------------------------
    (
        "N8 a letterhead company whose name starts with 致 ('致远互联软件股份有限公司'): taken for the addressee '致…', and the employer lost",
        "reference_letter",
        [
            "致远互联软件股份有限公司",
            "北京市海淀区北四环西路68号",
            "在职证明",
            "兹证明王磊（身份证号：110101198805126513）自2017年7月1日起在我公司工作至今，现任高级产品经理。",
            "特此证明。",
            "2026年5月6日",
        ],
        "employer",
        "致远互联软件股份有限公司",
    ),
    # --- 6. prc_id_card.py: the Chinese half of a bilingual label dropped --------------------------
    (
        "N9 an ID card translation's row 'Name 姓名 | 张伟 | Sex 性别 | 男': with 姓名 dropped the run '张伟性别男' fits a name and is accepted",
        "prc_id_card",
        [
            "Translation of Resident Identity Card",
            [(40, "Name 姓名"), (150, "张伟"), (300, "Sex 性别"), (400, "男")],
            [(40, "Citizen ID No. 公民身份号码"), (200, "110101199003078515")],
        ],
        "name",
        "张伟",
    ),
]

# Values the extractors read right (and accepted) on f6aed05: they must stay so.
REGRESSIONS = {"N1", "N2", "N3", "N4a", "N4b", "N8", "N9"}


@pytest.mark.parametrize(**case_params(CASES))
def test_no_wrong_value_accepted_and_nothing_lost(name: str, kind: str, field: str, right: Any) -> None:
    check_case(CASES, REGRESSIONS, name, kind, field, right)
