"""A whole run over an upload root, as plain functions shared by the CLI, the flow and the tests."""

from __future__ import annotations

import fcntl
import os
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
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


class RunInProgress(RunError):
    """Another run holds the output folder."""


LOCK_FILE = ".run.lock"


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
        # A probe of its own: a second run checking the folder while this one does must not
        # remove this run's probe (a fixed name made the earlier run fail as "not writable").
        handle, probe = tempfile.mkstemp(prefix=".write-test-", dir=out)
        os.close(handle)
        os.unlink(probe)
    except OSError as exc:
        raise RunError(f"output folder {out} is not writable ({exc.strerror})") from exc


@contextmanager
def exclusive_run(out: Path) -> Iterator[None]:
    """Hold the output folder for one run; a second run at the same time stops before reading anything.

    Why: a scheduled run that overlaps a manual one (or a long first run) would read the same new
    files twice and race to file them. The served deployment also cancels a tick that comes while
    its last run is going; this lock covers every other way in. `flock` is released by the kernel
    when its holder dies, so a run killed with SIGKILL leaves no stale lock behind.
    """
    try:
        ensure_private_dir(out)
        # Owner-only like everything else under OUT (tests/test_privacy.py), whatever the umask.
        fd = os.open(out / LOCK_FILE, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW, 0o600)
        os.fchmod(fd, 0o600)
    except OSError as exc:
        raise RunError(f"output folder {out} cannot be locked for this run ({exc.strerror})") from exc
    with os.fdopen(fd, "r+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise RunInProgress(
                f"another run is writing to {out}; this one stopped without reading anything "
                "(the next run picks up every change)"
            ) from None
        try:
            handle.truncate(0)
            handle.write(f"{os.getpid()}\n")  # who holds it, for a person looking
            handle.flush()
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def check_not_running(out: Path) -> None:
    """Raise RunInProgress now if another run holds OUT: before Prefect starts, so a refused run
    costs no server start. The run itself takes the lock again (`exclusive_run`)."""
    with exclusive_run(out):
        pass


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

    check_run_paths(upload_root, out)
    with exclusive_run(out):
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
