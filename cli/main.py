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
    serve = sub.add_parser("serve", help="process UPLOAD_ROOT on a schedule (a served Prefect deployment)")
    serve.add_argument("upload_root", type=Path, metavar="UPLOAD_ROOT")
    serve.add_argument("--out", type=Path, required=True, metavar="OUT_DIR")
    when = serve.add_mutually_exclusive_group(required=True)
    when.add_argument("--cron", help='a cron schedule, e.g. "*/15 * * * *"')
    when.add_argument("--interval", type=float, metavar="SECONDS", help="run every SECONDS")
    serve.add_argument(
        "--settle",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="files modified this recently are still being copied and wait (default 60)",
    )
    review = sub.add_parser("review", help="serve the staff review pages over OUT")
    review.add_argument("--out", type=Path, required=True, metavar="OUT_DIR")
    review.add_argument("--host", default="127.0.0.1", help="address to bind (default: loopback only)")
    review.add_argument("--port", type=int, default=8000)
    user = sub.add_parser("user", help="staff accounts for the review pages")
    user_sub = user.add_subparsers(dest="user_command", required=True)
    user_add = user_sub.add_parser("add", help="add a staff account (password prompted, or read from stdin)")
    user_add.add_argument("name", metavar="NAME")
    user_add.add_argument("--out", type=Path, default=Path("out"), metavar="OUT_DIR")
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


def cmd_serve(args: argparse.Namespace) -> int:
    from flows.intake import serve_intake
    from pipeline.run import RunError

    # Flow runs of a served deployment read their settings from the environment.
    os.environ["QMAS_SETTLE_SECONDS"] = str(args.settle)
    try:
        serve_intake(args.upload_root, args.out, args.cron, args.interval)
    except RunError as exc:
        print(f"qmas-intake: {exc}", file=sys.stderr)
        return 2
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    from review.server import serve

    try:
        serve(args.out, args.host, args.port)
    except FileNotFoundError as exc:
        print(f"qmas-intake: {exc}", file=sys.stderr)
        return 2
    return 0


def cmd_user_add(args: argparse.Namespace) -> int:
    from review.server import add_user

    return add_user(args.out, args.name)


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(
        level=os.environ.get("QMAS_LOG_LEVEL", "WARNING"),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    args = build_parser().parse_args(argv)
    if args.command == "process":
        return cmd_process(args)
    if args.command == "serve":
        return cmd_serve(args)
    if args.command == "review":
        return cmd_review(args)
    if args.command == "user" and args.user_command == "add":
        return cmd_user_add(args)
    return 2


if __name__ == "__main__":
    sys.exit(main())
