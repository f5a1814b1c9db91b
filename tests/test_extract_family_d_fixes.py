"""Focused tests for the behaviours added after issuer family D (invented issuers, not the D pages)."""

from __future__ import annotations

from core.models import FactStatus
from extractors.academic import extract_degree, extract_transcript
from extractors.bank_statement import extract_bank_statement
from extractors.dates import find_dates, rewrite_dates
from tests.test_extract_toolkit import doc, make_page


def _facts(extract, rows) -> dict:
    return {f.field.split(".", 1)[1]: f for f in extract(doc(make_page(rows)))}


def test_rewrite_dates_keeps_positions() -> None:
    text = "born 1988/3/07 and 2020.11.30"
    out = rewrite_dates(text)
    assert len(out) == len(text)
    assert [d.value for d in find_dates(out)] == ["1988-03-07", "2020-11-30"]
    assert rewrite_dates("14.03.1988") == "14.03.1988"  # day-first dates are left alone


def test_abbreviation_after_title_is_not_part_of_it() -> None:
    facts = _facts(
        extract_degree,
        ["NORTHVALE UNIVERSITY", "has been awarded the degree of", "Master of Arts MA in History"],
    )
    assert facts["title"].value == "Master of Arts"
    assert facts["field"].value == "History"


def test_institution_name_running_past_its_keyword_goes_to_review() -> None:
    facts = _facts(extract_degree, [[(100, "ÉCOLE NATIONALE SUPÉRIEURE DE LYON")], "Bachelor of Arts"])
    inst = facts["institution"]
    assert inst.value == "École Nationale Supérieure de Lyon"
    assert inst.status == FactStatus.needs_review


def test_office_word_after_institution_is_cut() -> None:
    rows = [[(100, "Lakeside University Graduate School")], [(40, "Student"), (160, "SMITH, Anna Maria")]]
    inst = _facts(extract_transcript, rows)["institution"]
    assert inst.value == "Lakeside University"


def test_name_under_upon_and_date_before_conferred() -> None:
    rows = [
        "THE UNIVERSITY OF NORTHVALE",
        "on the 3rd day of July 2015",
        "conferred the degree of",
        "Bachelor of Laws",
        "upon",
        "Aiko Tanaka",
    ]
    facts = _facts(extract_degree, rows)
    assert facts["holder_name"].value == "Aiko Tanaka"
    assert facts["award_date"].value == "2015-07-03"


def test_split_surname_and_given_name_rows() -> None:
    rows = [
        [(100, "TECHNISCHE UNIVERSITÄT NORDHEIM")],
        [(40, "Surname:"), (220, "WEBER")],
        [(40, "Given names:"), (220, "Jonas Paul")],
        "Master of Science",
    ]
    name = _facts(extract_degree, rows)["holder_name"].value
    assert sorted(name.split()) == ["Jonas", "Paul", "WEBER"]


def test_title_in_a_cell_beside_another_label() -> None:
    rows = [[(40, "Degree Awarded: Bachelor of Science"), (350, "Award Date: 06/30/2020")]]
    assert _facts(extract_transcript, rows)["level"].value == "bachelor"


def test_currency_named_with_code_and_bilingual_period() -> None:
    rows = [
        [(40, "Banque Exemple")],
        [(40, "Montants en euros (EUR)")],
        [(40, "Du / From 01.03.2026 au / to 31.03.2026")],
    ]
    facts = _facts(extract_bank_statement, rows)
    assert facts["currency"].value == "EUR"
    assert (facts["statement_start"].value, facts["statement_end"].value) == ("2026-03-01", "2026-03-31")


def test_foreign_title_before_holder_is_dropped() -> None:
    rows = [[(40, "Titulaire / Holder:"), (180, "Mme Claire Dubois")]]
    assert _facts(extract_bank_statement, rows)["holder_name"].value == "Claire Dubois"
