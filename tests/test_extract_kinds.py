"""Each extractor on small hand-made pages: values, statuses and the cross-checks that guard them."""

from __future__ import annotations

from core.models import Fact, FactStatus
from extractors.academic import extract_degree, extract_transcript, level_of
from extractors.bank_statement import extract_bank_statement
from extractors.hsk import extract_hsk
from extractors.ielts import extract_ielts, overall_from_bands, parse_band
from extractors.prc_id_card import extract_prc_id_card, id_check_character, id_number_valid
from extractors.psc import extract_psc, grade_for_score
from extractors.reference_letter import extract_reference_letter
from extractors.toefl import extract_toefl
from tests.test_extract_toolkit import doc, make_page


def by_field(facts: list[Fact]) -> dict[str, Fact]:
    return {f.field: f for f in facts}


def values(facts: list[Fact]) -> dict[str, object]:
    return {f.field: f.value for f in facts}


IELTS_ROWS: list = [
    [(40, "IELTS"), (300, "ACADEMIC")],
    [(40, "Centre Number HK004"), (200, "Date 08/NOV/2025")],
    [(40, "Family Name"), (200, "ZHANG")],
    [(40, "First Name(s)"), (200, "WEI")],
    [(40, "Date of Birth"), (200, "14/03/1988")],
    [(40, "Listening"), (110, "Reading"), (180, "Writing"), (250, "Speaking"), (330, "Overall Band Score")],
    [(50, "7.5"), (120, "7.0"), (190, "6.5"), (260, "7.0"), (350, "7.0")],
    [(40, "Administrator Date 21/NOV/2025")],
    [(40, "Test Report Form Number")],
    [(40, "25HK004127ZHAN001A")],
]


def test_ielts_fields_and_check() -> None:
    facts = by_field(extract_ielts(doc(make_page(IELTS_ROWS))))
    assert facts["ielts.candidate_name"].value == "WEI ZHANG"
    assert facts["ielts.test_date"].value == "2025-11-08"  # not the later issue date
    assert facts["ielts.date_of_birth"].value == "1988-03-14"
    assert facts["ielts.module"].value == "academic"
    assert [
        facts[f"ielts.{b}"].value for b in ("listening", "reading", "writing", "speaking", "overall")
    ] == [
        7.5,
        7.0,
        6.5,
        7.0,
        7.0,
    ]
    assert all(f.status == FactStatus.accepted for f in facts.values())
    assert facts["ielts.trf_number"].method == "pattern+check"


def test_ielts_overall_mismatch_sends_bands_to_review() -> None:
    rows = [*IELTS_ROWS]
    rows[6] = [(50, "7.5"), (120, "7.0"), (190, "6.5"), (260, "7.0"), (350, "8.0")]
    facts = by_field(extract_ielts(doc(make_page(rows))))
    assert facts["ielts.overall"].status == FactStatus.needs_review
    assert "rounded mean" in (facts["ielts.listening"].note or "")


def test_ielts_rounding_and_bands() -> None:
    assert overall_from_bands([6.5, 6.5, 6.0, 6.0]) == 6.5  # .25 rounds up
    assert overall_from_bands([7.0, 7.0, 7.0, 6.5]) == 7.0  # .875 -> 7.0
    assert overall_from_bands([6.0, 6.0, 6.0, 6.5]) == 6.0  # .125 -> 6.0
    assert parse_band("75") == (7.5, True)
    assert parse_band("9.5") is None


def test_low_confidence_value_is_not_accepted() -> None:
    facts = by_field(extract_ielts(doc(make_page(IELTS_ROWS, low_conf_words=frozenset({"ZHANG"})))))
    assert facts["ielts.candidate_name"].status == FactStatus.needs_review


