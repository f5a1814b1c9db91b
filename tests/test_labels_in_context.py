"""A label is read for what its neighbours make of it: qualified, inside prose, or the current title."""

from __future__ import annotations

from core.models import DocType
from extractors.registry import EXTRACTORS
from extractors.text_fields import parse_day, value_near
from tests.test_extract_toolkit import doc, make_page


def _facts(kind: DocType, rows: list) -> dict[str, object]:
    return {f.field.split(".", 1)[1]: f.value for f in EXTRACTORS[kind](doc(make_page(rows)))}


def test_a_qualified_label_is_not_the_label() -> None:
    page = make_page(
        [
            "valid for two years from the test date.",
            [(40, "Previous Test Date"), (200, "14/SEP/2024")],
            [(40, "Test Date"), (200, "08/MAR/2025")],
        ]
    )
    found = value_near([page], ("Test Date",), parse_day, ("right", "below"))
    assert found is not None and found.value == "2025-03-08"


def test_the_title_held_now_wins_over_an_earlier_promotion() -> None:
    facts = _facts(
        DocType.reference_letter,
        [
            "VERTEX EXAMPLE SOLUTIONS PVT. LTD.",
            "Date: 14th August 2026",
            "This is to certify that Mr. Rohan Mehta has been working with us from 2nd June 2014 till date.",
            "He joined us as a Software Engineer, was promoted to Technical Lead on 1st April 2018",
            "and to Delivery Manager on 1st October 2022, the position he currently holds.",
        ],
    )
    assert facts["position"] == "Delivery Manager"
    assert facts["letter_date"] == "2026-08-14"


def test_a_chinese_letter_is_dated_by_its_signature_not_by_the_start_of_employment() -> None:
    facts = _facts(
        DocType.reference_letter,
        [
            "在职证明",
            "兹证明 张晓峰 先生自2015年7月6日起在我公司工作至今。",
            "This is to certify that Mr. ZHANG Xiaofeng has been employed by our company since",
            "July 6, 2015. Since April 2019 he has been a Senior Engineer in the R&D Department.",
            [(330, "Example Technology Co., Ltd.")],
            [(330, "September 10, 2026")],
        ],
    )
    assert facts["letter_date"] == "2026-09-10"
    assert facts["position"] == "Senior Engineer"


def test_the_unit_after_of_the_is_not_part_of_the_title() -> None:
    facts = _facts(
        DocType.reference_letter,
        [
            "Example Investment Management Co., Ltd.",
            "This is to certify that Ms. ZHAO Min worked for our company from 1 March 2016 to",
            "31 December 2024 as Finance Manager of the Finance Department.",
        ],
    )
    assert facts["position"] == "Finance Manager"
