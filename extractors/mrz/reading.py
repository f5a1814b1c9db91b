"""What reading an MRZ from an image produces."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, computed_field, model_validator

from extractors.mrz.model import MrzRecord

BBox = tuple[float, float, float, float]


class MrzReading(BaseModel):
    # valid: every check digit holds; invalid: an MRZ was read but a check fails (or its shape
    # could not be fixed); not_found: no band produced MRZ-shaped text.
    status: Literal["valid", "invalid", "not_found"]
    record: MrzRecord | None = None
    lines: list[str] = Field(default_factory=list)
    raw_lines: list[str] = Field(default_factory=list)  # what Tesseract returned for the chosen read
    bbox: BBox | None = None  # the band, in the input image's pixels
    rotation: int = 0  # degrees the input was turned clockwise to read the band upright
    preparation: str | None = None
    attempts: int = 0  # OCR calls made
    # Reads by both recognizers (the MRZ-trained model and `eng`) back every character the
    # check digits cannot protect: names, codes, sex, and swaps with the same value modulo 10
    # such as `<`/0/K (see confirm.py). A repaired state code or a voted reading is never confirmed.
    confirmed: bool = False
    seconds: float = 0.0
    notes: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _valid_means_checks_hold(self) -> MrzReading:
        if self.status == "valid" and (self.record is None or not self.record.valid):
            raise ValueError("a reading can only be valid when its record's check digits all hold")
        return self

    @computed_field  # type: ignore[prop-decorator]
    @property
    def needs_review(self) -> bool:
        return self.status != "valid" or not self.confirmed
