"""Validity of the documents on the as-of date: expired passports, stale tests, old statements."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from core.models import Fact, FactStatus, Flag, Severity
from validators.profile_builder import parse_fact_date
from validators.rules import load_rules

LANGUAGE_TESTS = ("ielts", "toefl", "hsk", "psc")


@dataclass
class Validity:
    """Files that are present but do not satisfy their checklist item, with the reason."""

    not_valid: dict[str, str] = field(default_factory=dict)
    flags: list[Flag] = field(default_factory=list)


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _unsure(fact: Fact) -> str:
    return "" if fact.status == FactStatus.accepted else " (value not yet confirmed)"


def check_validity(facts: list[Fact], as_of: date, application_date: date | None) -> Validity:
    rules = load_rules()
    reference = application_date or as_of
    validity = Validity()
    for fact in facts:
        if fact.status == FactStatus.rejected:
            continue
        when = parse_fact_date(fact.value)
        if fact.field == "passport.expiry_date" and when is not None:
            if when < as_of:
                validity.not_valid[fact.file] = f"passport expired on {when.isoformat()}"
                validity.flags.append(
                    Flag(
                        code="PASSPORT_EXPIRED",
                        severity=Severity.blocker,
                        file=fact.file,
                        field=fact.field,
                        message=f"the passport expired on {when.isoformat()}, "
                        f"before {as_of.isoformat()}{_unsure(fact)}",
                    )
                )
            elif when < as_of + timedelta(days=rules.passport_warn_within_days):
                validity.flags.append(
                    Flag(
                        code="PASSPORT_EXPIRING_SOON",
                        severity=Severity.warning,
                        file=fact.file,
                        field=fact.field,
                        message=f"the passport expires on {when.isoformat()}, within "
                        f"{rules.passport_warn_within_days} days{_unsure(fact)}",
                    )
                )
        elif (
            fact.field.split(".")[0] in LANGUAGE_TESTS
            and fact.field.endswith(".test_date")
            and when is not None
        ):
            oldest = _add_years(reference, -rules.language_test_max_age_years)
            if when < oldest:
                validity.not_valid[fact.file] = f"test taken {when.isoformat()}, more than two years before"
                validity.flags.append(
                    Flag(
                        code="LANGUAGE_TEST_STALE",
                        severity=Severity.warning,
                        file=fact.file,
                        field=fact.field,
                        message=f"the test was taken on {when.isoformat()}, more than "
                        f"{rules.language_test_max_age_years} years before "
                        f"{reference.isoformat()}{_unsure(fact)}",
                    )
                )
        elif fact.field == "bank_statement.statement_end" and when is not None:
            if when < as_of - timedelta(days=rules.statement_max_age_days):
                validity.not_valid[fact.file] = f"statement ends {when.isoformat()}, older than allowed"
                validity.flags.append(
                    Flag(
                        code="STATEMENT_STALE",
                        severity=Severity.warning,
                        file=fact.file,
                        field=fact.field,
                        message=f"the statement ends on {when.isoformat()}, more than "
                        f"{rules.statement_max_age_days} days before {as_of.isoformat()}{_unsure(fact)}",
                    )
                )
        elif fact.field == "bank_statement.adds_up" and fact.value is False:
            validity.not_valid[fact.file] = "statement does not add up"
            validity.flags.append(
                Flag(
                    code="STATEMENT_DOES_NOT_ADD_UP",
                    severity=Severity.warning,
                    file=fact.file,
                    field=fact.field,
                    message="opening balance plus deposits minus withdrawals is not the closing balance"
                    + (f": {fact.note}" if fact.note else ""),
                )
            )
    return validity
