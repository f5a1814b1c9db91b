"""Reading cases for the review pages straight from the store's ``case_results`` table.

The queue needs a few numbers per case, not whole validated ``CaseResult`` objects, so rows are built
from the raw JSON and cached by case and the id of the run that wrote it: every run, and every decision's
re-assessment, writes with a new run id, so a cached row is never stale and only changed cases are
parsed again. (The JSON's length would be a second check, but SQLite counts a text's characters by
reading all of it, which costs more than the cache saves.)
"""

from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.models import CaseResult
from store.event_chain import GENESIS, event_hash
from store.sqlite_store import Store

STATUSES = ("blocked", "needs_review", "ready")


@dataclass(frozen=True)
class QueueRow:
    case_id: str
    version: str  # the id of the run that wrote the result: every write of a case is by a new run
    status: str
    blockers: int
    warnings: int
    blocker_codes: tuple[str, ...]
    open_codes: frozenset[str]
    missing_items: frozenset[str]
    documents: int
    score: str | None
    passed: bool | None
    received: str  # when the case's first file was seen: the queue's "oldest first" tie-break
    updated: str

    def sort_key(self) -> tuple[int, int, str, str]:
        return (-self.blockers, -self.warnings, self.received, self.case_id)


def case_status_of(flags: list[dict[str, Any]]) -> str:
    """The rule of ``pipeline.writer.case_status``, on raw flag dicts (a test keeps the two in step)."""
    severities = {f.get("severity") for f in flags if f.get("status", "open") == "open"}
    if "blocker" in severities:
        return "blocked"
    if "warning" in severities:
        return "needs_review"
    return "ready"


def score_of(assessment: dict[str, Any] | None) -> tuple[str | None, bool | None]:
    """The score and pass/fail in the assessment's own terms, whichever shape it has (or none)."""
    if not isinstance(assessment, dict):
        return None, None
    summary = assessment.get("summary")
    if isinstance(summary, dict) and ("score" in summary or "passed" in summary):
        return _text(summary.get("score")), summary.get("passed")
    gpt = assessment.get("general_points_test")
    if isinstance(gpt, dict):
        if gpt.get("total") is not None:
            return f"{gpt['total']}/{gpt.get('max', '?')}", gpt.get("passed")
        if gpt.get("met") is not None:
            return f"{gpt['met']} met (need {gpt.get('required', '?')})", gpt.get("passed")
    return _text(assessment.get("score")), assessment.get("passed")


def _text(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)


def queue_row(case_id: str, version: str, received: str, updated: str, raw: dict[str, Any]) -> QueueRow:
    flags = raw.get("flags") or []
    open_flags = [f for f in flags if f.get("status", "open") == "open"]
    blockers = [f["code"] for f in open_flags if f.get("severity") == "blocker"]
    score, passed = score_of(raw.get("assessment"))
    return QueueRow(
        case_id=case_id,
        version=version,
        status=case_status_of(flags),
        blockers=len(blockers),
        warnings=sum(1 for f in open_flags if f.get("severity") == "warning"),
        blocker_codes=tuple(blockers),
        open_codes=frozenset(f["code"] for f in open_flags),
        missing_items=frozenset(
            c["item"] for c in raw.get("checklist") or [] if c.get("status") == "missing"
        ),
        documents=len(raw.get("documents") or []),
        score=score,
        passed=passed if isinstance(passed, bool) else None,
        received=received,
        updated=updated,
    )


class CaseIndex:
    """The store as the review pages see it. One per app; safe to share between request threads."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.store_path = out / "store.sqlite"
        if not self.store_path.exists():
            raise FileNotFoundError(f"no store.sqlite under {out}: run `qmas-intake process` first")
        self.store = Store(self.store_path)
        self._rows: dict[str, QueueRow] = {}
        self._lock = threading.Lock()

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.store_path, timeout=30)
        db.row_factory = sqlite3.Row
        return db

    def queue_rows(self) -> list[QueueRow]:
        db = self._connect()
        try:
            heads = db.execute(
                """SELECT cr.case_id, cr.run_id AS version,
                          COALESCE(r.finished_at, r.started_at, '') AS updated,
                          COALESCE((SELECT MIN(r2.started_at) FROM documents d
                                    JOIN runs r2 ON r2.run_id = d.first_seen_run
                                    WHERE d.case_id = cr.case_id), r.started_at, '') AS received
                   FROM case_results cr LEFT JOIN runs r ON r.run_id = cr.run_id"""
            ).fetchall()
            with self._lock:
                stale = [
                    h
                    for h in heads
                    if (row := self._rows.get(h["case_id"])) is None or row.version != h["version"]
                ]
            fresh: dict[str, QueueRow] = {}
            for start in range(0, len(stale), 500):  # keep under SQLite's bound-parameter limit
                chunk = {h["case_id"]: h for h in stale[start : start + 500]}
                marks = ",".join("?" * len(chunk))
                for rec in db.execute(
                    f"SELECT case_id, run_id AS version, result_json"
                    f" FROM case_results WHERE case_id IN ({marks})",
                    list(chunk),
                ):
                    head = chunk[rec["case_id"]]
                    fresh[rec["case_id"]] = queue_row(
                        rec["case_id"],
                        rec["version"],
                        head["received"],
                        head["updated"],
                        json.loads(rec["result_json"]),
                    )
        finally:
            db.close()
        live = {h["case_id"] for h in heads}
        with self._lock:
            self._rows.update(fresh)
            for gone in set(self._rows) - live:
                del self._rows[gone]
            return sorted(self._rows.values(), key=QueueRow.sort_key)

    def case(self, case_id: str) -> CaseResult | None:
        db = self._connect()
        try:
            row = db.execute("SELECT result_json FROM case_results WHERE case_id=?", (case_id,)).fetchone()
        finally:
            db.close()
        return CaseResult.model_validate_json(row["result_json"]) if row else None

    def chain_intact(self, case_id: str) -> tuple[bool, int]:
        """Whether every event's hash still covers its predecessor and itself (tampering shows here)."""
        events = self.store.events_for_case(case_id)
        prev = GENESIS
        for e in events:
            digest = event_hash(prev, case_id, e["seq"], e["at"], e["kind"], e["payload_json"])
            if e["prev_hash"] != prev or e["hash"] != digest:
                return False, len(events)
            prev = e["hash"]
        return True, len(events)
