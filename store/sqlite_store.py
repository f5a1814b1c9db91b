"""The embedded store: one SQLite file under OUT holding runs, documents, pages, facts and caches.

Readings (the expensive OCR) are keyed by the file's bytes and the reader code's version, so an
unchanged file is never read twice; extractions are keyed the same way by the extractor version.
Connections are opened per operation: SQLite in WAL mode lets worker threads read while the case
flow writes.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from core.decisions import Decision
from core.models import CaseResult, Classification, Fact, ReadResult

SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    run_id TEXT PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    as_of TEXT NOT NULL,
    upload_root TEXT NOT NULL,
    status TEXT NOT NULL,
    cases INTEGER DEFAULT 0,
    documents_read INTEGER DEFAULT 0,
    ocr_calls INTEGER DEFAULT 0
);
CREATE TABLE IF NOT EXISTS readings (
    sha256 TEXT NOT NULL,
    reader_version TEXT NOT NULL,
    result_json TEXT NOT NULL,
    run_id TEXT NOT NULL,
    PRIMARY KEY (sha256, reader_version)
);
CREATE TABLE IF NOT EXISTS pages (
    sha256 TEXT NOT NULL,
    reader_version TEXT NOT NULL,
    page INTEGER NOT NULL,
    text_source TEXT NOT NULL,
    rotation INTEGER NOT NULL,
    unit TEXT NOT NULL,
    width REAL NOT NULL,
    height REAL NOT NULL,
    mean_conf REAL,
    words INTEGER NOT NULL,
    PRIMARY KEY (sha256, reader_version, page)
);
CREATE TABLE IF NOT EXISTS extractions (
    sha256 TEXT NOT NULL,
    extractor_version TEXT NOT NULL,
    classification_json TEXT NOT NULL,
    facts_json TEXT NOT NULL,
    run_id TEXT NOT NULL,
    PRIMARY KEY (sha256, extractor_version)
);
CREATE TABLE IF NOT EXISTS documents (
    case_id TEXT NOT NULL,
    file TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    mtime_ns INTEGER,
    doc_type TEXT,
    status TEXT,
    first_seen_run TEXT NOT NULL,
    last_seen_run TEXT NOT NULL,
    removed_run TEXT,
    PRIMARY KEY (case_id, file, sha256)
);
CREATE TABLE IF NOT EXISTS facts (
    case_id TEXT NOT NULL,
    file TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    field TEXT NOT NULL,
    value_json TEXT NOT NULL,
    confidence REAL NOT NULL,
    status TEXT NOT NULL,
    page INTEGER,
    bbox_json TEXT,
    method TEXT NOT NULL,
    run_id TEXT NOT NULL,
    retired_run TEXT,
    PRIMARY KEY (case_id, file, sha256, field)
);
CREATE TABLE IF NOT EXISTS decisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    file TEXT,
    sha256 TEXT,
    field TEXT,
    flag_code TEXT,
    before_json TEXT,
    after_json TEXT,
    reason TEXT,
    actor TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    case_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    payload_json TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    PRIMARY KEY (case_id, seq)
);
CREATE TABLE IF NOT EXISTS case_results (
    case_id TEXT PRIMARY KEY,
    run_id TEXT NOT NULL,
    result_json TEXT NOT NULL,
    fingerprint TEXT
);
"""


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        new = not path.exists()
        with self.connect() as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.executescript(SCHEMA)
        if new:
            os.chmod(path, 0o600)

    @contextmanager
    def connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=30)
        db.row_factory = sqlite3.Row
        try:
            with db:  # commits on success, rolls back on error
                yield db
        finally:
            db.close()

    # Runs
    def start_run(self, run_id: str, as_of: str, upload_root: str) -> None:
        with self.connect() as db:
            db.execute(
                "INSERT INTO runs (run_id, started_at, as_of, upload_root, status) VALUES (?, ?, ?, ?, ?)",
                (run_id, utc_now(), as_of, upload_root, "running"),
            )

    def add_run_work(self, run_id: str, documents_read: int, ocr_calls: int) -> None:
        with self.connect() as db:
            db.execute(
                "UPDATE runs SET documents_read=documents_read+?, ocr_calls=ocr_calls+? WHERE run_id=?",
                (documents_read, ocr_calls, run_id),
            )

    def finish_run(self, run_id: str, status: str, cases: int) -> dict[str, Any]:
        with self.connect() as db:
            db.execute(
                "UPDATE runs SET finished_at=?, status=?, cases=? WHERE run_id=?",
                (utc_now(), status, cases, run_id),
            )
        return self.run(run_id) or {}

    def run(self, run_id: str) -> dict[str, Any] | None:
        with self.connect() as db:
            row = db.execute("SELECT * FROM runs WHERE run_id=?", (run_id,)).fetchone()
        return dict(row) if row else None

    # Readings and extractions (caches keyed by content)
    def get_reading(self, sha256: str, version: str) -> ReadResult | None:
        with self.connect() as db:
            row = db.execute(
                "SELECT result_json FROM readings WHERE sha256=? AND reader_version=?", (sha256, version)
            ).fetchone()
        return ReadResult.model_validate_json(row["result_json"]) if row else None

    def put_reading(self, sha256: str, version: str, result: ReadResult, run_id: str) -> None:
        with self.connect() as db:
            db.execute(
                "INSERT OR REPLACE INTO readings VALUES (?, ?, ?, ?)",
                (sha256, version, result.model_dump_json(), run_id),
            )
            db.executemany(
                "INSERT OR REPLACE INTO pages VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        sha256,
                        version,
                        p.number,
                        p.text_source.value,
                        p.rotation,
                        p.unit,
                        p.width,
                        p.height,
                        p.mean_conf,
                        len(p.words),
                    )
                    for p in result.pages
                ],
            )

    def get_extraction(self, sha256: str, version: str) -> tuple[Classification, list[Fact]] | None:
        with self.connect() as db:
            row = db.execute(
                "SELECT classification_json, facts_json FROM extractions"
                " WHERE sha256=? AND extractor_version=?",
                (sha256, version),
            ).fetchone()
        if not row:
            return None
        facts = [Fact.model_validate(f) for f in json.loads(row["facts_json"])]
        return Classification.model_validate_json(row["classification_json"]), facts

    def done_documents(self, sha256s: list[str], reader: str, extractor: str) -> set[str]:
        """The digests whose reading and extraction, at these versions, are both stored."""
        done: set[str] = set()
        with self.connect() as db:
            for at in range(0, len(sha256s), 500):  # SQLite builds may allow as few as 999 parameters
                chunk = sha256s[at : at + 500]
                rows = db.execute(
                    "SELECT r.sha256 FROM readings r JOIN extractions e ON e.sha256 = r.sha256"
                    " WHERE r.reader_version=? AND e.extractor_version=?"
                    f" AND r.sha256 IN ({','.join('?' * len(chunk))})",
                    (reader, extractor, *chunk),
                ).fetchall()
                done |= {row["sha256"] for row in rows}
        return done

    def put_extraction(
        self, sha256: str, version: str, classification: Classification, facts: list[Fact], run_id: str
    ) -> None:
        with self.connect() as db:
            db.execute(
                "INSERT OR REPLACE INTO extractions VALUES (?, ?, ?, ?, ?)",
                (
                    sha256,
                    version,
                    classification.model_dump_json(),
                    json.dumps([f.model_dump(mode="json") for f in facts]),
                    run_id,
                ),
            )

    # What a case holds
    def record_case_files(
        self,
        case_id: str,
        run_id: str,
        seen: list[tuple[str, str, int, int | None, str | None, str | None]],
        still_arriving: set[str] | None = None,
    ) -> None:
        """Upsert (file, sha256, size, mtime_ns, doc_type, status) seen now; mark what vanished as removed.

        A file still being written is not marked removed while it arrives.
        """
        still_arriving = still_arriving or set()
        with self.connect() as db:
            for file, sha, size, mtime_ns, doc_type, status in seen:
                db.execute(
                    """INSERT INTO documents (case_id, file, sha256, size_bytes, mtime_ns, doc_type, status,
                                              first_seen_run, last_seen_run)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                       ON CONFLICT (case_id, file, sha256) DO UPDATE SET
                         last_seen_run=excluded.last_seen_run, doc_type=excluded.doc_type,
                         status=excluded.status, mtime_ns=excluded.mtime_ns, removed_run=NULL""",
                    (case_id, file, sha, size, mtime_ns, doc_type, status, run_id, run_id),
                )
            current = {(file, sha) for file, sha, *_ in seen}
            rows = db.execute(
                "SELECT file, sha256 FROM documents WHERE case_id=? AND removed_run IS NULL", (case_id,)
            ).fetchall()
            for row in rows:
                if (row["file"], row["sha256"]) not in current and row["file"] not in still_arriving:
                    db.execute(
                        "UPDATE documents SET removed_run=? WHERE case_id=? AND file=? AND sha256=?",
                        (run_id, case_id, row["file"], row["sha256"]),
                    )

    def replace_case_facts(self, case_id: str, run_id: str, facts: list[tuple[str, Fact]]) -> None:
        """Current facts of a case, each with the sha256 of its file; facts of old bytes are retired."""
        with self.connect() as db:
            current = {(f.file, sha, f.field) for sha, f in facts}
            rows = db.execute(
                "SELECT file, sha256, field FROM facts WHERE case_id=? AND retired_run IS NULL", (case_id,)
            ).fetchall()
            for row in rows:
                if (row["file"], row["sha256"], row["field"]) not in current:
                    db.execute(
                        "UPDATE facts SET retired_run=? WHERE case_id=? AND file=? AND sha256=? AND field=?",
                        (run_id, case_id, row["file"], row["sha256"], row["field"]),
                    )
            for sha, fact in facts:
                db.execute(
                    """INSERT INTO facts (case_id, file, sha256, field, value_json, confidence, status, page,
                                          bbox_json, method, run_id)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                       ON CONFLICT (case_id, file, sha256, field) DO UPDATE SET
                         value_json=excluded.value_json, confidence=excluded.confidence,
                         status=excluded.status, page=excluded.page, bbox_json=excluded.bbox_json,
                         method=excluded.method, retired_run=NULL""",
                    (
                        case_id,
                        fact.file,
                        sha,
                        fact.field,
                        json.dumps(fact.value),
                        fact.confidence,
                        fact.status.value,
                        fact.page,
                        json.dumps(fact.bbox) if fact.bbox else None,
                        fact.method,
                        run_id,
                    ),
                )

    def latest_case_results(self) -> list[CaseResult]:
        with self.connect() as db:
            rows = db.execute("SELECT result_json FROM case_results ORDER BY case_id").fetchall()
        return [CaseResult.model_validate_json(row["result_json"]) for row in rows]

    def save_case_result(
        self, case_id: str, run_id: str, result_json: str, fingerprint: str | None = None
    ) -> None:
        with self.connect() as db:
            db.execute(
                "INSERT OR REPLACE INTO case_results VALUES (?, ?, ?, ?)",
                (case_id, run_id, result_json, fingerprint),
            )

    def case_result(self, case_id: str) -> tuple[CaseResult, str | None] | None:
        """The case's latest result and the fingerprint of the inputs it was made from."""
        with self.connect() as db:
            row = db.execute(
                "SELECT result_json, fingerprint FROM case_results WHERE case_id=?", (case_id,)
            ).fetchone()
        return (CaseResult.model_validate_json(row["result_json"]), row["fingerprint"]) if row else None

    def known_hashes(self, case_id: str) -> dict[tuple[str, int, int], str]:
        """(file, size, mtime_ns) -> sha256 of the current documents of a case."""
        with self.connect() as db:
            rows = db.execute(
                """SELECT file, size_bytes, mtime_ns, sha256 FROM documents
                   WHERE case_id=? AND removed_run IS NULL AND mtime_ns IS NOT NULL""",
                (case_id,),
            ).fetchall()
        return {(r["file"], r["size_bytes"], r["mtime_ns"]): r["sha256"] for r in rows}

    # Decisions (append-only)
    def add_decision(self, decision: Decision) -> Decision:
        with self.connect() as db:
            cursor = db.execute(
                """INSERT INTO decisions (case_id, kind, file, sha256, field, flag_code, before_json,
                                          after_json, reason, actor, at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    decision.case_id,
                    decision.kind.value,
                    decision.file,
                    decision.sha256,
                    decision.field,
                    decision.flag_code,
                    json.dumps(decision.before),
                    json.dumps(decision.after),
                    decision.reason,
                    decision.actor,
                    decision.at,
                ),
            )
        return decision.model_copy(update={"id": cursor.lastrowid})

    def decisions_for_case(self, case_id: str) -> list[Decision]:
        with self.connect() as db:
            rows = db.execute("SELECT * FROM decisions WHERE case_id=? ORDER BY id", (case_id,)).fetchall()
        return [
            Decision(
                id=r["id"],
                case_id=r["case_id"],
                kind=r["kind"],
                file=r["file"],
                sha256=r["sha256"],
                field=r["field"],
                flag_code=r["flag_code"],
                before=json.loads(r["before_json"]),
                after=json.loads(r["after_json"]),
                reason=r["reason"],
                actor=r["actor"],
                at=r["at"],
            )
            for r in rows
        ]

    # The event log: each event carries the hash of the one before it
    def append_event(self, case_id: str, kind: str, payload: dict[str, Any]) -> str:
        from store.event_chain import GENESIS, event_hash

        with self.connect() as db:
            db.execute("BEGIN IMMEDIATE")  # one writer extends a chain at a time
            last = db.execute(
                "SELECT seq, hash FROM events WHERE case_id=? ORDER BY seq DESC LIMIT 1", (case_id,)
            ).fetchone()
            seq = (last["seq"] + 1) if last else 1
            prev = last["hash"] if last else GENESIS
            at = utc_now()
            payload_json = json.dumps(payload, sort_keys=True, ensure_ascii=False)
            digest = event_hash(prev, case_id, seq, at, kind, payload_json)
            db.execute(
                "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?)",
                (case_id, seq, at, kind, payload_json, prev, digest),
            )
        return digest

    def events_for_case(self, case_id: str) -> list[dict[str, Any]]:
        with self.connect() as db:
            rows = db.execute("SELECT * FROM events WHERE case_id=? ORDER BY seq", (case_id,)).fetchall()
        return [dict(r) for r in rows]

    def last_event_payload(self, case_id: str, kind: str) -> dict[str, Any] | None:
        with self.connect() as db:
            row = db.execute(
                "SELECT payload_json FROM events WHERE case_id=? AND kind=? ORDER BY seq DESC LIMIT 1",
                (case_id, kind),
            ).fetchone()
        return json.loads(row["payload_json"]) if row else None

    def case_run(self, case_id: str) -> dict[str, Any] | None:
        """The run that last wrote the case, with its upload root and as-of date."""
        with self.connect() as db:
            row = db.execute(
                "SELECT runs.* FROM case_results JOIN runs USING (run_id) WHERE case_id=?", (case_id,)
            ).fetchone()
        return dict(row) if row else None

    def logged_documents(self, case_id: str) -> set[tuple[str, str]]:
        """(file, sha256) pairs the event chain shows as present in the case now."""
        present: set[tuple[str, str]] = set()
        for event in self.events_for_case(case_id):
            if event["kind"] not in ("document_received", "document_removed"):
                continue
            payload = json.loads(event["payload_json"])
            key = (payload["file"], payload["sha256"])
            if event["kind"] == "document_received":
                present.add(key)
            else:
                present.discard(key)
        return present
