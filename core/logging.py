"""Logging that names the case and file, and never prints identity numbers or birth dates.

Redaction happens where every log record is born (the log-record factory), not only on the loggers
that ask for it: Prefect ships the records of its own loggers (``prefect.flow_runs``,
``prefect.task_runs``) to its API and database, libraries such as pdfminer log page content at DEBUG,
and a filter on one logger never sees records that other loggers create. Tracebacks are redacted too:
an exception message (a pydantic error's ``input_value``, a parser's "bad date ...") can carry the
very values we must not store.
"""

from __future__ import annotations

import logging
import re
import threading
from typing import Any

_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"

_REDACTIONS = [
    # ICAO MRZ lines carry the passport number and date of birth.
    (re.compile(r"[A-Z0-9<]{30,44}"), "[MRZ]"),
    # Dates written YYYY-MM-DD or DD/MM/YYYY could be a date of birth.
    (re.compile(r"\b\d{4}-\d{2}-\d{2}\b"), "[DATE]"),
    (re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b"), "[DATE]"),
    # Why: a passport's visual zone prints "15 MAR 1990"; letters say "March 15, 1990"; Chinese
    # documents "1990年3月15日". Without these the birth date survived in tracebacks.
    (re.compile(rf"\b\d{{1,2}}[ -]{_MONTHS}[ -]\d{{2,4}}\b", re.IGNORECASE), "[DATE]"),
    (re.compile(rf"\b{_MONTHS} \d{{1,2}},? \d{{4}}\b", re.IGNORECASE), "[DATE]"),
    (re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"), "[DATE]"),
    # Long digit runs and passport-number-like tokens (a letter or two followed by 6+ digits).
    (re.compile(r"\b[A-Z]{0,2}\d{6,}[0-9X]?\b"), "[NUMBER]"),
]
# Why: account numbers are printed in groups ("012-345678-901", "1234 5678 9012"); a group shorter
# than the digit-run rule above left the whole number readable. Eight or more digits in groups go.
_GROUPED_DIGITS = re.compile(r"\b\d{2,}(?:[ -]\d{2,}){1,5}\b")
# Why: an uploaded file name can hold a newline; logged raw it forges a second, fake log line.
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")


def _grouped(match: re.Match[str]) -> str:
    return "[NUMBER]" if sum(ch.isdigit() for ch in match.group(0)) >= 8 else match.group(0)


def redact(text: str) -> str:
    for pattern, replacement in _REDACTIONS:
        text = pattern.sub(replacement, text)
    return _GROUPED_DIGITS.sub(_grouped, text)


def _escape_controls(value: Any) -> Any:
    if isinstance(value, str):
        return _CONTROL.sub(lambda m: f"\\x{ord(m.group(0)):02x}", value)
    return value


def _redact_record(record: logging.LogRecord) -> None:
    if getattr(record, "_qmas_redacted", False):
        return
    args = record.args
    if isinstance(args, tuple):
        record.args = tuple(_escape_controls(a) for a in args)
    try:
        message = record.getMessage()
    except Exception:  # a malformed call: keep the bare format string rather than fail the caller
        message = str(record.msg)
    record.msg = redact(message)
    record.args = None
    if record.exc_info and record.exc_info[0] is not None:
        # Format the traceback now, redacted; formatters print exc_text when it is set.
        record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
        record.exc_info = None
    elif record.exc_text:
        record.exc_text = redact(record.exc_text)
    if record.stack_info:
        record.stack_info = redact(record.stack_info)
    record._qmas_redacted = True


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        _redact_record(record)
        return True


_install_lock = threading.Lock()
_installed = False


def install_redaction() -> None:
    """Redact every log record of this process at creation, whichever logger or handler gets it.

    Why: a filter on our own loggers (the previous design) never saw Prefect's flow/task-run
    loggers, whose records (with tracebacks) Prefect stores in its database, nor pdfminer's DEBUG
    records, which echo page text. The record factory survives Prefect re-configuring handlers.
    """
    global _installed
    with _install_lock:
        if _installed:
            return
        previous = logging.getLogRecordFactory()

        def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
            record = previous(*args, **kwargs)
            _redact_record(record)
            return record

        logging.setLogRecordFactory(factory)
        _installed = True


def get_logger(name: str) -> logging.Logger:
    install_redaction()
    logger = logging.getLogger(name)
    if not any(isinstance(f, RedactingFilter) for f in logger.filters):
        logger.addFilter(RedactingFilter())
    return logger


# Importing this module (every pipeline module does) protects the whole process.
install_redaction()
