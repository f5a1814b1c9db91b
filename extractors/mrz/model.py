"""What an MRZ reading produces: a record with every check spelled out, or a reason it could not be read."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, Field, computed_field

from extractors.mrz.layout import Format


class MrzRecord(BaseModel):
    format: Format
    document_type: str
    issuing_country: str
    surname: str
    given_names: str
    # Fillers removed; for TD1/TD2 extended numbers (check digit position holds `<`) the overflow
    # characters from the optional data are appended, as ICAO 9303 Part 5 section 4.2.4 prescribes.
    number: str
    nationality: str
    birth_date: date | None
    # The six characters as printed: kept because a date may be partly unknown (`74<<<<`) or not a
    # date at all, and the characters are still what the check digit covers.
    birth_date_text: str
    sex: Literal["M", "F", "X"] | None
    expiry_date: date | None
    expiry_date_text: str
    optional_data: str
    optional_data_2: str | None = None
    # `lines` is what was parsed (normalised and, after repair, corrected); `raw_lines` is the input.
    lines: list[str]
    raw_lines: list[str]
    # Keys present only where the format has that check digit: number, birth, expiry, optional
    # (TD3 personal number), composite (not on visas).
    checks: dict[str, bool]
    names_truncated: bool
    repairs: list[str] = Field(default_factory=list)
    problems: list[str] = Field(default_factory=list)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def valid(self) -> bool:
        # Derived, never stored: a record cannot claim validity its checks do not support.
        return bool(self.checks) and all(self.checks.values())


class MrzError(BaseModel):
    """The input could not be read as an MRZ at all (wrong shape, not text)."""

    reason: str
    raw_lines: list[str] = Field(default_factory=list)
    # Lets callers test `.valid` without first asking which type they got.
    valid: Literal[False] = False
