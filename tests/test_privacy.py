"""Personal data stays in the record (case.json, the store) and out of logs, Prefect and other users' reach.

A case holds a passport page (drawn with an OCR-B machine-readable zone) and a bank statement with
known numbers. The uploads are named the way clients name them, with the numbers in the file names,
and one document's extraction fails with an exception that quotes the values (as a pydantic error's
``input_value`` would). Every log record of the run, at DEBUG and including tracebacks, and what
Prefect stores of a real flow run (its logs and artifacts) are then searched for the values.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw, ImageFont

from core.logging import redact
from core.settings import Settings
from extractors.mrz import check_digit
from pipeline.run import process_upload_root
from tests.helpers import DEJAVU, text_pdf

AS_OF = date(2026, 11, 1)
OCR_B = "/usr/share/fonts/opentype/ocr-b/OCRB.otf"
PASSPORT_NO = "EH4829173"
ACCOUNT_NO = "012-345678-901"
BIRTH = date(1988, 4, 23)
# Every spelling the documents, the MRZ or a program could give these values.
SECRETS = [
    PASSPORT_NO,
    ACCOUNT_NO,
    ACCOUNT_NO.replace("-", ""),
    ACCOUNT_NO.replace("-", " "),
    BIRTH.isoformat(),
    "23 APR 1988",
    "23/04/1988",
    "880423",
]
PASSPORT_FILE = f"passport {PASSPORT_NO}.png"
STATEMENT_FILE = f"statement {ACCOUNT_NO}.pdf"
FAILING_FILE = "letter.pdf"
# What a failing parser's exception says: the values it could not handle.
FAILURE = f"date of birth 23 APR 1988 of holder EH4829173 does not match account {ACCOUNT_NO}"


def mrz_lines() -> tuple[str, str]:
    line1 = "P<CHNZHANG<<WEI".ljust(44, "<")
    number = PASSPORT_NO + check_digit(PASSPORT_NO)
    birth = BIRTH.strftime("%y%m%d") + check_digit(BIRTH.strftime("%y%m%d"))
    expiry = "320615" + check_digit("320615")
    optional = "<" * 14 + "<"
    composite = check_digit(number + birth + expiry + optional)
    line2 = f"{number}CHN{birth}M{expiry}{optional}{composite}"
    assert len(line1) == len(line2) == 44
    return line1, line2


def passport_page(path: Path) -> Path:
    image = Image.new("RGB", (1700, 1150), "white")
    draw = ImageDraw.Draw(image)
    label, value = ImageFont.truetype(DEJAVU, 26), ImageFont.truetype(DEJAVU, 36)
    draw.text((80, 50), "PEOPLE'S REPUBLIC OF CHINA   PASSPORT", fill="black", font=value)
    fields = [
        ("Type / Country code / Passport No.", f"P   CHN   {PASSPORT_NO}"),
        ("Surname", "ZHANG"),
        ("Given names", "WEI"),
        ("Sex / Nationality", "M   CHINESE"),
        ("Date of birth", "23 APR 1988"),
        ("Date of expiry", "15 JUN 2032"),
    ]
    for i, (name, text) in enumerate(fields):
        draw.text((520, 140 + i * 95), name, fill="black", font=label)
        draw.text((520, 172 + i * 95), text, fill="black", font=value)
    mrz_font = ImageFont.truetype(OCR_B, 52)
    for i, line in enumerate(mrz_lines()):
        draw.text((70, 900 + i * 80), line, fill="black", font=mrz_font)
    image.save(path)
    return path


def build_uploads(root: Path) -> Path:
    case = root / "C500"
    case.mkdir(parents=True)
    passport_page(case / PASSPORT_FILE)
    text_pdf(
        case / STATEMENT_FILE,
        [
            "The Hongkong and Shanghai Banking Corporation Limited",
            "Statement of Account",
            "Account holder: MR WEI ZHANG",
            f"Account Number: {ACCOUNT_NO}",
            "Statement period 01/09/2026 to 30/09/2026   Currency HKD",
            "Opening balance 10,000.00",
            "Deposits 2,500.00   Withdrawals 500.00",
            "Closing balance 12,000.00",
        ],
    )
    text_pdf(case / FAILING_FILE, ["Reference letter", "To whom it may concern", "Senior Engineer"])
    return root


def leaks(text: str) -> list[str]:
    return [secret for secret in SECRETS if secret in text]


class _ListHandler(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


def _failing_extract(original: Any) -> Any:
    def extract(doc_type: Any, document: Any) -> Any:
        if document.path is not None and document.path.name == FAILING_FILE:
            raise ValueError(FAILURE)
        return original(doc_type, document)

    return extract


@dataclass
class PlainRun:
    out: Path
    logs: str


@pytest.fixture(scope="module")
def plain_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PlainRun]:
    """One run without Prefect, every log record of the process captured at DEBUG."""
    import pipeline.document_step

    base = tmp_path_factory.mktemp("privacy")
    root = build_uploads(base / "uploads")
    handler = _ListHandler()
    root_logger = logging.getLogger()
    level = root_logger.level
    root_logger.addHandler(handler)
    root_logger.setLevel(logging.DEBUG)
    umask = os.umask(0o022)  # the usual umask: privacy must not depend on a strict one
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(pipeline.document_step, "extract", _failing_extract(pipeline.document_step.extract))
            process_upload_root(root, base / "out", AS_OF, settings=Settings(ocr_workers=2, reports=False))
    finally:
        os.umask(umask)
        root_logger.removeHandler(handler)
        root_logger.setLevel(level)
    yield PlainRun(base / "out", "\n".join(handler.lines))


def test_a_run_logs_no_passport_number_account_number_or_birth_date(plain_run: PlainRun) -> None:
    logs = plain_run.logs
    # The run did log about these documents, by name, and the failure with its traceback...
    assert "read C500/passport [NUMBER].png: " in logs
    assert "extracting C500/letter.pdf failed" in logs and "Traceback" in logs and "ValueError" in logs
    # ...and pdfminer's DEBUG records of the statement's content were among them.
    assert "pdfminer" in logs
    assert leaks(logs) == []


def test_the_record_does_hold_the_values(plain_run: PlainRun) -> None:
    """The values are not lost, only kept out of logs: case.json and the store are the record."""
    case = (plain_run.out / "cases" / "C500" / "case.json").read_text()
    store = (plain_run.out / "store.sqlite").read_bytes()
    assert PASSPORT_FILE in {d["file"] for d in json.loads(case)["documents"]}
    assert ACCOUNT_NO.encode() in store


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_outputs_and_stores_are_readable_by_the_owner_only(plain_run: PlainRun) -> None:
    from review.accounts import Accounts

    out = plain_run.out
    for folder in (out, out / "cases" / "C500"):
        assert _mode(folder) == 0o700, folder
    Accounts(out).add_user("staff", "a long enough password 123")
    files = [
        out / "cases" / "C500" / "case.json",
        out / "summary.csv",
        out / "store.sqlite",
        out / "review.sqlite",
    ]
    files += [p for p in out.glob("*.sqlite-*")]  # SQLite's -wal and -shm take the database's mode
    for path in files:
        assert _mode(path) == 0o600, path
    leftovers = [p for p in out.rglob("*") if p.is_file() and _mode(p) & 0o077]
    assert leftovers == []


def test_the_cases_folder_is_readable_by_the_owner_only(plain_run: PlainRun) -> None:
    assert _mode(plain_run.out / "cases") == 0o700


def test_redaction_covers_the_spellings_of_the_values() -> None:
    for secret in SECRETS:
        assert secret not in redact(f"value {secret} seen"), secret
    for line in mrz_lines():
        assert redact(line) == "[MRZ]"
    # What an operator needs stays readable.
    kept = "case C500: 3 document(s), 12 fact(s), 2 flag(s); page 2 of 14; HKD 12,000.00"
    assert redact(kept) == kept


def test_a_newline_in_a_logged_file_name_cannot_forge_a_log_line(caplog: pytest.LogCaptureFixture) -> None:
    from core.logging import get_logger

    with caplog.at_level(logging.INFO):
        get_logger("pipeline.test").info("read %s: ok", "C1/scan\nERROR forged line.pdf")
    (record,) = caplog.records
    assert record.getMessage() == "read C1/scan\\x0aERROR forged line.pdf: ok"


# ---------------------------------------------------------------------------------------------------
# A real Prefect flow run
# ---------------------------------------------------------------------------------------------------


@dataclass
class FlowRun:
    logs: list[str]
    artifacts: list[str]
    database: bytes


@pytest.fixture(scope="module")
def flow_run(tmp_path_factory: pytest.TempPathFactory, plain_run: PlainRun) -> Iterator[FlowRun]:
    from prefect.client.orchestration import get_client
    from prefect.logging.handlers import APILogWorker
    from prefect.settings import PREFECT_SERVER_DATABASE_CONNECTION_URL
    from prefect.testing.utilities import prefect_test_harness

    import flows.intake
    from pipeline.case_step import run_document_job

    def failing_job(job: Any) -> Any:
        # A document task that dies with the values in its exception: Prefect logs task failures
        # (with the traceback) through its API into its database.
        if job.case_id == "C501":
            raise ValueError(FAILURE)
        return run_document_job(job)

    base = tmp_path_factory.mktemp("privacy-flow")
    root = build_uploads(base / "uploads")
    (root / "C501").mkdir()
    text_pdf(root / "C501" / FAILING_FILE, ["Reference letter", "To whom it may concern"])
    # The plain run's store holds this case's readings (same bytes): the flow reads them from the cache
    # instead of paying for the OCR again; the case is still assessed, a task per document.
    (base / "out").mkdir(mode=0o700)
    for path in plain_run.out.glob("store.sqlite*"):
        shutil.copy(path, base / "out" / path.name)
    with prefect_test_harness(server_startup_timeout=120), pytest.MonkeyPatch.context() as patch:
        patch.setattr(flows.intake, "run_document_job", failing_job)
        flows.intake.run_intake(root, base / "out", AS_OF)
        APILogWorker.drain_all(timeout=30)

        async def stored() -> tuple[list[str], list[str]]:
            async with get_client() as client:
                logs = await client.read_logs()
                artifacts = await client.read_artifacts()
            texts = [json.dumps(a.data) if not isinstance(a.data, str) else a.data for a in artifacts]
            texts += [a.description or "" for a in artifacts]
            return [log.message for log in logs], texts

        logs, artifacts = asyncio.run(stored())
        url = PREFECT_SERVER_DATABASE_CONNECTION_URL.value()
        db_path = Path(url.split("///", 1)[1])
        with sqlite3.connect(db_path) as db:
            db.execute("PRAGMA wal_checkpoint(FULL)")
        database = b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*"))
        yield FlowRun(logs, artifacts, database)


@pytest.mark.prefect
@pytest.mark.xdist_group("prefect")
def test_a_flow_run_stores_no_identity_numbers_or_birth_dates_in_prefect_logs(flow_run: FlowRun) -> None:
    text = "\n".join(flow_run.logs)
    # Prefect did store the failed task's log with its traceback, redacted where the values were.
    assert "Task run failed with exception" in text
    assert "date of birth [DATE] of holder [NUMBER]" in text
    assert "Traceback" in text
    assert leaks(text) == []


@pytest.mark.prefect
@pytest.mark.xdist_group("prefect")
def test_prefect_artifacts_show_no_values_read_from_documents(flow_run: FlowRun) -> None:
    text = "\n".join(flow_run.artifacts)
    assert "# Case C500" in text and "bank_statement" in text
    assert leaks(text.replace(PASSPORT_FILE, "").replace(STATEMENT_FILE, "")) == []


@pytest.mark.prefect
@pytest.mark.xdist_group("prefect")
def test_prefect_artifacts_do_not_show_numbers_written_in_file_names(flow_run: FlowRun) -> None:
    text = "\n".join(flow_run.artifacts)
    assert PASSPORT_NO not in text and ACCOUNT_NO not in text


@pytest.mark.prefect
@pytest.mark.xdist_group("prefect")
def test_prefect_database_holds_no_values_beyond_the_artifacts(flow_run: FlowRun) -> None:
    database = flow_run.database.decode("latin-1")
    assert database  # the harness's database was found
    assert leaks(database.replace(PASSPORT_FILE, "").replace(STATEMENT_FILE, "")) == []
