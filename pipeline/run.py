"""A whole run over an upload root, as plain functions shared by the CLI, the flow and the tests."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from core.models import CaseResult
from core.settings import Settings
from pipeline.case_step import RunContext
from pipeline.discover import SkippedEntry, list_cases
from pipeline.writer import ensure_private_dir, write_summary
from store.sqlite_store import Store


class RunError(Exception):
    """The run itself cannot be done (no upload root, output not writable)."""


@dataclass
class RunReport:
    run_id: str
    out: Path
    results: list[CaseResult]
    skipped_cases: list[SkippedEntry]
    summary: Path
    ocr_calls: int


def new_run_id() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ-") + uuid.uuid4().hex[:8]


def check_run_paths(upload_root: Path, out: Path) -> None:
    if not upload_root.is_dir():
        raise RunError(f"upload root {upload_root} is not a folder")
    try:
        ensure_private_dir(out)
        probe = out / ".write-test"
        probe.write_text("ok")
        probe.unlink()
    except OSError as exc:
        raise RunError(f"output folder {out} is not writable ({exc.strerror})") from exc


def prepare_run(upload_root: Path, out: Path, as_of: date, settings: Settings | None = None) -> RunContext:
    check_run_paths(upload_root, out)
    ctx = RunContext(
        upload_root.resolve(), out.resolve(), as_of, new_run_id(), settings or Settings.from_env()
    )
    Store(ctx.store_path).start_run(ctx.run_id, as_of.isoformat(), str(ctx.upload_root))
    return ctx


def select_cases(ctx: RunContext, only: list[str] | None) -> tuple[list[str], list[SkippedEntry]]:
    return list_cases(ctx.upload_root, only)


def finish_run(ctx: RunContext, results: list[CaseResult], skipped: list[SkippedEntry]) -> RunReport:
    store = Store(ctx.store_path)
    summary = write_summary(ctx.out, store.latest_case_results())
    run = store.finish_run(ctx.run_id, "completed", len(results))
    return RunReport(ctx.run_id, ctx.out, results, skipped, summary, int(run.get("ocr_calls") or 0))


def process_upload_root(
    upload_root: Path,
    out: Path,
    as_of: date,
    cases: list[str] | None = None,
    settings: Settings | None = None,
) -> RunReport:
    """The whole run without Prefect: what tests and one-off scripts use.

    As in the flow: unchanged cases keep their stored result; every new document of the changed
    cases is read in parallel first, then each of them is assessed from the store (`read_ahead`).
    """
    from pipeline.case_step import map_sequentially, process_case_safely, split_unchanged

    ctx = prepare_run(upload_root, out, as_of, settings)
    case_ids, skipped = select_cases(ctx, cases)
    unchanged, changed = split_unchanged(ctx, case_ids)
    read_ahead(ctx, changed)
    done = {case_id: process_case_safely(ctx, case_id, map_sequentially) for case_id in changed}
    return finish_run(ctx, [unchanged.get(c) or done[c] for c in case_ids], skipped)


def read_ahead(ctx: RunContext, case_ids: list[str]) -> int:
    """Read, classify and extract every new document of the run, `ocr_workers` at a time, into the
    store; returns how many were done. The cases' own passes then find them there."""
    from concurrent.futures import ThreadPoolExecutor

    from pipeline.case_step import jobs_of_the_run, read_ahead_document

    jobs = jobs_of_the_run(ctx, case_ids)
    if not jobs:
        return 0
    with ThreadPoolExecutor(max_workers=max(1, ctx.settings.ocr_workers)) as pool:
        return sum(pool.map(read_ahead_document, jobs))
