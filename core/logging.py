"""Logging that names the case and file, and never prints identity numbers or birth dates."""

from __future__ import annotations

import logging
import re

_REDACTIONS = [
    # ICAO MRZ lines carry the passport number and date of birth.
    (re.compile(r"[A-Z0-9<]{30,44}"), "[MRZ]"),
    # Dates written YYYY-MM-DD or DD/MM/YYYY could be a date of birth.
    (re.compile(r"\b\d{4}-\d{2}-\d{2}\b"), "[DATE]"),
    (re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b"), "[DATE]"),
    # Long digit runs and passport-number-like tokens (a letter or two followed by 6+ digits).
    (re.compile(r"\b[A-Z]{0,2}\d{6,}[0-9X]?\b"), "[NUMBER]"),
]


def redact(text: str) -> str:
    for pattern, replacement in _REDACTIONS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        return True


def get_logger(name: str) -> logging.Logger:
    logger = logging.getLogger(name)
    if not any(isinstance(f, RedactingFilter) for f in logger.filters):
        logger.addFilter(RedactingFilter())
    return logger
