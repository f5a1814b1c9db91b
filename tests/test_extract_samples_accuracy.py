"""Extraction accuracy on the sample documents, read with real Tesseract by the session's sample run.

Thresholds from issue 4: at least 98% of fields right on text PDFs, 95% on scans and photos, and no
wrong value ever accepted. ``uv run python -m bench.extraction_bench`` prints the same figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.extraction_bench import Report, evaluate, load_samples
from pipeline.run import RunReport

# One worker reads the samples once for this module and tests/test_samples.py.
pytestmark = [pytest.mark.integration, pytest.mark.xdist_group("samples")]


@pytest.fixture(scope="module")
def report(sample_first_run: tuple[Path, RunReport]) -> Report:
    out, _ = sample_first_run
    return evaluate(load_samples(store=out / "store.sqlite"))


def _misses(report: Report, group: str) -> str:
    return "\n".join(
        f"{r.file} {r.field}: expected {r.expected!r} got {r.got!r} [{r.status}]"
        for r in report.fields
        if r.group == group and r.outcome != "correct"
    )


def test_text_pdf_accuracy(report: Report) -> None:
    block = report.summary()["by_group"]["text_pdf"]
    assert block["fields"] > 0
    assert block["accuracy"] >= 0.98, _misses(report, "text_pdf")


def test_scan_and_photo_accuracy(report: Report) -> None:
    block = report.summary()["by_group"]["scan_photo"]
    assert block["fields"] > 0
    assert block["accuracy"] >= 0.95, _misses(report, "scan_photo")


def test_no_wrong_value_is_accepted(report: Report) -> None:
    wrong = [r for r in report.fields if r.outcome in ("wrong", "spurious") and r.status == "accepted"]
    assert not wrong, "\n".join(f"{r.file} {r.field}: {r.got!r} (expected {r.expected!r})" for r in wrong)
