"""Facts and documents for tests that do not need a real reading."""

from __future__ import annotations

from core.models import DocStatus, DocType, DocumentRecord, Fact, FactStatus, Scalar


def fact(file: str, field: str, value: Scalar, confidence: float = 0.95, status: str = "accepted") -> Fact:
    return Fact(
        file=file,
        field=field,
        value=value,
        confidence=confidence,
        status=FactStatus(status),
        page=1,
        bbox=(0, 0, 10, 10),
        method="test",
    )


def document(file: str, doc_type: str, status: str = "ok") -> DocumentRecord:
    return DocumentRecord(
        file=file,
        sha256="0" * 64,
        doc_type=DocType(doc_type),
        status=DocStatus(status),
        pages=1,
        text_source="text_layer",
    )


def ielts(
    file: str = "trf.pdf",
    overall: float = 7.0,
    bands: tuple[float, ...] = (7.0, 7.0, 7.0, 7.0),
    test_date: str = "2025-06-01",
) -> list[Fact]:
    names = ("listening", "reading", "writing", "speaking")
    return [
        fact(file, "ielts.overall", overall),
        fact(file, "ielts.test_date", test_date),
        *(fact(file, f"ielts.{n}", b) for n, b in zip(names, bands, strict=True)),
    ]
