"""Scheduled runs as the README runs them: `prefect server start` and `qmas-intake serve`, timed.

    uv run python -m bench.served_bench            # the throughput corpus (built if missing)
    uv run python -m bench.served_bench --docs 40  # the eight sample cases once

`bench/throughput_bench.py` times `qmas-intake process`, which starts an ephemeral Prefect server
on every run. A scheduled run does not: the served process is already registered with a running
server, and each tick runs the flow in a child process. This bench measures that path. It starts a
server (SQLite, its own PREFECT_HOME, a free port) and `qmas-intake serve --interval N` over a fresh
output folder. It waits for the first scheduled run, which reads the whole corpus, and then for
`--ticks` more over the unchanged folders.

From the server's flow runs and the store's run table, it reports:
- each run's time from when it is due to its end, split into the start of its child process and
  the flow;
- the Tesseract calls of each run;
- the ticks cancelled because the run before them was still going (the deployment's concurrency
  limit).

Writes ``bench/results/served.json`` and a table in ``docs/THROUGHPUT.md``.
"""

from __future__ import annotations

import argparse
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
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from bench.report_block import replace_block

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "bench" / "work" / "served"
RESULTS = ROOT / "bench" / "results" / "served.json"
REPORT = ROOT / "docs" / "THROUGHPUT.md"
BIN = Path(sys.executable).parent
TARGET_RERUN_FRACTION = 0.10


class NotInTime(RuntimeError):
    """What was waited for did not happen in time; the message ends with the processes' logs."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(what: str, done: Callable[[], Any], seconds: float, logs: list[Path]) -> Any:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        result = done()
        if result:
            return result
        time.sleep(0.5)
    tails = "\n".join(f"--- {p.name}\n{p.read_text(errors='replace')[-3000:]}" for p in logs if p.exists())
    raise NotInTime(f"{what}: not within {seconds:g} s\n{tails}")


def _killpg(pid: int, sig: int) -> None:
    with suppress(ProcessLookupError):  # the whole group is gone
        os.killpg(pid, sig)


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Stop the process's whole group, even when its leader is gone: the served process's flow-run
    children share its group and would go on running Tesseract without it."""
    _killpg(process.pid, signal.SIGTERM)
    with suppress(subprocess.TimeoutExpired):
        process.wait(timeout=20)
    _killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=20)


@dataclass
class Served:
    api: str
    logs: list[Path]
    server_start_seconds: float


