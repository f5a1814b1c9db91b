"""The broken uploads of DOCUMENTS.md, made from real renders so they fail the way real ones do."""

from __future__ import annotations

NOTES_TXT = (
    "notes for the agent\n- passport renewed 2022\n- August statement is password protected, "
    "password = my birthday\n- will send payslips later\n"
)


def truncated(pdf: bytes) -> bytes:
    """A valid PDF cut in half, as when an upload or a copy is interrupted: no xref, no %%EOF."""
    return pdf[: len(pdf) // 2]


def zero_byte() -> bytes:
    return b""


def plain_text() -> bytes:
    return NOTES_TXT.encode("utf-8")
