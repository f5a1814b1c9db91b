"""One case's evidence report: the view model from the store, case.json and the uploads, and its files.

``build_report`` gathers; ``write_case_report`` writes ``audit.html`` (self-contained) and prints the same
HTML to ``audit.pdf``. A missing Chromium or a page that cannot be drawn costs the PDF or an image,
and the report says which; it never stops a run.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from audit.assessment import AssessmentView, assessment_view
from audit.evidence import CROP_DPI, DocumentEvidence, document_evidence
from audit.pdf import PdfError, find_chromium, print_pdf
from audit.render import render_html
from audit.verify import VerifyResult, verify_case
from core.logging import get_logger
from core.models import CaseResult, ChecklistItem, DocumentRecord, Fact, Flag, Prerequisite, Severity
from pipeline.writer import atomic_write_text, case_status
from readers.hashing import sha256_file
from store.sqlite_store import Store, utc_now

log = get_logger(__name__)


class ReportError(LookupError):
    """The case is not in this output folder's store."""


class PageView(BaseModel):
    page: int
    text_source: str
    rotation: int
    exif_orientation: int | None
    ocr_lang: str | None
    mean_conf: float | None
    words: int
    size: str
    note: str | None
    thumbnail: str | None = None


class FactView(BaseModel):
    anchor: str
    file: str
    field: str
    value: Any
    confidence: float
    status: str
    method: str
    page: int | None
    bbox: list[float] | None
    note: str | None
    decided_by: str | None
    crop: str | None = None  # data: URI of the region the value was read from
    crop_is_page: bool = False  # no region recorded: the whole page is shown instead
    no_crop_reason: str | None = None


class DocumentView(BaseModel):
    anchor: str
    file: str
    sha256: str
    size_bytes: int | None
    doc_type: str
    classification_confidence: float | None
    status: str
    pages: int
    text_source: str | None
    file_kind: str | None
    duplicate_of: str | None
    error: str | None
    received_at: str | None
    received_run: str | None
    on_disk: str  # "matches", "changed" or "missing"
    evidence_note: str | None
    page_reads: list[PageView]
    facts: list[FactView]


class RemovedDocumentView(BaseModel):
    file: str
    sha256: str
    first_seen_run: str
    removed_run: str


class DecisionView(BaseModel):
    id: int | None
    at: str
    actor: str
    kind: str
    target: str
    before: Any
    after: Any
    reason: str | None


class RunView(BaseModel):
    run_id: str
    started_at: str | None
    finished_at: str | None
    as_of: str | None
    status: str | None
    kind: str  # "run" (a processing run) or "review" (re-assessment after a decision)
    documents_read: int | None
    ocr_calls: int | None
    did: str


class EventView(BaseModel):
    seq: int
    at: str
    kind: str
    summary: str
    hash: str
    prev_hash: str


class AuditReport(BaseModel):
    case_id: str
    generated_at: str
    as_of: str
    status: str
    blockers: list[Flag]
    ruleset: str | None
    application_date: str | None
    outcome: str | None
    passed: bool | None
    upload_root: str | None
    last_run: str | None
    documents: list[DocumentView]
    removed_documents: list[RemovedDocumentView]
    orphan_facts: list[FactView]
    fact_count: int
    flags: list[Flag]
    checklist: list[ChecklistItem]
    prerequisites: list[Prerequisite]
    profile: dict[str, Any]
    application: dict[str, Any] | None
    assessment: AssessmentView
    decisions: list[DecisionView]
    runs: list[RunView]
    events: list[EventView]
    chain_head: str | None
    integrity: VerifyResult
    anchors: dict[str, str] = Field(default_factory=dict)  # "file#field" and "file" -> HTML id
    crop_dpi: int = CROP_DPI
    pdf_note: str | None = None


def anchor(prefix: str, key: str) -> str:
    return f"{prefix}-{hashlib.sha1(key.encode()).hexdigest()[:10]}"


def load_result(out: Path, store: Store, case_id: str) -> CaseResult:
    """The store's result (what the run recorded), else case.json."""
    with store.connect() as db:
        row = db.execute("SELECT result_json FROM case_results WHERE case_id=?", (case_id,)).fetchone()
    if row is not None:
        return CaseResult.model_validate_json(row["result_json"])
    path = out / "cases" / case_id / "case.json"
    if path.is_file():
        return CaseResult.model_validate_json(path.read_text(encoding="utf-8"))
    raise ReportError(f"no case {case_id!r} under {out}")


def _document_rows(store: Store, case_id: str) -> list[dict[str, Any]]:
    with store.connect() as db:
        rows = db.execute("SELECT * FROM documents WHERE case_id=? ORDER BY file", (case_id,)).fetchall()
    return [dict(r) for r in rows]


def _runs(store: Store, run_ids: set[str]) -> dict[str, dict[str, Any]]:
    runs = {}
    for run_id in run_ids:
        if (run := store.run(run_id)) is not None:
            runs[run_id] = run
    return runs


