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

    def finding(self, fact: Fact, code: str, severity: Severity, message: str, invalid: str | None) -> None:
        """A flag on the fact; `invalid` also says why its file does not satisfy the checklist."""
        if invalid is not None:
            self.not_valid[fact.file] = invalid
        self.flags.append(
            Flag(code=code, severity=severity, file=fact.file, field=fact.field, message=message)
        )


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
        unsure = _unsure(fact)
        if fact.field == "passport.expiry_date" and when is not None:
            if when < as_of:
                validity.finding(
                    fact,
                    "PASSPORT_EXPIRED",
                    Severity.blocker,
                    f"the passport expired on {when}, before {as_of}{unsure}",
                    invalid=f"passport expired on {when}",
                )
            elif when < as_of + timedelta(days=rules.passport_warn_within_days):
                validity.finding(
                    fact,
                    "PASSPORT_EXPIRING_SOON",
                    Severity.warning,
                    f"the passport expires on {when}, within {rules.passport_warn_within_days} days{unsure}",
                    invalid=None,
                )
        elif fact.field.split(".")[0] in LANGUAGE_TESTS and fact.field.endswith(".test_date") and when:
            if when < _add_years(reference, -rules.language_test_max_age_years):
                validity.finding(
                    fact,
                    "LANGUAGE_TEST_STALE",
                    Severity.warning,
                    f"the test was taken on {when}, more than "
                    f"{rules.language_test_max_age_years} years before {reference}{unsure}",
                    invalid=f"test taken {when}, more than two years before",
                )
        elif fact.field == "bank_statement.statement_end" and when is not None:
            if when < as_of - timedelta(days=rules.statement_max_age_days):
                validity.finding(
                    fact,
                    "STATEMENT_STALE",
                    Severity.warning,
                    f"the statement ends on {when}, more than "
                    f"{rules.statement_max_age_days} days before {as_of}{unsure}",
                    invalid=f"statement ends {when}, older than allowed",
                )
        elif fact.field == "bank_statement.adds_up" and fact.value is False:
            validity.finding(
                fact,
                "STATEMENT_DOES_NOT_ADD_UP",
                Severity.warning,
                "opening balance plus deposits minus withdrawals is not the closing balance"
                + (f": {fact.note}" if fact.note else ""),
                invalid="statement does not add up",
            )
    return validity
