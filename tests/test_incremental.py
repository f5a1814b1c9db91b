"""Incremental, crash-safe runs: only new work, nothing lost or counted twice, killed runs recover."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from pipeline.run import process_upload_root
from store.sqlite_store import Store
from tests.helpers import text_image, text_pdf

pytestmark = [pytest.mark.integration, pytest.mark.xdist_group("incremental")]
AS_OF = date(2026, 11, 1)
ROOT = Path(__file__).resolve().parents[1]


def make_uploads(root: Path) -> Path:
    for case in ("C1", "C2"):
        folder = root / case
        folder.mkdir(parents=True)
        text_pdf(
            folder / "trf.pdf",
            ["IELTS", "Test Report Form", "ACADEMIC", f"Candidate {case}", "Overall Band Score 7.0"],
        )
        for i in range(2):
            text_image(
                [
                    "To whom it may concern",
                    f"{case} letter {i}",
                    "has been employed by Acme Ltd",
                    "as Senior Engineer since 1 March 2019",
                ]
            ).save(folder / f"IMG_{i}.png")
    return root


def case_jsons(out: Path) -> dict[str, bytes]:
    return {p.parent.name: p.read_bytes() for p in sorted((out / "cases").glob("*/case.json"))}


def test_a_changed_file_is_reread_its_old_facts_retired_and_a_deleted_file_marked_removed(
    tmp_path: Path,
) -> None:
    uploads = make_uploads(tmp_path / "uploads")
    out = tmp_path / "out"
    process_upload_root(uploads, out, AS_OF)
    text_pdf(
        uploads / "C1" / "trf.pdf",
        ["IELTS", "Test Report Form", "GENERAL TRAINING", "Overall Band Score 8.0"],
    )
    (uploads / "C1" / "IMG_1.png").unlink()
    report = process_upload_root(uploads, out, AS_OF)
    assert report.ocr_calls == 0  # the changed file is a text PDF; nothing else needs reading again
    store = Store(out / "store.sqlite")
    with store.connect() as db:
        removed = db.execute(
            "SELECT file FROM documents WHERE case_id='C1' AND removed_run IS NOT NULL"
        ).fetchall()
        retired = db.execute(
            "SELECT COUNT(*) FROM facts WHERE case_id='C1' AND file='trf.pdf' AND retired_run IS NOT NULL"
        ).fetchone()[0]
    assert sorted(r["file"] for r in removed) == ["IMG_1.png", "trf.pdf"]  # the old bytes of trf.pdf too
    assert retired > 0
    kinds = [e["kind"] for e in store.events_for_case("C1")]
    assert kinds.count("document_removed") == 2 and kinds.count("document_received") == 4


def test_an_unchanged_case_is_not_reassessed_and_a_file_still_arriving_waits(tmp_path: Path) -> None:
    uploads = make_uploads(tmp_path / "uploads")
    out = tmp_path / "out"
    process_upload_root(uploads, out, AS_OF)
    events_before = len(Store(out / "store.sqlite").events_for_case("C2"))
    text_pdf(uploads / "C2" / "new.pdf", ["Account statement", "Closing balance 1,000.00"])
    from core.settings import Settings

    report = process_upload_root(uploads, out, AS_OF, settings=Settings(settle_seconds=3600))
    c2 = next(r for r in report.results if r.case_id == "C2")
    assert "new.pdf" not in {d.file for d in c2.documents}
    assert any(f.code == "ENTRY_SKIPPED" and f.file == "new.pdf" for f in c2.flags)
    store = Store(out / "store.sqlite")
    assert not any(e["kind"] == "document_removed" for e in store.events_for_case("C2"))
    assert len(store.events_for_case("C2")) > events_before  # the waiting file changed the case's result


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes]]:
    root = tmp_path_factory.mktemp("uninterrupted")
    uploads = make_uploads(root / "uploads")
    process_upload_root(uploads, root / "out", AS_OF)
    return uploads, case_jsons(root / "out")


@pytest.mark.parametrize("kill_after", [1.5, 4.0])
def test_a_run_killed_at_any_point_then_run_again_ends_as_an_uninterrupted_run(
    tmp_path: Path, kill_after: float, uninterrupted: tuple[Path, dict[str, bytes]]
) -> None:
    uploads, reference = uninterrupted
    assert set(reference) == {"C1", "C2"}

    out = tmp_path / "out"
    script = (
        "import sys; from datetime import date; from pathlib import Path; "
        "from pipeline.run import process_upload_root; "
        "process_upload_root(Path(sys.argv[1]), Path(sys.argv[2]), date(2026, 11, 1))"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", script, str(uploads), str(out)], cwd=ROOT, start_new_session=True
    )
    time.sleep(kill_after)
    if child.poll() is None:
        os.killpg(child.pid, signal.SIGKILL)  # the Tesseract children die with it
    child.wait()
    process_upload_root(uploads, out, AS_OF)

    assert case_jsons(out) == reference
    store = Store(out / "store.sqlite")
    for case in ("C1", "C2"):
        kinds = [e["kind"] for e in store.events_for_case(case)]
        assert kinds.count("document_received") == 3  # no document lost, none logged twice
    with store.connect() as db:
        dupes = db.execute(
            "SELECT COUNT(*) FROM (SELECT case_id, file, field FROM facts WHERE retired_run IS NULL "
            "GROUP BY case_id, file, field HAVING COUNT(*) > 1)"
        ).fetchone()[0]
    assert dupes == 0
