"""`qmas-intake serve` for real: a Prefect server's scheduler starts the runs, which read only what is new.

The other serve tests check the deployment `serve` builds; this one runs the README's recipe
end to end. It starts `prefect server start` (SQLite, its own PREFECT_HOME, a free port) and
`qmas-intake serve --interval 5` against it. Then it waits for scheduled flow runs, not ones the
test triggers.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from bench.served_bench import Served, flow_runs, served, wait_for
from tests.conftest import SAMPLE_UPLOADS

pytestmark = [pytest.mark.prefect]

FIRST = "IELTS_eTRF_ZHANG_WEI.pdf"
ADDED = "Employment Reference Letter.pdf"
# Generous: CI runs this beside other tests on two cores, and a cold server migrates its database.
RUN_SECONDS = 240


@pytest.fixture
def case(tmp_path: Path) -> Iterator[tuple[Served, Path, Path]]:
    """A Prefect server with a fast scheduler loop, and `qmas-intake serve --interval 5` over one case."""
    uploads, out = tmp_path / "uploads", tmp_path / "out"
    (uploads / "C001").mkdir(parents=True)
    for name in ("application.yaml", FIRST):
        shutil.copy(SAMPLE_UPLOADS / "C001" / name, uploads / "C001" / name)
    with served(uploads, out, tmp_path, interval=5) as s:
        yield s, uploads, out


def _document_task_runs(api: str) -> int:
    body = {"task_runs": {"name": {"like_": "C001/document"}, "state": {"type": {"any_": ["COMPLETED"]}}}}
    return len(httpx.post(f"{api}/task_runs/filter", json=body, timeout=10).json())


def _files_in_case(out: Path) -> list[str]:
    path = out / "cases" / "C001" / "case.json"
    if not path.exists():
        return []
    try:
        return sorted(d["file"] for d in json.loads(path.read_text(encoding="utf-8"))["documents"])
    except (ValueError, KeyError):
        return []  # being written


def _readings(out: Path) -> int:
    conn = sqlite3.connect(out / "store.sqlite")
    try:
        return conn.execute("SELECT count(*) FROM readings").fetchone()[0]
    finally:
        conn.close()


def test_the_scheduler_runs_the_flow_and_later_runs_read_only_what_is_new(
    case: tuple[Served, Path, Path],
) -> None:
    s, uploads, out = case
    api, logs = s.api, s.logs
    wait_for("a scheduled run filing the case", lambda: _files_in_case(out) == [FIRST], RUN_SECONDS, logs)
    # case.json is written before the run ends; count from the run that wrote it.
    runs_at_first_case = len(wait_for("the first run completing", lambda: flow_runs(api), RUN_SECONDS, logs))
    wait_for(
        "two more scheduled runs over the unchanged folder",
        lambda: len(flow_runs(api)) >= runs_at_first_case + 2,
        RUN_SECONDS,
        logs,
    )
    runs = flow_runs(api)
    assert all(run["auto_scheduled"] for run in runs), "runs were started by the server's scheduler"
    # Task-run states reach the server as events, written a moment later: wait for the first's.
    wait_for("the document's task run recorded", lambda: _document_task_runs(api) >= 1, RUN_SECONDS, logs)
    assert _document_task_runs(api) == 1, "the unchanged file was read by the first run only"
    assert _readings(out) == 1

    shutil.copy(SAMPLE_UPLOADS / "C001" / ADDED, uploads / "C001" / ADDED)
    wait_for(
        "a scheduled run filing the added file",
        lambda: _files_in_case(out) == sorted([FIRST, ADDED]),
        RUN_SECONDS,
        logs,
    )
    wait_for("the added file's task run recorded", lambda: _document_task_runs(api) >= 2, RUN_SECONDS, logs)
    assert _document_task_runs(api) == 2, "only the added file was read"
    assert _readings(out) == 2
