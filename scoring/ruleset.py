"""Rulesets as data: one YAML file per dated version in ``scoring/rulesets/``, validated on load.

Adding a version of the QMAS tests is adding a file; nothing here names a version. The loader checks
that the General Points Test versions do not overlap in time, so "the version for this date" is
always one file.
"""

from __future__ import annotations

import itertools
from datetime import date
from functools import cache
from pathlib import Path
from typing import Annotated, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, model_validator

RULESET_DIR = Path(__file__).parent / "rulesets"

DegreeLevel = Literal["bachelor", "master", "doctorate"]
PrerequisiteName = Literal["age", "nationality", "financial", "good_character", "language", "education"]
CriterionName = Literal[
    "age",
    "eligible_university_degree",
    "stem_degree",
    "two_languages",
    "english",
    "work_5y_graduate",
    "work_3y_renowned_enterprise",
    "work_3y_priority_sector",
    "work_2y_international",
    "income_1m",
    "business_profit_5m",
    "listed_company_owner",
]


class _Strict(BaseModel):
    # A misspelt key in a data file must fail loudly, not be ignored.
    model_config = ConfigDict(extra="forbid", frozen=True)


class LanguageThresholds(_Strict):
    """What counts as "good" English or Chinese, and how old a test result may be."""

    test_max_age_years: int = Field(ge=0)
    ielts_overall_min: float = Field(ge=0, le=9)
    toefl_ibt_total_min: float = Field(ge=0, le=120)
    toefl_1_6_min: float = Field(ge=1, le=6)
    hsk_level_min: int = Field(ge=1, le=9)
    psc_grade_min: str
    psc_grade_order: list[str]
    psc_grade_aliases: dict[str, str] = Field(default_factory=dict)
    source: str
    verify: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _grades_known(self) -> LanguageThresholds:
        known = set(self.psc_grade_order)
        if self.psc_grade_min not in known:
            raise ValueError(f"psc_grade_min {self.psc_grade_min!r} is not in psc_grade_order")
        bad = [alias for alias, grade in self.psc_grade_aliases.items() if grade not in known]
        if bad:
            raise ValueError(f"psc_grade_aliases point at unknown grades: {bad}")
        return self


class AgeBand(_Strict):
    min_age: int = Field(ge=0)
    max_age: int | None = None
    points: int = Field(ge=0)


class AgeFactor(_Strict):
    max: int
    bands: list[AgeBand]


class AcademicFactor(_Strict):
    max: int
    levels: dict[DegreeLevel, int]
    two_masters_as: DegreeLevel
    two_bachelors_as: DegreeLevel
    renowned_bonus: int = Field(ge=0)

    @model_validator(mode="after")
    def _max_adds_up(self) -> AcademicFactor:
        if max(self.levels.values()) + self.renowned_bonus != self.max:
            raise ValueError("academic max must equal the highest level plus the renowned bonus")
        return self


class WorkBand(_Strict):
    years: float = Field(ge=0)
    senior_years: float = Field(default=0, ge=0)
    points: int = Field(ge=0)


class WorkBonus(_Strict):
    years: float = Field(ge=0)
    points: int = Field(ge=0)


class WorkFactor(_Strict):
    max: int
    bands: list[WorkBand]
    international_bonus: WorkBonus
    enterprise_bonus: WorkBonus | None = None

    @model_validator(mode="after")
    def _max_adds_up(self) -> WorkFactor:
        top = max(band.points for band in self.bands)
        extra = self.international_bonus.points + (
            self.enterprise_bonus.points if self.enterprise_bonus else 0
        )
        if top + extra != self.max:
            raise ValueError("work_experience max must equal the top band plus the bonuses")
        return self


class TalentFactor(_Strict):
    max: int
    points: int


class LanguageFactor(_Strict):
    max: int
    both: int
    one_plus_foreign: int
    one: int


class FamilyFactor(_Strict):
    max: int
    hk_permanent_resident_relative: int
    spouse_degree: int
    per_child: int
    children_max: int

    @model_validator(mode="after")
    def _max_adds_up(self) -> FamilyFactor:
        if self.hk_permanent_resident_relative + self.spouse_degree + self.children_max != self.max:
            raise ValueError("family max must equal relative + spouse + children_max")
        return self


class PointsFactors(_Strict):
    age: AgeFactor
    academic: AcademicFactor
    work_experience: WorkFactor
    talent_list: TalentFactor | None = None
    language: LanguageFactor
    family: FamilyFactor


class _RulesetBase(_Strict):
    name: str
    title: str
    applies_from: date
    applies_to: date | None = None  # None = still in force
    source: str
    verify: list[str] = Field(default_factory=list)

    def covers(self, day: date) -> bool:
        return self.applies_from <= day and (self.applies_to is None or day <= self.applies_to)


class PointsRuleset(_RulesetBase):
    kind: Literal["points"]
    max: int
    pass_mark: int
    prerequisites: list[PrerequisiteName]
    language_thresholds: LanguageThresholds
    factors: PointsFactors

    @model_validator(mode="after")
    def _max_adds_up(self) -> PointsRuleset:
        f = self.factors
        total = f.age.max + f.academic.max + f.work_experience.max + f.language.max + f.family.max
        total += f.talent_list.max if f.talent_list else 0
        if total != self.max:
            raise ValueError(f"{self.name}: factor maxima add up to {total}, not {self.max}")
        return self


class CriteriaParams(_Strict):
    max_age: int
    work_graduate_years: float
    renowned_enterprise_years: float
    priority_sector_years: float
    international_years: float
    income_min_hkd: float
    business_profit_min_hkd: float


