"""The general rules families AC and AD asked for, each on a document of its own (not theirs)."""

from __future__ import annotations

from core.models import DocType, Fact, FactStatus
from extractors.registry import EXTRACTORS
from tests.test_extract_toolkit import doc, make_page


def _facts(kind: DocType, rows: list) -> dict[str, Fact]:
    return {f.field.split(".", 1)[1]: f for f in EXTRACTORS[kind](doc(make_page(rows)))}


def test_the_other_language_of_a_name_label_is_not_the_name() -> None:
    facts = _facts(
        DocType.transcript,
        [
            [(40, "EXAMPLE UNIVERSITY"), (380, "PRIFYSGOL ENGHRAIFFT")],
            "Academic Transcript / Trawsgrifiad Academaidd",
            [(40, "Name / Enw"), (250, "Gwenllian Mair Hughes")],
            [(40, "Programme / Rhaglen"), (250, "BSc Physics")],
        ],
    )
    assert facts["holder_name"].value == "Gwenllian Mair Hughes"


# --- Chinese employment certificates ---------------------------------------------------------------


def _certificate(*body: str | list) -> dict[str, Fact]:
    return _facts(DocType.reference_letter, [[(250, "在职证明")], *body])


def test_an_honorific_after_a_chinese_name_is_not_part_of_it() -> None:
    facts = _certificate(
        "兹证明王芳女士（身份证号码：140105198712084527）自2016年3月起在我单位工作至今，现任人事部经理。"
    )
    assert facts["employee_name"].value == "王芳"
    assert facts["start_date"].value == "2016-03"  # "自2016年3月起": the month is all it says


def test_the_company_named_in_its_own_row_and_over_its_seal() -> None:
    labelled = _certificate(
        "兹证明王芳自2016年3月1日起在我单位工作至今，现任人事部经理。",
        "单位名称：示例能源装备有限公司（公章）",
    )
    assert labelled["employer"].value == "示例能源装备有限公司"
    sealed = _certificate(
        "兹证明王芳自2016年3月1日起在我单位工作至今，现任人事部经理。",
        [(300, "示例智联科技有限公司（盖章）")],
    )
    assert sealed["employer"].value == "示例智联科技有限公司"


def test_the_day_of_leaving_ends_the_employment_and_the_post_follows_a_comma() -> None:
    facts = _facts(
        DocType.reference_letter,
        [
            [(250, "离职证明")],
            "兹证明李强，男，自2017年8月1日起在我单位工作，任测试工程师，于2022年6月30日因个人原因离职。",
        ],
    )
    assert facts["position"].value == "测试工程师"
    assert (facts["start_date"].value, facts["end_date"].value) == ("2017-08-01", "2022-06-30")


def test_an_english_letter_ends_the_employment_on_the_day_of_resigning() -> None:
    facts = _facts(
        DocType.reference_letter,
        [
            "Example Technology Co., Ltd.",
            "This is to certify that Mr. Li Qiang worked for our company as a Test Engineer from",
            "August 1, 2017. He resigned for personal reasons on June 30, 2022.",
        ],
    )
    assert facts["end_date"].value == "2022-06-30"


# --- degrees and transcripts -----------------------------------------------------------------------

_VERIFICATION = [
    "中国高等教育学位在线验证报告",
    "本报告记载的学位信息来源于全国学位授予信息库。验证报告有效期至：2027年01月15日",
    "Online Verification Report of Higher Education Degree",
    [(40, "Name"), (220, "LI Na")],
    [(40, "Date of Degree Conferred"), (220, "June 28, 2019")],
    [(40, "Degree Awarding Institution"), (220, "Example University of Technology")],
    [(40, "Degree"), (220, "Master of Engineering")],
    "Valid until: January 15, 2027",
]


def test_a_verification_report_s_institution_label_is_no_institution() -> None:
    assert _facts(DocType.degree, _VERIFICATION)["institution"].value == "Example University of Technology"


def test_the_date_a_report_is_valid_until_is_never_the_award() -> None:
    assert _facts(DocType.degree, _VERIFICATION)["award_date"].value == "2019-06-28"


def test_a_campus_after_the_university_s_comma_sends_the_name_to_review() -> None:
    facts = _facts(
        DocType.transcript,
        [
            [(40, "UNIVERSITY OF EXAMPLE, SANTA ROSA"), (380, "OFFICE OF THE REGISTRAR")],
            [(40, "NAME:"), (120, "PARK, JIWOO")],
            "DEGREES AWARDED",
            [(40, "MASTER OF SCIENCE"), (300, "CONFERRED:"), (380, "06/12/2020")],
        ],
    )
    assert facts["institution"].status == FactStatus.needs_review


# --- reference letters with a table of positions by month ------------------------------------------