def fact_view(fact: Fact, evidence: DocumentEvidence | None, no_images: str | None) -> FactView:
    view = FactView(
        anchor=anchor("f", f"{fact.file}#{fact.field}"),
        **fact.model_dump(mode="json", include={"file", "field", "value", "confidence", "status", "method"}),
        page=fact.page,
        bbox=list(fact.bbox) if fact.bbox else None,
        note=fact.note,
        decided_by=fact.decided_by,
    )
    if no_images:
        view.no_crop_reason = no_images
    elif evidence and fact.field in evidence.crops:
        view.crop = evidence.crops[fact.field]
    elif evidence and fact.page in evidence.thumbnails:
        view.crop, view.crop_is_page = evidence.thumbnails[fact.page], True
    elif fact.page is None:
        view.no_crop_reason = "not read from a page (derived or declared)"
    else:
        view.no_crop_reason = (evidence.error if evidence else None) or "the page could not be drawn"
    return view


def document_view(
    record: DocumentRecord,
    facts: list[Fact],
    case_dir: Path,
    received: tuple[str | None, str | None],
) -> DocumentView:
    path = case_dir / record.file
    if not path.is_file():
        on_disk, no_images = "missing", "the file is no longer in the upload folder"
    elif sha256_file(path) != record.sha256:
        on_disk, no_images = "changed", "the file's bytes changed since they were read: no crop is shown"
    else:
        on_disk, no_images = "matches", None
    evidence = None if no_images else document_evidence(path, record, facts)
    pages = [
        PageView(
            **p.model_dump(
                mode="json",
                include={
                    "page",
                    "text_source",
                    "rotation",
                    "exif_orientation",
                    "ocr_lang",
                    "mean_conf",
                    "words",
                },
            ),
            size=f"{p.width:.0f} × {p.height:.0f} {p.unit}",
            note=p.note,
            thumbnail=evidence.thumbnails.get(p.page) if evidence else None,
        )
        for p in record.page_reads
    ]
    return DocumentView(
        anchor=anchor("d", record.file),
        file=record.file,
        sha256=record.sha256,
        size_bytes=record.size_bytes,
        doc_type=record.doc_type.value,
        classification_confidence=record.classification_confidence,
        status=record.status.value,
        pages=record.pages,
        text_source=str(
            record.text_source.value if hasattr(record.text_source, "value") else record.text_source
        )
        if record.text_source
        else None,
        file_kind=record.file_kind.value if record.file_kind else None,
        duplicate_of=record.duplicate_of,
        error=record.error,
        received_at=received[0],
        received_run=received[1],
        on_disk=on_disk,
        evidence_note=no_images or (evidence.error if evidence else None),
        page_reads=pages,
        facts=[fact_view(f, evidence, no_images) for f in facts],
    )


def _payload(event: dict[str, Any]) -> dict[str, Any]:
    try:
        value = json.loads(event["payload_json"])
    except json.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}


def event_summary(kind: str, p: dict[str, Any]) -> str:
    if kind == "document_received":
        return (
            f"{p.get('file')} ({p.get('doc_type')}, {p.get('status')}), sha256 {str(p.get('sha256'))[:12]}…"
        )
    if kind == "document_removed":
        return f"{p.get('file')} removed (sha256 {str(p.get('sha256'))[:12]}…)"
    if kind == "facts_recorded":
        return f"{len(p.get('facts') or [])} fact(s) recorded"
    if kind == "case_assessed":
        ruleset = (p.get("assessment") or {}).get("ruleset")
        return f"assessed under {ruleset or 'no ruleset'}; {p.get('open_flags')} open flag(s)"
    if kind == "decision":
        target = "#".join(str(x) for x in (p.get("file"), p.get("field") or p.get("flag_code")) if x)
        return f"{p.get('actor')}: {p.get('kind')} {target}: {p.get('before')!r} → {p.get('after')!r}"
    return ", ".join(sorted(p))


def decision_views(store: Store, case_id: str) -> list[DecisionView]:
    views = []
    for d in store.decisions_for_case(case_id):
        target = " ".join(x for x in (d.file, d.field, d.flag_code) if x) or "the case"
        views.append(
            DecisionView(
                id=d.id,
                at=d.at,
                actor=d.actor,
                kind=d.kind.value,
                target=target,
                before=d.before,
                after=d.after,
                reason=d.reason,
            )
        )
    return views


def run_views(
    store: Store, case_id: str, doc_rows: list[dict[str, Any]], events: list[dict[str, Any]]
) -> list[RunView]:
    did: dict[str, Counter[str]] = {}
    for event in events:
        run_id = _payload(event).get("run_id")
        if run_id:
            did.setdefault(run_id, Counter())[event["kind"]] += 1
    ids = set(did)
    for row in doc_rows:
        ids |= {row[k] for k in ("first_seen_run", "last_seen_run", "removed_run") if row[k]}
    if (last := store.case_run(case_id)) is not None:
        ids.add(last["run_id"])
    views = []
    for run_id, run in _runs(store, ids).items():
        counts = did.get(run_id, Counter())
        words = [f"{kind.replace('_', ' ')} × {n}" for kind, n in sorted(counts.items())]
        views.append(
            RunView(
                run_id=run_id,
                started_at=run["started_at"],
                finished_at=run["finished_at"],
                as_of=run["as_of"],
                status=run["status"],
                kind="review" if run_id.startswith("review-") else "run",
                documents_read=run["documents_read"],
                ocr_calls=run["ocr_calls"],
                did="; ".join(words) or "re-read the case; nothing changed",
            )
        )
    return sorted(views, key=lambda v: v.started_at or "")