TOEFL_ROWS: list = [
    "TOEFL iBT Test Taker Score Report",
    [(40, "Name: RAGHAVAN, PRIYA")],
    [(40, "Date of Birth: November 2, 1992")],
    [(40, "Test Date: May 17, 2025")],
    [(40, "Test Date Scores"), (250, "MyBest Scores")],
    [(40, "Reading 27"), (250, "Reading 28")],
    [(40, "Listening 28"), (250, "Listening 28")],
    [(40, "Speaking 24"), (250, "Speaking 25")],
    [(40, "Writing 26"), (250, "Writing 26")],
    [(40, "Total Score 105"), (250, "Total Score 107")],
]


def test_toefl_takes_test_date_scores_and_checks_the_sum() -> None:
    facts = by_field(extract_toefl(doc(make_page(TOEFL_ROWS))))
    assert values(list(facts.values())) | {} == {
        "toefl.candidate_name": "RAGHAVAN, PRIYA",
        "toefl.date_of_birth": "1992-11-02",
        "toefl.test_date": "2025-05-17",
        "toefl.reading": 27,
        "toefl.listening": 28,
        "toefl.speaking": 24,
        "toefl.writing": 26,
        "toefl.total": 105,
        "toefl.scale": "0-120",
    }
    assert facts["toefl.total"].status == FactStatus.accepted


def test_toefl_total_that_is_not_the_sum() -> None:
    rows = [*TOEFL_ROWS]
    rows[9] = [(40, "Total Score 106"), (250, "Total Score 107")]
    facts = by_field(extract_toefl(doc(make_page(rows))))
    assert facts["toefl.total"].status == FactStatus.needs_review


def test_hsk_with_chinese_date_and_full_mark_row() -> None:
    rows: list = [
        "汉语水平考试 HSK",
        [(40, "姓名 Name"), (200, "RAGHAVAN PRIYA")],
        [(40, "考试时间 Examination Date"), (200, "2025年06月15日")],
        [(40, "考试级别 Level"), (200, "HSK 五级 / Level 5")],
        [(40, "听力 Listening"), (150, "阅读 Reading"), (260, "书写 Writing"), (370, "总分 Total")],
        [(40, "满分 Full Score"), (150, "100"), (260, "100"), (370, "300")],
        [(40, "你的分数"), (60, "82"), (170, "88"), (280, "74"), (390, "244")],
        [(40, "证书编号 Certificate No."), (250, "H52506150231")],
    ]
    facts = by_field(extract_hsk(doc(make_page(rows))))
    assert facts["hsk.level"].value == 5 and facts["hsk.level"].method == "label+check"
    assert facts["hsk.test_date"].value == "2025-06-15"
    assert [facts[f"hsk.{k}"].value for k in ("listening", "reading", "writing", "total")] == [
        82,
        88,
        74,
        244,
    ]
    assert facts["hsk.total"].status == FactStatus.accepted
    assert facts["hsk.certificate_number"].value == "H52506150231"
    assert facts["hsk.candidate_name"].value == "RAGHAVAN PRIYA"


def test_psc_grade_checked_against_score() -> None:
    rows: list = [
        "普通话水平测试等级证书",
        [(40, "姓名"), (200, "张伟")],
        [(40, "等级"), (200, "一级甲等")],
        [(40, "分数"), (200, "88.6")],
        [(40, "测试时间"), (200, "2012年05月19日")],
        [(40, "证书编号"), (200, "1111012012005836")],
    ]
    facts = by_field(extract_psc(doc(make_page(rows))))
    assert facts["psc.grade"].value == "一级甲等"
    assert facts["psc.grade"].status == FactStatus.needs_review  # 88.6 is 二级甲等
    assert facts["psc.candidate_name"].value == "张伟"
    assert facts["psc.test_date"].value == "2012-05-19"
    assert grade_for_score(97.0) == "一级甲等" and grade_for_score(59.0) is None