def test_prose_dating_the_employment_to_the_day_refines_a_table_by_month() -> None:
    facts = _facts(
        DocType.reference_letter,
        [
            "Example Mobility Co., Ltd.",
            "We hereby certify that Mr. ZHOU Lei was employed by Example Mobility Co., Ltd. from",
            "1 April 2015 to 31 July 2022.",
            "Positions held:",
            [(60, "April 2015 - March 2018"), (230, "Software Engineer, Vehicle Department")],
            [(60, "April 2018 - July 2022"), (230, "Section Manager (課長), Platform Section")],
        ],
    )
    assert facts["position"].value == "Section Manager, Platform Section"
    assert (facts["start_date"].value, facts["end_date"].value) == ("2015-04-01", "2022-07-31")


# --- left-alone misses taken up after the sixth review ---------------------------------------------


def test_hsk_s_pass_mark_printed_near_the_scores_is_no_score() -> None:
    facts = _facts(
        DocType.hsk,
        [
            "HSK Score Report Inquiry / 成绩报告查询",
            [(40, "Name / 姓名:"), (220, "KARIMOV AZIZ")],
            [(40, "Test Level / 考试级别:"), (220, "HSK 4 (四级)")],
            [(40, "Test Date / 考试日期:"), (220, "2025-03-16")],
            [(40, "Listening 听力"), (180, "Reading 阅读"), (320, "Writing 书写"), (460, "Total 总分")],
            [(40, "81"), (180, "77"), (320, "70"), (460, "228")],
            [(40, "Result / 结果:"), (220, "Pass 合格 (pass mark 180 / 300)")],
        ],
    )
    assert facts["writing"].value == 70 and facts["writing"].status == FactStatus.accepted


def test_academic_in_a_general_training_report_s_note_is_not_the_module() -> None:
    facts = _facts(
        DocType.ielts,
        [
            [(40, "IELTS"), (380, "GENERAL TRAINING")],
            "Test Report Form",
            "The General Training module is not designed to assess the language skills needed for",
            "academic study.",
        ],
    )
    assert facts["module"].value == "general_training"


_ICBC_LIKE = [
    [(40, "中国示例银行"), (300, "借记卡账户历史明细清单")],
    [(40, "卡号："), (80, "6222 0237 0011 4837 123")],
    [(40, "户名："), (80, "王浩然"), (300, "币种："), (340, "人民币")],
    [(40, "起始日期："), (110, "2026-06-01"), (300, "截止日期："), (370, "2026-08-31")],
    [(40, "期初余额："), (110, "10,000.00")],
    [(40, "交易日期"), (110, "摘要"), (190, "交易金额"), (290, "账户余额")],
    [(40, "2026-06-03"), (110, "消费"), (190, "-1,000.00"), (290, "9,000.00")],
    [(40, "2026-06-10"), (110, "代发工资"), (190, "+5,000.00"), (290, "14,000.00")],
    [(40, "收入合计："), (110, "5,000.00"), (300, "支出合计："), (370, "1,000.00")],
    [(40, "期末余额："), (110, "14,000.00")],
]


def test_a_chinese_card_statement_s_card_number_and_labelled_period() -> None:
    facts = _facts(DocType.bank_statement, _ICBC_LIKE)
    assert facts["account_number_last4"].value == "7123"
    assert (facts["statement_start"].value, facts["statement_end"].value) == ("2026-06-01", "2026-08-31")


def test_a_column_printing_plus_and_minus_adds_up_with_its_balance_and_totals_apart() -> None:
    facts = _facts(DocType.bank_statement, _ICBC_LIKE)
    assert facts["adds_up"].value is True
    assert facts["closing_balance"].status == FactStatus.accepted


def test_a_currency_column_beside_the_amount_is_no_foreign_amount() -> None:
    facts = _facts(
        DocType.bank_statement,
        [
            "示例银行交易流水 Transaction Statement of Example Bank",
            [(40, "期初余额 Opening Balance:"), (200, "1,000.00")],
            [(40, "Date"), (110, "Curr"), (150, "Amount"), (240, "Balance"), (330, "Type")],
            [(40, "2026-06-05"), (110, "CNY"), (150, "500.00"), (240, "1,500.00"), (330, "工资")],
            [(40, "2026-06-12"), (110, "CNY"), (150, "-200.00"), (240, "1,300.00"), (330, "支付")],
            [(40, "期末余额 Closing Balance: 1,300.00")],
        ],
    )
    assert facts["adds_up"].value is True


# --- families AE and AF ----------------------------------------------------------------------------


def test_a_label_is_one_cell_not_words_of_two() -> None:
    """ "Date" beside "Test Report Form Number" is no "Date of Test": the TRF's first "Date" is."""
    facts = _facts(
        DocType.ielts,
        [
            [(40, "British Council"), (300, "IELTS Test Report Form")],
            [(40, "Centre number"), (200, "Date"), (360, "Candidate number")],
            [(40, "BR503"), (200, "08/NOV/2024"), (360, "012733")],
            [(40, "Date"), (300, "Test Report Form Number")],
            [(40, "20/11/2024"), (300, "24BR012733FERG503G")],
        ],
    )
    assert facts["test_date"].value == "2024-11-08"


