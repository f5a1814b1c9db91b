"""Forms from Korea, mainland China and Thailand as a consultancy receives them: bilingual cells, tilde
periods, Hangul dates and addresses, captions printed under their values. Each test pins one rule
learnt from issuer families U and V."""

from __future__ import annotations

from typing import Any

from core.models import FactStatus
from extractors.dates import to_iso
from extractors.ielts import extract_ielts
from extractors.reference_letter import extract_reference_letter
from extractors.toefl import extract_toefl
from tests.test_extract_toolkit import doc, make_page


def _facts(rows: list[Any]) -> dict[str, Any]:
    return {
        f.field.removeprefix("reference_letter."): f for f in extract_reference_letter(doc(make_page(rows)))
    }


CAREER_CERTIFICATE: list[Any] = [
    "경 력 증 명 서",
    "CERTIFICATE OF CAREER",
    [(40, "성명 Name"), (260, "이민호 LEE MINHO")],
    [(40, "회사명 Company"), (260, "대한정밀 주식회사 (Daehan Precision Co., Ltd.)")],
    [(40, "최종직위 Last Position"), (260, "과장 (Section Manager)")],
    "직위 이력 Position history",
    [(40, "2012.04.02 ~ 2016.12.31"), (220, "사원 Design Engineer")],
    [(40, "2017.01.02 ~ 2023.06.30"), (220, "과장 Section Manager")],
    "위와 같이 경력을 증명합니다. We certify the above career history.",
    "2026년 9월 14일",
    [(40, "대한정밀 주식회사"), (220, "대표이사 CEO")],
    "부산광역시 해운대구 센텀중앙로 79",
]


def test_korean_dates_read_like_chinese_ones() -> None:
    assert to_iso("2026년 10월 5일") == "2026-10-05"
    assert to_iso("2026 년 9 월 14 일") == "2026-09-14"


def test_a_career_certificate_with_tilde_periods_gives_the_latest_post_in_english() -> None:
    facts = _facts(CAREER_CERTIFICATE)
    assert facts["position"].value == "Section Manager"
    assert (facts["start_date"].value, facts["end_date"].value) == ("2012-04-02", "2023-06-30")
    assert facts["letter_date"].value == "2026-09-14"


def test_the_company_cell_names_the_employer_in_its_latin_form() -> None:
    fact = _facts(CAREER_CERTIFICATE)["employer"]
    assert (fact.value, fact.method) == ("Daehan Precision Co., Ltd.", "label")


def test_an_address_in_hangul_is_in_korea() -> None:
    assert _facts(CAREER_CERTIFICATE)["country"].value == "KOR"


def test_a_heading_naming_the_position_history_is_no_title() -> None:
    rows = ["CERTIFICATE OF EMPLOYMENT", "Position history", "We certify the above career history."]
    assert "position" not in _facts(rows)


def test_a_bilingual_title_cell_is_read_in_english() -> None:
    rows = [
        "青岛海湾精密机械有限公司",
        "在 职 证 明 CERTIFICATE OF EMPLOYMENT",
        [(40, "姓名 Name"), (200, "孙晓明 SUN Xiaoming")],
        [(40, "职务 Position"), (200, "会计 Accountant")],
    ]
    fact = _facts(rows)["position"]
    assert (fact.value, fact.status) == ("Accountant", FactStatus.accepted)


def test_a_title_in_one_script_is_kept_whole() -> None:
    rows = ["在职证明", [(40, "姓名"), (200, "孙晓明")], [(40, "职务 Position"), (200, "Senior Accountant")]]
    assert _facts(rows)["position"].value == "Senior Accountant"


def test_a_middle_name_field_stands_between_the_first_and_last_names() -> None:
    rows = [
        "TOEFL iBT Score Report",
        [(40, "Last Name"), (200, "First Name"), (360, "Middle Name")],
        [(40, "BOATENG"), (200, "KWABENA"), (360, "ASANTE")],
    ]
    fact = {f.field: f for f in extract_toefl(doc(make_page(rows)))}["toefl.candidate_name"]
    assert fact.value == "KWABENA ASANTE BOATENG"


def test_an_empty_middle_name_field_adds_nothing() -> None:
    rows = [[(40, "Last Name:"), (110, "ZHUMABEKOV"), (220, "First Name:"), (296, "YERLAN"),
             (370, "Middle Name:"), (450, "-")]]  # fmt: skip
    fact = {f.field: f for f in extract_toefl(doc(make_page(rows)))}["toefl.candidate_name"]
    assert fact.value == "YERLAN ZHUMABEKOV"


# --- A form that prints each caption under its value ---------------------------------------------

CAPTIONS_UNDER_VALUES: list[Any] = [
    "IELTS on computer  Test Report Form",
    "GENERAL TRAINING",
    "",
    [(40, "SRISUK"), (230, "PHATCHARAPORN")],
    [(40, "Family name"), (230, "First name(s)")],
    [(40, "02 DEC 1994"), (230, "AC4418207")],
    [(40, "Date of birth"), (230, "Candidate ID")],
    [(40, "21 FEB 2026"), (230, "TH001")],
    [(40, "Test date"), (230, "Centre number")],
    "",
    [(40, "6.0"), (130, "6.5"), (220, "6.0"), (310, "7.0"), (430, "6.5")],
    [(40, "Listening"), (130, "Reading"), (220, "Writing"), (310, "Speaking"), (430, "Overall")],
]


def test_captions_under_their_values_are_read_upwards() -> None:
    facts = {
        f.field.removeprefix("ielts."): f.value for f in extract_ielts(doc(make_page(CAPTIONS_UNDER_VALUES)))
    }
    assert facts["candidate_name"] == "PHATCHARAPORN SRISUK"  # not "PHATCHARAPORN DEC" from the date below
    assert (facts["date_of_birth"], facts["test_date"]) == ("1994-12-02", "2026-02-21")
    assert [facts[b] for b in ("listening", "reading", "writing", "speaking", "overall")] == [
        6.0,
        6.5,
        6.0,
        7.0,
        6.5,
    ]


def test_labels_over_their_values_still_read_downwards() -> None:
    rows = [
        "IELTS on computer  Test Report Form",
        [(40, "Family name"), (230, "First name(s)")],
        [(40, "SRISUK"), (230, "PHATCHARAPORN")],
        [(40, "Date of birth"), (230, "Candidate ID")],
        [(40, "02 DEC 1994"), (230, "AC4418207")],
        [(40, "Test date"), (230, "Centre number")],
        [(40, "21 FEB 2026"), (230, "TH001")],
    ]
    facts = {f.field.removeprefix("ielts."): f.value for f in extract_ielts(doc(make_page(rows)))}
    assert (facts["candidate_name"], facts["date_of_birth"]) == ("PHATCHARAPORN SRISUK", "1994-12-02")
    assert facts["test_date"] == "2026-02-21"


def test_bands_centred_over_their_captions_are_read_upwards() -> None:
    rows = [
        "IELTS General Training  Test Report Form",
        "",
        [(60, "7.5"), (160, "6.0"), (260, "6.0"), (360, "7.0"), (480, "6.5")],
        [(40, "Listening"), (140, "Reading"), (240, "Writing"), (340, "Speaking"), (440, "Overall Band")],
        [(480, "B2")],
        [(440, "CEFR level")],
    ]
    facts = {f.field.removeprefix("ielts."): f.value for f in extract_ielts(doc(make_page(rows)))}
    assert [facts[b] for b in ("listening", "reading", "writing", "speaking", "overall")] == [
        7.5,
        6.0,
        6.0,
        7.0,
        6.5,
    ]
