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
