"""`qmas-intake serve` for real: a Prefect server's scheduler starts the runs, which read only what is new.

The other serve tests check the deployment `serve` builds; this one runs the README's recipe
end to end. It starts `prefect server start` (SQLite, its own PREFECT_HOME, a free port) and
`qmas-intake serve --interval 5` against it. Then it waits for scheduled flow runs, not ones the
test triggers.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import ROOT, SAMPLE_UPLOADS

pytestmark = [pytest.mark.prefect]

BIN = Path(sys.executable).parent
FIRST = "IELTS_eTRF_ZHANG_WEI.pdf"
ADDED = "Employment Reference Letter.pdf"
# Generous: CI runs this beside other tests on two cores, and a cold server migrates its database.
SERVER_START_SECONDS = 180
RUN_SECONDS = 240


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(what: str, done: Callable[[], Any], seconds: float, logs: list[Path]) -> Any:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        result = done()
        if result:
            return result
        time.sleep(0.5)
    tails = "\n".join(f"--- {p.name}\n{p.read_text(errors='replace')[-3000:]}" for p in logs if p.exists())
    pytest.fail(f"{what}: not within {seconds:g} s\n{tails}")


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=20)


@pytest.fixture
def served(tmp_path: Path) -> Iterator[dict[str, Any]]:
    """A Prefect server with a fast scheduler loop, and `qmas-intake serve` over one small case."""
    uploads, out = tmp_path / "uploads", tmp_path / "out"
    (uploads / "C001").mkdir(parents=True)
    for name in ("application.yaml", FIRST):
        shutil.copy(SAMPLE_UPLOADS / "C001" / name, uploads / "C001" / name)
    port = _free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API_")}
    env.update(
        PREFECT_HOME=str(tmp_path / "prefect-home"),
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        PREFECT_UI_ENABLED="false",
        # The scheduler visits deployments every 60 s by default; a test should not wait that long.
        PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS="2",
        PREFECT_LOGGING_LEVEL="INFO",
        QMAS_REPORTS="false",
    )
    logs = [tmp_path / "server.log", tmp_path / "serve.log"]
    started: list[subprocess.Popen[bytes]] = []
    try:
        with logs[0].open("wb") as log:
            server = subprocess.Popen(
                [str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        started.append(server)

        def healthy() -> bool:
            try:
                return httpx.get(f"{api}/health", timeout=2).status_code == 200
            except httpx.HTTPError:
                return False

        _wait("the Prefect server answering", healthy, SERVER_START_SECONDS, logs)
        command = [str(BIN / "qmas-intake"), "serve", str(uploads), "--out", str(out)]
        with logs[1].open("wb") as log:
            started.append(
                subprocess.Popen(
                    [*command, "--interval", "5", "--settle", "0"],
                    cwd=ROOT,
                    env={**env, "PREFECT_API_URL": api},
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            )
        yield {"api": api, "uploads": uploads, "out": out, "logs": logs}
    finally:
        for process in reversed(started):
            _stop(process)


def _completed_scheduled_runs(api: str) -> list[dict[str, Any]]:
    """Completed runs of the served deployment (sub-flow runs have no deployment)."""
    from flows.intake import DEPLOYMENT_NAME

    body = {
        "flow_runs": {"state": {"type": {"any_": ["COMPLETED"]}}},
        "deployments": {"name": {"any_": [DEPLOYMENT_NAME]}},
        "sort": "EXPECTED_START_TIME_ASC",
    }
    return httpx.post(f"{api}/flow_runs/filter", json=body, timeout=10).json()


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


def test_the_scheduler_runs_the_flow_and_later_runs_read_only_what_is_new(served: dict[str, Any]) -> None:
    api, out, logs = served["api"], served["out"], served["logs"]
    _wait("a scheduled run filing the case", lambda: _files_in_case(out) == [FIRST], RUN_SECONDS, logs)
    runs_at_first_case = len(_completed_scheduled_runs(api))
    _wait(
        "two more scheduled runs over the unchanged folder",
        lambda: len(_completed_scheduled_runs(api)) >= runs_at_first_case + 2,
        RUN_SECONDS,
        logs,
    )
    runs = _completed_scheduled_runs(api)
    assert all(run["auto_scheduled"] for run in runs), "runs were started by the server's scheduler"
    assert _document_task_runs(api) == 1, "the unchanged file was read by the first run only"
    assert _readings(out) == 1

    shutil.copy(SAMPLE_UPLOADS / "C001" / ADDED, served["uploads"] / "C001" / ADDED)
    _wait(
        "a scheduled run filing the added file",
        lambda: _files_in_case(out) == sorted([FIRST, ADDED]),
        RUN_SECONDS,
        logs,
    )
    assert _document_task_runs(api) == 2, "only the added file was read"
    assert _readings(out) == 2
