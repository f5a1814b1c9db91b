"""The general rules families AA and AB asked for, each on a document of its own (not theirs)."""

from __future__ import annotations

from core.models import DocType, Fact, FactStatus
from extractors.registry import EXTRACTORS
from tests.test_extract_toolkit import doc, make_page


def _facts(kind: DocType, rows: list) -> dict[str, Fact]:
    return {f.field.split(".", 1)[1]: f for f in EXTRACTORS[kind](doc(make_page(rows)))}


# --- names -----------------------------------------------------------------------------------------


def test_a_chinese_name_with_its_romanisation_in_brackets_gives_the_romanisation() -> None:
    facts = _facts(
        DocType.ielts,
        [
            "IELTS Test Result",
            [(40, "考生姓名 Name:"), (200, "王思远 (WANG SIYUAN)")],
            [(40, "Date of Birth:"), (200, "1995-02-11")],
        ],
    )
    assert facts["candidate_name"].value == "WANG SIYUAN"


def test_capitals_above_a_name_label_with_a_chinese_name_beside_it_go_to_review() -> None:
    facts = _facts(
        DocType.ielts,
        [
            "IELTS Test Result (online query)",
            "考试院 NEEA | British Council",
            [(40, "考生姓名 Name:"), (200, "王思远")],
            [(40, "Date of Birth:"), (200, "1995-02-11")],
        ],
    )
    name = facts["candidate_name"]
    assert name.status == FactStatus.needs_review and "王思远" in (name.note or "")


def test_a_singaporean_holder_keeps_the_parent_after_d_o() -> None:
    facts = _facts(
        DocType.bank_statement,
        [
            "Straits Example Bank Limited",
            "MS KAVITHA D/O RAMASAMY",
            "12 EXAMPLE ROAD #03-11 SINGAPORE 123456",
            "STATEMENT OF ACCOUNT  1 MAY 2026 TO 31 MAY 2026",
        ],
    )
    assert facts["holder_name"].value == "KAVITHA D/O RAMASAMY"


# --- HSK -------------------------------------------------------------------------------------------


def test_a_report_number_beside_cti_s_own_number_of_the_test_gives_cti_s_number_for_review() -> None:
    facts = _facts(
        DocType.hsk,
        [
            "汉语水平考试 HSK（三级）成绩报告 HSK Level 3",
            [(40, "姓名 Name"), (300, "准考证号 Admission Ticket No.")],
            [(40, "SMITH ANNA"), (300, "H32504120017")],
            [(40, "考试时间 Examination Date"), (300, "2025年04月12日")],
            [(40, "听力 Listening"), (160, "阅读 Reading"), (280, "书写 Writing"), (400, "总分 Total")],
            [(40, "80"), (160, "75"), (280, "70"), (400, "225")],
            [(40, "成绩报告编号 Report No.:"), (220, "6021450091234")],
        ],
    )
    number = facts["certificate_number"]
    assert number.value == "H32504120017" and number.status == FactStatus.needs_review
    assert "6021450091234" in (number.note or "")


# --- degrees ---------------------------------------------------------------------------------------


def _degree(*prose: str) -> dict[str, Fact]:
    return _facts(DocType.degree, ["UNIVERSITY OF EXAMPLE", "DOCTORAL DIPLOMA", *prose])


def test_a_field_that_ends_with_its_line_runs_on_into_running_text() -> None:
    facts = _degree(
        "It is hereby made known that Maria Silva Costa, having completed the Doctoral Programme in Civil",
        "Engineering with the classification Pass, was awarded the degree of Doctor (PhD) on 3 May 2019.",
    )
    assert facts["field"].value == "Civil Engineering"


def test_a_field_does_not_run_on_into_the_next_row_s_label() -> None:
    facts = _degree(
        "Maria Silva Costa obtained the Licence Diploma. Field of study: Civil Engineering",
        "Grade: Good, June 2019 session, on 30 June 2019.",
    )
    assert facts["field"].value == "Civil Engineering"


