"""`qmas-intake`: the command of ../shared/contract/OUTPUT.md."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from datetime import date
from pathlib import Path

# The ephemeral Prefect server can take longer than Prefect's 20 s default to start on a fresh
# machine (it migrates a new database first); a generous limit avoids a flaky first run.
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from exc


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="qmas-intake", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    process = sub.add_parser("process", help="read every case folder under UPLOAD_ROOT into OUT")
    process.add_argument("upload_root", type=Path, metavar="UPLOAD_ROOT")
    process.add_argument("--out", type=Path, required=True, metavar="OUT_DIR")
    process.add_argument(
        "--as-of",
        type=_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="date ages and validity windows are measured against (default: today)",
    )
    process.add_argument(
        "--case", action="append", dest="cases", metavar="CASE_ID", help="only this case (repeatable)"
    )
    return parser


def cmd_process(args: argparse.Namespace) -> int:
    from flows.intake import run_intake
    from pipeline.run import RunError

    as_of = args.as_of or date.today()
    try:
        report = run_intake(args.upload_root, args.out, as_of, args.cases)
    except RunError as exc:
        print(f"qmas-intake: {exc}", file=sys.stderr)
        return 2
    for result in report.results:
        print(f"{result.case_id}: {report.out / 'cases' / result.case_id / 'case.json'}")
    for skipped in report.skipped_cases:
        print(f"skipped {skipped.rel!r}: {skipped.reason}")
    print(f"summary: {report.summary}")
    print(f"run {report.run_id}: {len(report.results)} case(s), {report.ocr_calls} OCR call(s)")
    return 0


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(
        level=os.environ.get("QMAS_LOG_LEVEL", "WARNING"),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    args = build_parser().parse_args(argv)
    if args.command == "process":
        return cmd_process(args)
    return 2


if __name__ == "__main__":
    sys.exit(main())
