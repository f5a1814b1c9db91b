"""Typed records that flow one way: file -> pages -> facts -> case result.

The case-level models mirror ``../shared/contract/OUTPUT.md`` (contract version 1); anything added
here beyond the contract is an added key, never a renamed or removed one.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

CONTRACT_VERSION = 1

BBox = tuple[float, float, float, float]
Scalar = str | int | float | bool | None


class DocType(StrEnum):
    passport = "passport"
    ielts = "ielts"
    toefl = "toefl"
    hsk = "hsk"
    psc = "psc"
    degree = "degree"
    transcript = "transcript"
    bank_statement = "bank_statement"
    reference_letter = "reference_letter"
    prc_id_card = "prc_id_card"
    application_form = "application_form"
    unknown = "unknown"


class DocStatus(StrEnum):
    ok = "ok"
    needs_review = "needs_review"
    unreadable = "unreadable"
    encrypted = "encrypted"
    unsupported = "unsupported"
    duplicate = "duplicate"


class FactStatus(StrEnum):
    accepted = "accepted"
    needs_review = "needs_review"
    rejected = "rejected"


class TextSource(StrEnum):
    """How a page's words were obtained."""

    text_layer = "text_layer"
    ocr = "ocr"
    none = "none"


class Word(BaseModel):
    """One word with its box on the page; confidence 0..1 (1.0 for a text layer)."""

    model_config = ConfigDict(frozen=True)

    text: str
    bbox: BBox
    conf: float = 1.0
    line: int = 0  # words sharing a line number were read as one line


class Page(BaseModel):
    """One page as read. ``unit`` says what bbox numbers mean: PDF points or pixels."""

    number: int
    width: float
    height: float
    unit: Literal["pt", "px"]
    text_source: TextSource
    rotation: int = 0  # degrees the image was turned clockwise to read it upright
    exif_orientation: int | None = None
    ocr_lang: str | None = None
    mean_conf: float | None = None
    words: list[Word] = Field(default_factory=list)
    note: str | None = None

    @property
    def text(self) -> str:
        return "\n".join(" ".join(w.text for w in line) for line in self.lines())

    def lines(self) -> list[list[Word]]:
        grouped: dict[int, list[Word]] = {}
        for word in self.words:
            grouped.setdefault(word.line, []).append(word)
        return [sorted(ws, key=lambda w: w.bbox[0]) for _, ws in sorted(grouped.items())]


class FileKind(StrEnum):
    pdf = "pdf"
    jpeg = "jpeg"
    png = "png"
    tiff = "tiff"
    webp = "webp"
    heic = "heic"
    empty = "empty"
    other = "other"


class ReadResult(BaseModel):
    """A file after reading: its pages, or the reason it could not be read."""

    status: DocStatus
    kind: FileKind
    pages: list[Page] = Field(default_factory=list)
    error: str | None = None
    ocr_pages: int = 0


class Classification(BaseModel):
    doc_type: DocType
    confidence: float
    reasons: list[str] = Field(default_factory=list)


class Fact(BaseModel):
    """One value read from one document, with where it came from."""

    file: str
    field: str
    value: Scalar
    confidence: float
    status: FactStatus
    page: int | None = None
    bbox: BBox | None = None
    method: str
    note: str | None = None
    decided_by: str | None = None  # added key: set when a person accepted, corrected or rejected it


class PageRead(BaseModel):
    """Per-page record of how the page was read (an added key to the contract)."""

    page: int
    text_source: TextSource
    rotation: int = 0
    exif_orientation: int | None = None
    ocr_lang: str | None = None
    mean_conf: float | None = None
    words: int = 0
    unit: Literal["pt", "px"] = "px"
    width: float = 0
    height: float = 0
    note: str | None = None


class DocumentRecord(BaseModel):
    file: str
    sha256: str
    doc_type: DocType
    status: DocStatus
    pages: int
    text_source: TextSource | Literal["mixed"] | None
    duplicate_of: str | None = None
    error: str | None = None
    # added keys
    file_kind: FileKind | None = None
    size_bytes: int | None = None
    classification_confidence: float | None = None
    classification_reasons: list[str] = Field(default_factory=list)
    page_reads: list[PageRead] = Field(default_factory=list)


class Severity(StrEnum):
    blocker = "blocker"
    warning = "warning"
    info = "info"


class Flag(BaseModel):
    code: str
    severity: Severity
    message: str
    file: str | None = None
    field: str | None = None
    # added keys: a person may resolve or waive a flag; it stays listed with their decision
    status: Literal["open", "resolved", "waived"] = "open"
    decided_by: str | None = None
    decision_reason: str | None = None


class ChecklistItem(BaseModel):
    item: str
    status: Literal["satisfied", "missing", "needs_review"]
    evidence: list[str] = Field(default_factory=list)
    reason: str


class Prerequisite(BaseModel):
    name: Literal["age", "nationality", "financial", "good_character", "language", "education"]
    status: Literal["met", "not_met", "unknown"]
    evidence: list[str] = Field(default_factory=list)
    reason: str | None = None


class CaseResult(BaseModel):
    """The whole of ``case.json``."""

    contract_version: Literal[1] = CONTRACT_VERSION
    case_id: str
    as_of: date
    documents: list[DocumentRecord]
    facts: list[Fact]
    checklist: list[ChecklistItem]
    flags: list[Flag]
    prerequisites: list[Prerequisite]
    profile: dict[str, Any]
    assessment: dict[str, Any]
    # added keys
    application: dict[str, Any] | None = None
