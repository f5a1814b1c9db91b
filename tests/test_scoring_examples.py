"""The worked examples of docs/SCORING.md, one per version, checked by hand there and asserted here;
the same profiles side by side under the 2023 points and the 2024 criteria; the contract's shape."""

from __future__ import annotations

import json
from datetime import date

from core.models import CaseResult
from core.profile import Profile
from scoring import assess, prerequisites
from scoring.results import PointsVersionResult
from tests.test_scoring_support import degree, identity, ielts, job, profile, psc, toefl

AS_OF = date(2026, 11, 1)


def example_2015() -> Profile:
    """Chen Wei, PRC national, applying 2017-06-01."""
    return profile(
        identity=identity("1985-03-14", "CHN"),
        qualifications=[
            degree("bachelor", "Zhejiang University", "2007-07-01", "Electrical Engineering"),
            degree("master", "Guangxi Normal University", "2010-06-30", "Management"),
        ],
        jobs=[
            job("Huawei Technologies Co Ltd", "2007-08-01", "2012-07-31", "CHN", "Engineer"),
            job(
                "The Hongkong and Shanghai Banking Corporation Limited",
                "2012-08-01",
                None,
                "HKG",
                "Vice President",
            ),
        ],
        languages=[ielts(7.0, "2016-05-01"), psc("二级甲等", "2016-01-10")],
        declared={
            "application_date": "2017-06-01",
            "marital_status": "married",
            "spouse_education": "bachelor",
            "children_under_18": 1,
        },
    )


def example_2018() -> Profile:
    """Priya Sharma, Indian national, applying 2020-03-01."""
    return profile(
        identity=identity("1978-05-20", "IND"),
        qualifications=[
            degree("bachelor", "Indian Institute of Technology Delhi", "2000-06-30", "Computer Science"),
            degree("master", "University of Mumbai", "2002-06-30", "Computer Applications"),
        ],
        jobs=[
            job("Infosys Limited", "2002-08-01", "2010-07-31", "IND", "Senior Software Engineer"),
            job("Google Asia Pacific Pte Ltd", "2010-08-01", None, "SGP", "Engineering Manager"),
        ],
        languages=[toefl(105, "2019-01-10")],
        declared={
            "application_date": "2020-03-01",
            "marital_status": "married",
            "spouse_education": "master",
            "children_under_18": 3,
            "talent_list_profession": "Data scientist",
        },
    )


def example_2023() -> Profile:
    """Emeka Obi, Nigerian national, applying 2024-06-01: below the pass mark."""
    return profile(
        identity=identity("1980-01-15", "NGA"),
        qualifications=[degree("bachelor", "University of Lagos", "2003-11-30", "Economics")],
        jobs=[
            job("Access Bank Plc", "2004-01-05", "2011-12-31", "NGA", "Analyst"),
            job("Standard Chartered Bank", "2012-01-01", "2013-12-31", "GBR", "Relationship Manager"),
        ],
        languages=[ielts(6.5, "2021-03-01")],
        declared={"application_date": "2024-06-01", "marital_status": "single", "children_under_18": 0},
    )


def example_2024() -> Profile:
    """Li Na, PRC national, applying 2026-10-15."""
    return profile(
        identity=identity("1990-03-14", "CHN"),
        qualifications=[
            degree("bachelor", "Wuhan University", "2012-06-30", "Computer Science"),
            degree("master", "HKUST", "2014-06-30", "Computer Science"),
        ],
        jobs=[
            job(
                "Tencent Technology (Shenzhen) Company Limited",
                "2014-07-01",
                "2019-06-30",
                "CHN",
                "Software Engineer",
            ),
            job("HSBC", "2019-07-01", None, "HKG", "Lead Data Engineer"),
        ],
        languages=[ielts(7.5, "2025-09-01"), psc("一级乙等", "2025-05-01")],
        declared={
            "application_date": "2026-10-15",
            "marital_status": "married",
            "spouse_education": "master",
            "children_under_18": 2,
            "annual_income_hkd": 1_200_000,
        },
    )


def points_of(result: PointsVersionResult) -> dict[str, int]:
    return {f.factor: f.points for f in result.factors}


def test_worked_example_2015() -> None:
    a = assess(example_2015(), AS_OF)
    assert a.ruleset == "gpt-points-2015"
    gpt = a.general_points_test
    assert isinstance(gpt, PointsVersionResult)
    assert points_of(gpt) == {"age": 30, "academic": 50, "work_experience": 45, "language": 20, "family": 10}
    assert (gpt.total, gpt.max, gpt.passed) == (155, 195, True)
    assert a.could_change_outcome == []


def test_worked_example_2018() -> None:
    a = assess(example_2018(), AS_OF)
    assert a.ruleset == "gpt-points-2018"
    gpt = a.general_points_test
    assert isinstance(gpt, PointsVersionResult)
    assert points_of(gpt) == {
        "age": 20,
        "academic": 50,
        "work_experience": 55,
        "talent_list": 30,
        "language": 10,
        "family": 15,
    }
    assert (gpt.total, gpt.max, gpt.passed) == (180, 225, True)


