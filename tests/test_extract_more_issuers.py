"""Wordings and layouts of more issuers: labels above values, year-first dates, signed amount columns,
currencies by name, Chinese labels. Each test pins one behaviour the extractors learned for them."""

from __future__ import annotations

from typing import Any

from core.models import FactStatus
from extractors.bank_statement import extract_bank_statement
from extractors.hsk import extract_hsk
from extractors.ielts import extract_ielts
from extractors.psc import extract_psc
from extractors.toefl import extract_toefl
from tests.test_extract_toolkit import doc, make_page


def by_field(facts: list[Any]) -> dict[str, Any]:
    return {f.field: f for f in facts}


# --- HSK -----------------------------------------------------------------------------------------


def _hsk_card(cert_row: list[tuple[float, str]]) -> list[Any]:
    return [
        "汉语水平考试 四级 Level 4",
        [(40, "考生姓名 Candidate"), (300, "证件号码 ID No.")],
        [(40, "LEE MIN-JUN"), (300, "M48213370")],
        [(40, "考试日期 Test Date"), (300, "证书编号 Certificate No.")],
        cert_row,
    ]


def test_hsk_certificate_number_under_its_label_not_the_id_above_it() -> None:
    facts = by_field(extract_hsk(doc(make_page(_hsk_card([(40, "2025年06月15日"), (300, "H42506150577")])))))
    assert facts["hsk.certificate_number"].value == "H42506150577"
    assert facts["hsk.candidate_name"].value == "LEE MIN-JUN"


def test_hsk_id_number_is_never_the_certificate_number() -> None:
    facts = by_field(extract_hsk(doc(make_page(_hsk_card([(40, "2025年06月15日")])))))
    assert "hsk.certificate_number" not in facts


def test_hsk_certificate_number_above_its_label_goes_to_review() -> None:
    rows = [
        "汉语水平考试 HSK 五级",
        [(40, "KOWALSKA ANNA"), (300, "H52403160417")],
        [(40, "姓名 Name"), (300, "证书编号 Certificate No.")],
    ]
    fact = by_field(extract_hsk(doc(make_page(rows))))["hsk.certificate_number"]
    assert fact.value == "H52403160417" and fact.status == FactStatus.needs_review


# --- PSC -----------------------------------------------------------------------------------------


def test_psc_label_is_never_a_name_and_dotted_year_first_date() -> None:
    rows = [
        "普通话水平测试 Putonghua Proficiency Test",
        [(40, "姓名 Name"), (300, "证书编号 Certificate No.")],
        [(40, "李明"), (300, "1100121004871")],
        [(40, "测试时间 Date of Test"), (300, "等级 Grade")],
        [(40, "2021.06.12"), (300, "一级乙等")],
        [(40, "得分 Score"), (300, "测试站 Test Centre")],
        [(40, "92.10"), (300, "北京语言大学测试站")],
    ]
    facts = by_field(extract_psc(doc(make_page(rows))))
    assert facts["psc.candidate_name"].value == "李明"
    assert facts["psc.test_date"].value == "2021-06-12"
    assert facts["psc.score"].value == 92.1
    assert facts["psc.grade"].status == FactStatus.accepted  # 92.10 confirms 一级乙等


def test_psc_the_certificates_own_sentence_names_the_holder_for_review() -> None:
    for opening, name in (("次仁卓玛 同志于2024年6月15日参加普通话水平测试，", "次仁卓玛"),
                          ("刘洋，女，身份证号 110105199410070268，", "刘洋")):  # fmt: skip
        rows = ["普通话水平测试等级证书", opening, "成绩为 87.6 分，等级为 二级甲等。", "特发此证。"]
        fact = by_field(extract_psc(doc(make_page(rows))))["psc.candidate_name"]
        assert (fact.value, fact.status) == (name, FactStatus.needs_review)


def test_psc_a_sentence_not_opening_with_a_name_names_nobody() -> None:
    rows = ["普通话水平测试等级证书", "经审核，本证书持有人于2024年6月15日参加普通话水平测试，"]
    assert "psc.candidate_name" not in by_field(extract_psc(doc(make_page(rows))))


def test_psc_name_only_a_label_on_its_row_gives_no_name() -> None:
    rows = ["普通话水平测试等级证书", [(40, "姓名"), (300, "证书编号")], [(40, "测试时间"), (300, "等级")]]
    assert "psc.candidate_name" not in by_field(extract_psc(doc(make_page(rows))))


# --- TOEFL ---------------------------------------------------------------------------------------


