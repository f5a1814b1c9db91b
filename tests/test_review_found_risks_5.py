# ruff: noqa: E501 (the documents' lines are kept as the reviewer wrote them)
"""Fifth review of 2026-11-27: inputs on which the rules added after the fourth review (commits
457fbfe to 9094209: 'joined on D and worked as X ... until D', 'Current Job Title' and 'Original /
Most Recent Hire Date', 'Sp. z o.o.', two-digit-year and one-month statement periods, a name part in
mixed case under its own label, a middle name only right of its label or right under it, 'NIL' /
'N/A' / '-' leaving a part blank, captions-under-values grids of rows of the same cells none
labelling itself, a value under a narrow label read as its whole cell, the labelled employer that
must look like a company, period rows without a job word, the Hangul address as a fallback, a
CJK-labelled row's date, '_SENTENCE_VERB' for title labels, 'since D has been our X', the
patronymic in the other parts' column, the English half of a two-language field and a place after an
institution's comma) or older rules they reach accepted a wrong value or lost a value read before,
checked against 9094209.

A reviewer helper built these cases against 9094209 and ran each on 1b32774 too; each case names the
field under attack and its right value (None: nothing may be accepted). REGRESSIONS are values the
code read right, and accepted, on 1b32774: they must stay so. Elsewhere a right value may still be
missing or under review; what may never happen is a wrong one accepted.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_review_found_risks_2 import case_params, check_case

BANDS = [(40, "Listening"), (130, "Reading"), (220, "Writing"), (310, "Speaking"), (430, "Overall")]
BAND_VALUES = [(40, "6.0"), (130, "6.5"), (220, "6.0"), (310, "7.0"), (430, "6.5")]
HEAD = [(40, "Date"), (120, "Description"), (300, "Withdrawals"), (380, "Deposits"), (460, "Balance")]

LOGISTICS_HEAD = [
    "ABC Logistics Limited",
    "Room 1201, 12/F, Tower 1, Times Square, Causeway Bay, Hong Kong",
    "",
    "20 August 2026",
    "",
    "To Whom It May Concern",
    "",
    "EMPLOYMENT REFERENCE",
    "",
]
CAPITAL_HEAD = [
    "Harbourfront Capital Limited",
    "25/F, One Exchange Square, 8 Connaught Place, Central, Hong Kong",
    "",
    "20 August 2026",
    "",
    "To Whom It May Concern",
    "",
]
SIGNED = ["", "Yours faithfully,", "Mary Lee", "Head of Human Resources"]


def _verification_form(employer: list[Any], title: list[Any]) -> list[Any]:
    return [
        "EMPLOYMENT VERIFICATION",
        "Date: 15 September 2026",
        "",
        [(40, "Employee Name:"), (200, "Chan Tai Man")],
        employer,
        title,
        [(40, "Date of Hire:"), (200, "01/03/2018")],
        [(40, "Employment Status:"), (200, "Full-time, current")],
        "",
        "This letter is issued at the request of the employee.",
        "Human Resources",
    ]


def _shenzhen_letter(date_row: Any) -> list[Any]:
    return [
        "深圳市华信科技有限公司",
        "Shenzhen Huaxin Technology Co., Ltd.",
        "广东省深圳市南山区科技园南区高新南一道 88 号",
        "",
        date_row,
        "",
        "在职证明 Certificate of Employment",
        "",
        "This is to certify that Mr. Zhang Wei has been employed by Shenzhen Huaxin Technology Co., Ltd.",
        "since 1 July 2016 and currently holds the position of Senior Software Engineer.",
        "",
        "Human Resources Department",
    ]


CASES = [
    # --- 1. person_name.py: mixed-case parts, the optional middle name, blank parts ------------------
    (
        "I1 an empty Middle Name box: the next row's label 'Citizenship' read as the middle name",
        "toefl",
        [
            "TOEFL iBT Test Taker Score Report",
            [(40, "Last Name"), (220, "Kowalska")],
            [(40, "First Name"), (220, "Katarzyna")],
            [(40, "Middle Name")],
            [(40, "Citizenship"), (220, "Poland")],
            [(40, "Date of Birth"), (220, "14/03/1995")],
            [(40, "Test Date"), (220, "10/05/2025")],
        ],
        "candidate_name",
        "KATARZYNA KOWALSKA",
    ),
    (
        "I2 a mononymous candidate's empty Given Names column: the nationality two rows down taken as the given name",
        "ielts",
        [
            "IELTS Test Report Form",
            "ACADEMIC",
            [(40, "Centre Number: ID005"), (300, "Candidate Number: 000123")],
            [(40, "Family Name"), (200, "Given Names"), (400, "Date of Birth")],
            [(40, "SUKARNO"), (400, "14/03/1995")],
            [(40, "Place of Birth"), (200, "Nationality"), (400, "Sex")],
            [(40, "Surabaya"), (200, "Indonesian"), (400, "M")],
        ],
        "candidate_name",
        "SUKARNO",
    ),
    (
        "I3 a bilingual label 'Given Names Prénoms': the French half of the label taken as the given name",
        "ielts",
        [
            "IELTS Test Report Form",
            "ACADEMIC",
            [(40, "Family Name / Nom"), (250, "TREMBLAY")],
            [(40, "Given Names Prénoms"), (250, "MARIE-CLAUDE")],
            [(40, "Date of Birth"), (250, "14/03/1995")],
            [(40, "Test Date"), (250, "10/05/2025")],
        ],
        "candidate_name",
        "MARIE-CLAUDE TREMBLAY",
    ),
    (
        "I4a the given name 'NA' (LI NA) taken for 'N/A': the name is lost",
        "ielts",
        [
            "IELTS Test Report Form",
            "ACADEMIC",
            [(40, "Centre Number"), (200, "CN019")],
            [(40, "Family Name"), (200, "LI")],
            [(40, "First Name(s)"), (200, "NA")],
            [(40, "Candidate ID"), (200, "E12345678")],
            [(40, "Date of Birth"), (200, "14/03/1995")],
            [(40, "Sex (M/F)"), (200, "F")],
            [(40, "Test Date"), (200, "10/05/2025")],
        ],
        "candidate_name",
        "NA LI",
    ),
    (
        "I4b the Korean surname 'NA' taken for 'N/A'",
        "toefl",
        [
            "TOEFL iBT Test Taker Score Report",
            [(40, "Last Name"), (200, "NA")],
            [(40, "First Name"), (200, "YEONWOO")],
            [(40, "Date of Birth"), (200, "14/03/1995")],
            [(40, "Test Date"), (200, "10/05/2025")],
        ],
        "candidate_name",
        "YEONWOO NA",
    ),
    # --- 2. text_fields.py: captions-under-values grids, the whole cell under a narrow label ---------
    (
        "I5a captions under values with an empty Middle name value: the grid's rows no longer pair up, the test date is lost",
        "ielts",
        [
            "IELTS on computer  Test Report Form",
            "GENERAL TRAINING",
            "",
            [(40, "SRISUK"), (230, "PHATCHARAPORN")],
            [(40, "Family name"), (230, "First name(s)"), (420, "Middle name")],
            [(40, "02 DEC 1994"), (230, "F"), (420, "AC4418207")],
            [(40, "Date of birth"), (230, "Sex"), (420, "Candidate ID")],
            [(40, "21 FEB 2026"), (230, "TH001"), (420, "THAILAND")],
            [(40, "Test date"), (230, "Centre number"), (420, "Country")],
            "",
            BAND_VALUES,
            BANDS,
        ],
        "test_date",
        "2026-02-21",
    ),
    ("I5b the same: the birth date is the test date", "ielts", "I5a", "date_of_birth", "1994-12-02"),
    ("I5c the same: the given name is the sex 'F'", "ielts", "I5a", "candidate_name", "PHATCHARAPORN SRISUK"),
    (
        "I6 captions under values with a test time '09:30' (a 'self-labelled' cell): the test date is the birth date",
        "ielts",
        [
            "IELTS on computer  Test Report Form",
            "ACADEMIC",
            "",
            [(40, "SRISUK"), (230, "PHATCHARAPORN")],
            [(40, "Family name"), (230, "First name(s)")],
            [(40, "21 FEB 2026"), (230, "09:30")],
            [(40, "Test date"), (230, "Test time")],
            [(40, "02 DEC 1994"), (230, "AC4418207")],
            [(40, "Date of birth"), (230, "Candidate ID")],
            "",
            BAND_VALUES,
            BANDS,
        ],
        "test_date",
        "2026-02-21",
    ),
    (
        "I7 'Name' over 'NGUYEN VAN AN' with the Sex column two characters on: read whole as 'NGUYEN VAN AN M'",
        "hsk",
        [
            "汉语水平考试 HSK 四级 成绩报告  HSK Level 4 Score Report",
            [(40, "Name"), (128, "Sex"), (200, "Nationality"), (340, "Date of Birth")],
            [(40, "NGUYEN VAN AN"), (128, "M"), (200, "VIETNAM"), (340, "1998-04-26")],
            [(40, "Test Date"), (200, "Certificate No.")],
            [(40, "2025-10-19"), (200, "H42510190462")],
            "",
            [(40, "听力 Listening"), (160, "阅读 Reading"), (280, "书写 Writing"), (400, "总分 Total")],
            [(40, "81"), (160, "77"), (280, "70"), (400, "228")],
        ],
        "candidate_name",
        "NGUYEN VAN AN",
    ),
    # --- 3. reference_letter.py ----------------------------------------------------------------
    (
        "I8a 'joined on D and worked as X until D, when he was promoted to Y': a promotion read as the employment's end",
        "reference_letter",
        [
            *LOGISTICS_HEAD,
            "This is to certify that Mr. Chan Tai Man joined our company on 1 March 2018 and worked as",
            "Logistics Officer until 30 June 2021, when he was promoted to Senior Logistics Officer.",
            "He remains in this position with us.",
            *SIGNED,
        ],
        "end_date",
        None,
    ),
    (
        "I8b 'joined on D and was seconded to our Singapore office until D': the secondment's end read as the employment's",
        "reference_letter",
        [
            *LOGISTICS_HEAD,
            "This is to confirm that Ms. Wong Ka Yan joined ABC Logistics Limited on 1 March 2018 and was",
            "seconded to our Singapore office until 31 December 2019. She is currently our Operations Manager.",
            *SIGNED,
        ],
        "end_date",
        None,
    ),
    (
        "I8c 'joined on D ... is currently assigned to a project until D': a future date accepted as the end",
        "reference_letter",
        [
            *LOGISTICS_HEAD,
            "This is to confirm that Mr. Chan Tai Man joined our company on 1 March 2024 as Project Engineer and is",
            "currently assigned to our Shenzhen warehouse project until 28 February 2027.",
            *SIGNED,
        ],
        "end_date",
        None,
    ),
    (
        "I9a 'Job Title: Of Counsel' (a law firm's title) refused by the sentence-verb guard",
        "reference_letter",
        _verification_form(
            [(40, "Employer:"), (200, "Baker McKenzie LLP")], [(40, "Job Title:"), (200, "Of Counsel")]
        ),
        "position",
        "Of Counsel",
    ),
    (
        "I9b 'Position: In-house Legal Counsel' refused by the sentence-verb guard",
        "reference_letter",
        _verification_form(
            [(40, "Employer:"), (200, "Baker McKenzie LLP")],
            [(40, "Position:"), (200, "In-house Legal Counsel")],
        ),
        "position",
        "In-house Legal Counsel",
    ),
    (
        "I10 'Employer: Accenture': a one-word employer no longer 'looks like a company'",
        "reference_letter",
        _verification_form(
            [(40, "Employer:"), (200, "Accenture")], [(40, "Job Title:"), (200, "Senior Consultant")]
        ),
        "employer",
        "Accenture",
    ),
    (
        "I11 cabin crew service rows (Flight Attendant, Purser, Senior Purser) dropped as 'no posts': the start is lost",
        "reference_letter",
        [
            "Cathay Pacific Airways Limited",
            "Cathay City, 8 Scenic Road, Hong Kong International Airport, Lantau, Hong Kong",
            "",
            "15 September 2026",
            "",
            "TO WHOM IT MAY CONCERN",
            "",
            "This is to certify that Ms. Cheung Wing Sze is employed by Cathay Pacific Airways Limited",
            "as cabin crew. Her service record is as follows:",
            "",
            "02/05/2016 - 30/06/2019  Flight Attendant",
            "01/07/2019 - 31/03/2023  Purser",
            "01/04/2023 - present  Senior Purser",
            "",
            "Yours faithfully,",
            "Peter Ng",
            "Manager, Cabin Crew Administration",
        ],
        "start_date",
        "2016-05-02",
    ),
    (
        "I12a 'Ref 编号: ...' and 'Date: 20 August 2026' on one row: the CJK before the date hides the letter's date",
        "reference_letter",
        _shenzhen_letter([(40, "Ref 编号: HX-HR-2026-0815"), (360, "Date: 20 August 2026")]),
        "letter_date",
        "2026-08-20",
    ),
    (
        "I12b 'Date 日期: 20/08/2026': the English label first, the letter's date lost",
        "reference_letter",
        _shenzhen_letter("Date 日期: 20/08/2026"),
        "letter_date",
        "2026-08-20",
    ),
    (
        "I13 a Seoul firm's letter addressed to the Hong Kong Immigration Department: Hong Kong accepted as the country",
        "reference_letter",
        [
            "주식회사 한빛무역",
            "서울특별시 강남구 테헤란로 123, 한빛빌딩 7층",
            "",
            "2026.08.20",
            "",
            "To: Immigration Department, Hong Kong",
            "",
            "CERTIFICATE OF EMPLOYMENT",
            "",
            "This is to certify that Mr. Park Jisung has been employed by Hanbit Trading Co., Ltd. since",
            "2 March 2018 as Export Sales Manager.",
            "",
            "CEO Lee Sangwoo",
        ],
        "country",
        "KOR",
    ),
    (
        "I14a 'She reports to Mr. David Lau, who since D has been our Chief Investment Officer': the supervisor's title",
        "reference_letter",
        [
            *CAPITAL_HEAD,
            "This is to confirm that Ms. Wong Ka Yan has been employed by Harbourfront Capital Limited since",
            "3 January 2019 as an Investment Analyst. She reports to Mr. David Lau, who since 1 April 2021",
            "has been our Chief Investment Officer.",
            *SIGNED,
        ],
        "position",
        "Investment Analyst",
    ),
    (
        "I14b '... the Research team headed by Dr. Helen Ho, who since 2015 has been our Director of Research'",
        "reference_letter",
        [
            *CAPITAL_HEAD,
            "I am writing to confirm that Mr. Chan Tai Man has been employed by Harbourfront Capital Limited since 1 June 2017.",
            "He works as a Senior Analyst in the Research team headed by Dr. Helen Ho, who since 2015 has been our Director of Research.",
            *SIGNED,
        ],
        "position",
        "Senior Analyst",
    ),
    (
        "I15 a rehired employee's 'Original Hire Date' and 'Most Recent Hire Date': the first stint's start accepted",
        "reference_letter",
        [
            "Northbridge Consulting Inc.",
            "1200 Bay Street, Suite 900, Toronto, ON M5R 2A5, Canada",
            "",
            "EMPLOYMENT VERIFICATION",
            "Date: September 15, 2026",
            "",
            [(40, "Employee Name:"), (220, "Li Na")],
            [(40, "Original Hire Date:"), (220, "03/16/2012")],
            [(40, "Most Recent Hire Date:"), (220, "02/15/2019")],
            [(40, "Current Job Title:"), (220, "Senior Consultant")],
            [(40, "Employment Status:"), (220, "Active, Full-time")],
            "",
            "This verification is provided at the employee's request.",
            "HR Services",
        ],
        "start_date",
        "2019-02-15",
    ),
    # --- 4. bank_statement.py --------------------------------------------------------------------
    (
        "I16a a Korean inquiry period in YY.MM.DD ('26.08.01 - 26.08.31') read day-first as 2001 to 2031",
        "bank_statement",
        [
            "KEB Hana Bank",
            "Transaction History / 거래내역",
            [(40, "Account Holder"), (200, "KIM MINJUN")],
            [(40, "Account No."), (200, "123-456789-01234")],
            [(40, "Inquiry Period"), (200, "26.08.01 - 26.08.31")],
            [(40, "Currency"), (200, "KRW")],
            HEAD,
            [(40, "26.08.05"), (120, "SALARY"), (380, "4,200,000"), (460, "10,200,000")],
            [(40, "26.08.10"), (120, "CARD PAYMENT"), (300, "800,000"), (460, "9,400,000")],
        ],
        "statement_start",
        "2026-08-01",
    ),
    ("I16b the same: the end", "bank_statement", "I16a", "statement_end", "2026-08-31"),
    # --- 5. academic.py --------------------------------------------------------------------------
    (
        "I17a a two-column transcript header: the patronymic under the surname, not in the given name's column, dropped",
        "transcript",
        [
            "NOVOSIBIRSK STATE UNIVERSITY",
            "ACADEMIC TRANSCRIPT",
            [(40, "Surname"), (150, "Ivanov"), (330, "First name"), (450, "Alexei")],
            [(40, "Patronymic"), (150, "Viktorovich"), (330, "Date of birth"), (450, "12.04.2001")],
            [(40, "Faculty"), (150, "Economics"), (330, "Student ID"), (450, "190345")],
        ],
        "holder_name",
        "Alexei Viktorovich Ivanov",
    ),
    (
        "I17b the same header on a diploma supplement",
        "degree",
        [
            "NOVOSIBIRSK STATE UNIVERSITY",
            "DIPLOMA SUPPLEMENT",
            [(40, "Surname"), (150, "Ivanov"), (330, "First name"), (450, "Alexei")],
            [(40, "Patronymic"), (150, "Viktorovich"), (330, "Date of birth"), (450, "12.04.2001")],
            "Qualification awarded: Bachelor of Economics",
            "Date of award: 30 June 2023",
        ],
        "holder_name",
        "Alexei Viktorovich Ivanov",
    ),
    (
        "I18 a German two-subject BA 'in Germanistik / Französisch': the 'English half' keeps one subject",
        "degree",
        [
            "UNIVERSITÄT HAMBURG",
            "",
            "This is to certify that",
            "Lena Schneider",
            "born on 12 May 1997 in Bremen,",
            "has been awarded the academic degree of",
            "Bachelor of Arts",
            "in Germanistik / Französisch",
            "Hamburg, 30 September 2021",
        ],
        "field",
        "Germanistik / Französisch",
    ),
    (
        "I19 a transcript header 'Fudan University, Shanghai 200433, P.R. China': the address sends the name to review",
        "transcript",
        [
            "Fudan University, Shanghai 200433, P.R. China",
            "OFFICIAL TRANSCRIPT",
            [(40, "Name: CHEN XIAOMING"), (330, "Student ID: 18300240012")],
            [(40, "Major: Economics"), (330, "Degree: Bachelor of Economics")],
            [(40, "Date of Graduation: 30 June 2022")],
        ],
        "institution",
        "Fudan University",
    ),
]

# Values 1b32774 read right and accepted: they must stay so.
REGRESSIONS = {
    "I3",
    "I4a",
    "I4b",
    "I5a",
    "I5b",
    "I5c",
    "I6",
    "I7",
    "I9a",
    "I9b",
    "I10",
    "I11",
    "I12a",
    "I12b",
    "I14a",
    "I14b",
    "I17a",
    "I17b",
    "I18",
    "I19",
}


@pytest.mark.parametrize(**case_params(CASES))
def test_no_wrong_value_accepted_and_nothing_lost(name: str, kind: str, field: str, right: Any) -> None:
    check_case(CASES, REGRESSIONS, name, kind, field, right)
