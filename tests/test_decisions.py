"""A decision is recorded with before and after, re-assesses the case without OCR, and survives re-runs."""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest

from core.decisions import DecisionKind
from pipeline.review_actions import DecisionError, decide
from pipeline.run import process_upload_root
from readers.tesseract import ocr_call_count
from store.sqlite_store import Store
from tests.helpers import text_pdf

AS_OF = date(2026, 11, 1)


@pytest.fixture
def processed(tmp_path: Path) -> Path:
    case = tmp_path / "uploads" / "C100"
    case.mkdir(parents=True)
    text_pdf(case / "trf.pdf", ["IELTS", "Test Report Form", "ACADEMIC", "Overall Band Score 7.5"])
    (case / "mystery.pdf").write_bytes(b"%PDF-1.4 broken")
    process_upload_root(tmp_path / "uploads", tmp_path / "out", AS_OF)
    return tmp_path


def test_waiving_a_flag_is_recorded_and_the_case_is_reassessed_without_ocr(processed: Path) -> None:
    out = processed / "out"
    before = ocr_call_count()
    result = decide(
        out,
        "C100",
        DecisionKind.waive_flag,
        "alice",
        file="mystery.pdf",
        flag_code="DOC_UNREADABLE",
        reason="client re-sent it by email",
    )
    assert ocr_call_count() == before
    flag = next(f for f in result.flags if f.code == "DOC_UNREADABLE")
    assert (flag.status, flag.decided_by, flag.decision_reason) == (
        "waived",
        "alice",
        "client re-sent it by email",
    )
    [decision] = Store(out / "store.sqlite").decisions_for_case("C100")
    assert (decision.before, decision.after, decision.actor) == ("open", "waive_flag", "alice")


def test_a_later_run_over_the_same_bytes_keeps_the_human_decision(processed: Path) -> None:
    out = processed / "out"
    decide(
        out,
        "C100",
        DecisionKind.correct_fact,
        "bob",
        file="trf.pdf",
        field="ielts.overall",
        after=8.0,
        reason="read from the paper original",
    )
    again = process_upload_root(processed / "uploads", out, AS_OF).results[0]
    fact = next(f for f in again.facts if f.field == "ielts.overall")
    assert (fact.value, fact.status.value, fact.decided_by) == (8.0, "accepted", "bob")


def test_setting_a_document_type_reextracts_it_from_the_stored_reading(processed: Path) -> None:
    out = processed / "out"
    result = decide(out, "C100", DecisionKind.set_doc_type, "carol", file="trf.pdf", after="toefl")
    assert next(d for d in result.documents if d.file == "trf.pdf").doc_type.value == "toefl"


def test_a_correction_without_a_reason_or_of_an_unknown_file_is_refused(processed: Path) -> None:
    out = processed / "out"
    with pytest.raises(DecisionError):
        decide(
            out, "C100", DecisionKind.correct_fact, "bob", file="trf.pdf", field="ielts.overall", after=8.0
        )
    with pytest.raises(DecisionError):
        decide(out, "C100", DecisionKind.accept_fact, "bob", file="nope.pdf", field="ielts.overall")


def test_every_decision_and_run_lands_in_the_case_event_chain(processed: Path) -> None:
    out = processed / "out"
    decide(
        out,
        "C100",
        DecisionKind.waive_flag,
        "alice",
        file="mystery.pdf",
        flag_code="DOC_UNREADABLE",
        reason="ok",
    )
    events = Store(out / "store.sqlite").events_for_case("C100")
    kinds = [e["kind"] for e in events]
    assert kinds[:2] == ["document_received", "document_received"]
    assert "decision" in kinds
    assert all(e["prev_hash"] == p["hash"] for p, e in pairwise(events))