@contextmanager
def served(
    uploads: Path, out: Path, work: Path, interval: float, server_timeout: float = 180
) -> Iterator[Served]:
    """A Prefect server with a 2 s scheduler loop and `qmas-intake serve` against it; both stopped after."""
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API_")}
    env.update(
        PREFECT_HOME=str(work / "prefect-home"),
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        PREFECT_UI_ENABLED="false",
        # The scheduler visits deployments every 60 s by default: fine on a 15-minute cron, slow here.
        PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS="2",
        PREFECT_LOGGING_LEVEL="INFO",
        QMAS_REPORTS="false",
    )
    logs = [work / "server.log", work / "serve.log"]
    started: list[subprocess.Popen[bytes]] = []
    try:
        begin = time.perf_counter()
        with logs[0].open("wb") as log:
            started.append(
                subprocess.Popen(
                    [str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                    env=env,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            )

        def healthy() -> bool:
            try:
                return httpx.get(f"{api}/health", timeout=2).status_code == 200
            except httpx.HTTPError:
                return False

        wait_for("the Prefect server answering", healthy, server_timeout, logs)
        server_start = time.perf_counter() - begin
        command = [str(BIN / "qmas-intake"), "serve", str(uploads), "--out", str(out)]
        with logs[1].open("wb") as log:
            started.append(
                subprocess.Popen(
                    [*command, "--interval", f"{interval:g}", "--settle", "0"],
                    cwd=ROOT,
                    env={**env, "PREFECT_API_URL": api},
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            )
        yield Served(api, logs, server_start)
    finally:
        for process in reversed(started):
            try:
                _stop(process)
            except Exception as exc:  # the next process must still be stopped
                print(f"could not stop process {process.pid}: {exc}", file=sys.stderr)


def flow_runs(api: str, states: tuple[str, ...] = ("COMPLETED",)) -> list[dict[str, Any]]:
    """Runs of the served deployment in these states, oldest first (sub-flow runs have no deployment)."""
    from flows.intake import DEPLOYMENT_NAME

    body = {
        "flow_runs": {"state": {"type": {"any_": list(states)}}},
        "deployments": {"name": {"any_": [DEPLOYMENT_NAME]}},
        "sort": "EXPECTED_START_TIME_ASC",
    }
    return httpx.post(f"{api}/flow_runs/filter", json=body, timeout=10).json()


def _when(timestamp: str) -> datetime:
    return datetime.fromisoformat(timestamp)


def _seconds(start: str, end: str) -> float:
    return (_when(end) - _when(start)).total_seconds()


def _pending_at(api: str, flow_run_id: str) -> str | None:
    """When the served process took the run (its Pending state), or None if the server kept no such state."""
    states = httpx.get(f"{api}/flow_run_states/", params={"flow_run_id": flow_run_id}, timeout=10).json()
    return next((st["timestamp"] for st in states if st["type"] == "PENDING"), None)


def _store_runs(out: Path) -> list[dict[str, Any]]:
    conn = sqlite3.connect(out / "store.sqlite")
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute("SELECT * FROM runs ORDER BY started_at")]
    finally:
        conn.close()


def measure(uploads: Path, ticks: int, interval: float, first_run_timeout: float) -> dict[str, Any]:
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    out = WORK / "out"
    with served(uploads, out, WORK, interval) as s:
        wait_for("the first scheduled run", lambda: flow_runs(s.api), first_run_timeout, s.logs)
        wait_for(
            f"{ticks} more scheduled runs",
            lambda: len(flow_runs(s.api)) >= 1 + ticks,
            (ticks + 2) * interval + 120,
            s.logs,
        )
        completed = flow_runs(s.api)[: 1 + ticks]
        cancelled = flow_runs(s.api, ("CANCELLED",))
        server_start = s.server_start_seconds
        pending = {run["id"]: _pending_at(s.api, run["id"]) for run in completed}
    store = _store_runs(out)
    runs = []
    for run, stored in zip(completed, store, strict=False):
        # The served process takes a run up to 10 s before its time (prefetch) or up to a poll
        # interval after it; its work starts at the later of the two.
        due = max(run["expected_start_time"], pending[run["id"]] or run["expected_start_time"], key=_when)
        runs.append(
            {
                "name": run["name"],
                "auto_scheduled": run["auto_scheduled"],
                "child_start_seconds": round(_seconds(due, run["start_time"]), 1),
                "flow_seconds": round(run["total_run_time"], 1),
                "due_to_end_seconds": round(_seconds(due, run["end_time"]), 1),
                "ocr_calls": stored["ocr_calls"],
                "documents_read": stored["documents_read"],
                "cases": stored["cases"],
            }
        )
    first, later = runs[0], runs[1:]
    worst = max(r["due_to_end_seconds"] for r in later)
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "interval_seconds": interval,
        "server_start_seconds": round(server_start, 1),
        "runs": runs,
        "cancelled_ticks": len(cancelled),
        "later_runs_ocr_calls": sum(r["ocr_calls"] for r in later),
        "later_run_worst_seconds": worst,
        "rerun_fraction": round(worst / first["due_to_end_seconds"], 3),
    }


def markdown(data: dict[str, Any]) -> str:
    first = data["runs"][0]
    lines = [
        "## Scheduled runs on a running server (`bench/served_bench.py`)",
        "",
        f"Measured {data['date']}: `prefect server start` (ready after {data['server_start_seconds']} s, "
        f"paid once) and `qmas-intake serve --interval {data['interval_seconds']:g}` over "
        f"{data['corpus']}. Times come from the server's flow runs and their states. A run is due at the "
        "later of its scheduled time and the moment the served process takes it (it polls every 10 s "
        "and takes runs up to 10 s early). From then, the served process starts a child process for "
        "it (Python, Prefect and the project imported), and the flow runs: together, what a run costs.",
        "",
        "| run | cases | documents read | Tesseract calls | child start s | flow s | due to end s |",
        "|---|---|---|---|---|---|---|",
    ]
    for number, r in enumerate(data["runs"], start=1):
        lines.append(
            f"| {number} ({'scheduled' if r['auto_scheduled'] else 'manual'}) | {r['cases']} | "
            f"{r['documents_read']} | {r['ocr_calls']} | {r['child_start_seconds']} | "
            f"{r['flow_seconds']} | {r['due_to_end_seconds']} |"
        )
    lines += [
        "",
        f"The runs after the first made **{data['later_runs_ocr_calls']} Tesseract calls**. The slowest "
        f"took **{data['later_run_worst_seconds']} s, {data['rerun_fraction']:.1%} of the first run's "
        f"{first['due_to_end_seconds']} s**, start-up included (target: under "
        f"{TARGET_RERUN_FRACTION:.0%}). {data['cancelled_ticks']} ticks came while a run was still going "
        "and were cancelled, not queued (the deployment's concurrency limit of one run).",
    ]
    return "\n".join(lines)


def write_report(table: str) -> None:
    replace_block(REPORT, "served_bench", table)


def main(argv: list[str] | None = None) -> int:
    from bench.throughput_bench import build_corpus

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=250, help="corpus size, as bench.throughput_bench")
    parser.add_argument("--ticks", type=int, default=3, help="scheduled runs after the first")
    parser.add_argument("--interval", type=float, default=20.0, help="seconds between ticks")
    parser.add_argument("--report-only", action="store_true", help="redraw the table from the JSON")
    args = parser.parse_args(argv)
    if args.report_only:
        write_report(markdown(json.loads(RESULTS.read_text(encoding="utf-8"))))
        return 0
    uploads, documents, _ = build_corpus(args.docs, os.cpu_count() or 2)
    data = measure(uploads, args.ticks, args.interval, first_run_timeout=3600)
    data["corpus"] = f"the throughput corpus ({documents} documents, `--docs {args.docs}`)"
    data["reproduce"] = f"uv run python -m bench.served_bench --docs {args.docs}"
    RESULTS.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    write_report(markdown(data))
    print(json.dumps({k: v for k, v in data.items() if k != "runs"}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