def test_prc_id_check_character() -> None:
    assert id_check_character("11010819880314271") == "4"
    assert id_number_valid("110108198803142714")
    assert not id_number_valid("110108198803142715")
    good = by_field(
        extract_prc_id_card(
            doc(make_page(["张伟", "男 民族 汉", "1988年3月14日", "公民身份号码 110108198803142714"]))
        )
    )
    assert good["prc_id_card.id_number"].status == FactStatus.accepted
    assert good["prc_id_card.date_of_birth"].value == "1988-03-14"
    assert good["prc_id_card.sex"].value == "M"
    bad = by_field(extract_prc_id_card(doc(make_page(["张伟", "男", "1988年3月14日", "110108198803142715"]))))
    assert bad["prc_id_card.id_number"].status == FactStatus.needs_review
    assert bad["prc_id_card.date_of_birth"].status == FactStatus.needs_review


def test_degree_from_wording() -> None:
    rows: list = [
        "The University of Manchester",
        "This is to certify that",
        "Eleanor Grace Smith-Jones",
        "was admitted to the degree of",
        "Bachelor of Science in Physics",
        "with First Class Honours",
        "on 12 July 2007",
    ]
    facts = values(extract_degree(doc(make_page(rows))))
    assert facts == {
        "degree.holder_name": "Eleanor Grace Smith-Jones",
        "degree.institution": "The University of Manchester",
        "degree.title": "Bachelor of Science",
        "degree.field": "Physics",
        "degree.level": "bachelor",
        "degree.award_date": "2007-07-12",
    }


def test_levels_from_abbreviations() -> None:
    assert level_of("MSc") == "master" and level_of("Ph.D.") == "doctorate" and level_of("BEng") == "bachelor"
    assert level_of("Master of Business Administration") == "master"


def test_transcript_labels() -> None:
    rows: list = [
        "UNIVERSITY OF TORONTO",
        [(40, "Student: O'Brien, Michael James"), (300, "Student Number: 994120387")],
        "Program: Doctor of Philosophy, Chemistry",
        "Conferral date: June 14, 2012",
    ]
    facts = values(extract_transcript(doc(make_page(rows))))
    assert facts["transcript.holder_name"] == "O'Brien, Michael James"
    assert facts["transcript.level"] == "doctorate"
    assert facts["transcript.award_date"] == "2012-06-14"
    assert facts["transcript.institution"] == "University of Toronto"


def _statement(closing: str) -> list:
    return [
        "Lakeshore Trust Bank",
        [(40, "Account holder"), (140, "DR MICHAEL J O'BRIEN"), (330, "58 Roxborough St W")],
        [(40, "Account number"), (140, "****5678")],
        [(40, "Currency"), (140, "CAD")],
        [(40, "Period"), (140, "01 Jul 2026 – 31 Jul 2026")],
        [(40, "Date Description"), (300, "Debit"), (380, "Credit"), (460, "Balance")],
        [(40, "01/07/2026 BALANCE FORWARD"), (460, "23,675.40")],
        [(40, "04/07/2026 INTERAC"), (300, "1,149.10"), (460, "22,526.30")],
        [(40, "26/07/2026 PAYROLL"), (380, "7,912.55"), (460, "30,438.85")],
        [(40, "Closing balance"), (460, closing)],
    ]


def test_bank_statement_that_adds_up() -> None:
    facts = by_field(extract_bank_statement(doc(make_page(_statement("30,438.85")))))
    assert values(list(facts.values())) == {
        "bank_statement.bank_name": "Lakeshore Trust Bank",
        "bank_statement.holder_name": "MICHAEL J O'BRIEN",
        "bank_statement.account_number_last4": "5678",
        "bank_statement.currency": "CAD",
        "bank_statement.statement_start": "2026-07-01",
        "bank_statement.statement_end": "2026-07-31",
        "bank_statement.closing_balance": 30438.85,
        "bank_statement.adds_up": True,
    }
    assert facts["bank_statement.closing_balance"].status == FactStatus.accepted


def test_bank_statement_that_does_not_add_up() -> None:
    fact = by_field(extract_bank_statement(doc(make_page(_statement("31,688.85")))))[
        "bank_statement.closing_balance"
    ]
    assert fact.status == FactStatus.needs_review
    assert "off by 1250.00" in (fact.note or "")
    adds_up = by_field(extract_bank_statement(doc(make_page(_statement("31,688.85")))))[
        "bank_statement.adds_up"
    ]
    assert adds_up.value is False