def test_toefl_year_first_dates() -> None:
    rows = [
        "TOEFL iBT Test Taker Score Report",
        [(40, "Name:"), (170, "GARCIA LOPEZ, MATEO")],
        [(40, "Date of Birth:"), (170, "1995/04/23")],
        [(40, "Test Date:"), (170, "2025/02/08")],
    ]
    facts = by_field(extract_toefl(doc(make_page(rows))))
    assert facts["toefl.date_of_birth"].value == "1995-04-23"
    assert facts["toefl.test_date"].value == "2025-02-08"


def _toefl_labels_above(name: str) -> list[Any]:
    return [
        "TOEFL iBT Official Score Report",
        [(40, "Test Taker Name"), (240, "Date of Birth"), (400, "Test Date")],
        [(40, name), (240, "Aug 30, 1997"), (400, "March 14, 2025")],
        [(40, "Appointment No."), (240, "Native Country")],
        [(40, "2250314-77120"), (240, "India")],
        "",
        [(40, "Listening"), (130, "Reading"), (220, "Writing"), (310, "Speaking"), (400, "Total")],
        [(40, "22"), (130, "24"), (220, "21"), (310, "23"), (400, "90")],
        [(40, "of 30"), (130, "of 30"), (220, "of 30"), (310, "of 30"), (400, "of 120")],
    ]


def test_toefl_name_and_total_under_their_labels() -> None:
    facts = by_field(extract_toefl(doc(make_page(_toefl_labels_above("Anika SHARMA")))))
    assert facts["toefl.candidate_name"].value == "Anika SHARMA"
    assert facts["toefl.candidate_name"].status == FactStatus.accepted
    assert facts["toefl.total"].value == 90 and facts["toefl.total"].status == FactStatus.accepted


def test_toefl_mixed_case_name_without_a_capitalised_surname_goes_to_review() -> None:
    fact = by_field(extract_toefl(doc(make_page(_toefl_labels_above("Anika Sharma")))))[
        "toefl.candidate_name"
    ]
    assert fact.value == "Anika Sharma" and fact.status == FactStatus.needs_review


# --- IELTS ---------------------------------------------------------------------------------------


def test_ielts_surname_of_candidate_label_joins_given_names_and_surname() -> None:
    rows = [
        [(40, "IELTS"), (400, "ACADEMIC")],
        "CANDIDATE DETAILS",
        [(40, "Surname of candidate"), (220, "OKONKWO")],
        [(40, "Other names"), (220, "CHIAMAKA ADAEZE")],
    ]
    fact = by_field(extract_ielts(doc(make_page(rows))))["ielts.candidate_name"]
    assert fact.value == "CHIAMAKA ADAEZE OKONKWO" and fact.status == FactStatus.accepted


def _trf_with_the_printed_note(module_heading: str) -> list[Any]:
    """A paper TRF: its note names both modules and two skills, wrapped wherever the form puts it."""
    return [
        [(40, "IELTS Test Report Form"), (400, module_heading)],
        "NOTE Admission to undergraduate and post graduate courses should be based on the ACADEMIC",
        "Reading and Writing Modules. GENERAL TRAINING Reading and Writing Modules are not designed",
        "to test the full range of language skills required for academic purposes.",
        [(40, "Family Name"), (200, "SHARMA")],
        [(40, "First Name(s)"), (200, "ROHAN VIKRAM")],
        [(40, "Listening"), (100, "7.0"), (140, "Reading"), (190, "6.0"), (230, "Writing"), (280, "6.5"),
         (320, "Speaking"), (376, "6.5"), (420, "Overall Band Score"), (540, "6.5")],
    ]  # fmt: skip


def test_ielts_the_printed_note_is_neither_the_module_nor_a_band_label() -> None:
    for heading, module in (("GENERAL TRAINING", "general_training"), ("ACADEMIC", "academic")):
        facts = by_field(extract_ielts(doc(make_page(_trf_with_the_printed_note(heading)))))
        assert facts["ielts.module"].value == module
        bands = [facts[f"ielts.{b}"].value for b in ("listening", "reading", "writing", "speaking")]
        assert bands == [7.0, 6.0, 6.5, 6.5]


def test_ielts_a_module_heading_ending_in_module_is_still_the_module() -> None:
    rows = _trf_with_the_printed_note("GENERAL TRAINING MODULE")
    assert by_field(extract_ielts(doc(make_page(rows))))["ielts.module"].value == "general_training"


def test_ielts_a_far_label_is_not_a_label_tail() -> None:
    rows = [[(40, "Family Name"), (300, "Given Names"), (420, "ELEANOR")]]
    facts = by_field(extract_ielts(doc(make_page(rows))))
    assert "ielts.candidate_name" not in facts or facts["ielts.candidate_name"].status != FactStatus.accepted


