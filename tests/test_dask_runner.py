"""The Dask task runner (prefect-dask) on a LocalCluster of two worker processes gives the same case.json."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from prefect.settings import PREFECT_API_URL

from tests.helpers import text_pdf

pytest.importorskip("prefect_dask", reason="prefect-dask is not installed")
pytest.importorskip("distributed", reason="distributed is not installed")

pytestmark = [pytest.mark.prefect, pytest.mark.xdist_group("prefect")]

DOCS = {
    "trf.pdf": [
        "IELTS",
        "Test Report Form",
        "ACADEMIC",
        "Overall Band Score 7.5",
        "Listening 8.0 Reading 7.0",
    ],
    "letter.pdf": [
        "Reference Letter",
        "To whom it may concern",
        "This is to certify that Mr Chan Tai Man has been employed by Harbour Data Limited",
        "as Senior Data Engineer from 1 March 2019 to date.",
    ],
    "statement.pdf": [
        "Harbour Commerce Bank Limited",
        "Statement of Account",
        "Account Holder: CHAN TAI MAN",
        "Closing Balance HKD 412,580.35",
    ],
}


@pytest.fixture(scope="module")
def prefect_server() -> Iterator[None]:
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


def _upload_root(tmp_path: Path) -> Path:
    case = tmp_path / "uploads" / "C901"
    case.mkdir(parents=True)
    for name, lines in DOCS.items():
        text_pdf(case / name, lines)
    return tmp_path / "uploads"


def _workers_api_urls(cluster: object) -> list[str | None]:
    from distributed import Client

    with Client(cluster) as client:
        return list(client.run(lambda: os.environ.get("PREFECT_API_URL")).values())


def _stable(case_json: Path) -> dict:
    """case.json without what differs between any two runs (run ids, times)."""
    data = json.loads(case_json.read_text())
    for key in ("run_id", "processed_at", "generated_at"):
        data.pop(key, None)
    return data


def test_dask_local_cluster_gives_the_same_case_json_as_threads(
    tmp_path: Path, prefect_server: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from flows import intake

    uploads = _upload_root(tmp_path)
    as_of = date(2026, 11, 1)
    monkeypatch.setenv("QMAS_TASK_RUNNER", "threads")
    intake.run_intake(uploads, tmp_path / "threads", as_of)

    monkeypatch.setenv("QMAS_TASK_RUNNER", "dask")
    monkeypatch.setenv("QMAS_DASK_WORKERS", "2")
    monkeypatch.setenv("QMAS_OCR_WORKERS", "2")
    try:
        report = intake.run_intake(uploads, tmp_path / "dask", as_of)
        # One cluster of two worker processes, started once for the run.
        assert [len(cluster.workers) for cluster in intake._clusters.values()] == [2]
        # ... which report to the flow's server: a worker without its API would start a server of its own.
        assert _workers_api_urls(next(iter(intake._clusters.values()))) == [PREFECT_API_URL.value()] * 2
    finally:
        intake.close_local_clusters()
    assert [r.case_id for r in report.results] == ["C901"]
    threads = _stable(tmp_path / "threads" / "cases" / "C901" / "case.json")
    dask = _stable(tmp_path / "dask" / "cases" / "C901" / "case.json")
    assert sorted(d["file"] for d in dask["documents"]) == sorted(DOCS)
    assert dask == threads
