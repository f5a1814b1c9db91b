"""The general rules families AI and AJ asked for, each on a document of its own (not theirs)."""

from __future__ import annotations

from core.models import DocType, Fact, FactStatus
from extractors.dates import find_dates, rewrite_dates
from extractors.registry import EXTRACTORS
from tests.test_extract_toolkit import doc, make_page


def _facts(kind: DocType, rows: list) -> dict[str, Fact]:
    return {f.field.split(".", 1)[1]: f for f in EXTRACTORS[kind](doc(make_page(rows)))}


def test_a_date_of_another_calendar_is_no_date_but_the_gregorian_beside_it_is() -> None:
    def dates(text: str) -> list[str]:
        return [d.value for d in find_dates(rewrite_dates(text))]

    assert dates("Date: 2083/06/05 B.S. (21 Sep 2026 A.D.)") == ["2026-09-21"]  # Bikram Sambat
    assert dates("1445/03/12 AH") == []  # Hijri
    assert dates("Conferred 12/03/2019 B.S. Computer Science") == ["2019-03-12"]  # a degree, not an era


def test_a_nepali_letter_dated_in_both_calendars_is_dated_in_the_gregorian() -> None:
    facts = _facts(
        DocType.reference_letter,
        [
            "EXAMPLE ENGINEERING PVT. LTD.",
            [(40, "Kathmandu, Nepal"), (330, "Date: 2082/07/10 B.S. (27 Oct 2025 A.D.)")],
            "This is to certify that Mr. Ram Thapa worked at this company as a Site Engineer.",
        ],
    )
    assert facts["letter_date"].value == "2025-10-27"


def test_a_bracketed_branch_under_a_title_with_a_broad_field_goes_to_review() -> None:
    facts = _facts(
        DocType.degree,
        [
            "EXAMPLE UNIVERSITY",
            "has been awarded the degree of Bachelor of Science in Engineering",
            "(Mechanical Power Engineering)",
            "with the general grade of Good.",
        ],
    )
    assert facts["field"].value == "Mechanical Power Engineering"
    assert facts["field"].status == FactStatus.needs_review


def test_nom_et_prenom_labels_the_whole_name() -> None:
    facts = _facts(
        DocType.transcript,
        [
            "UNIVERSITÉ D'EXEMPLE",
            "RELEVÉ DE NOTES / ACADEMIC TRANSCRIPT",
            [(40, "Nom et prénom / Full name"), (250, "ALAOUI Youssef")],
            [(40, "Date de naissance"), (250, "02/03/1997")],
        ],
    )
    assert facts["holder_name"].value == "ALAOUI Youssef"


def test_the_chinese_half_of_a_bilingual_name_label_is_not_the_name() -> None:
    facts = _facts(
        DocType.prc_id_card,
        [
            "Translation of Resident Identity Card",
            [(40, "Name 姓名"), (200, "李娜 LI Na")],
            [(40, "Citizen ID No. 公民身份号码"), (200, "110101199003078515")],
        ],
    )
    assert facts["name"].value == "李娜"


def test_a_chinese_certificate_ending_zhi_d_lizhi_with_a_deputy_chief_engineer() -> None:
    facts = _facts(
        DocType.reference_letter,
        [
            [(250, "工作证明")],
            "兹证明李强（身份证号：110101199003078515）于2013年5月6日入职我公司，",
            "至2023年8月31日离职。离职前任研发中心副总工程师，带领十余人的研发团队。",
        ],
    )
    assert facts["end_date"].value == "2023-08-31"
    assert facts["position"].value == "研发中心副总工程师"
    assert facts["senior_role"].value is True


def test_posts_held_in_turn_give_the_last_and_a_list_of_duties_no_post() -> None:
    posts = _facts(
        DocType.reference_letter,
        [
            "离职证明",
            "兹证明王五自2015年1月1日起在我公司工作，先后担任会计、财务部经理职务，",
            "于2024年1月31日离职。",
        ],
    )
    assert posts["position"].value == "财务部经理"
    duties = _facts(
        DocType.reference_letter,
        ["在职证明", "兹证明王五自2015年1月1日起在我公司工作至今，担任项目管理、团队建设等工作。"],
    )
    assert "position" not in duties


def test_a_company_over_its_seal_mark_on_the_next_line() -> None:
    facts = _facts(
        DocType.reference_letter,
        [
            "离职证明",
            "兹证明王五自2015年1月1日起在我公司工作，任会计，于2024年1月31日离职。",
            "在职期间工作认真负责。",
            "其与我公司的劳动合同已依法解除，双方无任何劳动纠纷。",
            "本证明仅用于其办理相关手续。",
            "如需核实，请致电人力资源部。",
            "特此证明。",
            [(340, "示例海洋科技有限公司")],
            [(340, "（盖章）")],
        ],
    )
    assert facts["employer"].value == "示例海洋科技有限公司"
    assert facts["employer"].method == "signature"


def test_a_programme_of_research_in_a_field_on_the_next_line() -> None:
    facts = _facts(
        DocType.degree,
        [
            "EXAMPLE UNIVERSITY OF HONG KONG",
            "This is to certify that",
            "CHAN Tai Man",
            "having completed the approved programme of research in",
            "Biomedical Engineering",
            "has been awarded the degree of",
            "DOCTOR OF PHILOSOPHY",
        ],
    )
    assert facts["field"].value == "Biomedical Engineering"
