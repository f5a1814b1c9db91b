"""What every scorer reads: the profile plus the judgements that do not depend on the ruleset
(age on the application date, distinct degrees, work tallies), worked out once per assessment."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel

from core.profile import Profile, Qualification
from scoring.education import distinct_degrees
from scoring.timeline import age_on
from scoring.work import WorkSummary, summarise_work


class Context(BaseModel):
    profile: Profile
    application_date: date
    age: int | None
    age_evidence: list[str]
    degrees: list[Qualification]
    work: WorkSummary


def build_context(profile: Profile, application_date: date) -> Context:
    dob = profile.identity.date_of_birth
    degrees = distinct_degrees(profile.qualifications)
    dob_refs = [e for e in profile.identity.evidence if "date_of_birth" in e] or list(
        profile.identity.evidence
    )
    return Context(
        profile=profile,
        application_date=application_date,
        age=age_on(dob, application_date) if dob else None,
        age_evidence=dob_refs if dob else [],
        degrees=degrees,
        work=summarise_work(profile, degrees, application_date),
    )


def declared_ref(field: str) -> str:
    """Evidence reference for a claim in application.yaml (a claim, not a document)."""
    return f"application.yaml#{field}"
