"""Assemble the applicant's profile from accepted facts; keep declared claims apart from evidence."""

from __future__ import annotations

import calendar
from collections import defaultdict
from datetime import date
from typing import Any

from pydantic import ValidationError

from core.models import Fact, FactStatus, Flag, Severity
from core.profile import Declared, Funds, Identity, Job, LanguageResult, Profile, Qualification, evidence_ref

LANGUAGE_OF_TEST = {"ielts": "english", "toefl": "english", "hsk": "chinese", "psc": "chinese"}


def parse_fact_date(value: Any, end_of_period: bool = False) -> date | None:
    """`YYYY-MM-DD`, or `YYYY-MM` (a letter that names only the month) as its first or last day."""
    if not isinstance(value, str):
        return None
    try:
        if len(value) == 7:
            year, month = int(value[:4]), int(value[5:7])
            day = calendar.monthrange(year, month)[1] if end_of_period else 1
            return date(year, month, day)
        return date.fromisoformat(value)
    except ValueError:
        return None


class _Document:
    """The accepted facts of one file, by field name without the kind prefix."""

    def __init__(self, file: str, doc_type: str, facts: list[Fact]) -> None:
        self.file = file
        self.doc_type = doc_type
        self.values = {f.field.split(".", 1)[1]: f.value for f in facts}
        self.confidence = min((f.confidence for f in facts), default=0.0)

    def get(self, name: str) -> Any:
        return self.values.get(name)

    def date(self, name: str, end_of_period: bool = False) -> date | None:
        return parse_fact_date(self.values.get(name), end_of_period)

    def refs(self, *names: str) -> list[str]:
        return [evidence_ref(self.file, f"{self.doc_type}.{n}") for n in names if n in self.values]


def _documents(facts: list[Fact]) -> list[_Document]:
    grouped: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for fact in facts:
        if fact.status == FactStatus.accepted and "." in fact.field:
            grouped[(fact.file, fact.field.split(".", 1)[0])].append(fact)
    return [_Document(file, doc_type, group) for (file, doc_type), group in sorted(grouped.items())]


def _identity(passports: list[_Document], conflicts: list[str]) -> Identity:
    if not passports:
        return Identity()
    best = max(passports, key=lambda d: (d.confidence, d.file))
    for other in passports:
        if other is best:
            continue
        for name in ("surname", "given_names", "date_of_birth", "nationality"):
            if other.get(name) is not None and other.get(name) != best.get(name):
                conflicts.append(
                    f"passport.{name}: kept {best.get(name)!r} from {best.file} "
                    f"(confidence {best.confidence:.2f}) over {other.get(name)!r} from {other.file} "
                    f"({other.confidence:.2f})"
                )
    return Identity(
        surname=best.get("surname"),
        given_names=best.get("given_names"),
        date_of_birth=best.date("date_of_birth"),
        nationality=best.get("nationality"),
        sex=best.get("sex"),
        passport_expiry=best.date("expiry_date"),
        evidence=best.refs("surname", "given_names", "date_of_birth", "nationality", "sex", "expiry_date"),
    )


def _qualifications(docs: list[_Document]) -> list[Qualification]:
    degrees = [d for d in docs if d.doc_type == "degree"]
    transcripts = [d for d in docs if d.doc_type == "transcript"]
    result = [
        Qualification(
            level=d.get("level"),
            title=d.get("title"),
            field=d.get("field"),
            institution=d.get("institution"),
            award_date=d.date("award_date"),
            evidence=d.refs("level", "title", "field", "institution", "award_date"),
        )
        for d in degrees
    ]
    for t in transcripts:
        # A transcript backs the degree it belongs to; alone, it still shows the qualification.
        twin = next(
            (q for q in result if q.level == t.get("level") and q.institution == t.get("institution")), None
        )
        if twin is not None:
            twin.evidence += t.refs("level", "institution")
        else:
            result.append(
                Qualification(
                    level=t.get("level"),
                    institution=t.get("institution"),
                    award_date=t.date("award_date"),
                    evidence=t.refs("level", "institution", "award_date"),
                )
            )
    return result


