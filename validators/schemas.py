"""pandera schemas for the facts: the long table of every fact, and a wide table per document kind.

The long table checks each value against its field's type and range (validators/fields.yaml). The
wide tables check what one document's values must agree on among themselves. Validation is lazy:
every failure comes back as a row, and each row becomes a flag; nothing here raises on bad facts.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pandas as pd
import pandera.pandas as pa
import yaml
from pandera.typing import Series

from validators.value_checks import value_is_valid

FIELDS_FILE = Path(__file__).with_name("fields.yaml")


@cache
def field_types() -> dict[str, str]:
    """`<doc_type>.<name>` -> value type."""
    raw = yaml.safe_load(FIELDS_FILE.read_text(encoding="utf-8"))
    return {
        f"{doc_type}.{name}": value_type
        for doc_type, names in raw.items()
        for name, value_type in names.items()
    }


def _value_ok(row: tuple[str, Any]) -> bool:
    field, value = row
    value_type = field_types().get(field)
    # An unknown field is reported once by the field check, not again here.
    return value is None or value_type is None or value_is_valid(value_type, value)


class FactsTable(pa.DataFrameModel):
    """One row per fact, as case.json lists them."""

    file: Series[str] = pa.Field(str_length={"min_value": 1})
    field: Series[str] = pa.Field(isin=sorted(field_types()))
    confidence: Series[float] = pa.Field(ge=0, le=1)
    status: Series[str] = pa.Field(isin=["accepted", "needs_review", "rejected"])
    page: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=1)
    method: Series[str] = pa.Field(str_length={"min_value": 1})
    value: Series[object] = pa.Field(nullable=True)

    @pa.dataframe_check(name="value has the type and range of its field")
    @classmethod
    def value_matches_field(cls, df: pd.DataFrame) -> Series[bool]:
        return pd.Series(
            [_value_ok(pair) for pair in zip(df["field"], df["value"], strict=True)], index=df.index
        )

    class Config:
        coerce = True


def _present(*values: Any) -> bool:
    return all(v is not None and not (isinstance(v, float) and pd.isna(v)) for v in values)


def _numbers(*values: Any) -> bool:
    return all(isinstance(v, int | float) and not isinstance(v, bool) for v in values)


def _rowwise(df: pd.DataFrame, columns: list[str], rule: Any) -> pd.Series:
    """Apply `rule` to rows that have every column as a number; rows missing any pass."""
    frame = df.reindex(columns=columns)
    results = []
    for values in frame.itertuples(index=False, name=None):
        results.append(not (_present(*values) and _numbers(*values)) or bool(rule(*values)))
    return pd.Series(results, index=df.index, dtype=bool)


def _ordered(df: pd.DataFrame, earlier: str, later: str) -> pd.Series:
    frame = df.reindex(columns=[earlier, later])
    ok = [
        not (isinstance(a, str) and isinstance(b, str)) or a[:10] <= b[:10]
        for a, b in frame.itertuples(index=False, name=None)
    ]
    return pd.Series(ok, index=df.index, dtype=bool)


def ielts_overall(listening: float, reading: float, writing: float, speaking: float) -> float:
    """The mean rounded to the nearest half band, .25 and .75 upward (IELTS rule)."""
    mean = (listening + reading + writing + speaking) / 4
    whole = int(mean)
    fraction = mean - whole
    if fraction < 0.25:
        return float(whole)
    if fraction < 0.75:
        return whole + 0.5
    return whole + 1.0


class IeltsTable(pa.DataFrameModel):
    @pa.dataframe_check(name="overall band is the rounded mean of the four bands")
    @classmethod
    def overall_is_rounded_mean(cls, df: pd.DataFrame) -> Series[bool]:
        return _rowwise(
            df,
            ["overall", "listening", "reading", "writing", "speaking"],
            lambda o, lis, r, w, s: o == ielts_overall(lis, r, w, s),
        )

    @pa.dataframe_check(name="test taken after birth")
    @classmethod
    def test_after_birth(cls, df: pd.DataFrame) -> Series[bool]:
        return _ordered(df, "date_of_birth", "test_date")


class ToeflTable(pa.DataFrameModel):
    @pa.dataframe_check(name="total is the sum of the four sections (0-120 scale)")
    @classmethod
    def total_is_sum(cls, df: pd.DataFrame) -> Series[bool]:
        scale = df.reindex(columns=["scale"])["scale"]
        summed = _rowwise(
            df,
            ["total", "reading", "listening", "speaking", "writing"],
            lambda t, r, lis, s, w: t == r + lis + s + w,
        )
        return summed | (scale == "1-6")


_HSK_MAX = {1: 200, 2: 200, 3: 300, 4: 300, 5: 300, 6: 300, 7: 500, 8: 500, 9: 500}


class HskTable(pa.DataFrameModel):
    @pa.dataframe_check(name="total within the level's maximum")
    @classmethod
    def total_within_level(cls, df: pd.DataFrame) -> Series[bool]:
        return _rowwise(
            df, ["level", "total"], lambda level, total: 0 <= total <= _HSK_MAX.get(int(level), 500)
        )


class BankStatementTable(pa.DataFrameModel):
    @pa.dataframe_check(name="statement period starts before it ends")
    @classmethod
    def period_in_order(cls, df: pd.DataFrame) -> Series[bool]:
        return _ordered(df, "statement_start", "statement_end")


class ReferenceLetterTable(pa.DataFrameModel):
    @pa.dataframe_check(name="employment starts before it ends")
    @classmethod
    def employment_in_order(cls, df: pd.DataFrame) -> Series[bool]:
        return _ordered(df, "start_date", "end_date")


class DocumentTable(pa.DataFrameModel):
    """Kinds with no cross-field rule yet."""


WIDE_SCHEMAS: dict[str, type[pa.DataFrameModel]] = {
    "ielts": IeltsTable,
    "toefl": ToeflTable,
    "hsk": HskTable,
    "bank_statement": BankStatementTable,
    "reference_letter": ReferenceLetterTable,
}
