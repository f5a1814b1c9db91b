"""One case from its upload folder to a CaseResult, as plain functions.

`process_case` takes the function that maps documents to outcomes, so the Prefect flow can run
documents as parallel tasks while tests run them in a plain loop: the story is written once.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from core.decisions import Decision
from core.logging import get_logger
from core.models import CaseResult, Fact, Flag, Severity
from core.settings import Settings
from pipeline.assemble import CaseInputs, assemble_case
from pipeline.decisions import doc_type_overrides
from pipeline.discover import APPLICATION_FILE, SkippedEntry, UploadedFile, list_files
from pipeline.document_step import DocumentOutcome, classify_and_extract, process_document
from pipeline.events import record_run_events
from pipeline.versions import assessment_version, extractor_version, reader_version
from pipeline.writer import write_case_json
from readers.hashing import sha256_file
from store.sqlite_store import Store

log = get_logger(__name__)


@dataclass(frozen=True)
class RunContext:
    upload_root: Path
    out: Path
    as_of: date
    run_id: str
    settings: Settings

    @property
    def store_path(self) -> Path:
        return self.out / "store.sqlite"


@dataclass(frozen=True)
class DocumentJob:
    """Everything one document task needs; plain values so it can cross to another process."""

    case_id: str
    rel: str
    path: str
    sha256: str
    store_path: str
    run_id: str
    settings: Settings


@dataclass
class CaseScan:
    case_id: str
    files: list[UploadedFile]
    hashes: dict[str, str]
    duplicate_of: dict[str, str]
    skipped: list[SkippedEntry]
    application: dict[str, Any] | None
    application_error: str | None = None
    settling: list[str] = field(default_factory=list)

    def fingerprint(self) -> str:
        """What the case's result depends on in its folder: bytes of every file and the declaration."""
        material = {
            "files": sorted((f.rel, self.hashes[f.rel]) for f in self.files),
            "settling": sorted(self.settling),
            "application": self.application,
            "application_error": self.application_error,
            "skipped": sorted((s.rel, s.reason) for s in self.skipped),
        }
        return hashlib.sha256(json.dumps(material, sort_keys=True, default=str).encode()).hexdigest()


DocumentMapper = Callable[[list[DocumentJob]], list[DocumentOutcome]]


def run_document_job(job: DocumentJob) -> DocumentOutcome:
    return process_document(
        Path(job.path),
        job.sha256,
        Store(Path(job.store_path)),
        job.settings,
        job.run_id,
        label=f"{job.case_id}/{job.rel}",
    )


def map_sequentially(jobs: list[DocumentJob]) -> list[DocumentOutcome]:
    return [run_document_job(job) for job in jobs]


def read_application(case_dir: Path) -> tuple[dict[str, Any] | None, str | None]:
    path = case_dir / APPLICATION_FILE
    if not path.is_file() or path.is_symlink():
        return None, None
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        return None, f"{APPLICATION_FILE} cannot be parsed ({type(exc).__name__})"
    if data is None:
        return {}, None
    if not isinstance(data, dict):
        return None, f"{APPLICATION_FILE} is not a mapping of keys to values"
    # Dates parse as date objects; keep JSON-friendly strings.
    return {str(k): (v.isoformat() if isinstance(v, date) else v) for k, v in data.items()}, None


KnownHash = Callable[[str, int, int], str | None]


def scan_case(
    upload_root: Path, case_id: str, settle_seconds: float = 0.0, known_hash: KnownHash | None = None
) -> CaseScan:
    """Hash every file of the case; files modified within the settle time wait for the next run."""
    case_dir = upload_root / case_id
    listed, skipped = list_files(case_dir)
    now_ns = time.time_ns()
    settling = [f.rel for f in listed if settle_seconds and now_ns - f.mtime_ns < settle_seconds * 1e9]
    skipped += [SkippedEntry(rel, "still being written; it will be read on a later run") for rel in settling]
    files = [f for f in listed if f.rel not in settling]
    hashes: dict[str, str] = {}
    first_by_hash: dict[str, str] = {}
    duplicate_of: dict[str, str] = {}
    for f in files:
        # Same size and modification time as when last hashed: the bytes are taken as unchanged.
        sha = (known_hash(f.rel, f.size, f.mtime_ns) if known_hash else None) or sha256_file(f.path)
        hashes[f.rel] = sha
        if sha in first_by_hash:
            duplicate_of[f.rel] = first_by_hash[sha]
        else:
            first_by_hash[sha] = f.rel
    application, app_error = read_application(case_dir)
    return CaseScan(case_id, files, hashes, duplicate_of, skipped, application, app_error, settling)


