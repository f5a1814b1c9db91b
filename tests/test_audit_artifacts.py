"""What the Prefect UI shows per case run: a markdown summary and a flag table, built without Prefect."""

from __future__ import annotations

from datetime import date

from audit.artifacts import case_markdown, flag_rows
from core.models import CaseResult, ChecklistItem, Flag, Severity
from tests.factories import document, fact


def result() -> CaseResult:
    return CaseResult(
        case_id="C300",
        as_of=date(2026, 11, 1),
        documents=[document("a|b.pdf", "ielts")],
        facts=[fact("a|b.pdf", "ielts.overall", 7.5)],
        checklist=[ChecklistItem(item="passport", status="missing", reason="no passport document")],
        flags=[
            Flag(code="LOW", severity=Severity.info, message="fyi"),
            Flag(code="NO_PASSPORT", severity=Severity.blocker, message="no passport"),
            Flag(
                code="CHECK", severity=Severity.warning, message="look", status="waived", decided_by="alice"
            ),
        ],
        prerequisites=[],
        profile={},
        assessment={
            "ruleset": "gpt-criteria-2024",
            "summary": {"score": "4/12 criteria (need 6)", "passed": False},
        },
    )


def test_flag_rows_put_blockers_first_and_show_who_closed_a_flag() -> None:
    rows = flag_rows(result())
    assert [r["code"] for r in rows] == ["NO_PASSPORT", "CHECK", "LOW"]
    assert rows[1] == {
        "severity": "warning",
        "code": "CHECK",
        "status": "waived",
        "file": "",
        "field": "",
        "message": "look",
        "decided_by": "alice",
    }


def test_case_markdown_states_status_outcome_blockers_and_documents() -> None:
    text = case_markdown(result())
    assert text.startswith("# Case C300: blocked")
    assert "4/12 criteria (need 6) does not pass" in text
    assert "`NO_PASSPORT`: no passport" in text
    assert "| a\\|b.pdf | ielts | ok |" in text  # a pipe in a file name does not break the table
