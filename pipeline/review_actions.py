"""What a staff decision does: record it, log it in the case's chain, and re-assess the case at once.

Re-assessment re-runs the case from the store's readings (no OCR) with every decision applied, so
what staff see after a click is exactly what the next scheduled run will produce.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from core.decisions import FACT_DECISIONS, FLAG_DECISIONS, Decision, DecisionKind
from core.models import CaseResult, Scalar
from core.settings import Settings
from pipeline.case_step import RunContext, map_sequentially, process_case
from pipeline.events import record_decision_event
from pipeline.run import new_run_id
from pipeline.writer import write_summary
from store.sqlite_store import Store, utc_now


class DecisionError(ValueError):
    """The decision names something the case does not have, or lacks what it needs."""


def current_result(store: Store, case_id: str) -> CaseResult:
    found = store.case_result(case_id)
    if found is None:
        raise DecisionError(f"no case {case_id!r} in this store")
    return found[0]


def _before(
    result: CaseResult, kind: DecisionKind, file: str | None, field: str | None, flag_code: str | None
) -> Scalar:
    if kind in FACT_DECISIONS:
        fact = next((f for f in result.facts if f.file == file and f.field == field), None)
        if fact is None and kind != DecisionKind.correct_fact:
            raise DecisionError(f"{file} has no fact {field}")
        return fact.value if fact else None
    if kind == DecisionKind.set_doc_type:
        return next(d.doc_type.value for d in result.documents if d.file == file)
    flag = next(
        (f for f in result.flags if f.code == flag_code and f.file == file and f.field == field), None
    )
    if flag is None:
        raise DecisionError(f"no flag {flag_code} on {file or 'the case'}")
    return flag.status


def decide(
    out: Path,
    case_id: str,
    kind: DecisionKind,
    actor: str,
    *,
    file: str | None = None,
    field: str | None = None,
    flag_code: str | None = None,
    after: Scalar = None,
    reason: str | None = None,
) -> CaseResult:
    store = Store(out / "store.sqlite")
    result = current_result(store, case_id)
    sha = None
    if kind not in FLAG_DECISIONS:
        document = next((d for d in result.documents if d.file == file), None)
        if document is None:
            raise DecisionError(f"case {case_id} has no document {file!r}")
        sha = document.sha256
    if kind in (DecisionKind.correct_fact, DecisionKind.waive_flag, DecisionKind.resolve_flag) and not reason:
        raise DecisionError("a correction, resolution or waiver needs a reason")
    decision = Decision(
        case_id=case_id,
        kind=kind,
        file=file,
        sha256=sha,
        field=field,
        flag_code=flag_code,
        before=_before(result, kind, file, field, flag_code),
        after=after if kind in (DecisionKind.correct_fact, DecisionKind.set_doc_type) else kind.value,
        reason=reason,
        actor=actor,
        at=utc_now(),
    )
    decision = store.add_decision(decision)
    record_decision_event(store, decision)
    return reassess_case(out, case_id)


def reassess_case(out: Path, case_id: str, settings: Settings | None = None) -> CaseResult:
    store = Store(out / "store.sqlite")
    run = store.case_run(case_id)
    if run is None:
        raise DecisionError(f"no case {case_id!r} in this store")
    ctx = RunContext(
        Path(run["upload_root"]),
        out,
        date.fromisoformat(run["as_of"]),
        "review-" + new_run_id(),
        settings or Settings.from_env(),
    )
    store.start_run(ctx.run_id, run["as_of"], run["upload_root"])
    result = process_case(ctx, case_id, map_sequentially)
    store.finish_run(ctx.run_id, "completed", 1)
    write_summary(out, store.latest_case_results())
    return result
