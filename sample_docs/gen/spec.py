"""What one uploaded file should be: how to build it, how to render it, and the truth about it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .model import Document

RENDERS = ("text_pdf", "scan_pdf", "scan_jpeg", "scan_png", "scan_tiff", "photo_jpeg", "bad")


@dataclass
class DocSpec:
    file: str  # path inside the case folder, as the client named it
    doc_type: str
    layout: str
    render: str
    build: Callable[[], Document] | None
    facts: dict[str, Any] = field(default_factory=dict)
    rotation: int = 0  # clockwise degrees the content is turned in the stored pixels
    exif_orientation: int | None = None  # photos carry a phone's EXIF; 1 = upright
    status: str = "ok"
    duplicate_of: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # truth beyond the contract fields
    bad: str | None = None  # for render == "bad": truncated, encrypted, zero_byte, text

    def __post_init__(self) -> None:
        assert self.render in RENDERS, self.render
        if self.render == "photo_jpeg" and self.exif_orientation is None:
            self.exif_orientation = 1


@dataclass
class CaseSpec:
    case_id: str
    application: dict[str, Any] | None
    docs: list[DocSpec]
    planted: list[str]
    missing: list[str]
