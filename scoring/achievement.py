"""The Achievement-based Points Test: all or nothing, decided by a person. We gather what was declared."""

from __future__ import annotations

from scoring.context import Context, declared_ref
from scoring.results import AchievementResult
from scoring.ruleset import AchievementRuleset, CriteriaRuleset, PointsRuleset


def assess_achievement(
    ctx: Context, gpt: PointsRuleset | CriteriaRuleset, rules: AchievementRuleset | None
) -> AchievementResult:
    awards = list(ctx.profile.declared.awards)
    full = (
        gpt.max if isinstance(gpt, PointsRuleset) and (rules is None or rules.full_marks_from_gpt) else None
    )
    marks = f"full marks {full} or 0" if full is not None else "no points total under a criteria version"
    if awards:
        reason = f"declared awards for a person to judge ({marks}): {'; '.join(awards)}"
    else:
        reason = f"no award declared or found; a person decides ({marks})"
    return AchievementResult(
        evidence=[declared_ref("awards")] if awards else [], awards=awards, full_marks=full, reason=reason
    )