# --- Bank statements -----------------------------------------------------------------------------


def _signed_statement(marks: tuple[str, str, str]) -> list[Any]:
    """One amount column; ``marks`` are how the two moves and the closing are printed."""
    return [
        "PACIFIC CREST BANK (SINGAPORE) LIMITED",
        "Co. Reg. No. 199804512K  1 Raffles Quay, Singapore 048583",
        [(40, "Account Holder"), (180, "DR PRIYANKA NAIR")],
        [(40, "Period"), (180, "2025/09/01 - 2025/09/30")],
        [(40, "Currency"), (180, "US Dollar")],
        [(40, "Date"), (120, "Description"), (360, "Amount"), (470, "Balance")],
        [(40, "2025/09/01"), (120, "BALANCE B/F"), (470, "1,000.00")],
        [(40, "2025/09/04"), (120, "TT REMITTANCE"), (360, marks[0]), (470, "800.00")],
        [(40, "2025/09/10"), (120, "INWARD TT"), (360, marks[1]), (470, "1,300.00")],
        [(40, "2025/09/30"), (120, "BALANCE C/F"), (470, marks[2])],
        [(40, "Total Debits"), (200, "(200.00)")],
        [(40, "Total Credits"), (200, "500.00")],
    ]


def test_bank_signed_amount_column_with_dr_cr_adds_up() -> None:
    facts = by_field(
        extract_bank_statement(doc(make_page(_signed_statement(("200.00 DR", "500.00 CR", "1,300.00")))))
    )
    assert facts["bank_statement.bank_name"].value == "PACIFIC CREST BANK (SINGAPORE) LIMITED"
    assert facts["bank_statement.currency"].value == "USD"
    assert facts["bank_statement.statement_start"].value == "2025-09-01"
    assert facts["bank_statement.statement_end"].value == "2025-09-30"
    closing = facts["bank_statement.closing_balance"]
    assert closing.value == 1300.0 and closing.status == FactStatus.accepted


def test_bank_signed_column_that_does_not_add_up_goes_to_review() -> None:
    rows = _signed_statement(("200.00 DR", "500.00 CR", "1,400.00"))
    closing = by_field(extract_bank_statement(doc(make_page(rows))))["bank_statement.closing_balance"]
    assert closing.value == 1400.0 and closing.status == FactStatus.needs_review


def test_bank_amounts_without_signs_cannot_be_checked() -> None:
    rows = _signed_statement(("200.00", "500.00", "1,300.00"))
    closing = by_field(extract_bank_statement(doc(make_page(rows))))["bank_statement.closing_balance"]
    assert closing.status == FactStatus.needs_review and "no sign" in (closing.note or "")


def test_bank_german_signed_column_and_full_cooperative_bank_name() -> None:
    rows = [
        "Hanseatische Volksbank Lüneburg eG",
        "Am Sande 21, 21335 Lüneburg",
        [(40, "Kontoauszug / Account Statement"), (400, "Nr. 5/2025")],
        [(40, "Kontoinhaber"), (200, "Herr Tobias Schneider")],
        [(40, "Zeitraum"), (200, "01.05.2025 - 31.05.2025")],
        [(40, "Buchung"), (100, "Valuta"), (160, "Vorgang"), (470, "Betrag EUR")],
        [(160, "Alter Kontostand vom 30.04.2025"), (470, "+1.000,00")],
        [(40, "02.05."), (100, "02.05."), (160, "Miete Mai"), (470, "-1.250,00")],
        [(40, "15.05."), (100, "15.05."), (160, "Gehalt 05/2025"), (470, "+4.380,17")],
        [(160, "Neuer Kontostand vom 31.05.2025"), (470, "+4.130,17")],
    ]
    facts = by_field(extract_bank_statement(doc(make_page(rows))))
    assert facts["bank_statement.bank_name"].value == "Hanseatische Volksbank Lüneburg eG"
    assert facts["bank_statement.currency"].value == "EUR"
    closing = facts["bank_statement.closing_balance"]
    assert closing.value == 4130.17 and closing.status == FactStatus.accepted


