"""Rulesets are data: validated on load, picked by application date, overridable by name."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml

from scoring import assess
from scoring.ruleset import (
    RULESET_DIR,
    CriteriaRuleset,
    PointsRuleset,
    RulesetError,
    load_ruleset_file,
    load_rulesets,
    pick_ruleset,
)
from tests.test_scoring_support import profile


def test_every_version_is_shipped_with_its_maximum_and_pass_mark() -> None:
    rulesets = load_rulesets()
    expected = {"gpt-points-2015": 195, "gpt-points-2018": 225, "gpt-points-2023": 245}
    for name, maximum in expected.items():
        ruleset = rulesets[name]
        assert isinstance(ruleset, PointsRuleset)
        assert (ruleset.max, ruleset.pass_mark) == (maximum, 80)
    criteria = rulesets["gpt-criteria-2024"]
    assert isinstance(criteria, CriteriaRuleset)
    assert (len(criteria.criteria), criteria.required) == (12, 6)
    assert rulesets["abpt"].kind == "achievement"


def test_thresholds_live_in_the_data() -> None:
    t = load_rulesets()["gpt-criteria-2024"].language_thresholds  # type: ignore[union-attr]
    assert (t.ielts_overall_min, t.toefl_ibt_total_min, t.toefl_1_6_min, t.hsk_level_min) == (6.0, 80, 4.0, 5)
    assert t.psc_grade_min == "二级乙等" and t.test_max_age_years == 2
    assert any("1-6" in note for note in t.verify)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2015-05-01", "gpt-points-2015"),
        ("2018-08-27", "gpt-points-2015"),
        ("2018-08-28", "gpt-points-2018"),
        ("2022-12-31", "gpt-points-2018"),
        ("2023-01-01", "gpt-points-2023"),
        ("2024-10-31", "gpt-points-2023"),
        ("2024-11-01", "gpt-criteria-2024"),
        ("2030-01-01", "gpt-criteria-2024"),
    ],
)
def test_version_picked_by_date(day: str, expected: str) -> None:
    assert pick_ruleset(date.fromisoformat(day))[0].name == expected


def test_declared_application_date_wins_over_as_of() -> None:
    declared = profile(declared={"application_date": "2024-10-31"})
    assert assess(declared, date(2024, 11, 1)).ruleset == "gpt-points-2023"
    assert assess(profile(), date(2024, 11, 1)).ruleset == "gpt-criteria-2024"
    assert assess(profile(), date(2018, 8, 27)).ruleset == "gpt-points-2015"
    assert assess(profile(), date(2018, 8, 28)).ruleset == "gpt-points-2018"


def test_override_by_name_and_unknown_names() -> None:
    result = assess(profile(), date(2026, 11, 1), ruleset="gpt-points-2023")
    assert result.ruleset == "gpt-points-2023"
    assert "would pick gpt-criteria-2024" in result.ruleset_reason
    with pytest.raises(RulesetError):
        assess(profile(), date(2026, 11, 1), ruleset="gpt-points-1999")
    with pytest.raises(RulesetError):
        pick_ruleset(date(2026, 11, 1), "abpt")


def test_a_date_before_every_version_still_gets_an_answer() -> None:
    ruleset, why = pick_ruleset(date(2010, 1, 1))
    assert ruleset.name == "gpt-points-2015" and "needs review" in why


def _copy_rulesets(tmp_path: Path) -> Path:
    target = tmp_path / "rulesets"
    shutil.copytree(RULESET_DIR, target)
    return target


def test_adding_a_version_is_adding_a_file(tmp_path: Path) -> None:
    target = _copy_rulesets(tmp_path)
    current = yaml.safe_load((target / "gpt-criteria-2024.yaml").read_text(encoding="utf-8"))
    current["applies_to"] = date(2027, 6, 30)
    (target / "gpt-criteria-2024.yaml").write_text(
        yaml.safe_dump(current, allow_unicode=True), encoding="utf-8"
    )
    newer = dict(
        current, name="gpt-criteria-2027", applies_from=date(2027, 7, 1), applies_to=None, required=7
    )
    (target / "gpt-criteria-2027.yaml").write_text(
        yaml.safe_dump(newer, allow_unicode=True), encoding="utf-8"
    )
    picked, _ = pick_ruleset(date(2027, 7, 1), directory=target)
    assert (picked.name, picked.required) == ("gpt-criteria-2027", 7)  # type: ignore[union-attr]
    assert pick_ruleset(date(2027, 6, 30), directory=target)[0].name == "gpt-criteria-2024"


def test_overlapping_versions_are_refused(tmp_path: Path) -> None:
    target = _copy_rulesets(tmp_path)
    raw = yaml.safe_load((target / "gpt-points-2023.yaml").read_text(encoding="utf-8"))
    raw["applies_from"] = date(2022, 6, 1)
    (target / "gpt-points-2023.yaml").write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    with pytest.raises(RulesetError, match="overlap"):
        load_rulesets(target)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda r: r.update(max=200), "add up"),
        (lambda r: r.update(pass_mark="eighty"), "pass_mark"),
        (lambda r: r["factors"]["age"].update(bands="thirty"), "bands"),
        (lambda r: r.update(unexpected_key=1), "unexpected_key"),
        (lambda r: r["language_thresholds"].update(psc_grade_min="五级"), "psc_grade_min"),
    ],
)
def test_invalid_files_fail_on_load(tmp_path: Path, change, message: str) -> None:
    raw = yaml.safe_load((RULESET_DIR / "gpt-points-2015.yaml").read_text(encoding="utf-8"))
    change(raw)
    path = tmp_path / "gpt-points-2015.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    with pytest.raises(RulesetError, match=message):
        load_ruleset_file(path)
