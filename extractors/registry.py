"""Which extractor reads which document kind."""

from __future__ import annotations

from core.models import DocType, Fact
from extractors.academic import extract_degree, extract_transcript
from extractors.bank_statement import extract_bank_statement
from extractors.base import DocumentInput, Extractor
from extractors.hsk import extract_hsk
from extractors.ielts import extract_ielts
from extractors.passport import extract_passport
from extractors.prc_id_card import extract_prc_id_card
from extractors.psc import extract_psc
from extractors.reference_letter import extract_reference_letter
from extractors.toefl import extract_toefl

EXTRACTORS: dict[DocType, Extractor] = {
    DocType.passport: extract_passport,
    DocType.ielts: extract_ielts,
    DocType.toefl: extract_toefl,
    DocType.hsk: extract_hsk,
    DocType.psc: extract_psc,
    DocType.prc_id_card: extract_prc_id_card,
    DocType.degree: extract_degree,
    DocType.transcript: extract_transcript,
    DocType.bank_statement: extract_bank_statement,
    DocType.reference_letter: extract_reference_letter,
}


def extract(doc_type: DocType, document: DocumentInput) -> list[Fact]:
    extractor = EXTRACTORS.get(doc_type)
    return extractor(document) if extractor else []
