"""Re-check a case's record: the event hash chain, and the uploaded bytes against their recorded hashes.

The chain makes an edit visible: changing an event's payload breaks its own hash; recomputing that
hash breaks the next event's ``prev_hash``. Deleting the newest events cannot be seen from inside the
chain, so the head hash is printed in every report and ``expected_head`` checks it against a copy.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field

from readers.hashing import sha256_file
from store.event_chain import GENESIS, event_hash
from store.sqlite_store import Store

ProblemKind = Literal["event", "document", "decision", "fact", "case_json", "head", "case"]


class Problem(BaseModel):
    """One thing that differs, named precisely enough to find it."""

    kind: ProblemKind
    message: str
    seq: int | None = None
    event_kind: str | None = None
    file: str | None = None
    expected: str | None = None
    actual: str | None = None


class VerifyResult(BaseModel):
    case_id: str
    events: int = 0
    head_hash: str | None = None
    documents_checked: int = 0
    problems: list[Problem] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def describe(self) -> str:
        head = f"{self.events} event(s), head {self.head_hash or '(none)'}; {self.documents_checked} file(s)"
        if self.ok:
            lines = [f"{self.case_id}: intact: {head}"]
        else:
            lines = [f"{self.case_id}: {len(self.problems)} problem(s): {head}"]
            lines += [f"  - {p.message}" for p in self.problems]
        lines += [f"  note: {n}" for n in self.notes]
        return "\n".join(lines)


def check_chain(case_id: str, events: list[dict[str, Any]]) -> list[Problem]:
    problems: list[Problem] = []
    prev = GENESIS
    for index, event in enumerate(events, start=1):
        seq, kind = event["seq"], event["kind"]
        where = f"event seq {seq} ({kind})"
        if seq != index:
            problems.append(
                Problem(
                    kind="event",
                    seq=seq,
                    event_kind=kind,
                    expected=str(index),
                    actual=str(seq),
                    message=f"{where}: sequence broken, expected seq {index} (an event is missing)",
                )
            )
        if event["prev_hash"] != prev:
            problems.append(
                Problem(
                    kind="event",
                    seq=seq,
                    event_kind=kind,
                    expected=prev,
                    actual=event["prev_hash"],
                    message=f"{where}: prev_hash {event['prev_hash']} does not match the previous event's "
                    f"hash {prev}",
                )
            )
        recomputed = event_hash(event["prev_hash"], case_id, seq, event["at"], kind, event["payload_json"])
        if recomputed != event["hash"]:
            problems.append(
                Problem(
                    kind="event",
                    seq=seq,
                    event_kind=kind,
                    expected=event["hash"],
                    actual=recomputed,
                    message=f"{where}: content changed after it was recorded (stored hash {event['hash']}, "
                    f"recomputed {recomputed})",
                )
            )
        prev = event["hash"]
    return problems


def _payload(event: dict[str, Any]) -> dict[str, Any]:
    try:
        value = json.loads(event["payload_json"])
    except json.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}


def _current_documents(store: Store, case_id: str) -> list[dict[str, Any]]:
    with store.connect() as db:
        rows = db.execute(
            "SELECT file, sha256 FROM documents WHERE case_id=? AND removed_run IS NULL ORDER BY file",
            (case_id,),
        ).fetchall()
    return [dict(r) for r in rows]


def check_documents(
    case_dir: Path, documents: list[dict[str, Any]], events: list[dict[str, Any]] | None
) -> list[Problem]:
    """Bytes on disk against the store; ``events`` None skips the event cross-check (no log at all)."""
    received: dict[str, str] = {}  # file -> sha256 of its latest document_received event
    for event in events or []:
        if event["kind"] == "document_received":
            payload = _payload(event)
            if "file" in payload:
                received[payload["file"]] = payload.get("sha256", "")
    problems: list[Problem] = []
    for doc in documents:
        file, expected = doc["file"], doc["sha256"]
        logged = received.get(file)
        if events is not None and logged is None:
            problems.append(
                Problem(kind="document", file=file, message=f"{file}: no document_received event records it")
            )
        elif logged is not None and logged != expected:
            problems.append(
                Problem(
                    kind="document",
                    file=file,
                    expected=logged,
                    actual=expected,
                    message=f"{file}: the store records sha256 {expected} but its latest document_received "
                    f"event records {logged}",
                )
            )
        path = case_dir / file
        if not path.is_file():
            problems.append(
                Problem(
                    kind="document", file=file, expected=expected, message=f"{file}: missing from {case_dir}"
                )
            )
            continue
        actual = sha256_file(path)
        if actual != expected:
            problems.append(
                Problem(
                    kind="document",
                    file=file,
                    expected=expected,
                    actual=actual,
                    message=f"{file}: bytes on disk changed: expected sha256 {expected}, found {actual}",
                )
            )
    return problems


def check_decisions(store: Store, case_id: str, events: list[dict[str, Any]]) -> list[Problem]:
    """Each decision row must equal the decision event written with it: the table alone is editable."""
    logged = {p.get("id"): p for p in (_payload(e) for e in events if e["kind"] == "decision")}
    problems: list[Problem] = []
    for decision in store.decisions_for_case(case_id):
        row = decision.model_dump(mode="json")
        event = logged.get(decision.id)
        if event is None:
            problems.append(
                Problem(
                    kind="decision", message=f"decision {decision.id} ({decision.kind}) has no decision event"
                )
            )
        elif event != row:
            changed = sorted(k for k in row.keys() | event.keys() if row.get(k) != event.get(k))
            problems.append(
                Problem(
                    kind="decision",
                    expected=json.dumps({k: event.get(k) for k in changed}, ensure_ascii=False),
                    actual=json.dumps({k: row.get(k) for k in changed}, ensure_ascii=False),
                    message=f"decision {decision.id} ({decision.kind}) differs from its event in "
                    f"{', '.join(changed)}",
                )
            )
    return problems


def check_facts(store: Store, case_id: str, events: list[dict[str, Any]]) -> list[Problem]:
    """The current fact rows must equal the latest facts_recorded event (written in the same step)."""
    latest = next((_payload(e) for e in reversed(events) if e["kind"] == "facts_recorded"), None)
    if latest is None:
        return []
    with store.connect() as db:
        rows = db.execute(
            "SELECT file, sha256, field, value_json, status, confidence, method FROM facts"
            " WHERE case_id=? AND retired_run IS NULL",
            (case_id,),
        ).fetchall()
    stored = {
        (r["file"], r["field"]): (
            r["sha256"],
            json.loads(r["value_json"]),
            r["status"],
            r["confidence"],
            r["method"],
        )
        for r in rows
    }
    logged = {
        (f["file"], f["field"]): (f["sha256"], f["value"], f["status"], f["confidence"], f["method"])
        for f in latest.get("facts", [])
    }
    problems: list[Problem] = []
    for key in sorted(stored.keys() | logged.keys()):
        if stored.get(key) != logged.get(key):
            file, field = key
            problems.append(
                Problem(
                    kind="fact",
                    file=file,
                    expected=json.dumps(logged.get(key), ensure_ascii=False),
                    actual=json.dumps(stored.get(key), ensure_ascii=False),
                    message=f"fact {file}#{field} in the store differs from the latest facts_recorded event",
                )
            )
    return problems


def check_case_json(
    out: Path, store: Store, case_id: str, events: list[dict[str, Any]]
) -> tuple[list[Problem], list[str]]:
    from hashlib import sha256

    path = out / "cases" / case_id / "case.json"
    if not path.is_file():
        return [Problem(kind="case_json", message=f"{path} is missing")], []
    actual = sha256(path.read_bytes()).hexdigest()
    logged = next((_payload(e) for e in reversed(events) if e["kind"] == "case_assessed"), None)
    if logged is None:
        return [], []  # no assessment was ever logged: the missing log is reported on its own
    if actual == logged.get("case_json_sha256"):
        return [], []
    with store.connect() as db:
        row = db.execute("SELECT result_json FROM case_results WHERE case_id=?", (case_id,)).fetchone()
    if row is not None and sha256(row["result_json"].encode()).hexdigest() == actual:
        # A case whose processing failed is written without a case_assessed event: not an edit.
        return [], ["case.json matches the store but not the last case_assessed event (the last run failed?)"]
    return [
        Problem(
            kind="case_json",
            expected=logged.get("case_json_sha256"),
            actual=actual,
            message=f"case.json differs from what the pipeline wrote (sha256 {actual}, last case_assessed "
            f"event records {logged.get('case_json_sha256')})",
        )
    ], []


def verify_case(
    out: Path, case_id: str, upload_root: Path | None = None, expected_head: str | None = None
) -> VerifyResult:
    """Everything that differs from the record, or an empty problem list when the case is intact."""
    store_path = out / "store.sqlite"
    result = VerifyResult(case_id=case_id)
    if not store_path.is_file():
        result.problems.append(Problem(kind="case", message=f"no store at {store_path}"))
        return result
    store = Store(store_path)
    run = store.case_run(case_id)
    events = store.events_for_case(case_id)
    if run is None and not events:
        result.problems.append(Problem(kind="case", message=f"no case {case_id!r} in {store_path}"))
        return result
    result.events = len(events)
    result.head_hash = events[-1]["hash"] if events else None
    if not events:
        # A store written before the event log existed, or a log that was emptied: nothing can vouch for it.
        result.problems.append(
            Problem(kind="event", message=f"case {case_id} has no event log in {store_path}")
        )
    result.problems += check_chain(case_id, events)
    if expected_head and expected_head not in {e["hash"] for e in events}:
        result.problems.append(
            Problem(
                kind="head",
                expected=expected_head,
                actual=result.head_hash,
                message=f"the chain does not contain the expected head {expected_head}: events were removed "
                "or the chain was rewritten",
            )
        )
    root = upload_root or (Path(run["upload_root"]) if run else None)
    documents = _current_documents(store, case_id)
    if root is None:
        result.notes.append("no upload root recorded: files not checked")
    else:
        result.problems += check_documents(root / case_id, documents, events if events else None)
        result.documents_checked = len(documents)
    result.problems += check_decisions(store, case_id, events)
    result.problems += check_facts(store, case_id, events)
    problems, notes = check_case_json(out, store, case_id, events)
    result.problems += problems
    result.notes += notes
    return result