def test_a_form_s_major_row_beats_the_bracket_after_the_title_for_review() -> None:
    facts = _facts(
        DocType.degree,
        [
            "EXAMPLE UNIVERSITY OF TECHNOLOGY",
            "DEGREE CERTIFICATE",
            [(200, "EMMI JOHANNA LAINE")],
            "has completed the degree of Master of Science (Technology)",
            [(40, "Major"), (200, "Structural Engineering")],
            "The degree was completed on 2 June 2022.",
        ],
    )
    field = facts["field"]
    assert field.value == "Structural Engineering" and field.status == FactStatus.needs_review


# --- bank statements -------------------------------------------------------------------------------

_CHINESE_STATEMENT = [
    "中国示例银行账户明细 Account Details of Example Bank of China",
    [(40, "户名 Name:"), (200, "周子涵")],
    [(40, "账号 Account No.:"), (200, "6222 02** **** 7788")],
    [(40, "币种 Currency:"), (200, "人民币 CNY")],
    [(40, "起止日期 Period:"), (200, "2026-05-01 -- 2026-07-31")],
    [(40, "期初余额 Opening Balance:"), (200, "10,000.00")],
    [(40, "记账日期"), (150, "交易金额"), (260, "联机余额"), (380, "交易摘要")],
    [(40, "Date"), (150, "Amount"), (260, "Balance"), (380, "Type")],
    [(40, "2026-05-05"), (150, "5,000.00"), (260, "15,000.00"), (380, "代发工资")],
    [(40, "2026-06-12"), (150, "-1,250.50"), (260, "13,749.50"), (380, "快捷支付")],
    [(40, "2026-07-05"), (150, "5,000.00"), (260, "18,749.50"), (380, "代发工资")],
    [(40, "期末余额 Closing Balance: 18,749.50")],
]


def test_a_chinese_bank_s_name_ends_with_yinhang() -> None:
    assert _facts(DocType.bank_statement, _CHINESE_STATEMENT)["bank_name"].value == "中国示例银行"


def test_a_period_joined_by_a_double_hyphen() -> None:
    facts = _facts(DocType.bank_statement, _CHINESE_STATEMENT)
    assert (facts["statement_start"].value, facts["statement_end"].value) == ("2026-05-01", "2026-07-31")


def test_unsigned_amounts_in_a_column_that_signs_its_withdrawals_are_deposits() -> None:
    """And the opening balance printed over a table headed twice (Chinese, then English) is the
    table's: 10,000.00 + 10,000.00 - 1,250.50 = 18,749.50."""
    facts = _facts(DocType.bank_statement, _CHINESE_STATEMENT)
    assert facts["adds_up"].value is True
    assert facts["closing_balance"].status == FactStatus.accepted


def test_the_iso_code_under_the_amount_headings_is_the_currency() -> None:
    facts = _facts(
        DocType.bank_statement,
        [
            "Straits Example Bank Limited",
            "STATEMENT OF ACCOUNT  1 MAY 2026 TO 31 MAY 2026",
            [(40, "Date"), (170, "Description"), (330, "Withdrawal"), (410, "Deposit"), (490, "Balance")],
            [(330, "SGD"), (410, "SGD"), (490, "SGD")],
            [(170, "BALANCE B/F"), (490, "1,000.00")],
            [(40, "02 MAY"), (170, "SALARY"), (410, "500.00"), (490, "1,500.00")],
            [(170, "BALANCE C/F"), (490, "1,500.00")],
        ],
    )
    assert facts["currency"].value == "SGD"


# --- TOEFL -----------------------------------------------------------------------------------------


def test_a_band_report_saying_1_to_6_with_scores_far_right_of_their_labels() -> None:
    facts = _facts(
        DocType.toefl,
        [
            "TOEFL iBT Institution Score Report",
            [(40, "Test Taker Name:"), (200, "NOVAK, PETRA")],
            [(40, "Test Date:"), (200, "18 Mar 2026")],
            [(40, "Overall Score"), (440, "4.5")],
            [(40, "Reading"), (440, "4.5"), (500, "CEFR B2")],
            [(40, "Listening"), (440, "5.0"), (500, "CEFR C1")],
            [(40, "Speaking"), (440, "4.0"), (500, "CEFR B2")],
            [(40, "Writing"), (440, "4.5"), (500, "CEFR B2")],
            "Score scale: 1 to 6 in half-band increments.",
        ],
    )
    assert facts["scale"].value == "1-6"
    got = {k: facts[k].value for k in ("reading", "listening", "speaking", "writing", "total")}
    assert got == {"reading": 4.5, "listening": 5.0, "speaking": 4.0, "writing": 4.5, "total": 4.5}
    assert facts["total"].status == FactStatus.accepted


