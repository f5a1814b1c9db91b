"""The Prefect story of a run: the changed cases' documents as parallel tasks, each case's assessment
as a task after them.

Cases whose folder, decisions and rules are unchanged keep their stored result and cost nothing but
a directory walk. The changed ones run in one sub-flow (`qmas-cases`, with the configured task
runner): all their new documents are submitted at once, so the OCR workers stay busy across case
boundaries, and each case is assessed (`assess-<case>`) as soon as its own documents are done.
Everything here is a thin wrapper: the work is done by plain functions in `pipeline/`.
"""

from __future__ import annotations

import atexit
import logging
import threading
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from prefect import flow, get_run_logger, serve, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.client.orchestration import get_client
from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy
from prefect.futures import PrefectFuture
from prefect.states import Cancelled, State
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from audit.artifacts import case_markdown, flag_rows
from core.logging import redact
from core.models import CaseResult
from core.settings import Settings
from pipeline.case_step import (
    DocumentJob,
    RunContext,
    jobs_of_the_run,
    map_sequentially,
    process_case_safely,
    record_work,
    run_document_job,
    split_unchanged,
)
from pipeline.run import (
    RunInProgress,
    RunReport,
    check_not_running,
    check_run_paths,
    exclusive_run,
    finish_run,
    prepare_run,
    select_cases,
)

if TYPE_CHECKING:
    from prefect.deployments.runner import RunnerDeployment


# Our own store caches readings by content; Prefect's input hashing would only cost time.
@task(name="read-classify-extract", cache_policy=NO_CACHE, retries=0, task_run_name="{job.case_id}/document")
def document_task(job: DocumentJob) -> None:
    """One document read ahead of its case; it counts its own work and returns nothing, so the run
    holds no readings. A failure shows as a failed task; the case's pass tries the document again
    and reports the failure in the case's results."""
    try:
        outcome = run_document_job(job)
    except Exception as exc:
        # Prefect stores a failed task's message in its database, beyond any log filter.
        raise RuntimeError(redact(f"{type(exc).__name__}: {exc}")) from exc
    record_work(Path(job.store_path), job.run_id, [outcome])


@task(name="assess-case", cache_policy=NO_CACHE, retries=0, task_run_name="assess-{case_id}")
def assess_task(ctx: RunContext, case_id: str) -> CaseResult:
    # Its documents were read ahead: this finds their readings and facts in the store.
    result = process_case_safely(ctx, case_id, map_documents=map_sequentially)
    publish_case_artifacts(result)
    return result


@flow(name="qmas-cases", flow_run_name="cases", validate_parameters=False)
def cases_flow(ctx: RunContext, case_ids: list[str]) -> dict[str, CaseResult]:
    """The changed cases: every new document of all of them submitted at once, biggest first, so the
    workers stay busy across cases; each case assessed, in order, as soon as its own documents are
    done, while the workers go on with the next cases' documents."""
    futures: dict[str, list[PrefectFuture[None]]] = {}
    for job in jobs_of_the_run(ctx, case_ids):
        futures.setdefault(job.case_id, []).append(document_task.submit(job))
    results: dict[str, CaseResult] = {}
    for case_id in case_ids:
        for future in futures.pop(case_id, []):
            future.wait()
        results[case_id] = assess_task(ctx, case_id)
    return results


def publish_case_artifacts(result: CaseResult) -> None:
    """A summary and the flags for the Prefect UI (never identity numbers or birth dates)."""
    key = "".join(ch if ch.isalnum() else "-" for ch in result.case_id.lower())
    create_markdown_artifact(
        markdown=case_markdown(result), key=f"case-{key}", description=f"QMAS intake: case {result.case_id}"
    )
    rows = flag_rows(result)
    if rows:
        create_table_artifact(table=rows, key=f"flags-{key}", description=f"Flags of case {result.case_id}")


def task_runner(settings: Settings) -> TaskRunner:
    """Threads of this process (the default), or Dask: a scheduler's address, or a local cluster."""
    if settings.task_runner == "threads":
        return ThreadPoolTaskRunner(max_workers=settings.ocr_workers)
    try:
        from prefect_dask import DaskTaskRunner
    except ImportError as exc:  # an optional dependency: say what to install
        raise RuntimeError("QMAS_TASK_RUNNER=dask needs the prefect-dask package") from exc
    return DaskTaskRunner(address=settings.dask_address or _local_cluster_address(settings))


_clusters: dict[tuple[int, int, str], Any] = {}
_clusters_lock = threading.Lock()