def document_jobs(ctx: RunContext, scan: CaseScan) -> list[DocumentJob]:
    return [
        DocumentJob(
            scan.case_id,
            f.rel,
            str(f.path),
            scan.hashes[f.rel],
            str(ctx.store_path),
            ctx.run_id,
            ctx.settings,
        )
        for f in scan.files
        if f.rel not in scan.duplicate_of
    ]


def persist_case(
    ctx: RunContext,
    scan: CaseScan,
    result: CaseResult,
    stored_facts: list[tuple[str, Fact]],
    fingerprint: str,
) -> None:
    store = Store(ctx.store_path)
    mtimes = {f.rel: f.mtime_ns for f in scan.files}
    store.record_case_files(
        scan.case_id,
        ctx.run_id,
        [
            (d.file, d.sha256, d.size_bytes or 0, mtimes.get(d.file), d.doc_type.value, d.status.value)
            for d in result.documents
        ],
        still_arriving=set(scan.settling),
    )
    store.replace_case_facts(scan.case_id, ctx.run_id, stored_facts)
    payload = write_case_json(ctx.out, result)
    store.save_case_result(scan.case_id, ctx.run_id, payload, fingerprint)
    record_run_events(store, ctx.run_id, result, stored_facts, payload, set(scan.settling))


def write_report_safely(out: Path, case_id: str) -> None:
    """The audit report is a view of the store: failing to draw it never costs the case its result."""
    from audit.report import write_case_report

    try:
        write_case_report(out, case_id)
    except Exception:
        log.exception("case %s: the audit report could not be written", case_id)


def case_fingerprint(ctx: RunContext, scan: CaseScan, decisions: list[Decision]) -> str:
    material = [
        scan.fingerprint(),
        ctx.as_of.isoformat(),
        assessment_version(),
        ctx.settings.ruleset,
        [d.id for d in decisions],
    ]
    return hashlib.sha256(json.dumps(material).encode()).hexdigest()


def apply_doc_type_decisions(
    ctx: RunContext, scan: CaseScan, outcomes: dict[str, DocumentOutcome], decisions: list[Decision]
) -> None:
    """Where a person set a document's type, extract it as that type from the stored reading (no OCR)."""
    for (file, sha), doc_type in doc_type_overrides(decisions).items():
        outcome = outcomes.get(file)
        if outcome is None or scan.hashes.get(file) != sha or outcome.classification.doc_type == doc_type:
            continue
        path = ctx.upload_root / scan.case_id / file
        classification, facts = classify_and_extract(
            outcome.reading, ctx.settings, f"{scan.case_id}/{file}", path, doc_type=doc_type
        )
        outcomes[file] = DocumentOutcome(outcome.reading, classification, facts, outcome.from_cache, 0)


@dataclass
class CasePlan:
    """What a case needs this run: nothing (`unchanged` holds its stored result), or its documents."""

    scan: CaseScan
    decisions: list[Decision]
    fingerprint: str
    unchanged: CaseResult | None
    jobs: list[DocumentJob]


def plan_case(ctx: RunContext, case_id: str) -> CasePlan:
    store = Store(ctx.store_path)
    known = store.known_hashes(case_id)
    scan = scan_case(
        ctx.upload_root,
        case_id,
        ctx.settings.settle_seconds,
        known_hash=lambda rel, size, mtime: known.get((rel, size, mtime)),
    )
    decisions = store.decisions_for_case(case_id)
    fingerprint = case_fingerprint(ctx, scan, decisions)
    previous = store.case_result(case_id)
    if (
        previous is not None
        and previous[1] == fingerprint
        and (ctx.out / "cases" / case_id / "case.json").is_file()
    ):
        return CasePlan(scan, decisions, fingerprint, previous[0], [])
    return CasePlan(scan, decisions, fingerprint, None, document_jobs(ctx, scan))


def split_unchanged(ctx: RunContext, case_ids: list[str]) -> tuple[dict[str, CaseResult], list[str]]:
    """(stored results of the unchanged cases, ids of the cases to process); a case that cannot even
    be planned is processed, so that its pass reports the failure."""
    unchanged: dict[str, CaseResult] = {}
    changed: list[str] = []
    for case_id in case_ids:
        try:
            plan = plan_case(ctx, case_id)
        except Exception:
            log.exception("case %s could not be planned; its own pass will report it", case_id)
            changed.append(case_id)
            continue
        if plan.unchanged is not None:
            log.info("case %s: unchanged since its last run; not re-assessed", case_id)
            unchanged[case_id] = plan.unchanged
        else:
            changed.append(case_id)
    return unchanged, changed


