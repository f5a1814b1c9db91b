"""`audit verify`: an untouched case is intact; one changed byte or one edited event is found and named."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from audit.verify import verify_case
from cli.main import main
from core.decisions import DecisionKind
from pipeline.review_actions import decide
from pipeline.run import process_upload_root
from store.event_chain import event_hash
from tests.helpers import text_pdf

AS_OF = date(2026, 11, 1)


@pytest.fixture
def processed(tmp_path: Path) -> Path:
    """A small case of text-layer PDFs (no OCR, so each test gets a fresh one quickly)."""
    case = tmp_path / "uploads" / "C200"
    case.mkdir(parents=True)
    text_pdf(case / "trf.pdf", ["IELTS", "Test Report Form", "ACADEMIC", "Overall Band Score 7.5"])
    (case / "letters").mkdir()
    text_pdf(case / "letters" / "reference.pdf", ["To whom it may concern", "has been employed by ACME"])
    process_upload_root(tmp_path / "uploads", tmp_path / "out", AS_OF)
    return tmp_path


def events(out: Path) -> list[sqlite3.Row]:
    with sqlite3.connect(out / "store.sqlite") as db:
        db.row_factory = sqlite3.Row
        return db.execute("SELECT * FROM events WHERE case_id='C200' ORDER BY seq").fetchall()


def execute(out: Path, sql: str, params: tuple[object, ...]) -> None:
    with sqlite3.connect(out / "store.sqlite") as db:
        db.execute(sql, params)


def test_an_untouched_case_verifies(processed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = processed / "out"
    result = verify_case(out, "C200")
    assert result.ok, result.describe()
    assert result.documents_checked == 2 and result.events >= 3
    assert result.head_hash == events(out)[-1]["hash"]
    assert main(["audit", "verify", "C200", "--out", str(out)]) == 0
    assert "intact" in capsys.readouterr().out


def test_one_changed_byte_in_an_upload_is_found_and_the_file_named(
    processed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = processed / "out"
    path = processed / "uploads" / "C200" / "letters" / "reference.pdf"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    result = verify_case(out, "C200")
    [problem] = result.problems
    assert (problem.kind, problem.file) == ("document", "letters/reference.pdf")
    assert problem.expected != problem.actual and problem.actual is not None
    assert main(["audit", "verify", "C200", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "letters/reference.pdf" in err and problem.expected in err and problem.actual in err


def test_a_missing_upload_is_named(processed: Path) -> None:
    (processed / "uploads" / "C200" / "trf.pdf").unlink()
    [problem] = verify_case(processed / "out", "C200").problems
    assert problem.file == "trf.pdf" and "missing" in problem.message


def test_one_edited_event_payload_is_found_by_its_seq(
    processed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = processed / "out"
    target = events(out)[1]
    payload = json.loads(target["payload_json"])
    payload["sha256"] = "0" * 64  # pretend another file was received
    execute(out, "UPDATE events SET payload_json=? WHERE case_id='C200' AND seq=?", (json.dumps(payload), 2))
    result = verify_case(out, "C200")
    chain = [p for p in result.problems if p.kind == "event"]
    assert [(p.seq, p.event_kind) for p in chain] == [(2, target["kind"])]
    assert main(["audit", "verify", "C200", "--out", str(out)]) == 1
    assert f"event seq 2 ({target['kind']})" in capsys.readouterr().err


def test_an_edit_that_recomputes_its_own_hash_breaks_the_next_link(processed: Path) -> None:
    out = processed / "out"
    first = events(out)[0]
    payload = json.dumps({**json.loads(first["payload_json"]), "size_bytes": 1}, sort_keys=True)
    forged = event_hash(first["prev_hash"], "C200", 1, first["at"], first["kind"], payload)
    execute(out, "UPDATE events SET payload_json=?, hash=? WHERE case_id='C200' AND seq=1", (payload, forged))
    chain = [p for p in verify_case(out, "C200").problems if p.kind == "event"]
    assert [p.seq for p in chain] == [2] and "prev_hash" in chain[0].message


def test_a_deleted_event_and_a_cut_chain_are_found(processed: Path) -> None:
    out = processed / "out"
    rows = events(out)
    head = rows[-1]["hash"]
    execute(out, "DELETE FROM events WHERE case_id='C200' AND seq=?", (len(rows),))
    assert verify_case(out, "C200").ok  # the newest event's loss is invisible from inside the chain...
    result = verify_case(out, "C200", expected_head=head)  # ...but not against a kept head hash
    assert [p.kind for p in result.problems] == ["head"]
    execute(out, "DELETE FROM events WHERE case_id='C200' AND seq=1", ())
    seqs = {p.seq for p in verify_case(out, "C200").problems if p.kind == "event"}
    assert 2 in seqs


def test_an_edited_decision_row_differs_from_its_event(processed: Path) -> None:
    out = processed / "out"
    decide(out, "C200", DecisionKind.accept_fact, "alice", file="trf.pdf", field="ielts.overall")
    assert verify_case(out, "C200").ok
    execute(out, "UPDATE decisions SET actor='mallory' WHERE case_id='C200'", ())
    [problem] = verify_case(out, "C200").problems
    assert problem.kind == "decision" and "actor" in problem.message


def test_an_unknown_case_or_output_cannot_be_verified(processed: Path, tmp_path: Path) -> None:
    assert main(["audit", "verify", "NOPE", "--out", str(processed / "out")]) == 2
    assert main(["audit", "verify", "C200", "--out", str(tmp_path / "empty")]) == 2
