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
    process.add_argument(
        "--ruleset",
        metavar="NAME",
        help="score under this ruleset instead of the one the application date picks",
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
    add_audit_parsers(sub)
    return parser


def cmd_process(args: argparse.Namespace) -> int:
    from flows.intake import run_intake
    from pipeline.run import RunError

    as_of = args.as_of or date.today()
    if args.ruleset:
        os.environ["QMAS_RULESET"] = args.ruleset  # settings are read from the environment by every run
    try:
        report = run_intake(args.upload_root, args.out, as_of, args.cases)
    except RunError as exc:
        print(f"qmas-intake: {exc}", file=sys.stderr)
        return 2
    for result in report.results:
        case_dir = report.out / "cases" / result.case_id
        reports = [case_dir / name for name in ("audit.html", "audit.pdf") if (case_dir / name).is_file()]
        print(f"{result.case_id}: {case_dir / 'case.json'}" + "".join(f"  {path}" for path in reports))
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


def add_audit_parsers(sub: argparse._SubParsersAction) -> None:
    report = sub.add_parser("report", help="regenerate a case's audit.html and audit.pdf from the store")
    report.add_argument("case_id", metavar="CASE_ID")
    report.add_argument("--out", type=Path, required=True, metavar="OUT_DIR")
    audit = sub.add_parser("audit", help="check a case's record")
    audit_sub = audit.add_subparsers(dest="audit_command", required=True)
    verify = audit_sub.add_parser(
        "verify", help="re-check the event hash chain and the uploaded files' hashes (exit 1 if one differs)"
    )
    verify.add_argument("case_id", metavar="CASE_ID")
    verify.add_argument("--out", type=Path, required=True, metavar="OUT_DIR")
    verify.add_argument(
        "--expect-head", metavar="HASH", help="a head hash kept from an earlier report, to find in the chain"
    )


def cmd_report(args: argparse.Namespace) -> int:
    from audit.report import ReportError, write_case_report

    try:
        html, pdf = write_case_report(args.out, args.case_id)
    except ReportError as exc:
        print(f"qmas-intake: {exc}", file=sys.stderr)
        return 2
    print(f"{args.case_id}: {html}")
    print(f"{args.case_id}: {pdf or 'no PDF (Chromium is missing or failed; see the log)'}")
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from audit.verify import verify_case

    result = verify_case(args.out, args.case_id, expected_head=args.expect_head)
    print(result.describe(), file=sys.stdout if result.ok else sys.stderr)
    if any(p.kind == "case" for p in result.problems):
        return 2  # nothing to verify: no store or no such case
    return 0 if result.ok else 1


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
    if args.command == "report":
        return cmd_report(args)
    if args.command == "audit" and args.audit_command == "verify":
        return cmd_audit_verify(args)
    return 2


if __name__ == "__main__":
    sys.exit(main())
