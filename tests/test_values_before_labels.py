"""Forms that print each value before its label, and labels that follow a translation."""

from __future__ import annotations

from core.models import DocType
from extractors.registry import EXTRACTORS
from extractors.text_fields import find_labels, left_of
from tests.test_extract_toolkit import doc, make_page


def _facts(kind: DocType, rows: list) -> dict[str, object]:
    return {f.field.split(".", 1)[1]: f.value for f in EXTRACTORS[kind](doc(make_page(rows)))}


def test_left_of_takes_the_cell_nearest_the_label_only() -> None:
    page = make_page([[(40, "Almaty"), (200, "2026-03-21"), (360, "Test date")]])
    hit = find_labels(page, ("Test date",))[0]
    assert [w.text for w in left_of(page, hit)] == ["2026-03-21"]


def test_a_toefl_report_with_values_first_is_read() -> None:
    facts = _facts(
        DocType.toefl,
        [
            "TOEFL iBT Score Report  |  score scale 1-6",
            [(40, "1997-01-11"), (360, "Date of birth")],
            [(40, "2026-03-21"), (360, "Test date")],
            [(40, "5.0"), (100, "Reading")],
            [(40, "4.5"), (100, "Listening")],
            [(40, "4.0"), (100, "Speaking")],
            [(40, "4.5"), (100, "Writing")],
            [(40, "4.5"), (100, "Overall band score (1-6)")],
        ],
    )
    assert (facts["date_of_birth"], facts["test_date"]) == ("1997-01-11", "2026-03-21")
    assert [facts[k] for k in ("reading", "listening", "speaking", "writing", "total")] == [
        5.0,
        4.5,
        4.0,
        4.5,
        4.5,
    ]


def test_a_label_with_its_value_on_the_right_never_takes_the_left_neighbour() -> None:
    facts = _facts(
        DocType.toefl,
        [[(40, "Report issued 2026-04-02"), (300, "Test date"), (420, "2026-03-21")]],
    )
    assert facts["test_date"] == "2026-03-21"


def test_a_label_after_its_chinese_translation_and_a_colon_inside_a_word() -> None:
    facts = _facts(
        DocType.psc,
        [
            "国家普通话水平测试 等级证书",
            [(40, "姓 名：黄丽萍"), (300, "证件号码：450103198804301269")],
            [(40, "测试时间：2020.09.26"), (300, "测试成绩：93.2")],
            [(40, "等 级：一级乙等")],
            [(40, "编号 No. 4500120003318")],
        ],
    )
    assert facts["candidate_name"] == "黄丽萍"
    assert facts["test_date"] == "2020-09-26"
    assert facts["certificate_number"] == "4500120003318"
