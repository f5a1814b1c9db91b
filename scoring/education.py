"""Degrees as the evidence shows them: distinct degrees, the level they add up to, the first degree's date,
and whether an institution is on a reference list."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field
from rapidfuzz import fuzz

from core.profile import DegreeLevel, Qualification
from scoring.matching import NameMatch, contains_keyword, match_name, normalise
from scoring.reference import InstitutionList, stem_fields
from scoring.results import Status
from scoring.ruleset import AcademicFactor

LEVEL_RANK: dict[DegreeLevel, int] = {"bachelor": 1, "master": 2, "doctorate": 3}


class EffectiveLevel(BaseModel):
    level: DegreeLevel | None
    reason: str
    evidence: list[str] = Field(default_factory=list)


class ListStanding(BaseModel):
    """Whether a degree's institution is on a list: met, or unknown (not found is never "no")."""

    status: Status
    qualification: Qualification | None = None
    match: NameMatch | None = None
    evidence: list[str] = Field(default_factory=list)
    reason: str


def _same_degree(a: Qualification, b: Qualification) -> bool:
    # A degree certificate and a transcript of the same degree must not count as two master's.
    if a.level != b.level:
        return False
    if a.award_date and b.award_date and a.award_date != b.award_date:
        return False
    if a.institution and b.institution:
        return fuzz.ratio(normalise(a.institution), normalise(b.institution)) >= 90
    return True


def distinct_degrees(qualifications: list[Qualification]) -> list[Qualification]:
    """Degrees with a level, one per real degree: a copy of a degree adds its evidence, not a degree.

    Dated degrees are placed first so an undated copy folds into a dated degree and never joins two
    dated degrees into one (adding a document must never lower the count).
    """
    kept: list[Qualification] = []
    ordered = sorted((q for q in qualifications if q.level), key=lambda q: q.award_date is None)
    for q in ordered:
        twin = next((k for k in kept if _same_degree(k, q)), None)
        if twin is None:
            kept.append(q.model_copy(deep=True))
        else:
            # A merge fills gaps and never drops what either copy says (an institution read from only one
            # of them must still earn its bonus).
            for name in ("institution", "field", "title", "award_date"):
                if getattr(twin, name) is None and getattr(q, name) is not None:
                    setattr(twin, name, getattr(q, name))
            twin.evidence = [*twin.evidence, *(e for e in q.evidence if e not in twin.evidence)]
    return kept


def effective_level(degrees: list[Qualification], rules: AcademicFactor) -> EffectiveLevel:
    """The level the degrees count as, including "two master's count as a doctorate"."""
    if not degrees:
        return EffectiveLevel(level=None, reason="no degree in the evidence")
    counts = {lvl: sum(1 for d in degrees if d.level == lvl) for lvl in LEVEL_RANK}
    highest = max((d.level for d in degrees if d.level), key=lambda lvl: LEVEL_RANK[lvl])
    level: DegreeLevel = highest
    reason = f"highest degree: {highest}"
    if counts["master"] >= 2 and LEVEL_RANK[rules.two_masters_as] > LEVEL_RANK[level]:
        level, reason = rules.two_masters_as, f"two master's degrees count as {rules.two_masters_as}"
    if counts["bachelor"] >= 2 and LEVEL_RANK[rules.two_bachelors_as] > LEVEL_RANK[level]:
        level, reason = rules.two_bachelors_as, f"two bachelor's degrees count as {rules.two_bachelors_as}"
    evidence = [e for d in degrees if d.level in (highest, level, "master", "bachelor") for e in d.evidence]
    return EffectiveLevel(level=level, reason=reason, evidence=list(dict.fromkeys(evidence)))


def first_degree(degrees: list[Qualification]) -> Qualification | None:
    """The earliest dated degree of any level: holding any degree implies a first degree by then."""
    dated = [d for d in degrees if d.award_date]
    return min(dated, key=lambda d: d.award_date or date.max) if dated else None


def institution_standing(
    degrees: list[Qualification], listing: InstitutionList, min_level: DegreeLevel, what: str
) -> ListStanding:
    """Is any degree of at least ``min_level`` from an institution on ``listing``?"""
    eligible = [d for d in degrees if d.level and LEVEL_RANK[d.level] >= LEVEL_RANK[min_level]]
    if not eligible:
        return ListStanding(status="unknown", reason=f"no {min_level}'s or higher degree in the evidence")
    entries = [(i.name, i.aliases) for i in listing.institutions]
    unsure: list[str] = []
    for degree in sorted(eligible, key=lambda d: -LEVEL_RANK[d.level or "bachelor"]):
        match = match_name(degree.institution, entries)
        if match.canonical:
            how = (
                "" if match.method == "exact" else f" (derived: {match.method} match, score {match.score:g})"
            )
            return ListStanding(
                status="met",
                qualification=degree,
                match=match,
                evidence=degree.evidence,
                reason=f"{degree.level} from {degree.institution}, "
                f"on the {what} list as {match.canonical}{how}",
            )
        unsure.append(degree.institution or f"an unnamed institution ({degree.level})")
    return ListStanding(
        status="unknown",
        evidence=[e for d in eligible for e in d.evidence],
        reason=f"{', '.join(unsure)} not found on the {what} list ({listing.source.split(';')[0][:60]}...): "
        "needs review, not a no",
    )


def stem_status(field: str | None) -> tuple[Status, str]:
    """STEM by keywords: a STEM word wins; a non-STEM word without one is not STEM; else unknown."""
    if not field:
        return "unknown", "the degree's field was not read"
    data = stem_fields()
    hit = contains_keyword(field, data.stem)
    if hit:
        return "met", f"field {field!r} is STEM (derived: keyword {hit!r})"
    miss = contains_keyword(field, data.not_stem)
    if miss:
        return "not_met", f"field {field!r} is not STEM (derived: keyword {miss!r})"
    return "unknown", f"field {field!r} matches no STEM or non-STEM keyword: needs review"
