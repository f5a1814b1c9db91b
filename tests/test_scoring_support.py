"""Builders for scoring tests: small profiles with evidence refs, as the documents would give them.

No tests here; the other test_scoring_* modules import these.
"""

from __future__ import annotations

from datetime import date

from core.profile import Declared, Funds, Identity, Job, LanguageResult, Profile, Qualification


def d(text: str) -> date:
    return date.fromisoformat(text)


def identity(dob: str | None = "1985-03-14", nationality: str | None = "CHN") -> Identity:
    return Identity(
        surname="CHEN",
        given_names="WEI",
        date_of_birth=d(dob) if dob else None,
        nationality=nationality,
        evidence=["passport.jpg#passport.date_of_birth", "passport.jpg#passport.nationality"],
    )


def degree(
    level: str,
    institution: str | None,
    awarded: str | None,
    field: str | None = None,
    file: str | None = None,
) -> Qualification:
    name = file or f"degree_{level}_{awarded}.pdf"
    return Qualification(
        level=level,
        institution=institution,
        award_date=d(awarded) if awarded else None,
        field=field,
        evidence=[f"{name}#degree.level", f"{name}#degree.institution", f"{name}#degree.award_date"],
    )


def job(
    employer: str | None,
    start: str | None,
    end: str | None,
    country: str | None = "CHN",
    position: str | None = "Engineer",
    senior: bool | None = None,
    file: str | None = None,
) -> Job:
    name = file or f"reference_{(employer or 'x').split()[0].lower()}_{start}.pdf"
    return Job(
        employer=employer,
        position=position,
        start_date=d(start) if start else None,
        end_date=d(end) if end else None,
        country=country,
        senior_role=senior,
        evidence=[f"{name}#reference_letter.start_date", f"{name}#reference_letter.position"],
    )


def ielts(overall: float, taken: str) -> LanguageResult:
    return LanguageResult(
        test="ielts",
        language="english",
        overall=overall,
        test_date=d(taken),
        evidence=["ielts.pdf#ielts.overall"],
    )


def toefl(total: float, taken: str, scale: str | None = None) -> LanguageResult:
    return LanguageResult(
        test="toefl",
        language="english",
        overall=total,
        scale=scale,
        test_date=d(taken),
        evidence=["toefl.pdf#toefl.total"],
    )


def psc(grade: str, taken: str) -> LanguageResult:
    return LanguageResult(
        test="psc", language="chinese", grade=grade, test_date=d(taken), evidence=["psc.jpg#psc.grade"]
    )


def hsk(level: int, taken: str) -> LanguageResult:
    return LanguageResult(
        test="hsk", language="chinese", level=level, test_date=d(taken), evidence=["hsk.pdf#hsk.level"]
    )


def funds(currency: str, amount: float, end: str | None = None) -> Funds:
    return Funds(
        currency=currency,
        amount=amount,
        statement_end=d(end) if end else None,
        evidence=[f"bank_{currency}.pdf#bank_statement.closing_balance"],
    )


def profile(declared: dict[str, object] | None = None, **parts: object) -> Profile:
    return Profile(declared=Declared.model_validate(declared or {}), **parts)  # type: ignore[arg-type]
