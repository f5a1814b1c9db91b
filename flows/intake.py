"""The Prefect story of a run: cases as sub-flows, documents as parallel tasks.

Everything here is a thin wrapper: the work is done by plain functions in `pipeline/`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import ThreadPoolTaskRunner

from core.models import CaseResult
from core.settings import Settings
from pipeline.case_step import DocumentJob, RunContext, process_case_safely, run_document_job
from pipeline.document_step import DocumentOutcome
from pipeline.run import RunReport, finish_run, prepare_run, select_cases
from readers.tesseract import ocr_call_count


# Our own store caches readings by content; Prefect's input hashing would only cost time.
@task(name="read-classify-extract", cache_policy=NO_CACHE, retries=0, task_run_name="{job.case_id}/document")
def document_task(job: DocumentJob) -> DocumentOutcome:
    return run_document_job(job)


def _map_with_tasks(jobs: list[DocumentJob]) -> list[DocumentOutcome]:
    futures = [document_task.submit(job) for job in jobs]
    return [future.result() for future in futures]


@flow(name="qmas-case", flow_run_name="case-{case_id}", validate_parameters=False)
def case_flow(ctx: RunContext, case_id: str) -> CaseResult:
    return process_case_safely(ctx, case_id, map_documents=_map_with_tasks)


@flow(name="qmas-intake", validate_parameters=False)
def intake_flow(ctx: RunContext, cases: list[str] | None = None) -> RunReport:
    ocr_before = ocr_call_count()
    case_ids, skipped = select_cases(ctx, cases)
    per_case = case_flow.with_options(task_runner=ThreadPoolTaskRunner(max_workers=ctx.settings.ocr_workers))
    results = [per_case(ctx, case_id) for case_id in case_ids]
    return finish_run(ctx, results, skipped, ocr_before)


def run_intake(
    upload_root: Path,
    out: Path,
    as_of: date,
    cases: list[str] | None = None,
    settings: Settings | None = None,
) -> RunReport:
    ctx = prepare_run(upload_root, out, as_of, settings)
    return intake_flow(ctx, cases)
