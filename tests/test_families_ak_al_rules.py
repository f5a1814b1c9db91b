"""The general rules families AK and AL asked for, each on a document of its own (not theirs)."""

from __future__ import annotations

from core.models import DocType, Fact
from extractors.registry import EXTRACTORS
from tests.test_extract_toolkit import doc, make_page


def _facts(kind: DocType, rows: list) -> dict[str, Fact]:
    return {f.field.split(".", 1)[1]: f for f in EXTRACTORS[kind](doc(make_page(rows)))}


def test_a_title_field_that_ends_a_word_into_the_next_line() -> None:
    facts = _facts(
        DocType.degree,
        [
            "EXAMPLE UNIVERSITY",
            "This is to certify that CHAN Tai Man",
            "has been conferred the degree of Master of Science in Civil and Environmental",
            "Engineering.",
        ],
    )
    assert facts["field"].value == "Civil and Environmental Engineering"


def test_our_bank_before_a_post_is_not_part_of_it_and_a_branch_is_the_employer() -> None:
    facts = _facts(
        DocType.reference_letter,
        [
            "示例银行股份有限公司广州分行",
            "在职证明",
            "兹证明李明同志自2012年7月1日起在我行工作，现任我行 公司金融部 总经理，带领团队 20 人。",
        ],
    )
    assert facts["position"].value == "公司金融部总经理"
    assert facts["employer"].value == "示例银行股份有限公司广州分行"


def test_a_mc_surname_in_capitals_is_part_of_the_holders_name() -> None:
    facts = _facts(
        DocType.bank_statement,
        [
            "Example Bank plc",
            [(40, "MR SEAN MICHAEL McGRATH"), (330, "Statement date 29 Sep 2026")],
            [(40, "22 ANTRIM ROAD"), (330, "Account number 40615528")],
        ],
    )
    assert facts["holder_name"].value == "SEAN MICHAEL McGRATH"


def test_a_colon_ends_a_label_so_the_value_is_not_read_as_its_last_word() -> None:
    facts = _facts(
        DocType.bank_statement,
        [
            "BANCO EXEMPLO S.A.",
            [(40, "Customer:"), (94, "ANA"), (118, "LUIZA"), (166, "PEREIRA")],
            [(40, "Period:"), (94, "01/09/2026 to 30/09/2026")],
        ],
    )
    assert facts["holder_name"].value == "ANA LUIZA PEREIRA"
