"""The Prefect story of a run: cases as sub-flows, documents as parallel tasks.

Everything here is a thin wrapper: the work is done by plain functions in `pipeline/`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import ThreadPoolTaskRunner

from audit.artifacts import case_markdown, flag_rows
from core.models import CaseResult
from core.settings import Settings
from pipeline.case_step import DocumentJob, RunContext, process_case_safely, run_document_job
from pipeline.document_step import DocumentOutcome
from pipeline.run import RunReport, check_run_paths, finish_run, prepare_run, select_cases


# Our own store caches readings by content; Prefect's input hashing would only cost time.
@task(name="read-classify-extract", cache_policy=NO_CACHE, retries=0, task_run_name="{job.case_id}/document")
def document_task(job: DocumentJob) -> DocumentOutcome:
    return run_document_job(job)


def _map_with_tasks(jobs: list[DocumentJob]) -> list[DocumentOutcome]:
    futures = [document_task.submit(job) for job in jobs]
    return [future.result() for future in futures]


@flow(name="qmas-case", flow_run_name="case-{case_id}", validate_parameters=False)
def case_flow(ctx: RunContext, case_id: str) -> CaseResult:
    result = process_case_safely(ctx, case_id, map_documents=_map_with_tasks)
    publish_case_artifacts(result)
    return result


def publish_case_artifacts(result: CaseResult) -> None:
    """A summary and the flags for the Prefect UI (never identity numbers or birth dates)."""
    key = "".join(ch if ch.isalnum() else "-" for ch in result.case_id.lower())
    create_markdown_artifact(
        markdown=case_markdown(result), key=f"case-{key}", description=f"QMAS intake: case {result.case_id}"
    )
    rows = flag_rows(result)
    if rows:
        create_table_artifact(table=rows, key=f"flags-{key}", description=f"Flags of case {result.case_id}")


def task_runner(settings: Settings) -> ThreadPoolTaskRunner:
    return ThreadPoolTaskRunner(max_workers=settings.ocr_workers)


@flow(name="qmas-intake", validate_parameters=False)
def intake_flow(
    upload_root: str, out: str, as_of: str | None = None, cases: list[str] | None = None
) -> RunReport:
    """One run over an upload root: the parameters are plain values so a served deployment can pass them."""
    ctx = prepare_run(Path(upload_root), Path(out), date.fromisoformat(as_of) if as_of else date.today())
    case_ids, skipped = select_cases(ctx, cases)
    per_case = case_flow.with_options(task_runner=task_runner(ctx.settings))
    results = [per_case(ctx, case_id) for case_id in case_ids]
    return finish_run(ctx, results, skipped)


def run_intake(upload_root: Path, out: Path, as_of: date, cases: list[str] | None = None) -> RunReport:
    check_run_paths(upload_root, out)  # fail before Prefect starts when the run cannot be done
    return intake_flow(str(upload_root), str(out), as_of.isoformat(), cases)


def serve_intake(upload_root: Path, out: Path, cron: str | None, interval: float | None) -> None:
    """A served deployment: one long-lived process pays Prefect's start-up once, then runs on schedule."""
    check_run_paths(upload_root, out)
    intake_flow.serve(
        name="qmas-intake-scheduled",
        cron=cron,
        interval=interval,
        parameters={"upload_root": str(upload_root.resolve()), "out": str(out.resolve())},
    )
