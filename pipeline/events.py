"""What a run adds to a case's event log: only what changed, so re-runs over unchanged folders add nothing."""

from __future__ import annotations

import hashlib
import json

from core.decisions import Decision
from core.models import CaseResult, Fact
from store.sqlite_store import Store


def _digest(payload: object) -> str:
    return hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def record_run_events(
    store: Store,
    run_id: str,
    result: CaseResult,
    facts: list[tuple[str, Fact]],
    case_json: str,
    still_arriving: set[str] | None = None,
) -> None:
    case_id = result.case_id
    documents = {d.file: d for d in result.documents}
    # What the chain has not recorded yet, rather than what the documents table calls new: a run
    # killed between the two writes must still log the document on the next run.
    logged = store.logged_documents(case_id)
    current = {(d.file, d.sha256) for d in result.documents}
    added = sorted(current - logged, key=lambda pair: [d.file for d in result.documents].index(pair[0]))
    removed = sorted(pair for pair in logged - current if pair[0] not in (still_arriving or set()))
    for file, sha in added:
        record = documents[file]
        store.append_event(
            case_id,
            "document_received",
            {
                "run_id": run_id,
                "file": file,
                "sha256": sha,
                "size_bytes": record.size_bytes,
                "doc_type": record.doc_type.value,
                "status": record.status.value,
            },
        )
    for file, sha in removed:
        store.append_event(case_id, "document_removed", {"run_id": run_id, "file": file, "sha256": sha})

    fact_rows = sorted(
        (
            {
                "file": f.file,
                "sha256": sha,
                "field": f.field,
                "value": f.value,
                "status": f.status.value,
                "confidence": f.confidence,
                "method": f.method,
            }
            for sha, f in facts
        ),
        key=lambda row: (row["file"], row["field"]),
    )
    digest = _digest(fact_rows)
    last = store.last_event_payload(case_id, "facts_recorded")
    if last is None or last.get("digest") != digest:
        store.append_event(
            case_id, "facts_recorded", {"run_id": run_id, "digest": digest, "facts": fact_rows}
        )

    result_digest = hashlib.sha256(case_json.encode()).hexdigest()
    last = store.last_event_payload(case_id, "case_assessed")
    if last is None or last.get("case_json_sha256") != result_digest:
        store.append_event(
            case_id,
            "case_assessed",
            {
                "run_id": run_id,
                "case_json_sha256": result_digest,
                "assessment": result.assessment,
                "open_flags": sum(1 for f in result.flags if f.status == "open"),
            },
        )


def record_decision_event(store: Store, decision: Decision) -> None:
    store.append_event(decision.case_id, "decision", decision.model_dump(mode="json"))
