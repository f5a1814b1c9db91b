"""Which extractor reads which document kind."""

from __future__ import annotations

from core.models import DocType, Fact
from extractors.base import DocumentInput, Extractor
from extractors.passport import extract_passport

EXTRACTORS: dict[DocType, Extractor] = {
    DocType.passport: extract_passport,
}


def extract(doc_type: DocType, document: DocumentInput) -> list[Fact]:
    extractor = EXTRACTORS.get(doc_type)
    return extractor(document) if extractor else []
