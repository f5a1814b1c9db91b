from datetime import date

from core.profile import evidence_ref
from tests.factories import fact, ielts
from validators.profile_builder import build_profile, parse_fact_date


def test_the_profile_takes_accepted_facts_with_their_evidence_and_ignores_unsure_ones() -> None:
    facts = [
        fact("p.jpg", "passport.surname", "ZHANG"),
        fact("p.jpg", "passport.date_of_birth", "1990-05-03"),
        fact("p.jpg", "passport.nationality", "CHN", confidence=0.5, status="needs_review"),
        *ielts(),
        fact("d.pdf", "degree.level", "master"),
        fact("d.pdf", "degree.institution", "Tsinghua University"),
        fact("r.pdf", "reference_letter.start_date", "2019-03"),
        fact("r.pdf", "reference_letter.senior_role", True),
    ]
    profile, _ = build_profile(facts, None)
    assert profile.identity.surname == "ZHANG"
    assert profile.identity.date_of_birth == date(1990, 5, 3)
    assert profile.identity.nationality is None  # not confirmed, so not evidence
    assert evidence_ref("p.jpg", "passport.surname") in profile.identity.evidence
    assert profile.languages[0].overall == 7.0 and profile.languages[0].language == "english"
    assert profile.qualifications[0].level == "master"
    assert profile.jobs[0].start_date == date(2019, 3, 1) and profile.jobs[0].senior_role is True


def test_two_passports_that_disagree_keep_the_more_confident_and_record_the_conflict() -> None:
    facts = [
        fact("a.jpg", "passport.surname", "CHEN", confidence=0.99),
        fact("b.jpg", "passport.surname", "CHAN", confidence=0.85),
    ]
    profile, flags = build_profile(facts, None)
    assert profile.identity.surname == "CHEN"
    assert len(profile.conflicts) == 1 and "CHAN" in profile.conflicts[0]
    assert [f.code for f in flags] == ["FACTS_CONFLICT"]


def test_declared_claims_stay_apart_and_unevidenced_ones_are_flagged() -> None:
    application = {
        "application_date": "2026-10-15",
        "marital_status": "married",
        "spouse_education": "master",
        "children_under_18": 2,
        "hk_permanent_resident_relatives": [],
        "talent_list_profession": None,
    }
    profile, flags = build_profile([], application)
    assert profile.declared.children_under_18 == 2
    assert {f.field for f in flags if f.code == "DECLARED_UNEVIDENCED"} == {
        "spouse_education",
        "children_under_18",
    }


def test_a_declaration_with_bad_values_keeps_the_good_ones_and_says_which_were_ignored() -> None:
    profile, flags = build_profile([], {"marital_status": "complicated", "children_under_18": 1})
    assert profile.declared.children_under_18 == 1 and profile.declared.marital_status is None
    assert any(f.code == "APPLICATION_INVALID" and "marital_status" in f.message for f in flags)


def test_month_precision_dates_start_and_end_on_the_month_edges() -> None:
    assert parse_fact_date("2019-02") == date(2019, 2, 1)
    assert parse_fact_date("2019-02", end_of_period=True) == date(2019, 2, 28)
    assert parse_fact_date("not a date") is None