def test_a_name_row_beside_a_surname_row_and_no_table_heading_as_a_name() -> None:
    facts = _facts(
        DocType.transcript,
        [
            [(180, "Example University of Technology")],
            "Transcript of Records",
            [(40, "Name:"), (200, "Ali")],
            [(40, "Surname:"), (200, "Karimi")],
            [(40, "Father's Name:"), (200, "Hassan")],
            [(40, "Course Title"), (400, "Credits"), (480, "Grade")],
            [(40, "Signal Processing"), (400, "3"), (480, "18.25")],
        ],
    )
    assert facts["holder_name"].value == "Ali Karimi"


def test_a_bank_s_name_with_portuguese_links() -> None:
    facts = _facts(
        DocType.bank_statement,
        [
            [(40, "Banco Exemplo do Comércio S.A."), (360, "EXTRATO DE CONTA CORRENTE")],
            [(40, "Cliente:"), (140, "ANA LIMA")],
        ],
    )
    assert facts["bank_name"].value == "Banco Exemplo do Comércio S.A."


def test_the_position_he_currently_holds_refers_back_and_the_signature_is_no_duty() -> None:
    facts = _facts(
        DocType.reference_letter,
        [
            "Example Codeworks Pvt. Ltd.",
            "This is to certify that Mr. Ram Thapa has been working with Example Codeworks Pvt. Ltd. since",
            "4th July, 2021 till date. He joined as an Associate Software Engineer and was promoted to",
            "Software Engineer on 1st January, 2023, the position he currently holds.",
            "This letter is issued at his request.",
            "For Example Codeworks Pvt. Ltd.",
            "Anita Gurung",
            "Head of People Operations",
        ],
    )
    assert facts["position"].value == "Software Engineer"
    assert facts["senior_role"].value is False


def test_a_date_with_its_month_in_capitals_is_no_course_code() -> None:
    """ "15-NOV-2019" and "08 JUL 2019" are dates, not course rows ("NOV-2019") to be skipped."""
    for written, iso in (("15-NOV-2019", "2019-11-15"), ("08 JUL 2019", "2019-07-08")):
        facts = _facts(
            DocType.transcript,
            [
                "EXAMPLE UNIVERSITY OF SCIENCE",
                "OFFICIAL TRANSCRIPT OF ACADEMIC RECORD",
                [(40, "Name"), (140, "CHAN, Tai Man")],
                [(40, "PHYS 5120"), (120, "Quantum Mechanics I"), (380, "3.0"), (440, "A-")],
                [(40, "Degree Conferred"), (200, "Master of Philosophy (Physics)")],
                [(40, "Date of Conferment"), (200, written)],
            ],
        )
        assert facts["award_date"].value == iso


def test_a_post_after_a_wrapped_comma_in_a_chinese_certificate() -> None:
    facts = _facts(
        DocType.reference_letter,
        [
            [(250, "离职证明")],
            "兹证明 周敏 女士（身份证号码：210203198708150326）于2013年4月1日入职我公司，",
            "任国际业务部经理一职，于2021年12月31日因个人原因离职。",
        ],
    )
    assert facts["position"].value == "国际业务部经理"
    assert (facts["start_date"].value, facts["end_date"].value) == ("2013-04-01", "2021-12-31")


def test_a_chinese_only_verification_report_s_rows() -> None:
    facts = _facts(
        DocType.degree,
        [
            "中国高等教育学位在线验证报告",
            [(40, "姓名"), (140, "周杰"), (300, "性别"), (380, "男")],
            [(40, "获学位日期"), (140, "2018年06月20日")],
            [(40, "学位授予单位"), (140, "示例大学")],
            [(40, "所授学位"), (140, "理学硕士")],
            [(40, "学科/专业"), (140, "应用数学")],
        ],
    )
    got = {k: facts[k].value for k in ("holder_name", "title", "field", "level", "award_date")}
    assert got == {
        "holder_name": "周杰",
        "title": "理学硕士",
        "field": "应用数学",
        "level": "master",
        "award_date": "2018-06-20",
    }


def test_hsk_scores_printed_with_their_scale_and_the_admission_ticket_for_review() -> None:
    facts = _facts(
        DocType.hsk,
        [
            "HSK（网考）二级 成绩报告 HSK Level 2 (Internet-based) Score Report",
            [(40, "Candidate:"), (140, "NOVAK PETRA")],
            [(40, "考试日期 Test Date:"), (170, "2025-05-18")],
            [(40, "准考证号 Admission Ticket No.:"), (220, "H22505180033")],
            [(40, "听力 Listening"), (200, "阅读 Reading"), (360, "总分 Total")],
            [(40, "80/100"), (200, "92/100"), (360, "172/200")],
        ],
    )
    assert (facts["listening"].value, facts["reading"].value, facts["total"].value) == (80, 92, 172)
    number = facts["certificate_number"]
    assert number.value == "H22505180033" and number.status == FactStatus.needs_review
