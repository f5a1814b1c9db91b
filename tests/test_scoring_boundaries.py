"""Table-driven tests at every band boundary, for every points version (and the 2024 criteria)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from core.profile import Profile
from scoring import assess
from scoring.results import FactorResult
from tests.test_scoring_support import degree, identity, job, profile

POINTS_VERSIONS = ["gpt-points-2015", "gpt-points-2018", "gpt-points-2023"]
APPLIED = "2024-06-01"
AS_OF = date(2026, 11, 1)
# A first degree well before every job below, so all the work counts as graduate level.
FIRST_DEGREE = degree("bachelor", "Unlisted Institute of Somewhere", "2000-06-30")


def factor(p: Profile, version: str, name: str) -> FactorResult:
    result = assess(p, AS_OF).points_versions[version]
    return next(f for f in result.factors if f.factor == name)


def part_points(f: FactorResult, name: str) -> int:
    return next(p.points for p in f.parts if p.name == name)


def dob_for_age(age: int, on: str = APPLIED) -> str:
    day = date.fromisoformat(on)
    return day.replace(year=day.year - age).isoformat()


@pytest.mark.parametrize("version", POINTS_VERSIONS)
@pytest.mark.parametrize(
    ("age", "points"), [(17, 0), (18, 30), (39, 30), (40, 20), (44, 20), (45, 15), (50, 15), (51, 0)]
)
def test_age_bands(version: str, age: int, points: int) -> None:
    p = profile(identity=identity(dob_for_age(age)), declared={"application_date": APPLIED})
    assert factor(p, version, "age").points == points


def test_age_is_taken_on_the_application_date_not_as_of() -> None:
    # 40 on the application date, 42 by the as-of date: the application date decides.
    p = profile(identity=identity(dob_for_age(40)), declared={"application_date": APPLIED})
    assert factor(p, "gpt-points-2023", "age").points == 20
    assert (
        factor(
            p.model_copy(update={"identity": identity(dob_for_age(40, "2024-06-02"))}),
            "gpt-points-2023",
            "age",
        ).points
        == 30
    )


def work_profile(*jobs_: object, nationality: str = "CHN") -> Profile:
    return profile(
        identity=identity(nationality=nationality),
        qualifications=[FIRST_DEGREE],
        jobs=list(jobs_),
        declared={"application_date": APPLIED},
    )


@pytest.mark.parametrize("version", POINTS_VERSIONS)
@pytest.mark.parametrize(
    ("end", "points"),
    [
        ("2002-12-30", 0),  # one day short of 2 years
        ("2002-12-31", 5),  # 2001-01-01 .. 2002-12-31 inclusive = 2 years
        ("2005-12-30", 5),
        ("2005-12-31", 15),  # 5 years, no senior years
        ("2010-12-31", 15),  # 10 years but no senior years: still the 5-year band
    ],
)
def test_work_year_bands(version: str, end: str, points: int) -> None:
    p = work_profile(job("Acme Widgets", "2001-01-01", end, "CHN", "Engineer"))
    assert part_points(factor(p, version, "work_experience"), "years band") == points


@pytest.mark.parametrize("version", POINTS_VERSIONS)
@pytest.mark.parametrize(
    ("senior_end", "total_end", "points"),
    [
        ("2002-12-30", "2005-12-31", 15),  # 5 years, senior one day short of 2
        ("2002-12-31", "2005-12-31", 30),  # 5 years, 2 senior
        ("2005-12-30", "2010-12-31", 30),  # 10 years, senior one day short of 5
        ("2005-12-31", "2010-12-31", 40),  # 10 years, 5 senior
        ("2005-12-31", "2010-12-30", 30),  # 5 senior but one day short of 10 years
    ],
)
def test_senior_year_bands(version: str, senior_end: str, total_end: str, points: int) -> None:
    senior_role = job("Acme Widgets", "2001-01-01", senior_end, "CHN", "Engineering Manager")
    after = (date.fromisoformat(senior_end) + timedelta(days=1)).isoformat()
    other = job("Acme Widgets", after, total_end, "CHN", "Engineer")
    assert (
        part_points(factor(work_profile(senior_role, other), version, "work_experience"), "years band")
        == points
    )


def test_senior_is_derived_from_title_unless_the_letter_says() -> None:
    five_years = ("2001-01-01", "2005-12-31")
    by_title = factor(
        work_profile(job("Acme", *five_years, "CHN", "Head of Data")), "gpt-points-2023", "work_experience"
    )
    assert part_points(by_title, "years band") == 30
    assert "derived" in by_title.reason
    letter_says_no = work_profile(job("Acme", *five_years, "CHN", "Head of Data", senior=False))
    assert part_points(factor(letter_says_no, "gpt-points-2023", "work_experience"), "years band") == 15
    assistant = work_profile(job("Acme", *five_years, "CHN", "Assistant Manager"))
    assert part_points(factor(assistant, "gpt-points-2023", "work_experience"), "years band") == 15


@pytest.mark.parametrize("version", POINTS_VERSIONS)
def test_overlapping_jobs_are_counted_once(version: str) -> None:
    # 8 years and 5 years that overlap completely: 8 years, not 13.
    p = work_profile(
        job("Acme", "2001-01-01", "2008-12-31", "CHN", "Engineer"),
        job("Side Gig Consulting", "2004-01-01", "2008-12-31", "CHN", "Engineer"),
    )
    result = assess(p, AS_OF)
    work = next(f for f in result.points_versions[version].factors if f.factor == "work_experience")
    assert part_points(work, "years band") == 15
    assert "8.00 graduate-level years" in work.parts[0].reason


@pytest.mark.parametrize("version", POINTS_VERSIONS)
def test_work_before_the_first_degree_is_not_graduate_level(version: str) -> None:
    p = profile(
        identity=identity(),
        qualifications=[degree("bachelor", "Somewhere", "2005-06-30")],
        jobs=[job("Acme", "2001-01-01", "2007-06-29", "CHN", "Engineer")],  # 2 years after the degree
        declared={"application_date": APPLIED},
    )
    assert part_points(factor(p, version, "work_experience"), "years band") == 5


@pytest.mark.parametrize("version", POINTS_VERSIONS)
@pytest.mark.parametrize(
    ("nationality", "country", "end", "bonus"),
    [
        ("CHN", "HKG", "2002-12-31", 15),  # PRC national working in Hong Kong: international
        ("CHN", "MAC", "2002-12-31", 15),
        ("CHN", "TWN", "2002-12-31", 15),
        ("CHN", "HKG", "2002-12-30", 0),  # one day short of 2 years
        ("CHN", "CHN", "2010-12-31", 0),  # at home
        ("GBR", "GBR", "2010-12-31", 0),
        ("GBR", "HKG", "2002-12-31", 15),
        ("D", "DEU", "2010-12-31", 0),  # MRZ code D is Germany
    ],
)
def test_international_years(version: str, nationality: str, country: str, end: str, bonus: int) -> None:
    p = work_profile(job("Acme", "2001-01-01", end, country, "Engineer"), nationality=nationality)
    assert part_points(factor(p, version, "work_experience"), "international work bonus") == bonus


@pytest.mark.parametrize(("end", "bonus"), [("2003-12-30", 0), ("2003-12-31", 20)])
def test_enterprise_bonus_only_in_2023(end: str, bonus: int) -> None:
    p = work_profile(job("HSBC", "2001-01-01", end, "CHN", "Engineer"))
    work = factor(p, "gpt-points-2023", "work_experience")
    assert part_points(work, "multinational / renowned enterprise bonus") == bonus
    for version in ("gpt-points-2015", "gpt-points-2018"):
        names = [part.name for part in factor(p, version, "work_experience").parts]
        assert "multinational / renowned enterprise bonus" not in names


def test_an_employer_not_on_the_list_is_unknown_not_no() -> None:
    p = work_profile(job("Obscure Holdings Ltd", "2001-01-01", "2010-12-31", "CHN", "Engineer"))
    part = next(x for x in factor(p, "gpt-points-2023", "work_experience").parts if "enterprise" in x.name)
    assert (part.status, part.points, part.could_add) == ("unknown", 0, 20)


@pytest.mark.parametrize("version", POINTS_VERSIONS)
@pytest.mark.parametrize(
    ("degrees", "level_points"),
    [
        ([], 0),
        ([("bachelor", "A", "2000-06-30")], 10),
        ([("bachelor", "A", "2000-06-30"), ("bachelor", "B", "2003-06-30")], 20),  # two bachelor's = master's
        ([("master", "A", "2002-06-30")], 20),
        ([("master", "A", "2002-06-30"), ("master", "B", "2004-06-30")], 40),  # two master's = doctorate
        ([("master", "A", "2002-06-30"), ("master", "A", "2002-06-30")], 20),  # certificate + transcript
        ([("master", "A", "2002-06-30"), ("master", "A", None)], 20),  # an undated copy of the same
        ([("doctorate", "A", "2008-06-30")], 40),
    ],
)
def test_academic_levels(version: str, degrees: list[tuple[str, str, str | None]], level_points: int) -> None:
    quals = [degree(level, f"Unlisted College {inst}", when) for level, inst, when in degrees]
    p = profile(identity=identity(), qualifications=quals, declared={"application_date": APPLIED})
    assert part_points(factor(p, version, "academic"), "degree level") == level_points


@pytest.mark.parametrize("version", POINTS_VERSIONS)
@pytest.mark.parametrize(
    ("institution", "status", "bonus"),
    [
        ("UofT", "met", 30),
        ("University of Toronto", "met", 30),
        ("Faculty of Law, University of Toronto", "met", 30),
        ("Massachusets Institute of Technology", "met", 30),  # misspelt: fuzzy match
        ("Oxford Brookes University", "unknown", 0),  # not on the list: unknown, never "no"
        (None, "unknown", 0),
    ],
)
def test_renowned_bonus(version: str, institution: str | None, status: str, bonus: int) -> None:
    p = profile(
        qualifications=[degree("bachelor", institution, "2000-06-30")], declared={"application_date": APPLIED}
    )
    part = next(x for x in factor(p, version, "academic").parts if x.name == "renowned institution bonus")
    assert (part.status, part.points) == (status, bonus)
    if status == "unknown":
        assert part.could_add == 30


@pytest.mark.parametrize("version", POINTS_VERSIONS)
@pytest.mark.parametrize(("children", "points"), [(0, 0), (1, 5), (2, 10), (3, 10)])
def test_children_under_18(version: str, children: int, points: int) -> None:
    p = profile(declared={"application_date": APPLIED, "children_under_18": children})
    assert part_points(factor(p, version, "family"), "children under 18") == points


@pytest.mark.parametrize("version", POINTS_VERSIONS)
def test_family_adds_up_to_its_maximum(version: str) -> None:
    p = profile(
        declared={
            "application_date": APPLIED,
            "children_under_18": 3,
            "marital_status": "married",
            "spouse_education": "bachelor",
            "hk_permanent_resident_relatives": ["sibling"],
        }
    )
    f = factor(p, version, "family")
    assert (f.points, f.max, f.declared) == (20, 20, True)


def test_talent_list_only_from_2018() -> None:
    p = profile(declared={"application_date": APPLIED, "talent_list_profession": "Actuary"})
    result = assess(p, AS_OF)
    assert "talent_list" not in [f.factor for f in result.points_versions["gpt-points-2015"].factors]
    for version in ("gpt-points-2018", "gpt-points-2023"):
        talent = factor(p, version, "talent_list")
        assert (talent.points, talent.declared) == (30, True)


# gpt-criteria-2024 boundaries ------------------------------------------------------------------

CRITERIA_DAY = "2026-10-15"


def criterion(p: Profile, name: str) -> str:
    result = assess(p, AS_OF).criteria_versions["gpt-criteria-2024"]
    return next(c.status for c in result.criteria if c.criterion == name)


@pytest.mark.parametrize(("age", "status"), [(50, "met"), (51, "not_met")])
def test_criteria_age(age: int, status: str) -> None:
    p = profile(
        identity=identity(dob_for_age(age, CRITERIA_DAY)), declared={"application_date": CRITERIA_DAY}
    )
    assert criterion(p, "age") == status


@pytest.mark.parametrize(
    ("name", "employer", "country", "end", "status"),
    [
        ("work_5y_graduate", "Acme", "CHN", "2005-12-30", "not_met"),
        ("work_5y_graduate", "Acme", "CHN", "2005-12-31", "met"),
        ("work_2y_international", "Acme", "HKG", "2002-12-30", "not_met"),
        ("work_2y_international", "Acme", "HKG", "2002-12-31", "met"),
        ("work_3y_renowned_enterprise", "HSBC", "CHN", "2003-12-31", "met"),
        ("work_3y_renowned_enterprise", "Acme", "CHN", "2003-12-31", "unknown"),  # not listed: unknown
        ("work_3y_renowned_enterprise", "HSBC", "CHN", "2003-12-30", "not_met"),  # at most 2.99 years
        ("work_3y_priority_sector", "Acme Software Ltd", "CHN", "2003-12-31", "met"),
        ("work_3y_priority_sector", "Acme Bakery", "CHN", "2003-12-31", "unknown"),
    ],
)
def test_criteria_work(name: str, employer: str, country: str, end: str, status: str) -> None:
    p = profile(
        identity=identity(nationality="CHN"),
        qualifications=[FIRST_DEGREE],
        jobs=[job(employer, "2001-01-01", end, country, "Engineer")],
        declared={"application_date": CRITERIA_DAY},
    )
    assert criterion(p, name) == status


@pytest.mark.parametrize(("income", "status"), [(None, "unknown"), (999_999, "not_met"), (1_000_000, "met")])
def test_criteria_income(income: float | None, status: str) -> None:
    p = profile(declared={"application_date": CRITERIA_DAY, "annual_income_hkd": income})
    assert criterion(p, "income_1m") == status


@pytest.mark.parametrize(
    ("level", "institution", "field", "eligible", "stem"),
    [
        ("master", "HKUST", "Computer Science", "met", "met"),
        ("master", "HKUST", "Marketing", "met", "not_met"),
        ("master", "Unlisted College", "Physics", "unknown", "unknown"),
        ("doctorate", "ETH Zürich", "Mechanical Engineering", "met", "met"),
        ("bachelor", "HKUST", "Physics", "not_met", "not_met"),
        ("master", "HKUST", "Art History and Curating", "met", "not_met"),
        ("master", "HKUST", "Quantitative Studies", "met", "unknown"),
    ],
)
def test_criteria_degree(level: str, institution: str, field: str, eligible: str, stem: str) -> None:
    p = profile(
        qualifications=[degree(level, institution, "2014-06-30", field)],
        declared={"application_date": CRITERIA_DAY},
    )
    assert (criterion(p, "eligible_university_degree"), criterion(p, "stem_degree")) == (eligible, stem)


def test_merging_copies_of_a_degree_keeps_what_either_says() -> None:
    # Found by hypothesis: an undated HKUST master's folded into a dated master's with no institution read.
    p = profile(
        qualifications=[degree("master", "HKUST", None), degree("master", None, "2000-01-01")],
        declared={"application_date": APPLIED},
    )
    academic = factor(p, "gpt-points-2015", "academic")
    assert (academic.points, part_points(academic, "degree level")) == (50, 20)
