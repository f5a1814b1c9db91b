"""Prerequisites and language thresholds: refusal only on evidence, unknown when the evidence is missing."""

from __future__ import annotations

from datetime import date

import pytest

from core.models import Prerequisite
from core.profile import Profile
from scoring import ScoringSettings, prerequisites
from scoring.language import language_standing
from scoring.ruleset import load_rulesets
from tests.test_scoring_support import degree, funds, hsk, identity, ielts, profile, psc, toefl

AS_OF = date(2026, 11, 1)


def prereq(p: Profile, name: str, settings: object | None = None, ruleset: str | None = None) -> Prerequisite:
    return next(x for x in prerequisites(p, AS_OF, settings, ruleset) if x.name == name)


@pytest.mark.parametrize(
    ("dob", "status"), [("2008-11-01", "met"), ("2008-11-02", "not_met"), (None, "unknown")]
)
def test_age(dob: str | None, status: str) -> None:
    assert prereq(profile(identity=identity(dob)), "age").status == status


@pytest.mark.parametrize(
    ("nationality", "day", "status"),
    [
        ("VNM", "2023-09-30", "not_met"),  # on the older, longer list
        ("VNM", "2023-10-01", "met"),  # dropped from the list (verify)
        ("AFG", "2026-01-01", "not_met"),
        ("PRK", "2020-01-01", "not_met"),
        ("CHN", "2026-01-01", "met"),
        (None, "2026-01-01", "unknown"),
    ],
)
def test_nationality_by_dated_list(nationality: str | None, day: str, status: str) -> None:
    p = profile(identity=identity(nationality=nationality), declared={"application_date": day})
    assert prereq(p, "nationality").status == status


def test_financial_converts_at_the_shipped_rates_and_counts_dependants() -> None:
    settings = ScoringSettings(financial_per_applicant_hkd=200_000, financial_per_dependant_hkd=100_000)
    usd = [funds("USD", 40_000, "2026-10-01")]  # 314,000 HKD at 7.85
    single = profile(funds=usd)
    assert prereq(single, "financial", settings).status == "met"
    family = profile(funds=usd, declared={"marital_status": "married", "children_under_18": 1})
    result = prereq(family, "financial", settings)
    assert result.status == "not_met"  # needs 400,000
    assert "2 dependant(s)" in (result.reason or "")
    assert result.evidence == ["bank_USD.pdf#bank_statement.closing_balance"]


def test_financial_unknown_when_funds_cannot_be_counted() -> None:
    assert prereq(profile(), "financial").status == "unknown"
    stale = profile(funds=[funds("HKD", 10_000_000, "2025-01-01")])
    assert prereq(stale, "financial").status == "unknown"
    unknown_currency = profile(funds=[funds("XAU", 100)])
    assert prereq(unknown_currency, "financial").status == "unknown"


def test_settings_from_any_object() -> None:
    class Other:
        financial_per_applicant_hkd = 1.0
        unrelated = "x"

    assert ScoringSettings.from_any(Other()).financial_per_applicant_hkd == 1.0
    assert ScoringSettings.from_any(None).financial_per_applicant_hkd == 200_000


@pytest.mark.parametrize(("record", "status"), [(False, "met"), (True, "not_met"), (None, "unknown")])
def test_good_character_is_declared(record: bool | None, status: str) -> None:
    assert prereq(profile(declared={"criminal_record": record}), "good_character").status == status


def test_education_never_refuses_on_its_own() -> None:
    assert prereq(profile(), "education").status == "unknown"
    assert (
        prereq(profile(qualifications=[degree("bachelor", "X", "2000-06-30")]), "education").status == "met"
    )


def test_language_is_a_prerequisite_before_2024_11_only() -> None:
    before = profile(languages=[ielts(6.0, "2024-01-01")], declared={"application_date": "2024-10-31"})
    assert prereq(before, "language").status == "met"
    after = profile(declared={"application_date": "2024-11-01"})
    assert "language" not in [x.name for x in prerequisites(after, AS_OF)]
    assert [x.name for x in prerequisites(after, AS_OF, ruleset="gpt-points-2023")][4] == "language"


THRESHOLDS = load_rulesets()["gpt-criteria-2024"].language_thresholds  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("result", "language", "status"),
    [
        (ielts(6.0, "2025-01-01"), "english", "met"),
        (ielts(5.5, "2025-01-01"), "english", "not_met"),
        (ielts(8.0, "2024-10-31"), "english", "unknown"),  # more than two years before 2026-11-01
        (ielts(8.0, "2024-11-01"), "english", "met"),  # exactly two years
        (toefl(80, "2025-01-01"), "english", "met"),
        (toefl(79, "2025-01-01"), "english", "not_met"),
        (toefl(4.0, "2026-03-01", "1-6"), "english", "met"),
        (toefl(3.5, "2026-03-01", "1-6"), "english", "not_met"),
        (toefl(4.5, "2026-03-01"), "english", "met"),  # scale not read: 4.5 can only be the 1-6 scale
        (hsk(5, "2025-01-01"), "chinese", "met"),
        (hsk(4, "2025-01-01"), "chinese", "not_met"),
        (psc("二级乙等", "2025-01-01"), "chinese", "met"),
        (psc("三级甲等", "2025-01-01"), "chinese", "not_met"),
        (psc("1A", "2025-01-01"), "chinese", "met"),
        (psc("some grade", "2025-01-01"), "chinese", "unknown"),
    ],
)
def test_language_thresholds(result, language: str, status: str) -> None:
    p = profile(languages=[result])
    assert language_standing(p, language, AS_OF, THRESHOLDS).status == status  # type: ignore[arg-type]


def test_a_good_result_wins_over_a_poor_one() -> None:
    p = profile(languages=[ielts(5.0, "2025-01-01"), ielts(7.0, "2026-01-01")])
    standing = language_standing(p, "english", AS_OF, THRESHOLDS)
    assert standing.status == "met" and standing.evidence == ["ielts.pdf#ielts.overall"]
