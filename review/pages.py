"""What the templates get: the queue filtered and counted, the case arranged for a person to read."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi.templating import Jinja2Templates

from core.decisions import Decision
from core.models import CaseResult, DocumentRecord, Fact, Flag
from review.cases import STATUSES, QueueRow, score_of

templates = Jinja2Templates(directory=Path(__file__).parent / "templates")


def show(value: Any) -> str:
    """A scalar as staff read it: no 'None', yes/no for booleans, 7.5 not 7.50000001."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def label(name: str | None) -> str:
    return (name or "").replace("_", " ")


def after(decision: Decision) -> str:
    """What a decision set, as a person says it: 'resolved', not 'resolve_flag'."""
    words = {
        "resolve_flag": "resolved",
        "waive_flag": "waived",
        "accept_fact": "accepted",
        "reject_fact": "rejected",
    }
    return (
        words.get(str(decision.after), show(decision.after))
        if decision.kind.value in words
        else show(decision.after)
    )


templates.env.filters["show"] = show
templates.env.filters["after"] = after
templates.env.filters["label"] = label
templates.env.filters["pct"] = lambda v: "—" if v is None else f"{float(v) * 100:.0f}%"


def queue_context(rows: list[QueueRow], *, flag: str, missing: str, status: str) -> dict[str, Any]:
    shown = [
        r
        for r in rows
        if (not flag or flag in r.open_codes)
        and (not missing or missing in r.missing_items)
        and (not status or r.status == status)
    ]
    flag_counts = Counter(code for r in rows for code in r.open_codes)
    missing_counts = Counter(item for r in rows for item in r.missing_items)
    status_counts = Counter(r.status for r in rows)
    return {
        "rows": shown,
        "total": len(rows),
        "filters": {"flag": flag, "missing": missing, "status": status},
        "flag_counts": sorted(flag_counts.items()),
        "missing_counts": sorted(missing_counts.items()),
        "status_counts": [(s, status_counts.get(s, 0)) for s in STATUSES],
        "open_blockers": sum(r.blockers for r in rows),
        "open_warnings": sum(r.warnings for r in rows),
    }


@dataclass
class FactView:
    n: int  # the fact's index in the case's facts: what the evidence URL names
    fact: Fact
    located: bool
    flags: list[Flag] = field(default_factory=list)


@dataclass
class DocumentView:
    n: int
    record: DocumentRecord
    facts: list[FactView]
    flags: list[Flag]
    thumbnail: bool


SEVERITY_ORDER = {"blocker": 0, "warning": 1, "info": 2}
FLAG_STATUS_ORDER = {"open": 0, "resolved": 1, "waived": 1}


def case_context(
    result: CaseResult,
    run: dict[str, Any],
    decisions: list[Decision],
    chain: tuple[bool, int],
) -> dict[str, Any]:
    facts = [
        FactView(
            n=i,
            fact=f,
            located=f.page is not None and f.bbox is not None,
            flags=[g for g in result.flags if g.file == f.file and g.field == f.field and g.status == "open"],
        )
        for i, f in enumerate(result.facts)
    ]
    documents = [
        DocumentView(
            n=i,
            record=d,
            facts=[fv for fv in facts if fv.fact.file == d.file],
            flags=[g for g in result.flags if g.file == d.file and g.field is None and g.status == "open"],
            thumbnail=bool(d.page_reads),
        )
        for i, d in enumerate(result.documents)
    ]
    known_files = {d.file for d in result.documents}
    flags = sorted(
        enumerate(result.flags),
        key=lambda p: (FLAG_STATUS_ORDER[p[1].status], SEVERITY_ORDER.get(p[1].severity, 3), p[0]),
    )
    # Evidence refs read "<file>#<field>" (core.profile.evidence_ref); a bare file names a document.
    evidence_links = {f"{fv.fact.file}#{fv.fact.field}": f"fact-{fv.n}" for fv in facts}
    evidence_links.update({d.record.file: f"doc-{d.n}" for d in documents})
    open_flags = [f for f in result.flags if f.status == "open"]
    score, passed = score_of(result.assessment)
    return {
        "score": score,
        "passed": passed,
        "result": result,
        "run": run,
        "documents": documents,
        "orphan_facts": [fv for fv in facts if fv.fact.file not in known_files],
        "flags": [f for _, f in flags],
        "blockers": sum(1 for f in open_flags if f.severity == "blocker"),
        "warnings": sum(1 for f in open_flags if f.severity == "warning"),
        "assessment": result.assessment or {},
        "evidence_links": evidence_links,
        "fact_crops": {f"{fv.fact.file}#{fv.fact.field}": fv for fv in facts if fv.located},
        "decisions": list(reversed(decisions)),
        "chain_ok": chain[0],
        "chain_events": chain[1],
    }
