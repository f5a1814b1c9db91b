"""Third-party MRZ vectors (../shared/real_cases/mrz_vectors) reproduced by extractors.mrz.

Skipped when the shared folder is absent (e.g. on a machine with only this repository).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from extractors.mrz import MrzError, MrzRecord, check_digit, parse_mrz, parse_with_repair
from extractors.mrz.names import split_name_field

pytestmark = pytest.mark.shared

VECTORS = Path(__file__).resolve().parents[2] / "shared" / "real_cases" / "mrz_vectors"

ICAO_FORMATS = {"TD1", "TD2", "TD3", "MRVA", "MRVB"}
# The vectors name the TD3 personal-number check `personal_number`; the record calls it `optional`.
CHECK_KEY = {"personal_number": "optional"}
CHECK_PROBLEM = {
    "number": "document number",
    "birth": "birth date",
    "expiry": "expiry date",
    "optional": "personal number",
    "composite": "composite",
}


def _params(filename: str, id_of) -> list[Any]:
    path = VECTORS / filename
    if not path.is_file():
        return [pytest.param(None, id="absent", marks=pytest.mark.skip(reason=f"{path} not present"))]
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [pytest.param(row, id=id_of(i, row)) for i, row in enumerate(rows)]


def _format(record: dict) -> str:
    # One OCR-noisy TD1 is labelled "TD1 (noisy/irregular input)": its lines are TD1 once spaces go.
    return record["format"].split(" ")[0]


def _assert_fields(rec: MrzRecord, expected: dict) -> None:
    assert rec.document_type == expected["document_type"]
    assert rec.issuing_country == expected["country"]
    assert rec.surname == expected["surname"]
    assert rec.given_names == expected["given_names"]
    # One source renders an internal filler of the number as a space ('C 0000000'); fillers are
    # stripped here, as everywhere else in the collection ('A<0000000' -> 'A0000000').
    assert rec.number == expected["number"].replace(" ", "")
    assert rec.nationality == expected["nationality"]
    assert rec.birth_date_text == expected["birth_date"]
    if rec.birth_date is not None:
        assert rec.birth_date.strftime("%y%m%d") == expected["birth_date"]
    # The vectors record an unencoded sex ('<') as null; the record normalises it to X as ICAO
    # treats both as "unspecified".
    assert rec.sex == (expected["sex"] or "X")
    if expected["expiry_date"] is None:  # all-filler expiry: the document states none
        assert rec.expiry_date is None
        assert set(rec.expiry_date_text) == {"<"}
    else:
        assert rec.expiry_date_text == expected["expiry_date"]
    assert rec.valid is expected["valid_check_digits"]


@pytest.mark.parametrize("record", _params("vectors.jsonl", lambda i, r: r["id"]))
def test_vector(record: dict) -> None:
    fmt = _format(record)
    if fmt == "FRA_ID_2x36":
        # Pre-2021 French ID: not ICAO; refused with a reason instead of being misread as TD2.
        result = parse_mrz(record["mrz_lines"])
        assert isinstance(result, MrzError)
        assert "French" in result.reason
        pytest.skip("pre-2021 French ID layout is not parsed (refused as MrzError)")
    if fmt == "UNKNOWN":
        result = parse_mrz(record["mrz_lines"])
        assert isinstance(result, MrzError)
        return
    assert fmt in ICAO_FORMATS

    expected = record["expected"]
    if "ocr_noisy" in record.get("tags", []):
        raw = parse_mrz(record["mrz_lines"])
        assert isinstance(raw, MrzRecord)
        assert not raw.valid, "noisy input should need repair"
        rec = parse_with_repair(record["mrz_lines"])
        assert isinstance(rec, MrzRecord)
        assert rec.lines == record["derived_from_clean_reference"]
        assert rec.repairs
    else:
        rec = parse_mrz(record["mrz_lines"])
        assert isinstance(rec, MrzRecord), getattr(rec, "reason", "")
        assert rec.repairs == []

    assert rec.format == fmt
    _assert_fields(rec, expected)

    detail = {CHECK_KEY.get(k, k): v for k, v in (record.get("check_digit_detail") or {}).items()}
    assert rec.checks == detail
    for key, ok in detail.items():
        if not ok:
            assert any(p.startswith(CHECK_PROBLEM[key]) for p in rec.problems), rec.problems

    if not expected["valid_check_digits"]:
        # A genuinely wrong check digit must not be "repaired" away.
        repaired = parse_with_repair(record["mrz_lines"])
        assert isinstance(repaired, MrzRecord)
        assert not repaired.valid
        assert repaired.repairs == []
        assert any(p.startswith("repair refused") for p in repaired.problems)


def _check_digit_id(i: int, row: dict) -> str:
    return f"{i:02d}-{row['input'] or 'empty'}"


@pytest.mark.parametrize("row", _params("check_digit_vectors.jsonl", _check_digit_id))
def test_check_digit_vector(row: dict) -> None:
    got = check_digit(row["input"])
    if "expected_check_digit" in row:
        # An empty expectation is PassportEye's way of saying "no digit": invalid input.
        assert got == (row["expected_check_digit"] or None)
    if "expected_check_digit_not" in row:
        assert got != row["expected_check_digit_not"]
    if "claimed_check_digit" in row:
        assert (got == row["claimed_check_digit"]) is row["expected_valid"]


def _viz_words(viz_part: str) -> list[str]:
    # The MRZ drops apostrophes and turns hyphens into fillers (ICAO 9303 Part 3 section 6).
    return viz_part.replace("’", "").replace("'", "").replace("-", " ").split()


def _name_id(i: int, row: dict) -> str:
    return f"{i:02d}-{row['case'].replace(' ', '_')}"


@pytest.mark.parametrize("row", _params("icao9303_name_vectors.jsonl", _name_id))
def test_icao_name_vector(row: dict) -> None:
    field = row["mrz_name_field"]
    # Part 4 examples are the whole 44-character line 1; Part 5 examples are the 30-character line 3.
    name_field = field[5:] if len(field) == 44 else field
    parts = split_name_field(name_field)
    surname, given = _viz_words(row["expected_surname"]), _viz_words(row["expected_given_names"])
    if row["truncated"]:
        # A truncated field cannot be expanded; it must be flagged and agree word by word as prefixes.
        assert parts.truncated
        for got, full in ((parts.surname.split(), surname), (parts.given_names.split(), given)):
            assert len(got) <= len(full)
            assert all(f.startswith(g) for g, f in zip(got, full, strict=False))
    else:
        assert parts.surname.split() == surname
        assert parts.given_names.split() == given
        # Filling the field exactly looks like truncation; the flag means "possibly truncated".
        assert parts.truncated is (not name_field.endswith("<"))