def _languages(docs: list[_Document]) -> list[LanguageResult]:
    results = []
    for d in docs:
        if d.doc_type not in LANGUAGE_OF_TEST:
            continue
        headline = {"ielts": "overall", "toefl": "total", "hsk": "total", "psc": "score"}[d.doc_type]
        overall = d.get(headline)
        results.append(
            LanguageResult(
                test=d.doc_type,
                language=LANGUAGE_OF_TEST[d.doc_type],
                test_date=d.date("test_date"),
                overall=float(overall)
                if isinstance(overall, int | float) and not isinstance(overall, bool)
                else None,
                scale=d.get("scale") or ("0-9" if d.doc_type == "ielts" else None),
                level=d.get("level") if isinstance(d.get("level"), int) else None,
                grade=d.get("grade"),
                evidence=d.refs(headline, "test_date", "level", "grade", "scale"),
            )
        )
    return results


def _jobs(docs: list[_Document]) -> list[Job]:
    return [
        Job(
            employer=d.get("employer"),
            position=d.get("position"),
            start_date=d.date("start_date"),
            end_date=d.date("end_date", end_of_period=True),
            country=d.get("country"),
            senior_role=d.get("senior_role") if isinstance(d.get("senior_role"), bool) else None,
            evidence=d.refs("employer", "position", "start_date", "end_date", "country", "senior_role"),
        )
        for d in docs
        if d.doc_type == "reference_letter"
    ]


def _funds(docs: list[_Document]) -> list[Funds]:
    funds = []
    for d in docs:
        amount = d.get("closing_balance")
        if d.doc_type != "bank_statement" or not isinstance(amount, int | float) or not d.get("currency"):
            continue
        funds.append(
            Funds(
                currency=d.get("currency"),
                amount=float(amount),
                statement_end=d.date("statement_end"),
                adds_up=d.get("adds_up") if isinstance(d.get("adds_up"), bool) else None,
                evidence=d.refs("closing_balance", "currency", "statement_end"),
            )
        )
    return funds


def _declared(application: dict[str, Any] | None, flags: list[Flag]) -> Declared:
    if not application:
        return Declared()
    known = {k: v for k, v in application.items() if k in Declared.model_fields}
    try:
        return Declared.model_validate(known)
    except ValidationError as exc:
        bad = sorted({str(e["loc"][0]) for e in exc.errors()})
        flags.append(
            Flag(
                code="APPLICATION_INVALID",
                severity=Severity.warning,
                file="application.yaml",
                message=f"declared values not understood and ignored: {', '.join(bad)}",
            )
        )
        return Declared.model_validate({k: v for k, v in known.items() if k not in bad})


_CLAIMS_NEEDING_EVIDENCE = {
    "spouse_education": "the spouse's degree certificate",
    "children_under_18": "the children's birth certificates",
    "hk_permanent_resident_relatives": "proof of the relative's permanent residence and relationship",
    "talent_list_profession": "evidence of meeting the Talent List profession's specification",
}


def _claim_flags(declared: Declared) -> list[Flag]:
    flags = []
    for claim, needed in _CLAIMS_NEEDING_EVIDENCE.items():
        value = getattr(declared, claim)
        if value in (None, [], 0, "none"):
            continue
        flags.append(
            Flag(
                code="DECLARED_UNEVIDENCED",
                severity=Severity.info,
                file="application.yaml",
                field=claim,
                message=f"declared {claim} = {value!r} has no document yet: ask for {needed}",
            )
        )
    return flags


def build_profile(facts: list[Fact], application: dict[str, Any] | None) -> tuple[Profile, list[Flag]]:
    flags: list[Flag] = []
    conflicts: list[str] = []
    docs = _documents(facts)
    declared = _declared(application, flags)
    profile = Profile(
        identity=_identity([d for d in docs if d.doc_type == "passport"], conflicts),
        qualifications=_qualifications(docs),
        languages=_languages(docs),
        jobs=_jobs(docs),
        funds=_funds(docs),
        declared=declared,
        conflicts=conflicts,
    )
    flags += [Flag(code="FACTS_CONFLICT", severity=Severity.warning, message=c) for c in conflicts]
    flags += _claim_flags(declared)
    return profile, flags
