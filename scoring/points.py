"""Score a profile under one points version of the General Points Test (2015, 2018, 2023 ...).

Every factor is built from parts (a band, a bonus, a family item) so the points can be checked by hand
against the ruleset file. A part the evidence cannot settle scores 0 and says how many points it could
add and what is missing.
"""

from __future__ import annotations

from scoring.context import Context, declared_ref
from scoring.education import effective_level, institution_standing
from scoring.language import standings
from scoring.matching import contains_keyword, normalise
from scoring.reference import renowned_institutions, talent_list
from scoring.results import FactorResult, Part, PointsVersionResult
from scoring.ruleset import (
    AcademicFactor,
    AgeFactor,
    FamilyFactor,
    LanguageFactor,
    PointsRuleset,
    TalentFactor,
    WorkBand,
    WorkFactor,
)


def _factor(name: str, max_points: int, parts: list[Part], reason: str | None = None) -> FactorResult:
    points = min(sum(p.points for p in parts), max_points)
    evidence = list(dict.fromkeys(e for p in parts for e in p.evidence))
    missing = [p.missing for p in parts if p.missing and p.could_add]
    return FactorResult(
        factor=name,
        points=points,
        max=max_points,
        evidence=evidence,
        reason=reason or "; ".join(p.reason for p in parts),
        parts=parts,
        could_add=min(sum(p.could_add for p in parts), max_points - points),
        missing="; ".join(missing) or None,
        derived=any(p.derived for p in parts),
        declared=any(p.declared for p in parts),
    )


def score_age(ctx: Context, rules: AgeFactor) -> FactorResult:
    best = max(b.points for b in rules.bands)
    if ctx.age is None:
        part = Part(
            name="age band",
            points=0,
            max=best,
            status="unknown",
            could_add=best,
            reason="date of birth not in the evidence",
            missing="date of birth (passport bio-data page)",
        )
        return _factor("age", rules.max, [part])
    band = next(
        (b for b in rules.bands if b.min_age <= ctx.age and (b.max_age is None or ctx.age <= b.max_age)), None
    )
    points = band.points if band else 0
    span = (
        f"{band.min_age}-{band.max_age if band.max_age is not None else ''}" if band else "below every band"
    )
    part = Part(
        name="age band",
        points=points,
        max=best,
        status="met" if points else "not_met",
        evidence=ctx.age_evidence,
        reason=f"aged {ctx.age} on {ctx.application_date} (band {span}): {points} points",
    )
    return _factor("age", rules.max, [part])


def score_academic(ctx: Context, rules: AcademicFactor) -> FactorResult:
    best = max(rules.levels.values())
    level = effective_level(ctx.degrees, rules)
    if level.level is None:
        level_part = Part(
            name="degree level",
            points=0,
            max=best,
            status="unknown",
            could_add=best,
            reason="no degree in the evidence",
            missing="degree certificates",
        )
    else:
        pts = rules.levels[level.level]
        level_part = Part(
            name="degree level",
            points=pts,
            max=best,
            status="met",
            evidence=level.evidence,
            reason=f"{level.reason}: {pts} points",
            derived="count as" in level.reason,
        )
    standing = institution_standing(ctx.degrees, renowned_institutions(), "bachelor", "renowned-institution")
    bonus = rules.renowned_bonus
    if standing.status == "met":
        bonus_part = Part(
            name="renowned institution bonus",
            points=bonus,
            max=bonus,
            status="met",
            evidence=standing.evidence,
            reason=f"{standing.reason}: +{bonus}",
            derived=standing.match is not None and standing.match.method != "exact",
        )
    else:
        missing = "staff review of the institution's ranking" if ctx.degrees else "degree certificates"
        bonus_part = Part(
            name="renowned institution bonus",
            points=0,
            max=bonus,
            status="unknown",
            evidence=standing.evidence,
            could_add=bonus,
            missing=missing,
            reason=standing.reason,
        )
    return _factor("academic", rules.max, [level_part, bonus_part])


def _band_points(bands: list[WorkBand], years: float, senior: float) -> WorkBand | None:
    # Bands are listed highest first in the file; the first one met applies.
    ordered = sorted(bands, key=lambda b: -b.points)
    return next((b for b in ordered if years >= b.years and senior >= b.senior_years), None)


