"""Scoring: the profile in, the assessment and prerequisites out.

Data flows one way: this package never imports extractors, readers, flows or Prefect.
"""

from scoring.assess import assess
from scoring.prerequisites import ScoringSettings, prerequisites
from scoring.results import Assessment
from scoring.ruleset import RulesetError, load_rulesets, pick_ruleset

__all__ = [
    "Assessment",
    "RulesetError",
    "ScoringSettings",
    "assess",
    "load_rulesets",
    "pick_ruleset",
    "prerequisites",
]
