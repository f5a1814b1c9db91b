"""What scoring returns: typed results, and ``Assessment.to_contract()`` for case.json's ``assessment``.

Contract version 1 (``../shared/contract/OUTPUT.md``): the keys it names are always present with the
names it uses; anything else here is an added key.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, Field

Status = Literal["met", "not_met", "unknown"]


class Part(BaseModel):
    """One line inside a factor (a band, a bonus, one family item), so a reader can check the sum."""

    name: str
    points: int
    max: int
    status: Status
    evidence: list[str] = Field(default_factory=list)
    reason: str
    could_add: int = 0  # more points if the unknowns behind this part turn out in the client's favour
    missing: str | None = None
    derived: bool = False
    declared: bool = False


class FactorResult(BaseModel):
    factor: str
    points: int
    max: int
    evidence: list[str]
    reason: str
    parts: list[Part] = Field(default_factory=list)
    could_add: int = 0
    missing: str | None = None
    derived: bool = False
    declared: bool = False


class CriterionResult(BaseModel):
    criterion: str
    title: str
    status: Status
    evidence: list[str]
    reason: str
    missing: str | None = None  # for an unknown: what would settle it
    derived: bool = False
    declared: bool = False


class PointsVersionResult(BaseModel):
    name: str
    applies_from: date
    applies_to: date | None
    total: int
    max: int
    pass_mark: int
    passed: bool
    factors: list[FactorResult]
    # The total if every unknown went the client's way: below the pass mark means no document can save it.
    max_reachable: int


class CriteriaVersionResult(BaseModel):
    name: str
    applies_from: date
    applies_to: date | None
    criteria: list[CriterionResult]
    met: int
    unknown: int
    required: int
    passed: bool
    max_reachable: int


class AchievementResult(BaseModel):
    status: Literal["needs_review"] = "needs_review"
    evidence: list[str]
    awards: list[str]
    full_marks: int | None
    reason: str


class OutcomeChange(BaseModel):
    """One thing the client could still provide, and how far it could move the result."""

    criterion: str | None = None
    factor: str | None = None
    missing: str
    could_add: int
    reaches_pass: bool  # this item alone would lift the case to a pass


class Assessment(BaseModel):
    ruleset: str
    ruleset_reason: str
    application_date: date
    application_date_source: Literal["application.yaml", "as_of"]
    as_of: date
    general_points_test: PointsVersionResult | CriteriaVersionResult
    points_versions: dict[str, PointsVersionResult]
    criteria_versions: dict[str, CriteriaVersionResult]
    achievement_based_points_test: AchievementResult
    could_change_outcome: list[OutcomeChange]
    notes: list[str] = Field(default_factory=list)

    @property
    def passed(self) -> bool:
        return self.general_points_test.passed

    def to_contract(self) -> dict[str, Any]:
        """The ``assessment`` object of case.json (JSON-ready: dates as YYYY-MM-DD)."""
        return {
            "ruleset": self.ruleset,
            "general_points_test": _gpt_contract(self.general_points_test),
            "points_versions": {name: _points_contract(v) for name, v in self.points_versions.items()},
            "achievement_based_points_test": self.achievement_based_points_test.model_dump(mode="json"),
            "could_change_outcome": [
                c.model_dump(mode="json", exclude_none=True) for c in self.could_change_outcome
            ],
            # added keys
            "criteria_versions": {name: _criteria_contract(v) for name, v in self.criteria_versions.items()},
            "ruleset_reason": self.ruleset_reason,
            "application_date": self.application_date.isoformat(),
            "application_date_source": self.application_date_source,
            "summary": self.summary(),
            "notes": list(self.notes),
        }

    def summary(self) -> dict[str, Any]:
        """One line for summary.csv: the score in the ruleset's own terms and whether it passes."""
        gpt = self.general_points_test
        if isinstance(gpt, CriteriaVersionResult):
            score = f"{gpt.met}/{len(gpt.criteria)} criteria (need {gpt.required})"
        else:
            score = f"{gpt.total}/{gpt.max} (pass {gpt.pass_mark})"
        return {"ruleset": self.ruleset, "score": score, "passed": gpt.passed}


def _criteria_contract(result: CriteriaVersionResult) -> dict[str, Any]:
    body = result.model_dump(mode="json", exclude={"criteria"})
    body["kind"] = "criteria"
    body["criteria"] = [c.model_dump(mode="json") for c in result.criteria]
    return body


def _points_contract(result: PointsVersionResult) -> dict[str, Any]:
    body = result.model_dump(mode="json", exclude={"factors"})
    body["factors"] = [f.model_dump(mode="json") for f in result.factors]
    return body


def _gpt_contract(result: PointsVersionResult | CriteriaVersionResult) -> dict[str, Any]:
    if isinstance(result, CriteriaVersionResult):
        return _criteria_contract(result)
    # A points version in force still fills the contract's criteria/met/required keys (empty), and adds
    # its total and factors, so readers of either shape find what they look for.
    body = _points_contract(result)
    body.update({"kind": "points", "criteria": [], "met": None, "required": None})
    return body
