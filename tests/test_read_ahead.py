"""A run reads every new document of every case first, in one parallel batch, then assesses each case.

One case at a time left OCR workers idle while each case's slowest document finished; the read-ahead
keeps them busy across case boundaries. These tests hold its contract: all the changed cases' jobs
in one batch, biggest file first, none of an unchanged case, and a case pass that reads nothing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import pipeline.document_step
from core.models import DocStatus
from pipeline.case_step import jobs_of_the_run, map_sequentially, process_case, read_ahead_document
from pipeline.run import prepare_run, process_upload_root, read_ahead
from pipeline.versions import reader_version
from store.sqlite_store import Store
from tests.helpers import text_pdf

AS_OF = date(2026, 11, 1)


def _uploads(root: Path) -> Path:
    for case, lines in (("C1", 3), ("C2", 40)):
        folder = root / case
        folder.mkdir(parents=True)
        text_pdf(folder / "small.pdf", ["IELTS Test Report Form", f"Candidate {case}"])
        text_pdf(folder / "large.pdf", [f"Reference letter line {i} for {case}" for i in range(lines)])
    (root / "C2" / "notes.txt").write_text("x" * 50_000)
    return root


def test_the_jobs_of_every_changed_case_come_in_one_batch_biggest_file_first(tmp_path: Path) -> None:
    ctx = prepare_run(_uploads(tmp_path / "up"), tmp_path / "out", AS_OF)
    jobs = jobs_of_the_run(ctx, ["C1", "C2"])
    assert {(j.case_id, j.rel) for j in jobs} == {
        ("C1", "small.pdf"), ("C1", "large.pdf"),
        ("C2", "small.pdf"), ("C2", "large.pdf"), ("C2", "notes.txt"),
    }  # fmt: skip
    sizes = [Path(j.path).stat().st_size for j in jobs]
    assert sizes == sorted(sizes, reverse=True)


def test_an_unchanged_case_and_a_document_already_read_have_no_jobs(tmp_path: Path) -> None:
    up, out = _uploads(tmp_path / "up"), tmp_path / "out"
    process_upload_root(up, out, AS_OF)
    text_pdf(up / "C2" / "new.pdf", ["Bank statement", "Closing balance 1,000.00"])
    ctx = prepare_run(up, out, AS_OF)
    assert [(j.case_id, j.rel) for j in jobs_of_the_run(ctx, ["C1", "C2"])] == [("C2", "new.pdf")]


def test_after_the_read_ahead_a_case_pass_reads_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = prepare_run(_uploads(tmp_path / "up"), tmp_path / "out", AS_OF)
    assert read_ahead(ctx, ["C1", "C2"]) == 5

    def no_reading(*_: object, **__: object) -> None:
        raise AssertionError("the case pass read a document again")

    monkeypatch.setattr(pipeline.document_step, "read_document", no_reading)
    result = process_case(ctx, "C2", map_sequentially)
    statuses = {d.file: d.status for d in result.documents}
    assert statuses["notes.txt"] == DocStatus.unsupported
    assert set(statuses) == {"small.pdf", "large.pdf", "notes.txt"}


def test_the_same_bytes_in_two_cases_are_read_once(tmp_path: Path) -> None:
    up = tmp_path / "up"
    for case in ("C1", "C2"):
        (up / case).mkdir(parents=True)
        text_pdf(up / case / "letter.pdf", ["Reference letter", "Acme Ltd"])
    (up / "C2" / "letter.pdf").write_bytes((up / "C1" / "letter.pdf").read_bytes())
    ctx = prepare_run(up, tmp_path / "out", AS_OF)
    assert len(jobs_of_the_run(ctx, ["C1", "C2"])) == 1


def test_a_file_replaced_after_planning_is_not_filed_under_its_old_digest(tmp_path: Path) -> None:
    up = tmp_path / "up"
    (up / "C1").mkdir(parents=True)
    path = text_pdf(up / "C1" / "letter.pdf", ["Reference letter", "OLD COMPANY LIMITED"])
    ctx = prepare_run(up, tmp_path / "out", AS_OF)
    [job] = jobs_of_the_run(ctx, ["C1"])
    text_pdf(path, ["Reference letter", "NEW COMPANY LIMITED", "a longer file than before"])
    assert read_ahead_document(job) is False
    assert Store(ctx.store_path).get_reading(job.sha256, reader_version()) is None
