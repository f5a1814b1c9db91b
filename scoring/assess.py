"""One entry point: the profile in, the assessment out (the ruleset in force, every points version side by
side, every criteria version, the achievement test, and what would change the outcome)."""

from __future__ import annotations

from datetime import date

from core.profile import Profile
from scoring.achievement import assess_achievement
from scoring.context import build_context
from scoring.criteria import score_criteria
from scoring.outcome import could_change
from scoring.points import score_points
from scoring.prerequisites import application_date_of
from scoring.results import Assessment
from scoring.ruleset import (
    CriteriaRuleset,
    achievement_ruleset,
    criteria_rulesets,
    pick_ruleset,
    points_rulesets,
)


def assess(profile: Profile, as_of: date, ruleset: str | None = None) -> Assessment:
    """Score ``profile`` for its application date (declared, else ``as_of``); ``ruleset`` overrides.

    Raises ``RulesetError`` only for an unknown ``ruleset`` name; any profile, however sparse, is scored.
    """
    day = application_date_of(profile, as_of)
    in_force, why = pick_ruleset(day, ruleset)
    ctx = build_context(profile, day)
    points = {r.name: score_points(ctx, r) for r in points_rulesets()}
    criteria = {r.name: score_criteria(ctx, r) for r in criteria_rulesets()}
    gpt = criteria[in_force.name] if isinstance(in_force, CriteriaRuleset) else points[in_force.name]
    notes = [*ctx.work.notes, *profile.conflicts]
    if "nearest version" in why:
        notes.append(why)
    return Assessment(
        ruleset=in_force.name,
        ruleset_reason=why,
        application_date=day,
        application_date_source="application.yaml" if profile.declared.application_date else "as_of",
        as_of=as_of,
        general_points_test=gpt,
        points_versions=points,
        criteria_versions=criteria,
        achievement_based_points_test=assess_achievement(ctx, in_force, achievement_ruleset(day)),
        could_change_outcome=could_change(gpt),
        notes=notes,
    )
