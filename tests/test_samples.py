"""The sample cases end to end with real Tesseract: types, statuses, schema, and no OCR on a rerun."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import jsonschema
import pytest

from core.models import CaseResult
from pipeline.run import RunReport, process_upload_root
from readers.tesseract import ocr_call_count
from store.sqlite_store import Store
from tests.conftest import SAMPLE_AS_OF, SAMPLE_TRUTH, SAMPLE_UPLOADS

pytestmark = [pytest.mark.integration, pytest.mark.xdist_group("samples")]


@dataclass
class SampleRun:
    out: Path
    first: RunReport
    second: RunReport
    second_ocr_calls: int


def load_truth() -> dict[str, dict]:
    return {
        p.stem: json.loads(p.read_text()) for p in sorted(SAMPLE_TRUTH.glob("*.json")) if p.stem != "manifest"
    }


@pytest.fixture(scope="module")
def sample_run(sample_first_run: tuple[Path, RunReport]) -> SampleRun:
    out, first = sample_first_run
    as_of = date.fromisoformat(SAMPLE_AS_OF)
    before = ocr_call_count()
    second = process_upload_root(SAMPLE_UPLOADS, out, as_of)
    return SampleRun(out, first, second, ocr_call_count() - before)


def case_json(run: SampleRun, case_id: str) -> dict:
    return json.loads((run.out / "cases" / case_id / "case.json").read_text())


def test_the_samples_cover_every_document_kind_and_at_least_eight_cases() -> None:
    truth = load_truth()
    kinds = {doc["doc_type"] for case in truth.values() for doc in case["documents"]}
    assert len(truth) >= 8
    assert kinds >= {
        "passport",
        "ielts",
        "toefl",
        "hsk",
        "psc",
        "degree",
        "transcript",
        "bank_statement",
        "reference_letter",
    }


def test_every_sample_document_gets_its_true_type(sample_run: SampleRun) -> None:
    wrong = []
    for case_id, truth in load_truth().items():
        got = {d["file"]: d["doc_type"] for d in case_json(sample_run, case_id)["documents"]}
        for doc in truth["documents"]:
            if got.get(doc["file"]) != doc["doc_type"]:
                wrong.append(f"{case_id}/{doc['file']}: {got.get(doc['file'])} != {doc['doc_type']}")
    assert wrong == []


def test_bad_files_get_their_contract_status_and_the_rest_of_the_case_is_processed(
    sample_run: SampleRun,
) -> None:
    checked = 0
    for case_id, truth in load_truth().items():
        got = {d["file"]: d for d in case_json(sample_run, case_id)["documents"]}
        assert set(got) == {doc["file"] for doc in truth["documents"]}, case_id
        for doc in truth["documents"]:
            if doc["status"] in ("unreadable", "encrypted", "unsupported", "duplicate"):
                assert got[doc["file"]]["status"] == doc["status"], f"{case_id}/{doc['file']}"
                assert got[doc["file"]]["error"] or doc["status"] == "duplicate"
                checked += 1
            if doc["status"] == "duplicate":
                assert got[doc["file"]]["duplicate_of"] == doc["duplicate_of"]
    assert checked >= 5


def test_every_case_json_validates_against_the_contract_schema(sample_run: SampleRun) -> None:
    schema = CaseResult.model_json_schema(mode="serialization")
    paths = sorted((sample_run.out / "cases").glob("*/case.json"))
    assert len(paths) == len(load_truth())
    for path in paths:
        jsonschema.validate(json.loads(path.read_text()), schema)


def test_a_second_run_over_unchanged_folders_does_no_ocr(sample_run: SampleRun) -> None:
    assert sample_run.first.ocr_calls > 0
    assert sample_run.second_ocr_calls == 0
    assert Store(sample_run.out / "store.sqlite").run(sample_run.second.run_id)["ocr_calls"] == 0


def test_the_same_inputs_and_as_of_give_the_same_case_json(sample_run: SampleRun, tmp_path: Path) -> None:
    # A fresh output folder that shares only the cached readings re-assesses every case from scratch.
    fresh = tmp_path / "fresh"
    seeded = Store(fresh / "store.sqlite")
    with seeded.connect() as db:
        db.execute("ATTACH ? AS first", (str(sample_run.out / "store.sqlite"),))
        db.execute("INSERT INTO readings SELECT * FROM first.readings")
    process_upload_root(SAMPLE_UPLOADS, fresh, date.fromisoformat(SAMPLE_AS_OF))
    for case_id in load_truth():
        assert (fresh / "cases" / case_id / "case.json").read_bytes() == (
            sample_run.out / "cases" / case_id / "case.json"
        ).read_bytes(), case_id


# Each problem planted in the samples and the flag that must announce it.
PLANTED_FLAGS = {
    "expired_passport": "PASSPORT_EXPIRED",
    "stale_language_test": "LANGUAGE_TEST_STALE",
    "statement_does_not_add_up": "STATEMENT_DOES_NOT_ADD_UP",
    "name_mismatch": "IDENTITY_NAME_MISMATCH",
    "excluded_nationality": "NATIONALITY_EXCLUDED",
}


@pytest.mark.parametrize("planted", sorted(PLANTED_FLAGS))
def test_every_planted_problem_raises_its_flag(sample_run: SampleRun, planted: str) -> None:
    cases = [case_id for case_id, truth in load_truth().items() if planted in truth["planted"]]
    assert cases, f"no sample plants {planted}"
    for case_id in cases:
        codes = {flag["code"] for flag in case_json(sample_run, case_id)["flags"]}
        assert PLANTED_FLAGS[planted] in codes, case_id


def test_missing_document_findings_have_precision_and_recall_of_one(sample_run: SampleRun) -> None:
    expected = {(case_id, item) for case_id, truth in load_truth().items() for item in truth["missing"]}
    found = {
        (case_id, item["item"])
        for case_id in load_truth()
        for item in case_json(sample_run, case_id)["checklist"]
        if item["status"] == "missing"
    }
    assert found == expected
