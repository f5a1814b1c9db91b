"""Names and birth dates on every document against the passport."""

from __future__ import annotations

from core.models import Fact, FactStatus
from extractors.identity import identity_flags


def fact(file: str, field: str, value: str, status: FactStatus = FactStatus.accepted) -> Fact:
    return Fact(file=file, field=field, value=value, confidence=0.95, status=status, method="test")


PASSPORT = [
    fact("passport.jpg", "passport.surname", "MUELLER"),
    fact("passport.jpg", "passport.given_names", "JUERGEN MICHAEL"),
    fact("passport.jpg", "passport.date_of_birth", "1987-04-18"),
]


def test_transliterated_names_match() -> None:
    facts = [
        *PASSPORT,
        fact("toefl.pdf", "toefl.candidate_name", "JÜRGEN MICHAEL MÜLLER"),
        fact("letter.pdf", "reference_letter.employee_name", "Jürgen Müller"),
        fact("toefl.pdf", "toefl.date_of_birth", "1987-04-18"),
    ]
    assert identity_flags(facts) == []


def test_another_persons_degree_is_flagged_naming_both_files() -> None:
    facts = [*PASSPORT, fact("degree.jpg", "degree.holder_name", "Ngozi Amaka Eze")]
    flags = identity_flags(facts)
    assert [f.code for f in flags] == ["IDENTITY_NAME_MISMATCH"]
    assert "degree.jpg" in flags[0].message and "passport.jpg" in flags[0].message
    assert flags[0].severity == "warning"


def test_birth_date_mismatch() -> None:
    facts = [*PASSPORT, fact("ielts.pdf", "ielts.date_of_birth", "1987-04-19")]
    flags = identity_flags(facts)
    assert [f.code for f in flags] == ["IDENTITY_DOB_MISMATCH"]
    assert "ielts.pdf" in flags[0].message and "passport.jpg" in flags[0].message


def test_no_passport_no_flags_and_chinese_names_skipped() -> None:
    assert identity_flags([fact("degree.jpg", "degree.holder_name", "Someone Else")]) == []
    facts = [*PASSPORT, fact("id.jpg", "prc_id_card.name", "张伟")]
    assert identity_flags(facts) == []


def test_a_misread_name_still_under_review_is_not_called_another_person() -> None:
    facts = [
        *PASSPORT,
        fact("d.pdf", "degree.holder_name", "Jurgen Michael Miiller", FactStatus.needs_review),
    ]
    assert identity_flags(facts) == []


def test_an_unconfirmed_passport_name_borne_out_by_another_document_is_the_yardstick() -> None:
    facts = [
        fact("p.jpg", "passport.surname", "ADEBAYO", FactStatus.needs_review),
        fact("p.jpg", "passport.given_names", "OLUWASEUN CHINEDU", FactStatus.needs_review),
        fact("trf.pdf", "ielts.candidate_name", "OLUWASEUN CHINEDU ADEBAYO"),
        fact("degree.jpg", "degree.holder_name", "NGOZI AMAKA EZE"),
    ]
    assert [(f.code, f.file) for f in identity_flags(facts)] == [("IDENTITY_NAME_MISMATCH", "degree.jpg")]


def test_unconfirmed_passport_name_is_not_the_yardstick() -> None:
    passport = [
        fact("p.jpg", "passport.surname", "RAGHAVANK", FactStatus.needs_review),
        fact("p.jpg", "passport.given_names", "PRIVAKKKK", FactStatus.needs_review),
    ]
    assert identity_flags([*passport, fact("t.pdf", "toefl.candidate_name", "RAGHAVAN, PRIYA")]) == []
