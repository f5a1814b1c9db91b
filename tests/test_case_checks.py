"""Each planted problem raises its flag, and the checklist says missing only when nothing is there."""

from __future__ import annotations

from datetime import date

from tests.factories import document, fact, ielts
from validators.case_checks import check_validity
from validators.checklist import evaluate_checklist

AS_OF = date(2026, 11, 1)


def flag_codes(facts, application_date=None) -> set[str]:
    return {f.code for f in check_validity(facts, AS_OF, application_date).flags}


def test_an_expired_passport_is_a_blocker_and_does_not_satisfy_the_checklist() -> None:
    facts = [fact("p.jpg", "passport.expiry_date", "2026-09-14")]
    validity = check_validity(facts, AS_OF, None)
    assert [(f.code, f.severity.value) for f in validity.flags] == [("PASSPORT_EXPIRED", "blocker")]
    items, _ = evaluate_checklist([document("p.jpg", "passport")], validity.not_valid)
    passport = next(i for i in items if i.item == "passport")
    assert passport.status == "needs_review" and "expired" in passport.reason


def test_a_passport_valid_on_the_as_of_date_is_fine_and_one_expiring_soon_is_a_warning() -> None:
    assert flag_codes([fact("p.jpg", "passport.expiry_date", "2031-01-01")]) == set()
    assert flag_codes([fact("p.jpg", "passport.expiry_date", "2027-01-01")]) == {"PASSPORT_EXPIRING_SOON"}


def test_a_language_test_older_than_two_years_before_the_application_is_stale() -> None:
    assert flag_codes(ielts(test_date="2024-06-22"), application_date=date(2026, 10, 15)) == {
        "LANGUAGE_TEST_STALE"
    }
    assert flag_codes(ielts(test_date="2024-10-16"), application_date=date(2026, 10, 15)) == set()


def test_an_old_bank_statement_is_stale() -> None:
    assert flag_codes([fact("b.pdf", "bank_statement.statement_end", "2026-05-31")]) == {"STATEMENT_STALE"}
    assert flag_codes([fact("b.pdf", "bank_statement.statement_end", "2026-09-30")]) == set()


def test_a_statement_that_does_not_add_up_is_flagged() -> None:
    assert flag_codes([fact("b.pdf", "bank_statement.adds_up", False)]) == {"STATEMENT_DOES_NOT_ADD_UP"}


def test_missing_means_no_document_of_that_kind_at_all() -> None:
    documents = [
        document("p.jpg", "passport"),
        document("trf.pdf", "ielts", "needs_review"),
        document("locked.pdf", "unknown", "encrypted"),
        document("copy.jpg", "degree", "duplicate"),
    ]
    items, flags = evaluate_checklist(documents)
    status = {i.item: i.status for i in items}
    assert status == {
        "passport": "satisfied",
        "language_proof": "needs_review",
        "academic_proof": "missing",
        "financial_proof": "missing",
        "work_experience_proof": "missing",
    }
    assert {f.code for f in flags} == {
        "ACADEMIC_PROOF_MISSING",
        "FINANCIAL_PROOF_MISSING",
        "WORK_EXPERIENCE_PROOF_MISSING",
    }
