"""Score a profile under a criteria version of the General Points Test (2024: at least 6 of 12).

One small function per criterion, registered by the name the ruleset file and the contract use. A
criterion is `unknown` when the evidence for it is not in the case: those are what staff ask for next.
"""

from __future__ import annotations

from collections.abc import Callable

from scoring.context import Context, declared_ref
from scoring.education import LEVEL_RANK, institution_standing, stem_status
from scoring.language import LanguageStanding, standings
from scoring.reference import eligible_universities
from scoring.results import CriteriaVersionResult, CriterionResult, Status
from scoring.ruleset import CriteriaParams, CriteriaRuleset
from scoring.work import Tally


class _Inputs:
    """What the criteria share: the context, the ruleset's numbers and the language standings."""

    def __init__(self, ctx: Context, ruleset: CriteriaRuleset) -> None:
        self.ctx = ctx
        self.params: CriteriaParams = ruleset.params
        self.languages: dict[str, LanguageStanding] = standings(
            ctx.profile, ctx.application_date, ruleset.language_thresholds
        )


Result = tuple[Status, list[str], str, str | None]  # status, evidence, reason, what is missing
_CRITERIA: dict[str, Callable[[_Inputs], Result]] = {}


def _criterion(name: str) -> Callable[[Callable[[_Inputs], Result]], Callable[[_Inputs], Result]]:
    def register(fn: Callable[[_Inputs], Result]) -> Callable[[_Inputs], Result]:
        _CRITERIA[name] = fn
        return fn

    return register


@_criterion("age")
def _age(i: _Inputs) -> Result:
    if i.ctx.age is None:
        return "unknown", [], "date of birth not in the evidence", "date of birth (passport bio-data page)"
    ok = i.ctx.age <= i.params.max_age
    verdict = "at or below" if ok else "above"
    return (
        ("met" if ok else "not_met"),
        i.ctx.age_evidence,
        (f"aged {i.ctx.age} on {i.ctx.application_date}, {verdict} {i.params.max_age}"),
        None,
    )


def _postgraduate(i: _Inputs):
    return institution_standing(i.ctx.degrees, eligible_universities(), "master", "eligible-university")


@_criterion("eligible_university_degree")
def _eligible(i: _Inputs) -> Result:
    standing = _postgraduate(i)
    if standing.status == "met":
        return "met", standing.evidence, standing.reason, None
    has_degrees = bool(i.ctx.degrees)
    has_postgrad = any(LEVEL_RANK[d.level or "bachelor"] >= 2 for d in i.ctx.degrees)
    if has_degrees and not has_postgrad:
        return (
            "not_met",
            [e for d in i.ctx.degrees for e in d.evidence],
            ("the degrees in the evidence are bachelor's only"),
            None,
        )
    missing = (
        "staff review of the university against the TTPS list" if has_postgrad else "degree certificates"
    )
    return "unknown", standing.evidence, standing.reason, missing


@_criterion("stem_degree")
def _stem(i: _Inputs) -> Result:
    postgrad = [d for d in i.ctx.degrees if d.level and LEVEL_RANK[d.level] >= 2]
    if not postgrad:
        if i.ctx.degrees:
            return "not_met", [], "no master's or doctorate in the evidence", None
        return "unknown", [], "no degree in the evidence", "degree certificates"
    # "That master's or doctorate": any one degree that is both from an eligible university and STEM.
    # Looking at every degree (not only the first eligible one) keeps a further degree from ever
    # unseating a qualifying one.
    best: Result | None = None
    for degree in postgrad:
        eligible = institution_standing([degree], eligible_universities(), "master", "eligible-university")
        stem, why = stem_status(degree.field)
        if eligible.status == "met" and stem == "met":
            return "met", degree.evidence, f"{why}; the degree is from an eligible university", None
        if stem != "not_met" and best is None:
            missing = (
                "the subject of the master's or doctorate (transcript)"
                if stem == "unknown"
                else "staff review of the university against the TTPS list"
            )
            best = ("unknown", degree.evidence, f"{why}; university: {eligible.reason}", missing)
    if best:
        return best
    evidence = [e for d in postgrad for e in d.evidence]
    return "not_met", evidence, "; ".join(stem_status(d.field)[1] for d in postgrad), None


@_criterion("two_languages")
def _two_languages(i: _Inputs) -> Result:
    langs = list(i.languages.values())
    met = [s for s in langs if s.status == "met"]
    unknown = [s for s in langs if s.status == "unknown"]
    evidence = [e for s in langs for e in s.evidence]
    reason = "; ".join(f"{s.language}: {s.status} ({s.reason})" for s in langs)
    if len(met) >= 2:
        return "met", evidence, reason, None
    if len(met) + len(unknown) >= 2:
        missing = "a language test within two years for " + " and ".join(s.language for s in unknown)
        return "unknown", evidence, reason, missing
    return "not_met", evidence, reason + " (a third language is not read from documents)", None