def test_bank_chinese_statement_holder_currency_and_period() -> None:
    rows = [
        "长江商业银行 Changjiang Commercial Bank",
        [(40, "户名 Name"), (160, "周婷"), (300, "账号 Account No."), (420, "6217 8800 1234 5590")],
        [(40, "币种 Currency"), (160, "人民币"), (300, "起止日期 Period"), (420, "2025-04-01 至 2025-06-30")],
        [(40, "交易日期 Date"), (140, "摘要 Description"), (330, "交易金额 Amount"), (460, "余额 Balance")],
        [(140, "期初余额 Opening Balance"), (460, "100.00")],
        [(40, "2025-04-10"), (140, "工资 Salary"), (330, "+50.00"), (460, "150.00")],
        [(140, "期末余额 Closing Balance"), (460, "150.00")],
    ]
    facts = by_field(extract_bank_statement(doc(make_page(rows))))
    assert facts["bank_statement.holder_name"].value == "周婷"
    assert facts["bank_statement.currency"].value == "CNY"
    assert facts["bank_statement.statement_start"].value == "2025-04-01"
    assert facts["bank_statement.statement_end"].value == "2025-06-30"
    assert facts["bank_statement.closing_balance"].status == FactStatus.accepted


def test_bank_currency_code_beside_an_account_word() -> None:
    rows = [
        "Kowloon Pacific Bank Limited",
        [(40, "Statement Period"), (200, "01 Jul 2025 to 31 Jul 2025")],
        "HKD Savings",
        "OCTOPUS AAVS TOP-UP",
    ]
    fact = by_field(extract_bank_statement(doc(make_page(rows))))["bank_statement.currency"]
    assert fact.value == "HKD" and fact.status == FactStatus.accepted


def test_bank_several_currency_codes_go_to_review() -> None:
    rows = ["Kowloon Pacific Bank Limited", "HKD Savings", "USD Savings"]
    fact = by_field(extract_bank_statement(doc(make_page(rows))))["bank_statement.currency"]
    assert fact.value == "HKD" and fact.status == FactStatus.needs_review


def test_bank_statement_title_is_not_a_bank_name() -> None:
    rows = ["Bank Statement", "Thank you for banking with us"]
    assert "bank_statement.bank_name" not in by_field(extract_bank_statement(doc(make_page(rows))))


def test_an_english_word_that_is_also_a_currency_code_is_not_the_currency() -> None:
    # ALL is the Albanian lek's code; in capitals it is also the word in this heading.
    rows = [
        "Kowloon Pacific Bank Limited",
        "COMBINED BALANCE OF ALL ACCOUNTS",
        [(40, "Total"), (300, "HK$ 1,200.00")],
    ]
    fact = by_field(extract_bank_statement(doc(make_page(rows)))).get("bank_statement.currency")
    assert fact is None or fact.value != "ALL"


def test_toefl_name_parts_in_mixed_case_under_their_heads() -> None:
    rows = [
        [(40, "Last Name"), (220, "First Name"), (400, "Middle Name")],
        [(40, "WÓJCIK"), (220, "Katarzyna"), (400, "Zofia")],
        [(40, "Date of Birth (MM/DD/YYYY)"), (260, "06/05/1993")],
    ]
    fact = by_field(extract_toefl(doc(make_page(rows))))["toefl.candidate_name"]
    assert (fact.value, fact.status) == ("KATARZYNA ZOFIA WÓJCIK", FactStatus.accepted)


def test_toefl_the_next_rows_labelled_value_is_no_middle_name() -> None:
    rows = [
        [(40, "Last Name:"), (110, "ZHUMABEKOV"), (220, "First Name:"), (296, "YERLAN"),
         (370, "Middle Name:"), (450, "-")],
        [(40, "Date of Birth:"), (140, "Aug 30, 1992"), (300, "Country:"), (360, "Kazakhstan")],
    ]  # fmt: skip
    assert by_field(extract_toefl(doc(make_page(rows))))["toefl.candidate_name"].value == "YERLAN ZHUMABEKOV"


def test_hsk_a_name_wider_than_its_label_is_read_whole() -> None:
    rows = [
        "汉语水平考试 HSK 五级 成绩报告",
        [(40, "姓名"), (240, "国籍 Nationality")],
        [(40, "NGUYEN MINH ANH"), (240, "越南 Vietnam")],
    ]
    assert by_field(extract_hsk(doc(make_page(rows))))["hsk.candidate_name"].value == "NGUYEN MINH ANH"


def test_toefl_boxed_heads_in_capitals_read_the_cell_under_each_head() -> None:
    rows = [
        [(40, "LAST (FAMILY) NAME"), (250, "FIRST (GIVEN) NAME"), (450, "MIDDLE NAME")],
        [(40, "AL-QAHTANI"), (250, "FAISAL"), (450, "SAAD")],
    ]
    fact = by_field(extract_toefl(doc(make_page(rows))))["toefl.candidate_name"]
    assert fact.value == "FAISAL SAAD AL-QAHTANI"  # not "MIDDLE", the next head, nor SAAD twice
