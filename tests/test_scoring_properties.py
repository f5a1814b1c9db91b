"""Properties over random profiles: scoring never raises, never exceeds a maximum, and adding evidence never
lowers a score (points in every version, criteria met in every criteria version)."""

from __future__ import annotations

import json
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.profile import Declared, Identity, Job, LanguageResult, Profile, Qualification
from scoring import assess, prerequisites

AS_OF = date(2026, 11, 1)
DATES = st.dates(min_value=date(1940, 1, 1), max_value=date(2030, 12, 31))
MAYBE_DATE = st.none() | DATES
COUNTRIES = st.sampled_from(
    ["CHN", "HKG", "MAC", "TWN", "GBR", "IND", "NGA", "USA", "D", "AFG", "VNM", "", "??"]
)
INSTITUTIONS = (
    st.sampled_from(
        [
            "HKUST",
            "UofT",
            "University of Lagos",
            "Oxford Brookes University",
            "清华大学",
            "",
            "Univ. of Toronto",
        ]
    )
    | st.none()
    | st.text(max_size=30)
)
EMPLOYERS = (
    st.sampled_from(["HSBC", "Acme Software", "Access Bank Plc", "Obscure Ltd", "Tencent"])
    | st.none()
    | st.text(max_size=20)
)
POSITIONS = (
    st.sampled_from(["Engineer", "Vice President", "Assistant Manager", "主管", "Analyst"])
    | st.none()
    | st.text(max_size=20)
)

qualifications = st.builds(
    Qualification,
    level=st.none() | st.sampled_from(["bachelor", "master", "doctorate"]),
    institution=INSTITUTIONS,
    field=st.none() | st.sampled_from(["Computer Science", "Law", "Quantitative Studies", "物理"]),
    award_date=MAYBE_DATE,
    evidence=st.just(["degree.pdf#degree.level"]),
)
jobs = st.builds(
    Job,
    employer=EMPLOYERS,
    position=POSITIONS,
    start_date=MAYBE_DATE,
    end_date=MAYBE_DATE,
    country=st.none() | COUNTRIES,
    senior_role=st.none() | st.booleans(),
    evidence=st.just(["ref.pdf#reference_letter.position"]),
)
languages = st.one_of(
    st.builds(
        LanguageResult,
        test=st.just("ielts"),
        language=st.just("english"),
        test_date=MAYBE_DATE,
        overall=st.none() | st.floats(0, 9),
    ),
    st.builds(
        LanguageResult,
        test=st.just("toefl"),
        language=st.just("english"),
        test_date=MAYBE_DATE,
        overall=st.none() | st.floats(0, 120),
        scale=st.none() | st.sampled_from(["0-120", "1-6", "?"]),
    ),
    st.builds(
        LanguageResult,
        test=st.just("hsk"),
        language=st.just("chinese"),
        test_date=MAYBE_DATE,
        level=st.none() | st.integers(1, 9),
    ),
    st.builds(
        LanguageResult,
        test=st.just("psc"),
        language=st.just("chinese"),
        test_date=MAYBE_DATE,
        grade=st.none() | st.sampled_from(["二级乙等", "一级甲等", "三级乙等", "2A", "junk"]),
    ),
)
declared = st.builds(
    Declared,
    application_date=st.none() | st.dates(min_value=date(2010, 1, 1), max_value=date(2030, 12, 31)),
    marital_status=st.none() | st.sampled_from(["single", "married", "divorced", "widowed"]),
    spouse_education=st.none() | st.sampled_from(["none", "bachelor", "master", "doctorate"]),
    children_under_18=st.none() | st.integers(0, 20),
    hk_permanent_resident_relatives=st.lists(st.sampled_from(["sibling", "parent"]), max_size=2),
    talent_list_profession=st.none() | st.sampled_from(["Actuary", "Chef", "data scientist"]),
    awards=st.lists(st.text(max_size=10), max_size=2),
    criminal_record=st.none() | st.booleans(),
    annual_income_hkd=st.none() | st.floats(0, 1e8),
    business_profit_hkd=st.none() | st.floats(0, 1e8),
    owns_listed_company=st.none() | st.booleans(),
)
profiles = st.builds(
    Profile,
    identity=st.builds(
        Identity,
        date_of_birth=MAYBE_DATE,
        nationality=st.none() | COUNTRIES,
        evidence=st.just(["passport.jpg#passport.date_of_birth"]),
    ),
    qualifications=st.lists(qualifications, max_size=3),
    languages=st.lists(languages, max_size=3),
    jobs=st.lists(jobs, max_size=4),
    declared=declared,
)

SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(
    profiles,
    st.sampled_from([None, "gpt-points-2015", "gpt-points-2018", "gpt-points-2023", "gpt-criteria-2024"]),
)
def test_assessment_never_raises_and_stays_within_bounds(p: Profile, ruleset: str | None) -> None:
    a = assess(p, AS_OF, ruleset)
    for version in a.points_versions.values():
        assert 0 <= version.total <= version.max
        assert version.total <= version.max_reachable <= version.max
        assert sum(f.max for f in version.factors) == version.max
        for f in version.factors:
            assert 0 <= f.points <= f.max
            assert 0 <= f.could_add <= f.max - f.points
    for version in a.criteria_versions.values():
        assert 0 <= version.met <= len(version.criteria)
        assert version.passed == (version.met >= version.required)
    json.dumps(a.to_contract(), ensure_ascii=False)
    prerequisites(p, AS_OF)


def _add_one(p: Profile, what: str, data: st.DataObject) -> Profile:
    """``p`` with one more piece of evidence (a document, or a declared answer where there was none)."""
    q = p.model_copy(deep=True)
    if what == "qualification":
        q.qualifications.append(data.draw(qualifications))
    elif what == "job":
        q.jobs.append(data.draw(jobs))
    elif what == "language":
        q.languages.append(data.draw(languages))
    elif what == "dob" and q.identity.date_of_birth is None:
        q.identity.date_of_birth = data.draw(DATES)
    elif what == "nationality" and q.identity.nationality is None:
        q.identity.nationality = data.draw(COUNTRIES)
    elif what == "declared":
        fresh = data.draw(declared)
        for field in (
            "marital_status",
            "spouse_education",
            "children_under_18",
            "talent_list_profession",
            "annual_income_hkd",
            "business_profit_hkd",
            "owns_listed_company",
        ):
            if getattr(q.declared, field) is None:
                setattr(q.declared, field, getattr(fresh, field))
        if not q.declared.hk_permanent_resident_relatives:
            q.declared.hk_permanent_resident_relatives = fresh.hk_permanent_resident_relatives
    return q


@SETTINGS
@given(
    profiles,
    st.sampled_from(["qualification", "job", "language", "dob", "nationality", "declared"]),
    st.data(),
)
def test_adding_evidence_never_lowers_a_score(p: Profile, what: str, data: st.DataObject) -> None:
    before = assess(p, AS_OF)
    after = assess(_add_one(p, what, data), AS_OF)
    for name, version in before.points_versions.items():
        assert after.points_versions[name].total >= version.total, (name, what)
    for name, version in before.criteria_versions.items():
        assert after.criteria_versions[name].met >= version.met, (name, what)