def test_worked_example_2023_below_the_pass_mark() -> None:
    a = assess(example_2023(), AS_OF)
    assert a.ruleset == "gpt-points-2023"
    gpt = a.general_points_test
    assert isinstance(gpt, PointsVersionResult)
    assert points_of(gpt) == {
        "age": 20,
        "academic": 10,
        "work_experience": 45,
        "talent_list": 0,
        "language": 0,
        "family": 0,
    }
    assert (gpt.total, gpt.max, gpt.pass_mark, gpt.passed) == (75, 245, 80, False)
    changes = [(c.factor, c.could_add, c.reaches_pass) for c in a.could_change_outcome]
    assert changes == [
        ("academic", 30, True),  # University of Lagos is not on our list: staff review
        ("talent_list", 30, True),
        ("work_experience", 20, True),  # Access Bank: listed? staff confirm
        ("language", 20, True),  # the IELTS is more than two years old
        ("family", 5, True),  # an HK permanent resident relative, if any
    ]
    assert gpt.max_reachable == 180


def test_worked_example_2024() -> None:
    a = assess(example_2024(), AS_OF)
    assert a.ruleset == "gpt-criteria-2024"
    contract = a.to_contract()
    gpt = contract["general_points_test"]
    statuses = {c["criterion"]: c["status"] for c in gpt["criteria"]}
    assert statuses == {
        "age": "met",
        "eligible_university_degree": "met",
        "stem_degree": "met",
        "two_languages": "met",
        "english": "met",
        "work_5y_graduate": "met",
        "work_3y_renowned_enterprise": "met",
        "work_3y_priority_sector": "met",
        "work_2y_international": "met",
        "income_1m": "met",
        "business_profit_5m": "unknown",
        "listed_company_owner": "unknown",
    }
    assert (gpt["met"], gpt["required"], gpt["passed"]) == (10, 6, True)


def test_same_profiles_under_2023_points_and_2024_criteria_side_by_side() -> None:
    strong, weak = assess(example_2024(), AS_OF), assess(example_2023(), AS_OF)
    # Li Na: passes both ways.
    assert (
        strong.points_versions["gpt-points-2023"].total,
        strong.points_versions["gpt-points-2023"].passed,
    ) == (190, True)
    assert strong.criteria_versions["gpt-criteria-2024"].met == 10
    # Emeka Obi: 75/245 under 2023; 4 of 12 under 2024 with 6 unknowns that could still lift it.
    assert weak.points_versions["gpt-points-2023"].total == 75
    criteria = weak.criteria_versions["gpt-criteria-2024"]
    assert (criteria.met, criteria.unknown, criteria.passed, criteria.max_reachable) == (4, 6, False, 10)
    # Scored as if filed under 2024 rules, the unknowns become the "what would change" list.
    as_2024 = assess(example_2023(), AS_OF, ruleset="gpt-criteria-2024")
    assert [c.criterion for c in as_2024.could_change_outcome] == [
        "two_languages",
        "english",
        "work_3y_renowned_enterprise",
        "income_1m",
        "business_profit_5m",
        "listed_company_owner",
    ]
    assert all(c.could_add == 1 and not c.reaches_pass for c in as_2024.could_change_outcome)


def test_every_factor_and_criterion_carries_evidence_and_a_reason() -> None:
    for example in (example_2015(), example_2018(), example_2023(), example_2024()):
        a = assess(example, AS_OF)
        for version in a.points_versions.values():
            for f in version.factors:
                assert f.reason
                if f.points and f.factor != "talent_list":
                    assert f.evidence, f
        for c in a.criteria_versions["gpt-criteria-2024"].criteria:
            assert c.reason
            if c.status == "met":
                assert c.evidence, c


def test_contract_shape_and_json() -> None:
    a = assess(example_2023(), AS_OF)
    contract = a.to_contract()
    assert set(contract) >= {
        "ruleset",
        "general_points_test",
        "points_versions",
        "achievement_based_points_test",
        "could_change_outcome",
    }
    assert set(contract["general_points_test"]) >= {"criteria", "met", "required", "passed"}
    version = contract["points_versions"]["gpt-points-2023"]
    assert set(version) >= {"total", "max", "pass_mark", "passed", "factors"}
    assert set(version["factors"][0]) >= {"factor", "points", "max", "evidence", "reason"}
    assert contract["achievement_based_points_test"]["status"] == "needs_review"
    assert set(contract["could_change_outcome"][0]) >= {"factor", "missing", "could_add"}
    json.dumps(contract, ensure_ascii=False)
    # It fits the case.json model as the pipeline will write it.
    CaseResult(
        case_id="C1",
        as_of=AS_OF,
        documents=[],
        facts=[],
        checklist=[],
        flags=[],
        prerequisites=prerequisites(example_2023(), AS_OF),
        profile={},
        assessment=contract,
    )


def test_achievement_test_reports_declared_awards_for_review() -> None:
    p = example_2015().model_copy(deep=True)
    p.declared.awards = ["National Science and Technology Progress Award (first class)"]
    abpt = assess(p, AS_OF).achievement_based_points_test
    assert (abpt.status, abpt.evidence, abpt.full_marks) == ("needs_review", ["application.yaml#awards"], 195)
    none = assess(example_2024(), AS_OF).achievement_based_points_test
    assert (none.status, none.evidence, none.full_marks) == ("needs_review", [], None)
