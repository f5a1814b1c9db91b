"""Validate a case's facts lazily and turn every failure into a flag; never raise on bad facts."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import pandera.pandas as pa

from core.models import Fact, FactStatus, Flag, Severity
from validators.schemas import WIDE_SCHEMAS, FactsTable, field_types


@dataclass
class ValidationResult:
    facts: list[Fact]  # invalid values are no longer `accepted`
    flags: list[Flag]


def facts_frame(facts: list[Fact]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "file": [f.file for f in facts],
            "field": [f.field for f in facts],
            "confidence": [f.confidence for f in facts],
            "status": [f.status.value for f in facts],
            "page": pd.array([f.page for f in facts], dtype="Int64"),
            "method": [f.method for f in facts],
            "value": pd.Series([f.value for f in facts], dtype=object),
        }
    )


def _failures(schema: type[pa.DataFrameModel], frame: pd.DataFrame) -> pd.DataFrame:
    try:
        schema.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as errors:
        return errors.failure_cases
    return pd.DataFrame(columns=["column", "check", "failure_case", "index"])


def _long_table_flags(facts: list[Fact], frame: pd.DataFrame) -> tuple[set[int], list[Flag]]:
    bad_rows: set[int] = set()
    flags: list[Flag] = []
    seen: set[tuple[object, str]] = set()
    for failure in _failures(FactsTable, frame).itertuples(index=False):
        index = failure.index
        # A table-wide check reports one row per column it looked at; one flag per fact and check.
        key = (index, str(failure.check))
        if key in seen:
            continue
        seen.add(key)
        if index is None or pd.isna(index):
            # A whole-table failure (a missing column) means the facts themselves are malformed.
            flags.append(
                Flag(
                    code="FACTS_MALFORMED",
                    severity=Severity.warning,
                    message=f"the table of facts fails '{failure.check}'",
                )
            )
            continue
        fact = facts[int(index)]
        bad_rows.add(int(index))
        if failure.column == "field" and str(failure.check).startswith("isin"):
            code, message = "FACT_UNKNOWN_FIELD", f"{fact.field} is not a field the pipeline knows"
        else:
            code, message = "FACT_INVALID", f"{fact.field} = {fact.value!r} fails the check '{failure.check}'"
        flags.append(
            Flag(code=code, severity=Severity.warning, file=fact.file, field=fact.field, message=message)
        )
    return bad_rows, flags


def _wide_tables(facts: list[Fact], skip: set[int]) -> dict[str, pd.DataFrame]:
    rows: dict[str, dict[str, dict[str, object]]] = {}
    for index, fact in enumerate(facts):
        if index in skip or "." not in fact.field:
            continue
        doc_type, name = fact.field.split(".", 1)
        rows.setdefault(doc_type, {}).setdefault(fact.file, {})[name] = fact.value
    return {
        doc_type: pd.DataFrame.from_dict(by_file, orient="index").astype(object)
        for doc_type, by_file in rows.items()
    }


def _wide_table_flags(facts: list[Fact], skip: set[int]) -> tuple[set[tuple[str, str]], list[Flag]]:
    inconsistent: set[tuple[str, str]] = set()
    flags: list[Flag] = []
    for doc_type, table in _wide_tables(facts, skip).items():
        schema = WIDE_SCHEMAS.get(doc_type)
        if schema is None:
            continue
        seen: set[tuple[str, str]] = set()
        for failure in _failures(schema, table).itertuples(index=False):
            if failure.index is None or pd.isna(failure.index):
                continue
            file = str(failure.index)
            if (file, str(failure.check)) in seen:
                continue
            seen.add((file, str(failure.check)))
            inconsistent.add((doc_type, file))
            flags.append(
                Flag(
                    code="FACTS_INCONSISTENT",
                    severity=Severity.warning,
                    file=file,
                    message=f"{doc_type}: '{failure.check}' does not hold",
                )
            )
    return inconsistent, flags


def validate_facts(facts: list[Fact]) -> ValidationResult:
    if not facts:
        return ValidationResult([], [])
    frame = facts_frame(facts)
    bad_rows, flags = _long_table_flags(facts, frame)
    inconsistent, wide_flags = _wide_table_flags(facts, bad_rows)
    flags += wide_flags
    checked: list[Fact] = []
    for index, fact in enumerate(facts):
        doc_type = fact.field.split(".", 1)[0]
        if fact.status == FactStatus.accepted and (
            index in bad_rows or (doc_type, fact.file) in inconsistent
        ):
            fact = fact.model_copy(
                update={
                    "status": FactStatus.needs_review,
                    "note": "; ".join(filter(None, [fact.note, "failed validation"])),
                }
            )
        checked.append(fact)
    return ValidationResult(checked, flags)


__all__ = ["ValidationResult", "field_types", "validate_facts"]
