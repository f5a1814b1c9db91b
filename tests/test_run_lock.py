"""One run at a time per output folder: a run that overlaps another stops before reading anything."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import date
from pathlib import Path

import pytest

from pipeline.run import LOCK_FILE, RunInProgress, exclusive_run, process_upload_root
from tests.conftest import ROOT, SAMPLE_UPLOADS

AS_OF = date(2026, 11, 1)


def _one_case(tmp_path: Path) -> tuple[Path, Path]:
    uploads, out = tmp_path / "uploads", tmp_path / "out"
    (uploads / "C001").mkdir(parents=True)
    for name in ("application.yaml", "IELTS_eTRF_ZHANG_WEI.pdf"):
        (uploads / "C001" / name).write_bytes((SAMPLE_UPLOADS / "C001" / name).read_bytes())
    out.mkdir()
    return uploads, out


def _runs(out: Path) -> int:
    store = out / "store.sqlite"
    if not store.exists():
        return 0
    conn = sqlite3.connect(store)
    try:
        return conn.execute("SELECT count(*) FROM runs").fetchone()[0]
    finally:
        conn.close()


def test_a_run_over_a_held_output_folder_stops_with_a_message_and_reads_nothing(tmp_path: Path) -> None:
    uploads, out = _one_case(tmp_path)
    with exclusive_run(out), pytest.raises(RunInProgress, match="another run is writing to"):
        process_upload_root(uploads, out, AS_OF)
    assert _runs(out) == 0
    assert not (out / "cases").exists()


def test_the_folder_is_free_again_when_a_run_ends_or_fails(tmp_path: Path) -> None:
    uploads, out = _one_case(tmp_path)
    with pytest.raises(RuntimeError, match="a step failed"), exclusive_run(out):
        raise RuntimeError("a step failed")
    report = process_upload_root(uploads, out, AS_OF)
    assert [r.case_id for r in report.results] == ["C001"]
    with exclusive_run(out):  # and after a run that completed
        pass


def test_a_run_killed_with_sigkill_leaves_no_stale_lock(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys, time
                from pathlib import Path
                from pipeline.run import exclusive_run
                with exclusive_run(Path({str(out)!r})):
                    print("held", flush=True)
                    time.sleep(600)
                """
            ),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == b"held"
        with pytest.raises(RunInProgress), exclusive_run(out):
            pass
        assert (out / LOCK_FILE).read_text().strip() == str(holder.pid)
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(timeout=30)
    deadline = time.monotonic() + 10
    while True:  # the kernel releases the lock with the process; allow it a moment
        try:
            with exclusive_run(out):
                break
        except RunInProgress:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def test_the_cli_says_another_run_holds_the_folder_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from cli.main import main

    uploads, out = _one_case(tmp_path)
    with exclusive_run(out):
        code = main(["process", str(uploads), "--out", str(out), "--as-of", "2026-11-01"])
    assert code == 2
    assert f"another run is writing to {out}" in capsys.readouterr().err