def _local_cluster_address(settings: Settings) -> str:
    """One LocalCluster per process, started on first use and shared by every case's sub-flow.

    DaskTaskRunner given a cluster class would start (and stop) a cluster for each sub-flow, i.e.
    for each case: seconds of start-up per case. Worker processes each run `threads` documents at
    once so that `dask_workers * threads` Tesseracts run together, as many as `ocr_workers`.
    """
    threads = max(1, settings.ocr_workers // settings.dask_workers)
    api_url = _api_url()
    key = (settings.dask_workers, threads, api_url)
    with _clusters_lock:
        cluster = _clusters.get(key)
        if cluster is None:
            from distributed import LocalCluster

            # A line per worker start and per case's client: Prefect's log settings would print them all.
            logging.getLogger("distributed").setLevel(logging.WARNING)
            cluster = LocalCluster(
                n_workers=settings.dask_workers,
                threads_per_worker=threads,
                processes=True,
                dashboard_address=None,
                # Spawned workers see only the environment: without the flow's API they would each
                # start an ephemeral server of their own (hundreds of MB each, all on one SQLite file,
                # "database is locked") and record their task runs away from the flow's.
                env={"PREFECT_API_URL": api_url},
            )
            if not _clusters:
                atexit.register(close_local_clusters)
            _clusters[key] = cluster
    return cluster.scheduler_address


def _api_url() -> str:
    """The API this flow reports to: the configured one, or the ephemeral server it started."""
    with get_client(sync_client=True) as client:
        return str(client.api_url).rstrip("/")


def close_local_clusters() -> None:
    """Stop the local Dask clusters this process started (also done at exit)."""
    with _clusters_lock:
        clusters = list(_clusters.values())
        _clusters.clear()
    # Shutting down logs a line per worker, through handlers that may be closed by now.
    logging.getLogger("distributed").setLevel(logging.ERROR)
    for cluster in clusters:
        cluster.close()


@flow(name="qmas-intake", validate_parameters=False)
def intake_flow(
    upload_root: str, out: str, as_of: str | None = None, cases: list[str] | None = None
) -> RunReport | State:
    """One run over an upload root: the parameters are plain values so a served deployment can pass them.

    A run that finds another holding OUT ends Cancelled, not Failed: it did nothing, and the next
    tick picks up every change.
    """
    root, out_dir = Path(upload_root), Path(out)
    check_run_paths(root, out_dir)
    try:
        with exclusive_run(out_dir):
            ctx = prepare_run(root, out_dir, date.fromisoformat(as_of) if as_of else date.today())
            case_ids, skipped = select_cases(ctx, cases)
            unchanged, changed = split_unchanged(ctx, case_ids)
            done: dict[str, CaseResult] = {}
            if changed:  # a quiet scheduled run starts no sub-flow and no task runner at all
                done = cases_flow.with_options(task_runner=task_runner(ctx.settings))(ctx, changed)
            return finish_run(ctx, [unchanged.get(c) or done[c] for c in case_ids], skipped)
    except RunInProgress as exc:
        get_run_logger().warning(str(exc))
        return Cancelled(message=str(exc))


def run_intake(upload_root: Path, out: Path, as_of: date, cases: list[str] | None = None) -> RunReport:
    # Refuse before Prefect starts when the run cannot be done, or another run holds OUT.
    check_run_paths(upload_root, out)
    check_not_running(out)
    state = intake_flow(str(upload_root), str(out), as_of.isoformat(), cases, return_state=True)
    if state.is_cancelled():  # another run took OUT after the check above
        raise RunInProgress(state.message or f"another run is writing to {out}")
    return state.result()


DEPLOYMENT_NAME = "qmas-intake-scheduled"


def build_deployment(
    upload_root: Path, out: Path, cron: str | None = None, interval: float | None = None
) -> RunnerDeployment:
    """The scheduled deployment `qmas-intake serve` runs: the flow, its schedule and its parameters."""
    check_run_paths(upload_root, out)  # refuse before Prefect starts when the run cannot be done
    return intake_flow.to_deployment(
        name=DEPLOYMENT_NAME,
        cron=cron,
        interval=interval,
        # A run reads the whole upload root, so a tick that comes while the last run is still going
        # (a long first run, a backlog) is cancelled rather than queued: the next tick after it
        # sees every change, and queued runs would only pile up behind it.
        concurrency_limit=ConcurrencyLimitConfig(
            limit=1, collision_strategy=ConcurrencyLimitStrategy.CANCEL_NEW
        ),
        parameters={"upload_root": str(upload_root.resolve()), "out": str(out.resolve())},
    )


def serve_intake(upload_root: Path, out: Path, cron: str | None, interval: float | None) -> None:
    """A served deployment: one long-lived process pays Prefect's start-up once, then runs on schedule.

    Schedules need a running Prefect server (`prefect server start`, PREFECT_API_URL set): an
    ephemeral one has no scheduler.
    """
    serve(build_deployment(upload_root, out, cron, interval))