def test_reference_letter_positions_and_seniority() -> None:
    rows: list = [
        "Beijing Zhiyuan Data Technology Co., Ltd.",
        "15 September 2026",
        "TO WHOM IT MAY CONCERN",
        "This is to certify that Mr Zhang Wei (holder of Passport No. E63518274) has been",
        "employed by Beijing Zhiyuan Data Technology Co., Ltd. in Beijing, China since 1 July 2016.",
        "• Senior Data Engineer, from 1 July 2016 to 28 February 2019",
        "• Head of Data Engineering, from 1 March 2019 to date",
        "He leads a team of 12 engineers and reports to the CTO.",
        "Yours faithfully,",
        "Director, Human Resources",
    ]
    facts = by_field(extract_reference_letter(doc(make_page(rows))))
    assert facts["reference_letter.employee_name"].value == "Zhang Wei"
    assert facts["reference_letter.employer"].value == "Beijing Zhiyuan Data Technology Co., Ltd."
    assert facts["reference_letter.position"].value == "Head of Data Engineering"
    assert "Senior Data Engineer" in (facts["reference_letter.position"].note or "")
    assert facts["reference_letter.start_date"].value == "2016-07-01"
    assert "reference_letter.end_date" not in facts  # still employed
    assert facts["reference_letter.country"].value == "CHN"
    assert facts["reference_letter.letter_date"].value == "2026-09-15"
    senior = facts["reference_letter.senior_role"]
    assert senior.value is True and senior.method == "derived" and "head" in (senior.note or "")


def test_reference_letter_ended_job_not_senior() -> None:
    rows: list = [
        "AL NOOR ENGINEERING CONSULTANTS LLC",
        "Date: 3 September 2026",
        "We confirm that Mr Ahmad Farid Karimi, passport number P03816274, was employed with us from 1",
        "February 2015 to 31 August 2025 at our office in Dubai, United Arab Emirates.",
        [(40, "Position"), (250, "From"), (400, "To")],
        [(40, "Site Engineer"), (250, "1 February 2015"), (400, "31 December 2018")],
        [(40, "Project Engineer"), (250, "1 January 2019"), (400, "31 August 2025")],
        "Sincerely,",
        "HR Manager, Al Noor Engineering Consultants LLC",
    ]
    facts = by_field(extract_reference_letter(doc(make_page(rows))))
    assert facts["reference_letter.position"].value == "Project Engineer"
    assert facts["reference_letter.end_date"].value == "2025-08-31"
    assert facts["reference_letter.country"].value == "ARE"
    assert facts["reference_letter.senior_role"].value is False
    assert facts["reference_letter.employer"].value.lower() == "al noor engineering consultants llc"


def _notarial(agent_line: str) -> dict[str, Fact]:
    rows = [
        "NOTARIAL CERTIFICATE",
        "Applicant: Huang Zhiqiang, male, born on May 4, 1986.",
        agent_line,
        [(60, "Name:"), (200, "HUANG Zhiqiang (黄志强)")],
        [(60, "Citizen ID No.:"), (200, "500103198605041235")],
    ]
    return {f.field: f for f in extract_prc_id_card(doc(make_page(rows)))}


def test_prc_id_the_holders_number_not_the_agents() -> None:
    facts = _notarial("Agent: Huang Guoping, father of the applicant, Citizen ID No. 510202195804152111.")
    fact = facts["prc_id_card.id_number"]
    assert (fact.value, fact.status) == ("500103198605041235", FactStatus.accepted)


def test_prc_id_the_labelled_number_wins_and_two_unlabelled_ones_go_to_review() -> None:
    facts = _notarial("Witness: Huang Guoping, ID 510202195804152111.")
    assert facts["prc_id_card.id_number"].value == "500103198605041235"
    rows = ["居民身份证 复印件", "110105199007234576", "510202195804152111"]
    fact = {f.field: f for f in extract_prc_id_card(doc(make_page(rows)))}["prc_id_card.id_number"]
    assert fact.status == FactStatus.needs_review
