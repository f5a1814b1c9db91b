"""The validity windows of the checklist, loaded and validated once."""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

import yaml
from pydantic import BaseModel, Field

RULES_FILE = Path(__file__).with_name("rules.yaml")


class ChecklistRules(BaseModel):
    effective_from: date
    source: str
    passport_warn_within_days: int = Field(ge=0)
    language_test_max_age_years: int = Field(ge=1)
    statement_max_age_days: int = Field(ge=1)


@cache
def load_rules(path: Path = RULES_FILE) -> ChecklistRules:
    return ChecklistRules.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