def score_work(ctx: Context, rules: WorkFactor) -> FactorResult:
    w = ctx.work
    top = max(b.points for b in rules.bands)
    band = _band_points(rules.bands, w.graduate.years, w.senior.years)
    points = band.points if band else 0
    reach = _band_points(rules.bands, w.graduate.possible_years, w.senior.possible_years)
    potential = top if w.jobs == 0 else (reach.points if reach else 0)
    since = (
        f"since the first degree ({w.first_degree_date})" if w.first_degree_date else "(first degree undated)"
    )
    reason = (
        f"derived: {w.graduate.years:.2f} graduate-level years {since}, {w.senior.years:.2f} of them "
        f"senior, overlapping jobs counted once: {points} points"
    )
    if w.jobs == 0:
        reason = "no reference letters: no work experience in the evidence"
    band_part = Part(
        name="years band",
        points=points,
        max=top,
        status="met" if points else ("unknown" if potential else "not_met"),
        evidence=list(dict.fromkeys([*w.graduate.evidence, *w.senior.evidence, *w.first_degree_evidence])),
        reason=reason,
        derived=True,
        could_add=max(potential - points, 0),
        missing=_work_missing(ctx) if potential > points else None,
    )
    parts = [
        band_part,
        _bonus(
            "international work bonus",
            w.international,
            rules.international_bonus.years,
            rules.international_bonus.points,
            w.jobs,
            "the country of each job (reference letters) or the nationality (passport)",
        ),
    ]
    if rules.enterprise_bonus:
        parts.append(
            _bonus(
                "multinational / renowned enterprise bonus",
                w.enterprise,
                rules.enterprise_bonus.years,
                rules.enterprise_bonus.points,
                w.jobs,
                "staff confirmation that the employer is listed / Fortune 500 / Forbes 2000 / Hurun 500",
            )
        )
    return _factor("work_experience", rules.max, parts)


def _work_missing(ctx: Context) -> str:
    if ctx.work.jobs == 0:
        return "reference letters for graduate-level work"
    if ctx.work.first_degree_date is None:
        return "the first degree's award date (degree certificate)"
    return "reference letters showing senior roles or further years"


def _bonus(name: str, tally, years: float, points: int, jobs: int, missing: str) -> Part:
    if tally.years >= years:
        return Part(
            name=name,
            points=points,
            max=points,
            status="met",
            evidence=tally.evidence,
            derived=True,
            reason=f"derived: {tally.years:.2f} years (needs {years:g}): +{points}",
        )
    could = jobs == 0 or tally.possible_years >= years
    return Part(
        name=name,
        points=0,
        max=points,
        status="unknown" if could else "not_met",
        evidence=tally.evidence,
        derived=True,
        could_add=points if could else 0,
        missing=(missing if jobs else "reference letters") if could else None,
        reason=f"derived: {tally.years:.2f} years established (needs {years:g})"
        + (f", up to {tally.possible_years:.2f} if the unsure jobs count" if could and jobs else ""),
    )


def score_talent(ctx: Context, rules: TalentFactor) -> FactorResult:
    declared = ctx.profile.declared.talent_list_profession
    ref = [declared_ref("talent_list_profession")]
    if not declared:
        part = Part(
            name="talent list",
            points=0,
            max=rules.points,
            status="unknown",
            could_add=rules.points,
            reason="no Talent List profession declared",
            missing="whether the client's profession is on the Talent List (application.yaml)",
        )
        return _factor("talent_list", rules.max, [part])
    for profession in talent_list().professions:
        hit = contains_keyword(declared, profession.keywords) or (
            profession.name if normalise(profession.name) == normalise(declared) else None
        )
        if hit:
            part = Part(
                name="talent list",
                points=rules.points,
                max=rules.points,
                status="met",
                evidence=ref,
                declared=True,
                derived=True,
                reason=f"declared profession {declared!r} matches {profession.name!r} (derived; the "
                "profession's specification needs a person's check)",
            )
            return _factor("talent_list", rules.max, [part])
    part = Part(
        name="talent list",
        points=0,
        max=rules.points,
        status="unknown",
        evidence=ref,
        declared=True,
        could_add=rules.points,
        missing="staff check of the declared profession against the Talent List",
        reason=f"declared profession {declared!r} not found in our Talent List excerpt: needs review",
    )
    return _factor("talent_list", rules.max, [part])