class CriterionSpec(_Strict):
    name: CriterionName
    title: str


class CriteriaRuleset(_RulesetBase):
    kind: Literal["criteria"]
    required: int = Field(ge=1)
    prerequisites: list[PrerequisiteName]
    params: CriteriaParams
    criteria: list[CriterionSpec]
    language_thresholds: LanguageThresholds

    @model_validator(mode="after")
    def _required_reachable(self) -> CriteriaRuleset:
        if self.required > len(self.criteria):
            raise ValueError(f"{self.name}: required {self.required} > {len(self.criteria)} criteria")
        return self


class AchievementRuleset(_RulesetBase):
    kind: Literal["achievement"]
    status: Literal["needs_review"]
    full_marks_from_gpt: bool = True
    examples: list[str] = Field(default_factory=list)


Ruleset = Annotated[PointsRuleset | CriteriaRuleset | AchievementRuleset, Field(discriminator="kind")]
GptRuleset = PointsRuleset | CriteriaRuleset
_ADAPTER: TypeAdapter[PointsRuleset | CriteriaRuleset | AchievementRuleset] = TypeAdapter(Ruleset)


class RulesetError(ValueError):
    """A ruleset file is invalid, versions overlap, or a named ruleset does not exist."""


def load_ruleset_file(path: Path) -> PointsRuleset | CriteriaRuleset | AchievementRuleset:
    with path.open(encoding="utf-8") as handle:
        raw = yaml.safe_load(handle)
    try:
        ruleset = _ADAPTER.validate_python(raw)
    except ValueError as exc:
        raise RulesetError(f"{path.name}: {exc}") from exc
    if ruleset.name != path.stem:
        # The file name is how staff find a version; keeping it equal to `name` avoids two spellings.
        raise RulesetError(f"{path.name}: name {ruleset.name!r} does not match the file name")
    return ruleset


@cache
def load_rulesets(
    directory: Path = RULESET_DIR,
) -> dict[str, PointsRuleset | CriteriaRuleset | AchievementRuleset]:
    rulesets = {}
    for path in sorted(directory.glob("*.yaml")):
        ruleset = load_ruleset_file(path)
        rulesets[ruleset.name] = ruleset
    _check_no_overlap([r for r in rulesets.values() if not isinstance(r, AchievementRuleset)])
    return rulesets


def _check_no_overlap(gpt: list[PointsRuleset | CriteriaRuleset]) -> None:
    ordered = sorted(gpt, key=lambda r: r.applies_from)
    for earlier, later in itertools.pairwise(ordered):
        if earlier.applies_to is None or earlier.applies_to >= later.applies_from:
            raise RulesetError(f"{earlier.name} and {later.name} overlap in their dates")


def gpt_rulesets(directory: Path = RULESET_DIR) -> list[PointsRuleset | CriteriaRuleset]:
    """General Points Test versions, oldest first."""
    found = [r for r in load_rulesets(directory).values() if not isinstance(r, AchievementRuleset)]
    return sorted(found, key=lambda r: r.applies_from)


def points_rulesets(directory: Path = RULESET_DIR) -> list[PointsRuleset]:
    return [r for r in gpt_rulesets(directory) if isinstance(r, PointsRuleset)]


def criteria_rulesets(directory: Path = RULESET_DIR) -> list[CriteriaRuleset]:
    return [r for r in gpt_rulesets(directory) if isinstance(r, CriteriaRuleset)]


def achievement_ruleset(application_date: date, directory: Path = RULESET_DIR) -> AchievementRuleset | None:
    found = [r for r in load_rulesets(directory).values() if isinstance(r, AchievementRuleset)]
    covering = [r for r in found if r.covers(application_date)]
    return (covering or sorted(found, key=lambda r: r.applies_from) or [None])[-1]


def pick_ruleset(
    application_date: date, name: str | None = None, directory: Path = RULESET_DIR
) -> tuple[PointsRuleset | CriteriaRuleset, str]:
    """The General Points Test version for the date (or the one named), and one sentence saying why."""
    if name is not None:
        found = load_rulesets(directory).get(name)
        if found is None:
            known = ", ".join(sorted(load_rulesets(directory)))
            raise RulesetError(f"no ruleset named {name!r} (known: {known})")
        if isinstance(found, AchievementRuleset):
            raise RulesetError(
                f"{name!r} is the Achievement-based Points Test, reported beside every GPT version"
            )
        return found, f"{name} chosen by override; the application date {application_date} would pick " + (
            _by_date(application_date, directory)[0].name
        )
    return _by_date(application_date, directory)


def _by_date(application_date: date, directory: Path) -> tuple[PointsRuleset | CriteriaRuleset, str]:
    versions = gpt_rulesets(directory)
    if not versions:
        raise RulesetError(f"no General Points Test ruleset in {directory}")
    for ruleset in versions:
        if ruleset.covers(application_date):
            return ruleset, f"{ruleset.name} applies to applications dated {application_date}"
    # A date outside every version (before the oldest, or in a gap) still gets an answer, said plainly,
    # so an odd date in application.yaml never stops a case.
    nearest = min(versions, key=lambda r: _days_outside(r, application_date))
    return nearest, (
        f"no ruleset covers {application_date}; using the nearest version {nearest.name} (needs review)"
    )


def _days_outside(ruleset: PointsRuleset | CriteriaRuleset, day: date) -> int:
    if day < ruleset.applies_from:
        return (ruleset.applies_from - day).days
    if ruleset.applies_to is not None and day > ruleset.applies_to:
        return (day - ruleset.applies_to).days
    return 0
