"""Turn a case's document outcomes into its CaseResult: records, validated facts, checklist, flags.

The order is the story of the case: bind facts to their upload paths, validate them, judge
documents by what validation found, check validity on the as-of date, build the profile, then the
checklist and (when scoring is present) prerequisites and assessment.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from core.decisions import Decision
from core.models import (
    CaseResult,
    DocStatus,
    DocType,
    DocumentRecord,
    Fact,
    FactStatus,
    Flag,
    PageRead,
    Prerequisite,
    Severity,
    TextSource,
)
from core.profile import Profile
from extractors.identity import identity_flags
from pipeline.decisions import apply_fact_decisions, apply_flag_decisions
from pipeline.discover import APPLICATION_FILE, SkippedEntry, UploadedFile
from pipeline.document_step import DocumentOutcome
from scoring import RulesetError, assess, prerequisites
from validators.case_checks import check_validity
from validators.checklist import evaluate_checklist
from validators.profile_builder import build_profile
from validators.validate_facts import validate_facts


@dataclass
class CaseInputs:
    case_id: str
    as_of: date
    files: list[UploadedFile]
    hashes: dict[str, str]
    duplicate_of: dict[str, str]
    outcomes: dict[str, DocumentOutcome]
    skipped: list[SkippedEntry]
    application: dict[str, Any] | None
    application_error: str | None
    decisions: list[Decision] = field(default_factory=list)
    ruleset: str | None = None  # a named ruleset instead of the one the application date picks


def _text_source(outcome: DocumentOutcome) -> TextSource | str | None:
    sources = {p.text_source for p in outcome.reading.pages}
    if not sources:
        return None
    return sources.pop() if len(sources) == 1 else "mixed"


def _page_reads(outcome: DocumentOutcome) -> list[PageRead]:
    return [
        PageRead(
            page=p.number,
            text_source=p.text_source,
            rotation=p.rotation,
            exif_orientation=p.exif_orientation,
            ocr_lang=p.ocr_lang,
            mean_conf=p.mean_conf,
            words=len(p.words),
            unit=p.unit,
            width=p.width,
            height=p.height,
            note=p.note,
        )
        for p in outcome.reading.pages
    ]


def document_record(f: UploadedFile, sha: str, outcome: DocumentOutcome, facts: list[Fact]) -> DocumentRecord:
    reading, classification = outcome.reading, outcome.classification
    status, error = reading.status, reading.error
    if status == DocStatus.ok and classification.doc_type == DocType.unknown:
        status = DocStatus.needs_review
        error = "the document's kind could not be recognised; a person should say what it is"
    elif status == DocStatus.ok and any(fact.status != FactStatus.accepted for fact in facts):
        status = DocStatus.needs_review
    return DocumentRecord(
        file=f.rel,
        sha256=sha,
        doc_type=classification.doc_type,
        status=status,
        pages=len(reading.pages),
        text_source=_text_source(outcome),
        duplicate_of=None,
        error=error,
        file_kind=reading.kind,
        size_bytes=f.size,
        classification_confidence=classification.confidence,
        classification_reasons=classification.reasons,
        page_reads=_page_reads(outcome),
    )


def duplicate_record(f: UploadedFile, sha: str, original: str, source: DocumentOutcome) -> DocumentRecord:
    return DocumentRecord(
        file=f.rel,
        sha256=sha,
        doc_type=source.classification.doc_type,
        status=DocStatus.duplicate,
        pages=len(source.reading.pages),
        text_source=_text_source(source),
        duplicate_of=original,
        error=None,
        file_kind=source.reading.kind,
        size_bytes=f.size,
    )


_STATUS_FLAGS = {
    DocStatus.unreadable: ("DOC_UNREADABLE", Severity.warning),
    DocStatus.encrypted: ("DOC_ENCRYPTED", Severity.warning),
    DocStatus.unsupported: ("DOC_UNSUPPORTED", Severity.warning),
    DocStatus.needs_review: ("DOC_NEEDS_REVIEW", Severity.warning),
}


def document_flags(record: DocumentRecord) -> list[Flag]:
    if record.status == DocStatus.duplicate:
        return [
            Flag(
                code="DOC_DUPLICATE",
                severity=Severity.info,
                file=record.file,
                message=f"same bytes as {record.duplicate_of}; read once",
            )
        ]
    if record.doc_type == DocType.unknown and record.status in (DocStatus.ok, DocStatus.needs_review):
        return [
            Flag(
                code="DOC_UNCLASSIFIED",
                severity=Severity.warning,
                file=record.file,
                message="the document's kind could not be recognised; set its type",
            )
        ]
    if record.status in _STATUS_FLAGS:
        code, severity = _STATUS_FLAGS[record.status]
        return [Flag(code=code, severity=severity, file=record.file, message=record.error or record.status)]
    return []


def fact_flags(facts: list[Fact]) -> list[Flag]:
    return [
        Flag(
            code="FACT_NEEDS_REVIEW",
            severity=Severity.warning,
            file=fact.file,
            field=fact.field,
            message=f"{fact.field} read with confidence {fact.confidence:.2f}; confirm it"
            + (f" ({fact.note})" if fact.note else ""),
        )
        for fact in facts
        if fact.status == FactStatus.needs_review
    ]


def _application_date(application: dict[str, Any] | None) -> date | None:
    raw = (application or {}).get("application_date")
    try:
        return date.fromisoformat(str(raw)) if raw else None
    except ValueError:
        return None


# A prerequisite shown not met is a refusal ground: staff must see it first.
PREREQUISITE_FLAGS = {
    "age": "AGE_UNDER_18",
    "nationality": "NATIONALITY_EXCLUDED",
    "financial": "FUNDS_BELOW_THRESHOLD",
    "good_character": "GOOD_CHARACTER_NOT_MET",
    "language": "LANGUAGE_NOT_MET",
    "education": "EDUCATION_NOT_MET",
}


def score_profile(
    profile: Profile, as_of: date, ruleset: str | None
) -> tuple[list[Prerequisite], dict[str, Any], list[Flag]]:
    try:
        prereqs = prerequisites(profile, as_of, ruleset=ruleset)
        assessment = assess(profile, as_of, ruleset).to_contract()
    except RulesetError as exc:
        flag = Flag(code="RULESET_UNAVAILABLE", severity=Severity.blocker, message=str(exc))
        return [], {"ruleset": ruleset, "status": "not_scored", "reason": str(exc)}, [flag]
    flags = [
        Flag(
            code=PREREQUISITE_FLAGS[p.name],
            severity=Severity.blocker,
            field=p.evidence[0] if p.evidence else None,
            message=f"prerequisite {p.name} not met: {p.reason or 'see the evidence'}",
        )
        for p in prereqs
        if p.status == "not_met"
    ]
    return prereqs, assessment, flags


def assemble_case(inputs: CaseInputs) -> tuple[CaseResult, list[tuple[str, Fact]]]:
    """The case result, and its facts paired with the sha256 of the bytes they were read from."""
    bound: list[tuple[str, Fact]] = []
    for f in inputs.files:
        if f.rel in inputs.duplicate_of:
            continue
        sha = inputs.hashes[f.rel]
        bound += [(sha, fact.model_copy(update={"file": f.rel})) for fact in inputs.outcomes[f.rel].facts]
    bound = apply_fact_decisions(bound, inputs.decisions)
    validation = validate_facts([fact for _, fact in bound])
    facts = validation.facts
    sha_of = {f.rel: inputs.hashes[f.rel] for f in inputs.files}

    documents: list[DocumentRecord] = []
    for f in inputs.files:
        sha = inputs.hashes[f.rel]
        original = inputs.duplicate_of.get(f.rel)
        if original is not None:
            documents.append(duplicate_record(f, sha, original, inputs.outcomes[original]))
        else:
            own = [fact for fact in facts if fact.file == f.rel]
            documents.append(document_record(f, sha, inputs.outcomes[f.rel], own))

    validity = check_validity(facts, inputs.as_of, _application_date(inputs.application))
    profile, profile_flags = build_profile(facts, inputs.application)
    checklist, checklist_flags = evaluate_checklist(documents, validity.not_valid)
    prereqs, assessment, scoring_flags = score_profile(profile, inputs.as_of, inputs.ruleset)

    flags = [flag for record in documents for flag in document_flags(record)]
    flags += validation.flags + fact_flags(facts) + validity.flags + profile_flags + checklist_flags
    flags += identity_flags(facts) + scoring_flags
    flags += [
        Flag(code="ENTRY_SKIPPED", severity=Severity.info, file=s.rel, message=s.reason)
        for s in inputs.skipped
    ]
    if inputs.application_error:
        flags.append(
            Flag(
                code="APPLICATION_UNREADABLE",
                severity=Severity.warning,
                file=APPLICATION_FILE,
                message=inputs.application_error,
            )
        )
    flags = apply_flag_decisions(flags, inputs.decisions)

    result = CaseResult(
        case_id=inputs.case_id,
        as_of=inputs.as_of,
        documents=documents,
        facts=facts,
        checklist=checklist,
        flags=flags,
        prerequisites=prereqs,
        profile=profile.model_dump(mode="json"),
        assessment=assessment,
        application=inputs.application,
    )
    return result, [(sha_of[fact.file], fact) for fact in facts]