def score_language(ctx: Context, rules: LanguageFactor, ruleset: PointsRuleset) -> FactorResult:
    found = standings(ctx.profile, ctx.application_date, ruleset.language_thresholds)
    met = [s for s in found.values() if s.status == "met"]
    unsure = [s for s in found.values() if s.status == "unknown"]

    def points_for(n: int) -> int:
        return rules.both if n >= 2 else rules.one if n == 1 else 0

    points = points_for(len(met))
    could = points_for(len(met) + len(unsure)) - points
    reason = "; ".join(f"{s.language}: {s.status} ({s.reason})" for s in found.values())
    part = Part(
        name="language",
        points=points,
        max=rules.max,
        status="met" if points else ("unknown" if could else "not_met"),
        evidence=[e for s in found.values() for e in s.evidence],
        could_add=could,
        missing=("a language test within two years for " + " and ".join(s.language for s in unsure))
        if could
        else None,
        reason=f"{reason}: {points} points "
        f"(a third language, worth {rules.one_plus_foreign}, is not read from documents)",
    )
    return _factor("language", rules.max, [part])


def score_family(ctx: Context, rules: FamilyFactor) -> FactorResult:
    d = ctx.profile.declared
    parts: list[Part] = []
    relative = rules.hk_permanent_resident_relative
    if d.hk_permanent_resident_relatives:
        parts.append(
            Part(
                name="HK permanent resident relative",
                points=relative,
                max=relative,
                status="met",
                declared=True,
                evidence=[declared_ref("hk_permanent_resident_relatives")],
                reason=f"declared: {', '.join(d.hk_permanent_resident_relatives)} (HK permanent resident)",
            )
        )
    else:
        parts.append(
            Part(
                name="HK permanent resident relative",
                points=0,
                max=relative,
                status="unknown",
                could_add=relative,
                reason="no HK permanent resident relative declared",
                missing="whether an immediate family member is a HK permanent resident living in HK",
            )
        )
    parts.append(_spouse_part(ctx, rules))
    if d.children_under_18 is None:
        parts.append(
            Part(
                name="children under 18",
                points=0,
                max=rules.children_max,
                status="unknown",
                could_add=rules.children_max,
                reason="number of children under 18 not declared",
                missing="how many unmarried children under 18 accompany the applicant",
            )
        )
    else:
        pts = min(d.children_under_18 * rules.per_child, rules.children_max)
        parts.append(
            Part(
                name="children under 18",
                points=pts,
                max=rules.children_max,
                status="met" if pts else "not_met",
                declared=True,
                evidence=[declared_ref("children_under_18")],
                reason=f"declared {d.children_under_18} child(ren) under 18 x {rules.per_child}, "
                f"at most {rules.children_max}: {pts} points",
            )
        )
    return _factor("family", rules.max, parts)


def _spouse_part(ctx: Context, rules: FamilyFactor) -> Part:
    d = ctx.profile.declared
    pts = rules.spouse_degree
    refs = [declared_ref(f) for f in ("marital_status", "spouse_education") if getattr(d, f) is not None]
    # Points need a declared marriage: a degree with no marital status may be an ex-spouse's, and waiting
    # for the answer keeps a later declaration from taking points away.
    if d.spouse_education in ("bachelor", "master", "doctorate") and d.marital_status == "married":
        return Part(
            name="spouse educated to degree level",
            points=pts,
            max=pts,
            status="met",
            declared=True,
            evidence=refs,
            reason=f"declared spouse education: {d.spouse_education} (+{pts})",
        )
    if d.marital_status in ("single", "divorced", "widowed") or d.spouse_education == "none":
        return Part(
            name="spouse educated to degree level",
            points=0,
            max=pts,
            status="not_met",
            declared=True,
            evidence=refs,
            reason=f"declared {d.marital_status or 'married'}, spouse education "
            f"{d.spouse_education or 'n/a'}: no points",
        )
    return Part(
        name="spouse educated to degree level",
        points=0,
        max=pts,
        status="unknown",
        could_add=pts,
        evidence=refs,
        reason="marital status or the spouse's education not declared",
        missing="marital status and the accompanying spouse's degree",
    )


def score_points(ctx: Context, ruleset: PointsRuleset) -> PointsVersionResult:
    f = ruleset.factors
    factors = [score_age(ctx, f.age), score_academic(ctx, f.academic), score_work(ctx, f.work_experience)]
    if f.talent_list:
        factors.append(score_talent(ctx, f.talent_list))
    factors += [score_language(ctx, f.language, ruleset), score_family(ctx, f.family)]
    total = min(sum(x.points for x in factors), ruleset.max)
    reachable = min(total + sum(x.could_add for x in factors), ruleset.max)
    return PointsVersionResult(
        name=ruleset.name,
        applies_from=ruleset.applies_from,
        applies_to=ruleset.applies_to,
        total=total,
        max=ruleset.max,
        pass_mark=ruleset.pass_mark,
        passed=total >= ruleset.pass_mark,
        factors=factors,
        max_reachable=reachable,
    )