# --- Chinese employment certificates ---------------------------------------------------------------

_ZAIZHI = [
    "广州示例信息技术有限公司",
    [(250, "在职证明")],
    "兹证明 陈思琪（身份证号码：440106199203154827）自 2017 年 9 月 4 日起至今",
    "在我公司工作，现任数据平台部技术总监，负责数据平台的建设与团队管理。",
    "特此证明。",
    [(360, "广州示例信息技术有限公司（盖章）")],
    [(360, "2026 年 9 月 30 日")],
]


def test_a_zaizhi_zhengming_names_the_employee_the_post_and_the_start() -> None:
    facts = _facts(DocType.reference_letter, _ZAIZHI)
    assert facts["employee_name"].value == "陈思琪"
    assert facts["position"].value == "数据平台部技术总监"
    assert facts["start_date"].value == "2017-09-04"
    assert "end_date" not in facts  # 至今: still employed
    assert facts["senior_role"].value is True and facts["senior_role"].status == FactStatus.accepted


def test_a_gongzuo_zhengming_dates_both_ends_and_reads_the_post_after_the_department() -> None:
    facts = _facts(
        DocType.reference_letter,
        [
            "南京示例软件有限公司",
            [(250, "工作证明")],
            "兹证明刘洋，男，身份证号 320102199107086315，于 2015年7月6日 至 2020年5月29日",
            "在我公司测试部任测试工程师，主要负责自动化测试。",
            [(360, "2026年9月16日")],
        ],
    )
    assert facts["employee_name"].value == "刘洋"
    assert facts["position"].value == "测试工程师"
    assert (facts["start_date"].value, facts["end_date"].value) == ("2015-07-06", "2020-05-29")
    assert facts["senior_role"].value is False


def test_the_above_employee_is_no_name() -> None:
    facts = _facts(
        DocType.reference_letter,
        ["示例电子股份有限公司", "服務證明書", "茲證明上述員工於本公司服務期間表現良好，特此證明。"],
    )
    assert "employee_name" not in facts


_PERUVIAN_STATEMENT = [
    [(40, "Banco Ejemplo del Perú"), (400, "ESTADO DE CUENTA")],
    [(40, "Sr. QUISPE MAMANI JUAN CARLOS")],
    [(40, "JR. EJEMPLO 245 DPTO 301")],
    [(40, "CUENTA AHORRO SOLES"), (300, "N° 215-99887766-0-41")],
    [(40, "MONEDA: SOLES (S/)"), (250, "PERIODO: DEL 01/09/2026 AL 30/09/2026")],
    [(40, "FECHA"), (160, "DESCRIPCION"), (330, "CARGOS/DEBE"), (410, "ABONOS/HABER"), (500, "SALDO")],
    [(40, "01SET"), (160, "SALDO ANTERIOR"), (490, "5,000.00")],
    [(40, "05SET"), (160, "ABONO HABERES"), (410, "3,000.00"), (490, "8,000.00")],
    [(40, "20SET"), (160, "PAGO TARJETA"), (330, "1,250.00"), (490, "6,750.00")],
    [(40, "TOTALES"), (330, "1,250.00"), (410, "3,000.00"), (490, "6,750.00")],
]


def test_a_courtesy_title_before_the_address_block_s_name_is_skipped() -> None:
    facts = _facts(DocType.bank_statement, _PERUVIAN_STATEMENT)
    assert facts["holder_name"].value == "QUISPE MAMANI JUAN CARLOS"


def test_an_account_named_by_its_spanish_product_and_number() -> None:
    assert _facts(DocType.bank_statement, _PERUVIAN_STATEMENT)["account_number_last4"].value == "6041"


