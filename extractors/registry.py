"""Which extractor reads which document kind."""

from __future__ import annotations

from core.models import DocType, Fact, Page
from extractors.base import Extractor
from extractors.passport import extract_passport

EXTRACTORS: dict[DocType, Extractor] = {
    DocType.passport: extract_passport,
}


def extract(doc_type: DocType, pages: list[Page]) -> list[Fact]:
    extractor = EXTRACTORS.get(doc_type)
    return extractor(pages) if extractor else []