@_criterion("english")
def _english(i: _Inputs) -> Result:
    s = i.languages["english"]
    missing = (
        "an English test within two years (IELTS 6.0+, TOEFL iBT 80+)" if s.status == "unknown" else None
    )
    return s.status, s.evidence, f"english: {s.reason}", missing


def _work(tally: Tally, jobs: int, need: float, what: str, missing: str) -> Result:
    if tally.years >= need:
        return "met", tally.evidence, f"derived: {tally.years:.2f} years {what} (needs {need:g})", None
    if jobs == 0:
        return "unknown", [], "no reference letters in the case", "reference letters"
    if tally.possible_years >= need:
        return (
            "unknown",
            tally.evidence,
            (
                f"derived: {tally.years:.2f} years {what} established, "
                f"up to {tally.possible_years:.2f} if the unsure jobs count (needs {need:g})"
            ),
            missing,
        )
    return (
        "not_met",
        tally.evidence,
        (f"derived: {tally.years:.2f} years {what}, at most {tally.possible_years:.2f} (needs {need:g})"),
        None,
    )


@_criterion("work_5y_graduate")
def _work_graduate(i: _Inputs) -> Result:
    w = i.ctx.work
    return _work(
        w.graduate,
        w.jobs,
        i.params.work_graduate_years,
        "of graduate-level work after the first degree",
        "the first degree's award date (degree certificate)",
    )


@_criterion("work_3y_renowned_enterprise")
def _work_enterprise(i: _Inputs) -> Result:
    w = i.ctx.work
    return _work(
        w.enterprise,
        w.jobs,
        i.params.renowned_enterprise_years,
        "at listed / renowned enterprises",
        "staff confirmation that the employer is listed / Fortune 500 / Forbes 2000 / Hurun 500",
    )


@_criterion("work_3y_priority_sector")
def _work_sector(i: _Inputs) -> Result:
    w = i.ctx.work
    return _work(
        w.sector,
        w.jobs,
        i.params.priority_sector_years,
        "in innovation and technology, financial services or international trade",
        "staff confirmation of the employer's sector",
    )


@_criterion("work_2y_international")
def _work_international(i: _Inputs) -> Result:
    w = i.ctx.work
    return _work(
        w.international,
        w.jobs,
        i.params.international_years,
        "outside the country of nationality",
        "the country of each job (reference letters) or the nationality (passport)",
    )


def _declared_amount(value: float | None, minimum: float, field: str, what: str) -> Result:
    if value is None:
        return "unknown", [], f"{what} not declared", f"{what} in the year before applying (tax return)"
    ok = value >= minimum
    return (
        ("met" if ok else "not_met"),
        [declared_ref(field)],
        (
            f"declared {what} HK${value:,.0f} {'reaches' if ok else 'is below'} HK${minimum:,.0f} "
            "(a claim: proof comes later)"
        ),
        None,
    )


@_criterion("income_1m")
def _income(i: _Inputs) -> Result:
    return _declared_amount(
        i.ctx.profile.declared.annual_income_hkd, i.params.income_min_hkd, "annual_income_hkd", "income"
    )


@_criterion("business_profit_5m")
def _profit(i: _Inputs) -> Result:
    return _declared_amount(
        i.ctx.profile.declared.business_profit_hkd,
        i.params.business_profit_min_hkd,
        "business_profit_hkd",
        "business profit",
    )


@_criterion("listed_company_owner")
def _listed(i: _Inputs) -> Result:
    owns = i.ctx.profile.declared.owns_listed_company
    if owns is None:
        return (
            "unknown",
            [],
            "ownership of a listed company not declared",
            "whether the client owns a listed company",
        )
    return (
        ("met" if owns else "not_met"),
        [declared_ref("owns_listed_company")],
        (f"declared {'owner' if owns else 'not an owner'} of a listed company (a claim: proof comes later)"),
        None,
    )


_DECLARED = {"income_1m", "business_profit_5m", "listed_company_owner"}
_DERIVED = {
    "work_5y_graduate",
    "work_3y_renowned_enterprise",
    "work_3y_priority_sector",
    "work_2y_international",
    "stem_degree",
}


def score_criteria(ctx: Context, ruleset: CriteriaRuleset) -> CriteriaVersionResult:
    inputs = _Inputs(ctx, ruleset)
    results = []
    for spec in ruleset.criteria:
        status, evidence, reason, missing = _CRITERIA[spec.name](inputs)
        results.append(
            CriterionResult(
                criterion=spec.name,
                title=spec.title,
                status=status,
                evidence=list(dict.fromkeys(evidence)),
                reason=reason,
                missing=missing if status == "unknown" else None,
                derived=spec.name in _DERIVED or "derived" in reason,
                declared=spec.name in _DECLARED,
            )
        )
    met = sum(r.status == "met" for r in results)
    unknown = sum(r.status == "unknown" for r in results)
    return CriteriaVersionResult(
        name=ruleset.name,
        applies_from=ruleset.applies_from,
        applies_to=ruleset.applies_to,
        criteria=results,
        met=met,
        unknown=unknown,
        required=ruleset.required,
        passed=met >= ruleset.required,
        max_reachable=met + unknown,
    )
