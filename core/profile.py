"""The applicant as the evidence shows them: what scoring reads, built by validators from facts.

Every value carries the facts it came from as evidence references `"<file>#<field>"`, so a point
in the assessment can be traced back to the page it was read from. Declared values (from the
client's `application.yaml`) are kept apart from evidenced ones.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

DegreeLevel = Literal["bachelor", "master", "doctorate"]


def evidence_ref(file: str, field: str) -> str:
    return f"{file}#{field}"


class Identity(BaseModel):
    surname: str | None = None
    given_names: str | None = None
    date_of_birth: date | None = None
    nationality: str | None = None  # ISO 3166-1 alpha-3 or ICAO code, as in the MRZ
    sex: str | None = None
    passport_expiry: date | None = None
    evidence: list[str] = Field(default_factory=list)


class Qualification(BaseModel):
    level: DegreeLevel | None = None
    title: str | None = None
    field: str | None = None
    institution: str | None = None
    award_date: date | None = None
    evidence: list[str] = Field(default_factory=list)


class LanguageResult(BaseModel):
    test: Literal["ielts", "toefl", "hsk", "psc"]
    language: Literal["english", "chinese"]
    test_date: date | None = None
    # The headline result as the document states it: IELTS overall band, TOEFL total (with its
    # scale), HSK level and total, PSC grade.
    overall: float | None = None
    scale: str | None = None
    level: int | None = None
    grade: str | None = None
    evidence: list[str] = Field(default_factory=list)


class Job(BaseModel):
    employer: str | None = None
    position: str | None = None
    start_date: date | None = None
    end_date: date | None = None  # None while still employed
    country: str | None = None  # ISO 3166-1 alpha-3
    senior_role: bool | None = None
    evidence: list[str] = Field(default_factory=list)


class Funds(BaseModel):
    currency: str
    amount: float
    statement_end: date | None = None
    adds_up: bool | None = None
    evidence: list[str] = Field(default_factory=list)


class Declared(BaseModel):
    """What the client says in application.yaml: claims, not evidence."""

    application_date: date | None = None
    marital_status: Literal["single", "married", "divorced", "widowed"] | None = None
    spouse_education: Literal["none", "bachelor", "master", "doctorate"] | None = None
    children_under_18: int | None = Field(default=None, ge=0, le=20)
    hk_permanent_resident_relatives: list[str] = Field(default_factory=list)
    talent_list_profession: str | None = None
    awards: list[str] = Field(default_factory=list)
    criminal_record: bool | None = None
    annual_income_hkd: float | None = None
    business_profit_hkd: float | None = None
    owns_listed_company: bool | None = None


class Profile(BaseModel):
    identity: Identity = Field(default_factory=Identity)
    qualifications: list[Qualification] = Field(default_factory=list)
    languages: list[LanguageResult] = Field(default_factory=list)
    jobs: list[Job] = Field(default_factory=list)
    funds: list[Funds] = Field(default_factory=list)
    declared: Declared = Field(default_factory=Declared)
    # Where two documents disagreed, what was kept and why (resolved by confidence).
    conflicts: list[str] = Field(default_factory=list)
