"""Reference data shipped in ``scoring/data/``, each file with its source and date, validated on load."""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path
from typing import Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field

DATA_DIR = Path(__file__).parent / "data"

_M = TypeVar("_M", bound=BaseModel)

Sector = Literal["innovation_technology", "financial_services", "international_trade"]


class _Sourced(BaseModel):
    # Every data file names where it came from and when, so staff know what to re-check.
    model_config = ConfigDict(extra="forbid", frozen=True)

    source: str
    as_of: date
    verify: list[str] = Field(default_factory=list)


class Institution(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    aliases: list[str] = Field(default_factory=list)


class InstitutionList(_Sourced):
    includes: str | None = None  # another institution file whose names are part of this list
    institutions: list[Institution]


class StemFields(_Sourced):
    stem: list[str]
    not_stem: list[str]


class SeniorRoles(_Sourced):
    words: list[str]
    not_senior_prefixes: list[str] = Field(default_factory=list)


class Profession(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    keywords: list[str]


class TalentList(_Sourced):
    professions: list[Profession]


class Enterprise(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    aliases: list[str] = Field(default_factory=list)
    sector: Sector | None = None


class EnterpriseList(_Sourced):
    enterprises: list[Enterprise]


class PrioritySectors(_Sourced):
    sectors: dict[Sector, list[str]]


class DatedCountryList(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    applies_from: date
    applies_to: date | None = None
    countries: list[str]


class ExcludedNationalities(_Sourced):
    lists: list[DatedCountryList]
    code_aliases: dict[str, str] = Field(default_factory=dict)
    domestic_also: dict[str, list[str]] = Field(default_factory=dict)

    def on(self, day: date) -> DatedCountryList | None:
        for entry in self.lists:
            if entry.applies_from <= day and (entry.applies_to is None or day <= entry.applies_to):
                return entry
        return None


class FxRates(_Sourced):
    hkd_per_unit: dict[str, float]


class FinancialThresholds(_Sourced):
    per_applicant_hkd: float = Field(ge=0)
    per_dependant_hkd: float = Field(ge=0)
    statement_max_age_months: int = Field(ge=0)


def _load(model: type[_M], name: str) -> _M:
    with (DATA_DIR / name).open(encoding="utf-8") as handle:
        return model.model_validate(yaml.safe_load(handle))


@cache
def renowned_institutions() -> InstitutionList:
    return _load(InstitutionList, "renowned_institutions.yaml")


@cache
def eligible_universities() -> InstitutionList:
    own = _load(InstitutionList, "eligible_universities.yaml")
    if own.includes is None:
        return own
    included = _load(InstitutionList, own.includes)
    return own.model_copy(update={"institutions": [*included.institutions, *own.institutions]})


@cache
def stem_fields() -> StemFields:
    return _load(StemFields, "stem_fields.yaml")


@cache
def senior_roles() -> SeniorRoles:
    return _load(SeniorRoles, "senior_roles.yaml")


@cache
def talent_list() -> TalentList:
    return _load(TalentList, "talent_list.yaml")


@cache
def enterprises() -> EnterpriseList:
    return _load(EnterpriseList, "enterprises.yaml")


@cache
def priority_sectors() -> PrioritySectors:
    return _load(PrioritySectors, "priority_sectors.yaml")


@cache
def excluded_nationalities() -> ExcludedNationalities:
    return _load(ExcludedNationalities, "excluded_nationalities.yaml")


@cache
def fx_rates() -> FxRates:
    return _load(FxRates, "fx_rates.yaml")


@cache
def financial_thresholds() -> FinancialThresholds:
    return _load(FinancialThresholds, "financial_thresholds.yaml")
