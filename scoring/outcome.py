"""What would change the outcome: for a case short of the pass, the unknowns that could still lift it."""

from __future__ import annotations

from scoring.results import CriteriaVersionResult, OutcomeChange, PointsVersionResult


def could_change(result: PointsVersionResult | CriteriaVersionResult) -> list[OutcomeChange]:
    """Largest lift first. Empty for a pass: the outcome is already the one the client wants."""
    if result.passed:
        return []
    if isinstance(result, CriteriaVersionResult):
        short = result.required - result.met
        return [
            OutcomeChange(
                criterion=c.criterion, missing=c.missing or c.reason, could_add=1, reaches_pass=short <= 1
            )
            for c in result.criteria
            if c.status == "unknown"
        ]
    short = result.pass_mark - result.total
    changes = [
        OutcomeChange(
            factor=f.factor,
            missing=f.missing or f.reason,
            could_add=f.could_add,
            reaches_pass=f.could_add >= short,
        )
        for f in result.factors
        if f.could_add > 0
    ]
    return sorted(changes, key=lambda c: -c.could_add)
