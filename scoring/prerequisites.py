"""The prerequisites: age, nationality, financial means, good character, language, basic education.

Any `not_met` is a refusal, so a prerequisite is `not_met` only when the evidence shows it; missing
evidence is `unknown`. Which prerequisites apply is read from the ruleset in force (since 2024-11 language
moved into the criteria).
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field

from core.models import Prerequisite
from core.profile import Profile
from scoring.countries import alpha3
from scoring.education import distinct_degrees
from scoring.language import standings
from scoring.reference import excluded_nationalities, financial_thresholds, fx_rates
from scoring.ruleset import CriteriaRuleset, LanguageThresholds, PointsRuleset, pick_ruleset
from scoring.timeline import age_on, months_before

MIN_AGE = 18


class ScoringSettings(BaseModel):
    """The consultancy's own numbers (no official figures); defaults come from scoring/data."""

    financial_per_applicant_hkd: float = Field(
        default_factory=lambda: financial_thresholds().per_applicant_hkd
    )
    financial_per_dependant_hkd: float = Field(
        default_factory=lambda: financial_thresholds().per_dependant_hkd
    )
    statement_max_age_months: int = Field(
        default_factory=lambda: financial_thresholds().statement_max_age_months
    )

    @classmethod
    def from_any(cls, settings: object | None) -> ScoringSettings:
        """The matching fields of any settings object (e.g. core.settings.Settings, once it has them)."""
        if settings is None:
            return cls()
        if isinstance(settings, cls):
            return settings
        found = {name: getattr(settings, name) for name in cls.model_fields if hasattr(settings, name)}
        return cls.model_validate(found)


def application_date_of(profile: Profile, as_of: date) -> date:
    return profile.declared.application_date or as_of


def prerequisites(
    profile: Profile, as_of: date, settings: object | None = None, ruleset: str | None = None
) -> list[Prerequisite]:
    """Every prerequisite of the ruleset in force, in the contract's names and order."""
    day = application_date_of(profile, as_of)
    rules, _ = pick_ruleset(day, ruleset)
    cfg = ScoringSettings.from_any(settings)
    checks = {
        "age": lambda: _age(profile, day),
        "nationality": lambda: _nationality(profile, day),
        "financial": lambda: _financial(profile, day, cfg),
        "good_character": lambda: _good_character(profile),
        "language": lambda: _language(profile, day, rules.language_thresholds),
        "education": lambda: _education(profile),
    }
    wanted = _applicable(rules)
    return [checks[name]() for name in checks if name in wanted]


def _applicable(rules: PointsRuleset | CriteriaRuleset) -> set[str]:
    return set(rules.prerequisites)


def _age(profile: Profile, day: date) -> Prerequisite:
    dob = profile.identity.date_of_birth
    refs = [e for e in profile.identity.evidence if "date_of_birth" in e] or list(profile.identity.evidence)
    if dob is None:
        return Prerequisite(name="age", status="unknown", reason="date of birth not in the evidence")
    age = age_on(dob, day)
    ok = age >= MIN_AGE
    return Prerequisite(
        name="age",
        status="met" if ok else "not_met",
        evidence=refs,
        reason=f"aged {age} on {day} ({'at least' if ok else 'under'} {MIN_AGE})",
    )


def _nationality(profile: Profile, day: date) -> Prerequisite:
    code = alpha3(profile.identity.nationality)
    refs = [e for e in profile.identity.evidence if "nationality" in e] or list(profile.identity.evidence)
    if code is None:
        return Prerequisite(name="nationality", status="unknown", reason="nationality not in the evidence")
    data = excluded_nationalities()
    listing = data.on(day)
    if listing is None:
        return Prerequisite(
            name="nationality",
            status="unknown",
            evidence=refs,
            reason=f"no excluded-nationality list covers {day}: needs review",
        )
    excluded = code in listing.countries
    return Prerequisite(
        name="nationality",
        status="not_met" if excluded else "met",
        evidence=refs,
        reason=f"{code} {'is' if excluded else 'is not'} on the excluded list in force on {day} "
        f"(from {listing.applies_from}; verify)",
    )


def _dependants(profile: Profile) -> int:
    d = profile.declared
    return (1 if d.marital_status == "married" else 0) + (d.children_under_18 or 0)


def _financial(profile: Profile, day: date, cfg: ScoringSettings) -> Prerequisite:
    dependants = _dependants(profile)
    need = cfg.financial_per_applicant_hkd + dependants * cfg.financial_per_dependant_hkd
    if not profile.funds:
        return Prerequisite(
            name="financial",
            status="unknown",
            reason=f"no bank or investment statement; needs HK${need:,.0f} "
            f"(applicant + {dependants} dependant(s))",
        )
    rates = fx_rates()
    oldest = months_before(day, cfg.statement_max_age_months)
    total, used, set_aside = 0.0, [], []
    for fund in profile.funds:
        rate = rates.hkd_per_unit.get(fund.currency.upper())
        if rate is None:
            set_aside.append(f"{fund.currency} has no rate in the table")
        elif fund.statement_end is not None and fund.statement_end < oldest:
            set_aside.append(
                f"statement ending {fund.statement_end} is older than {cfg.statement_max_age_months} months"
            )
        elif fund.adds_up is False:
            set_aside.append(f"statement of {fund.amount:,.2f} {fund.currency} does not add up")
        else:
            total += fund.amount * rate
            used.extend(fund.evidence)
    note = f"; set aside: {'; '.join(set_aside)}" if set_aside else ""
    basis = (
        f"HK${total:,.0f} at the {rates.as_of} rate table against HK${need:,.0f} "
        f"(applicant + {dependants} dependant(s)){note}"
    )
    if total >= need:
        return Prerequisite(name="financial", status="met", evidence=used, reason=basis)
    status = "unknown" if set_aside else "not_met"
    return Prerequisite(name="financial", status=status, evidence=used, reason=basis)


def _good_character(profile: Profile) -> Prerequisite:
    record = profile.declared.criminal_record
    if record is None:
        return Prerequisite(
            name="good_character", status="unknown", reason="no declaration about a criminal record"
        )
    return Prerequisite(
        name="good_character",
        status="not_met" if record else "met",
        evidence=["application.yaml#criminal_record"],
        reason=f"declared {'a' if record else 'no'} criminal record (a claim: evidence comes later)",
    )


def _language(profile: Profile, day: date, thresholds: LanguageThresholds) -> Prerequisite:
    found = standings(profile, day, thresholds)
    reason = "; ".join(f"{s.language}: {s.status} ({s.reason})" for s in found.values())
    statuses = {s.status for s in found.values()}
    evidence = [e for s in found.values() for e in s.evidence]
    if "met" in statuses:
        status = "met"
    elif statuses == {"not_met"}:
        status = "not_met"
    else:
        status = "unknown"
    return Prerequisite(name="language", status=status, evidence=evidence, reason=reason)


def _education(profile: Profile) -> Prerequisite:
    degrees = distinct_degrees(profile.qualifications)
    if degrees:
        d = min(degrees, key=lambda q: {"bachelor": 0, "master": 1, "doctorate": 2}[q.level or "bachelor"])
        return Prerequisite(
            name="education",
            status="met",
            evidence=[e for q in degrees for e in q.evidence],
            reason=f"a first degree is evidenced ({d.level}, {d.institution or 'institution not read'})",
        )
    # "Normally a first degree; otherwise flag for review": never a refusal on our own judgement.
    return Prerequisite(
        name="education",
        status="unknown",
        reason="no degree in the evidence: flag for review (a first degree is normally required)",
    )
