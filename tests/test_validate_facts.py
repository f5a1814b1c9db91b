"""Validation turns every bad value into a flag that names the file, field and value, and never raises."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from core.models import Fact, FactStatus
from tests.factories import fact, ielts
from validators.schemas import field_types, ielts_overall
from validators.validate_facts import validate_facts


def codes(facts: list[Fact]) -> list[tuple[str, str | None, str | None]]:
    return [(f.code, f.file, f.field) for f in validate_facts(facts).flags]


def test_good_facts_pass_without_flags() -> None:
    facts = [
        *ielts(),
        fact("p.jpg", "passport.nationality", "CHN"),
        fact("p.jpg", "passport.sex", "F"),
        fact("b.pdf", "bank_statement.currency", "HKD"),
        fact("b.pdf", "bank_statement.closing_balance", 1e6),
    ]
    result = validate_facts(facts)
    assert result.flags == []
    assert all(f.status is FactStatus.accepted for f in result.facts)


def test_an_out_of_range_band_is_flagged_with_its_value_and_no_longer_accepted() -> None:
    result = validate_facts([fact("trf.pdf", "ielts.listening", 9.5)])
    assert [(f.code, f.file, f.field) for f in result.flags] == [
        ("FACT_INVALID", "trf.pdf", "ielts.listening")
    ]
    assert "9.5" in result.flags[0].message
    assert result.facts[0].status is FactStatus.needs_review


def test_types_codes_and_dates_are_checked() -> None:
    facts = [
        fact("t.pdf", "toefl.total", 121),
        fact("t.pdf", "toefl.reading", "twenty"),
        fact("h.jpg", "hsk.level", 10),
        fact("p.jpg", "passport.nationality", "XYZ"),
        fact("p.jpg", "passport.date_of_birth", "1988-02-30"),
        fact("b.pdf", "bank_statement.currency", "HKX"),
        fact("psc.png", "psc.grade", "四级甲等"),
    ]
    assert {(c, f) for c, _, f in codes(facts)} == {("FACT_INVALID", x.field) for x in facts}


def test_icao_codes_and_the_toefl_band_scale_are_valid() -> None:
    facts = [
        fact("p.jpg", "passport.nationality", "D"),
        fact("p.jpg", "passport.issuing_country", "UTO"),
        fact("t.pdf", "toefl.total", 4.5),
        fact("t.pdf", "toefl.scale", "1-6"),
    ]
    assert codes(facts) == []


def test_a_field_no_document_kind_has_is_flagged_as_unknown() -> None:
    assert codes([fact("x.pdf", "ielts.favourite_colour", "blue")]) == [
        ("FACT_UNKNOWN_FIELD", "x.pdf", "ielts.favourite_colour")
    ]


def test_an_overall_band_that_is_not_the_rounded_mean_flags_the_document() -> None:
    result = validate_facts(ielts(overall=7.5, bands=(8.0, 7.0, 6.0, 6.5)))
    assert [(f.code, f.file) for f in result.flags] == [("FACTS_INCONSISTENT", "trf.pdf")]
    assert all(f.status is FactStatus.needs_review for f in result.facts)


def test_ielts_rounding_takes_quarters_upward() -> None:
    assert ielts_overall(6.5, 6.5, 5.0, 7.0) == 6.5  # mean 6.25
    assert ielts_overall(6.5, 6.5, 6.0, 7.0) == 6.5  # mean 6.5
    assert ielts_overall(7.0, 7.0, 6.0, 7.0) == 7.0  # mean 6.75
    assert ielts_overall(6.0, 6.0, 6.0, 6.5) == 6.0  # mean 6.125


def test_a_toefl_total_that_is_not_the_sum_is_inconsistent() -> None:
    facts = [
        fact("t.pdf", f"toefl.{n}", v)
        for n, v in [("reading", 25), ("listening", 24), ("speaking", 22), ("writing", 23), ("total", 95)]
    ]
    assert codes(facts) == [("FACTS_INCONSISTENT", "t.pdf", None)]


def test_a_statement_period_running_backwards_is_inconsistent() -> None:
    facts = [
        fact("b.pdf", "bank_statement.statement_start", "2026-09-30"),
        fact("b.pdf", "bank_statement.statement_end", "2026-09-01"),
    ]
    assert codes(facts) == [("FACTS_INCONSISTENT", "b.pdf", None)]


json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=30),
    st.dates().map(date.isoformat),
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from([*field_types(), "junk", "ielts.", ".x"]), json_scalars, st.floats(0, 1)),
        max_size=25,
    )
)
def test_random_facts_never_raise_and_every_invalid_value_becomes_a_flag(rows: list) -> None:
    facts = [
        fact(f"f{i % 3}.pdf", field, value, confidence) for i, (field, value, confidence) in enumerate(rows)
    ]
    result = validate_facts(facts)
    assert len(result.facts) == len(facts)
    flagged = {(f.file, f.field) for f in result.flags}
    from validators.value_checks import value_is_valid

    for f in facts:
        value_type = field_types().get(f.field)
        if value_type is None or (f.value is not None and not value_is_valid(value_type, f.value)):
            assert (f.file, f.field) in flagged