def jobs_of_the_run(ctx: RunContext, case_ids: list[str]) -> list[DocumentJob]:
    """Every document the run's changed cases still need read or extracted, once per content,
    biggest file first.

    Submitting all of them at once keeps every OCR worker busy across case boundaries (one case at a
    time leaves workers idle while its slowest document finishes); biggest first, because scans,
    photos and multi-page TIFFs take longest and should not be the last to start.
    """
    jobs: dict[str, DocumentJob] = {}  # one job per digest: the same bytes in two cases are read once
    for case_id in case_ids:
        try:
            for job in plan_case(ctx, case_id).jobs:
                jobs.setdefault(job.sha256, job)
        except Exception:
            log.exception("case %s could not be planned; its own pass will report it", case_id)
    try:
        # A changed case's other documents are read and extracted already: nothing to do ahead.
        done = Store(ctx.store_path).done_documents(sorted(jobs), reader_version(), extractor_version())
    except Exception:
        log.exception("the store could not say which documents are done; all are submitted")
        done = set()
    return sorted((j for sha, j in jobs.items() if sha not in done), key=_file_size, reverse=True)


def _file_size(job: DocumentJob) -> int:
    try:
        return Path(job.path).stat().st_size
    except OSError:
        return 0


def record_work(store_path: Path, run_id: str, outcomes: list[DocumentOutcome]) -> None:
    """Count the documents read and the Tesseract calls made. A count lost to a store error costs a
    figure of the run's record, never the run."""
    try:
        Store(store_path).add_run_work(
            run_id, sum(not o.from_cache for o in outcomes), sum(o.ocr_calls for o in outcomes)
        )
    except Exception:
        log.exception("the work of run %s could not be counted", run_id)


def read_ahead_document(job: DocumentJob) -> bool:
    """Read, classify and extract one document ahead of its case, counting its work at once (a run
    killed later keeps the count). Whether it was done: a failure is logged and left to the case's
    own pass, which tries the document again and reports the failure in the case's results. Nothing
    else is returned, so a run does not hold every reading in memory until its cases are assessed."""
    try:
        outcome = run_document_job(job)
    except Exception:
        log.exception("reading ahead %s/%s failed", job.case_id, job.rel)
        return False
    record_work(Path(job.store_path), job.run_id, [outcome])
    return True


def process_case(
    ctx: RunContext, case_id: str, map_documents: DocumentMapper = map_sequentially
) -> CaseResult:
    plan = plan_case(ctx, case_id)
    if plan.unchanged is not None:
        log.info("case %s: unchanged since its last run; not re-assessed", case_id)
        return plan.unchanged
    scan, decisions, fingerprint, jobs = plan.scan, plan.decisions, plan.fingerprint, plan.jobs
    outcomes = dict(zip((job.rel for job in jobs), map_documents(jobs), strict=True))
    record_work(ctx.store_path, ctx.run_id, list(outcomes.values()))
    apply_doc_type_decisions(ctx, scan, outcomes, decisions)
    result, stored_facts = assemble_case(
        CaseInputs(
            scan.case_id,
            ctx.as_of,
            scan.files,
            scan.hashes,
            scan.duplicate_of,
            outcomes,
            scan.skipped,
            scan.application,
            scan.application_error,
            decisions,
            ctx.settings.ruleset,
        )
    )
    persist_case(ctx, scan, result, stored_facts, fingerprint)
    if ctx.settings.reports:
        write_report_safely(ctx.out, case_id)
    log.info(
        "case %s: %d document(s), %d fact(s), %d flag(s)",
        case_id,
        len(result.documents),
        len(result.facts),
        len(result.flags),
    )
    return result


def process_case_safely(
    ctx: RunContext, case_id: str, map_documents: DocumentMapper = map_sequentially
) -> CaseResult:
    """A bug in one case costs that case a clear error in its results, never the run."""
    try:
        return process_case(ctx, case_id, map_documents)
    except Exception as exc:
        log.exception("case %s failed", case_id)
        result = CaseResult(
            case_id=case_id,
            as_of=ctx.as_of,
            documents=[],
            facts=[],
            checklist=[],
            prerequisites=[],
            profile={},
            assessment={"ruleset": None, "status": "not_scored", "reason": "case failed"},
            flags=[
                Flag(
                    code="CASE_PROCESSING_FAILED",
                    severity=Severity.blocker,
                    message=f"the pipeline failed on this case ({type(exc).__name__}); it will be retried "
                    "on the next run",
                )
            ],
        )
        Store(ctx.store_path).save_case_result(case_id, ctx.run_id, write_case_json(ctx.out, result))
        return result
