"""The orchestration itself: a real Prefect flow run, against a test server and with no server at all."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tests.helpers import text_pdf

pytestmark = [pytest.mark.prefect, pytest.mark.xdist_group("prefect")]

IELTS = ["IELTS", "Test Report Form", "ACADEMIC", "Overall Band Score 7.5", "Listening 8.0 Reading 7.0"]


@pytest.fixture(scope="module")
def prefect_server() -> Iterator[None]:
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


def _upload_root(tmp_path: Path) -> Path:
    case = tmp_path / "uploads" / "C900"
    (case / "sub").mkdir(parents=True)
    text_pdf(case / "trf.pdf", IELTS)
    (case / "sub" / "trf copy.pdf").write_bytes((case / "trf.pdf").read_bytes())
    (case / "empty.pdf").write_bytes(b"")
    return tmp_path / "uploads"


def test_a_flow_run_writes_case_json_and_records_its_runs_in_prefect(
    tmp_path: Path, prefect_server: None
) -> None:
    from prefect.client.orchestration import get_client

    from flows.intake import run_intake

    report = run_intake(_upload_root(tmp_path), tmp_path / "out", date(2026, 11, 1))
    case = json.loads((tmp_path / "out" / "cases" / "C900" / "case.json").read_text())
    statuses = {d["file"]: (d["doc_type"], d["status"]) for d in case["documents"]}
    # The first path in sorted order is the one read; the other names it. A sparse TRF may have
    # facts a person must confirm, so the original is ok or needs_review, never anything else.
    assert statuses.pop("sub/trf copy.pdf") in {("ielts", "ok"), ("ielts", "needs_review")}
    assert statuses == {"trf.pdf": ("ielts", "duplicate"), "empty.pdf": ("unknown", "unreadable")}
    assert report.summary.read_text().splitlines()[0] == "case_id,status,blockers,score,passed"

    import asyncio

    async def run_names() -> tuple[list[str], list[str]]:
        async with get_client() as client:
            flows = await client.read_flow_runs()
            tasks = await client.read_task_runs()
            return sorted(run.name for run in flows), sorted(run.name for run in tasks)

    flows, tasks = asyncio.run(run_names())
    assert "cases" in flows  # the sub-flow of the changed cases
    assert "assess-C900" in tasks and "C900/document" in tasks


def test_the_command_runs_with_no_prefect_server_configured(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env["PREFECT_HOME"] = str(tmp_path / "prefect-home")
    command = [
        sys.executable,
        "-m",
        "cli.main",
        "process",
        str(_upload_root(tmp_path)),
        "--out",
        str(tmp_path / "out"),
        "--as-of",
        "2026-11-01",
    ]
    done = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=300, cwd=Path(__file__).resolve().parents[1]
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "C900:" in done.stdout
    assert (tmp_path / "out" / "cases" / "C900" / "case.json").is_file()


def test_the_command_fails_clearly_when_the_upload_root_is_missing(tmp_path: Path) -> None:
    from cli.main import main

    assert main(["process", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out")]) == 2


def test_a_flow_run_that_finds_the_output_folder_held_ends_cancelled_having_read_nothing(
    tmp_path: Path, prefect_server: None
) -> None:
    """A scheduled run beside a manual one: Cancelled (it did nothing), not Failed (nothing broke)."""
    from flows.intake import intake_flow
    from pipeline.run import exclusive_run

    out = tmp_path / "out"
    out.mkdir()
    with exclusive_run(out):
        state = intake_flow(str(_upload_root(tmp_path)), str(out), "2026-11-01", return_state=True)
    assert state.is_cancelled()
    assert "another run is writing to" in (state.message or "")
    assert not (out / "cases").exists()
