"""Write results so that a killed run never leaves half a file: temp file, fsync, rename."""

from __future__ import annotations

import csv
import io
import os
import tempfile
from pathlib import Path

from core.models import CaseResult, Severity


def ensure_private_dir(path: Path) -> None:
    """Create a folder and any missing parents owner-only: `cases/` alone would list every case id."""
    missing = []
    probe = path
    while not probe.exists():
        missing.append(probe)
        probe = probe.parent
    path.mkdir(parents=True, exist_ok=True)
    for folder in [*missing, path]:
        os.chmod(folder, 0o700)


def atomic_write_text(path: Path, text: str) -> None:
    ensure_private_dir(path.parent)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def case_json(result: CaseResult) -> str:
    return result.model_dump_json(indent=2) + "\n"


def write_case_json(out: Path, result: CaseResult) -> str:
    payload = case_json(result)
    atomic_write_text(out / "cases" / result.case_id / "case.json", payload)
    return payload


def case_status(result: CaseResult) -> str:
    severities = {flag.severity for flag in result.flags if flag.status == "open"}
    if Severity.blocker in severities:
        return "blocked"
    if Severity.warning in severities:
        return "needs_review"
    return "ready"


def summary_csv(results: list[CaseResult]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["case_id", "status", "blockers", "score", "passed"])
    for result in sorted(results, key=lambda r: r.case_id):
        blockers = [f.code for f in result.flags if f.severity == Severity.blocker and f.status == "open"]
        summary = (result.assessment or {}).get("summary") or {}
        passed = summary.get("passed")
        score = summary.get("score")
        writer.writerow(
            [
                result.case_id,
                case_status(result),
                ";".join(blockers),
                "" if score is None else score,
                "" if passed is None else str(passed).lower(),
            ]
        )
    return buffer.getvalue()


def write_summary(out: Path, results: list[CaseResult]) -> Path:
    path = out / "summary.csv"
    atomic_write_text(path, summary_csv(results))
    return path