def test_soles_are_peruvian_sol() -> None:
    assert _facts(DocType.bank_statement, _PERUVIAN_STATEMENT)["currency"].value == "PEN"


def test_paired_column_headings_and_the_last_balance_without_a_closing_label() -> None:
    """ "CARGOS/DEBE" heads the withdrawals; the "TOTALES" row is no transaction; with no closing
    label the balance column's last figure is the closing, for a person to confirm."""
    facts = _facts(DocType.bank_statement, _PERUVIAN_STATEMENT)
    closing = facts["closing_balance"]
    assert closing.value == 6750.0 and closing.status == FactStatus.needs_review
    assert "no label names the closing balance" in (closing.note or "") and "adds up" in (closing.note or "")
    assert "adds_up" not in facts  # a last running balance as the closing proves nothing either way


def test_a_greek_bank_s_name() -> None:
    facts = _facts(
        DocType.bank_statement,
        ["ΤΡΑΠΕΖΑ ΠΑΡΑΔΕΙΓΜΑΤΟΣ", "Αντίγραφο Κίνησης Λογαριασμού", [(40, "Νόμισμα:"), (170, "EUR")]],
    )
    assert facts["bank_name"].value == "ΤΡΑΠΕΖΑ ΠΑΡΑΔΕΙΓΜΑΤΟΣ"


# --- holders, fields and employees named in other wordings -----------------------------------------


def test_a_diploma_that_makes_known_its_holder() -> None:
    facts = _degree(
        "It is hereby made known that Tiago Miguel Lopes Rocha, of Portuguese nationality, having",
        "completed the Doctoral Programme in Chemistry, was awarded the degree of Doctor on 2 May 2018.",
    )
    assert facts["holder_name"].value == "Tiago Miguel Lopes Rocha"


def test_a_name_in_capitals_over_the_line_of_its_birth() -> None:
    facts = _facts(
        DocType.degree,
        [
            "EXAMPLE UNIVERSITY OF TECHNOLOGY",
            "DEGREE CERTIFICATE",
            [(200, "EMMI JOHANNA LAINE")],
            [(200, "syntynyt / born 3.7.1994")],
            "has completed the degree of Master of Science in Structural Engineering on 2 June 2022.",
        ],
    )
    assert facts["holder_name"].value == "EMMI JOHANNA LAINE"


def test_a_field_after_the_discipline_and_its_bracketed_kind() -> None:
    facts = _degree(
        "Wang Fang, female, born on May 3, 1992, has passed the courses for the master's degree in the",
        "discipline (specialty) of Geography. She is hereby awarded the degree of Master of Science.",
    )
    assert facts["field"].value == "Geography"


def test_a_certificate_issued_to_the_employee() -> None:
    facts = _facts(
        DocType.reference_letter,
        [
            "EXAMPLE SOFT LLC",
            "CERTIFICATE",
            "Issued to Olena Petrivna Bondarenko to certify that she was indeed employed by Example Soft",
            "LLC in the position of Business Analyst from 01.02.2019 to 30.06.2024, in Kyiv, Ukraine.",
        ],
    )
    assert facts["employee_name"].value == "Olena Petrivna Bondarenko"


# --- the country of a letter that names no place ---------------------------------------------------


def test_a_letter_naming_no_place_gives_its_phone_number_s_country_for_review() -> None:
    facts = _facts(
        DocType.reference_letter,
        [
            "Example Lagoon Telecom SA",
            "Tél. : +225 27 21 75 40 00",
            "ATTESTATION DE TRAVAIL",
            "Nous attestons que Madame Awa KOUASSI est employée dans notre société depuis le 2 mai 2017",
            "en qualité de Directrice Technique.",
        ],
    )
    country = facts["country"]
    assert country.value == "CIV" and country.status == FactStatus.needs_review


def test_a_certificate_in_simplified_chinese_naming_no_place_is_from_mainland_china_for_review() -> None:
    country = _facts(DocType.reference_letter, _ZAIZHI)["country"]
    assert country.value == "CHN" and country.status == FactStatus.needs_review