def build_report(out: Path, case_id: str) -> AuditReport:
    """Everything the report shows, gathered once; raises ReportError for a case the store lacks."""
    store_path = out / "store.sqlite"
    if not store_path.is_file():
        raise ReportError(f"no store at {store_path}")
    store = Store(store_path)
    result = load_result(out, store, case_id)
    run = store.case_run(case_id)
    upload_root = Path(run["upload_root"]) if run else None
    events = store.events_for_case(case_id)
    doc_rows = _document_rows(store, case_id)
    runs = {r.run_id: r for r in run_views(store, case_id, doc_rows, events)}

    received: dict[tuple[str, str], tuple[str | None, str | None]] = {}
    for row in doc_rows:
        first = runs.get(row["first_seen_run"])
        received[(row["file"], row["sha256"])] = (first.started_at if first else None, row["first_seen_run"])
    for event in events:  # the event's own time is when the bytes were recorded
        p = _payload(event)
        if event["kind"] == "document_received" and (p.get("file"), p.get("sha256")) in received:
            received[(p["file"], p["sha256"])] = (event["at"], p.get("run_id"))

    facts_by_file: dict[str, list[Fact]] = {}
    for fact in result.facts:
        facts_by_file.setdefault(fact.file, []).append(fact)
    case_dir = (upload_root or out / "__no_upload_root__") / case_id
    documents = [
        document_view(
            d, facts_by_file.pop(d.file, []), case_dir, received.get((d.file, d.sha256), (None, None))
        )
        for d in result.documents
    ]
    orphans = [
        fact_view(f, None, "no document of the case holds it") for fs in facts_by_file.values() for f in fs
    ]

    assessment = assessment_view(result.assessment)
    summary = assessment.summary or {}
    gpt = assessment.in_force
    passed = summary.get("passed", gpt.outcome.get("passed") if gpt else None)
    anchors = {d.file: d.anchor for d in documents}
    anchors |= {f"{f.file}#{f.field}": f.anchor for d in documents for f in d.facts}
    return AuditReport(
        case_id=case_id,
        generated_at=utc_now(),
        as_of=result.as_of.isoformat(),
        status=case_status(result),
        blockers=[f for f in result.flags if f.severity == Severity.blocker and f.status == "open"],
        ruleset=assessment.headline.get("ruleset"),
        application_date=assessment.headline.get("application_date")
        or (result.application or {}).get("application_date"),
        outcome=summary.get("score") or assessment.headline.get("status"),
        passed=passed if isinstance(passed, bool) else None,
        upload_root=str(upload_root) if upload_root else None,
        last_run=run["run_id"] if run else None,
        documents=documents,
        removed_documents=[
            RemovedDocumentView(**{k: r[k] for k in ("file", "sha256", "first_seen_run", "removed_run")})
            for r in doc_rows
            if r["removed_run"]
        ],
        orphan_facts=orphans,
        fact_count=len(result.facts),
        flags=result.flags,
        checklist=result.checklist,
        prerequisites=result.prerequisites,
        profile=result.profile,
        application=result.application,
        assessment=assessment,
        decisions=decision_views(store, case_id),
        runs=list(runs.values()),
        events=[
            EventView(
                seq=e["seq"],
                at=e["at"],
                kind=e["kind"],
                summary=event_summary(e["kind"], _payload(e)),
                hash=e["hash"],
                prev_hash=e["prev_hash"],
            )
            for e in events
        ],
        chain_head=events[-1]["hash"] if events else None,
        integrity=verify_case(out, case_id),
        anchors=anchors,
    )


def write_case_report(out: Path, case_id: str) -> tuple[Path, Path | None]:
    """Write ``audit.html`` and, when Chromium is available, ``audit.pdf``; returns their paths."""
    report = build_report(out, case_id)
    case_dir = out / "cases" / case_id
    html_path, pdf_path = case_dir / "audit.html", case_dir / "audit.pdf"
    chromium = find_chromium()
    if chromium is None:
        report.pdf_note = "No PDF was made: Chromium is not installed on the machine that wrote this report."
    atomic_write_text(html_path, render_html(report))
    if chromium is not None:
        try:
            print_pdf(chromium, html_path, pdf_path)
            log.info("case %s: audit report written (HTML and PDF)", case_id)
            return html_path, pdf_path
        except (PdfError, OSError) as exc:
            report.pdf_note = f"No PDF was made: {exc}"
            atomic_write_text(html_path, render_html(report))
    # An old PDF beside a newer HTML would contradict it.
    pdf_path.unlink(missing_ok=True)
    log.warning("case %s: audit.html written without audit.pdf (%s)", case_id, report.pdf_note)
    return html_path, None
