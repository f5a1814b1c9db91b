"""Hostile and broken uploads: each gets its status and a message, and the rest of its case is processed.

The corpus is built here, in temporary folders, from real bytes (no mocked readers): one case holds
every bad file beside one good text PDF, and the run must still read the good one. Limits are set
through Settings, as an operator would, so the large files stay cheap to make.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pillow_heif
import pytest
from fpdf import FPDF
from PIL import Image

from core.models import CaseResult, DocStatus, FileKind, TextSource
from core.settings import Settings
from pipeline.run import RunReport, process_upload_root
from readers import tesseract
from readers.read_document import read_document
from tests.helpers import text_image, text_pdf
from tests.hostile_files import blank_png, cid_garbage_pdf, javascript_pdf, long_pdf

ROOT = Path(__file__).resolve().parents[1]
AS_OF = date(2026, 11, 1)
IELTS = ["IELTS", "Test Report Form", "ACADEMIC", "Overall Band Score 7.5", "Listening 8.0 Reading 7.0"]
MAX_PAGES = 5


# ---------------------------------------------------------------------------------------------------
# The corpus run: one case with every hostile file and one good PDF
# ---------------------------------------------------------------------------------------------------

NEWLINE_NAME = "scan\nINFO fake log line.pdf"
NOT_UTF8_NAME = b"bad\xff.pdf"


@dataclass
class Corpus:
    root: Path
    out: Path
    report: RunReport
    case: dict[str, Any]

    def doc(self, file: str) -> dict[str, Any]:
        matches = [d for d in self.case["documents"] if d["file"] == file]
        assert matches, f"{file!r} not among {[d['file'] for d in self.case['documents']]}"
        return matches[0]

    def flags(self, code: str) -> dict[str, str]:
        return {f["file"]: f["message"] for f in self.case["flags"] if f["code"] == code}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    base = tmp_path_factory.mktemp("hostile")
    root = base / "uploads"
    case = root / "C100"
    case.mkdir(parents=True)

    text_pdf(case / "good.pdf", IELTS)
    whole = text_pdf(base / "whole.pdf", [*IELTS, "Candidate number 000123"]).read_bytes()
    (case / "truncated.pdf").write_bytes(whole[: len(whole) // 2])
    text_pdf(case / "locked.pdf", ["Bank statement", "Closing balance 1,000.00"], user_password="secret")
    text_pdf(case / "owner-only.pdf", ["Owner password only", *IELTS[1:]], owner_password="owner-secret")
    (case / "empty.pdf").write_bytes(b"")
    blank_png(case / "bomb.png", 30_000, 30_000, bit_depth=1)
    blank_png(case / "huge-photo.png", 10_000, 10_000, bit_depth=8)  # 100 megapixels
    long_pdf(case / "long.pdf", 500)
    javascript_pdf(case / "script.pdf", ["Statement of account", "Opening balance 100.00 closing 150.00"])
    cid_garbage_pdf(case / "cid.pdf", IELTS)
    text_image(IELTS, size=(1400, 900), font_size=44).save(case / "photo.pdf", format="JPEG", quality=85)
    heic = text_image(["Statement of account", "HSBC Hong Kong"], size=(1200, 700), font_size=40)
    pillow_heif.from_pillow(heic).save(str(case / "IMG_0001.HEIC"), quality=50)
    secret = base / "outside-secret.pdf"
    text_pdf(secret, ["Another client's passport"])
    (case / "link.pdf").symlink_to(secret)
    text_pdf(case / "report..final.pdf", ["Reference letter", "To whom it may concern"])
    text_pdf(case / "..dots-first.pdf", ["hidden by its leading dot"])
    text_pdf(case / NEWLINE_NAME, ["Transcript of academic record", "Bachelor of Science"])
    text_pdf(Path(os.fsdecode(bytes(case) + b"/" + NOT_UTF8_NAME)), ["name that is not UTF-8"])
    os.mkfifo(case / "pipe.pdf")  # opening it for hashing would block the run forever

    # Case folders that are not cases.
    (root / "bad name").mkdir()
    (root / "-rf").mkdir()
    os.mkdir(bytes(root) + b"/C\xff1")
    elsewhere = base / "elsewhere"
    elsewhere.mkdir()
    text_pdf(elsewhere / "x.pdf", ["not an upload"])
    (root / "C200").symlink_to(elsewhere, target_is_directory=True)

    out = base / "out"
    settings = Settings(max_pages=MAX_PAGES, ocr_workers=2, reports=False)
    report = process_upload_root(root, out, AS_OF, settings=settings)
    case_json = json.loads((out / "cases" / "C100" / "case.json").read_text(encoding="utf-8"))
    return Corpus(root, out, report, case_json)


def test_the_case_is_processed_and_its_good_pdf_is_read_beside_every_bad_file(corpus: Corpus) -> None:
    assert [r.case_id for r in corpus.report.results] == ["C100"]
    assert not corpus.flags("CASE_PROCESSING_FAILED")
    good = corpus.doc("good.pdf")
    assert good["doc_type"] == "ielts" and good["status"] in ("ok", "needs_review")
    assert [p["text_source"] for p in good["page_reads"]] == ["text_layer"]
    # case.json is valid JSON in the contract's shape, whatever the names and bytes of the uploads.
    CaseResult.model_validate(corpus.case)


def test_a_truncated_pdf_is_unreadable_with_the_reason(corpus: Corpus) -> None:
    doc = corpus.doc("truncated.pdf")
    assert (doc["status"], doc["file_kind"]) == ("unreadable", "pdf")
    assert "cannot be parsed" in doc["error"]
    assert "cannot be parsed" in corpus.flags("DOC_UNREADABLE")["truncated.pdf"]


def test_a_pdf_with_a_user_password_is_encrypted_and_one_with_only_an_owner_password_is_read(
    corpus: Corpus,
) -> None:
    locked = corpus.doc("locked.pdf")
    assert locked["status"] == "encrypted" and "password" in locked["error"]
    assert "password" in corpus.flags("DOC_ENCRYPTED")["locked.pdf"]
    owner = corpus.doc("owner-only.pdf")
    assert owner["status"] in ("ok", "needs_review") and owner["error"] in (None, "")
    assert [p["text_source"] for p in owner["page_reads"]] == ["text_layer"]


def test_a_zero_byte_file_is_unreadable(corpus: Corpus) -> None:
    doc = corpus.doc("empty.pdf")
    assert (doc["status"], doc["error"]) == ("unreadable", "the file is empty (0 bytes)")


def test_a_decompression_bomb_is_refused_at_its_header_naming_the_pixel_limit(corpus: Corpus) -> None:
    doc = corpus.doc("bomb.png")
    assert (doc["status"], doc["file_kind"], doc["pages"]) == ("needs_review", "png", 0)
    assert "pixel limit of 60,000,000 (max_pixels)" in doc["error"]


def test_a_100_megapixel_photo_is_needs_review_naming_the_pixel_limit(corpus: Corpus) -> None:
    doc = corpus.doc("huge-photo.png")
    assert (doc["status"], doc["pages"]) == ("needs_review", 0)
    assert "pixel limit of 60,000,000 (max_pixels)" in doc["error"]
    assert "100000000 pixels" in doc["error"]


def test_a_500_page_pdf_is_read_up_to_the_page_limit_and_says_so(corpus: Corpus) -> None:
    doc = corpus.doc("long.pdf")
    assert doc["pages"] == MAX_PAGES
    assert doc["status"] == "needs_review"
    assert f"only the first {MAX_PAGES} of 500 pages were read (page limit, max_pages)" in doc["error"]


def test_a_pdf_with_javascript_is_read_as_an_ordinary_document(corpus: Corpus) -> None:
    doc = corpus.doc("script.pdf")
    assert doc["status"] in ("ok", "needs_review") and doc["file_kind"] == "pdf"
    assert [p["text_source"] for p in doc["page_reads"]] == ["text_layer"]
    assert doc["error"] in (None, "") or "recognised" in doc["error"]


def test_a_pdf_whose_text_layer_is_cid_garbage_is_read_by_ocr(corpus: Corpus) -> None:
    doc = corpus.doc("cid.pdf")
    (page,) = doc["page_reads"]
    assert page["text_source"] == "ocr" and page["unit"] == "px"
    assert "text layer unusable" in page["note"]


def test_an_image_with_a_pdf_extension_is_read_as_the_image_it_is(corpus: Corpus) -> None:
    doc = corpus.doc("photo.pdf")
    assert doc["file_kind"] == "jpeg"
    assert [p["text_source"] for p in doc["page_reads"]] == ["ocr"]
    assert doc["doc_type"] == "ielts"


def test_a_heic_photo_is_decoded_and_read(corpus: Corpus) -> None:
    doc = corpus.doc("IMG_0001.HEIC")
    assert doc["file_kind"] == "heic" and doc["status"] in ("ok", "needs_review")
    (page,) = doc["page_reads"]
    assert page["text_source"] == "ocr" and page["words"] >= 3


def test_a_symlink_out_of_the_upload_root_is_not_followed(corpus: Corpus) -> None:
    assert "link.pdf" not in {d["file"] for d in corpus.case["documents"]}
    assert "symbolic link (not followed)" in corpus.flags("ENTRY_SKIPPED")["link.pdf"]
    store = (corpus.out / "store.sqlite").read_bytes()
    assert b"Another client" not in store


def test_odd_file_names_are_processed_or_skipped_with_a_flag_never_a_crash(corpus: Corpus) -> None:
    files = {d["file"] for d in corpus.case["documents"]}
    skipped = corpus.flags("ENTRY_SKIPPED")
    assert "report..final.pdf" in files
    assert NEWLINE_NAME in files  # kept as uploaded in case.json (JSON escapes the newline)
    assert "..dots-first.pdf" not in files and "hidden" in skipped["..dots-first.pdf"]
    assert "UTF-8" in skipped["bad\\xff.pdf"]  # the undecodable byte shown as an escape
    assert "not a regular file" in skipped["pipe.pdf"]
    raw = (corpus.out / "cases" / "C100" / "case.json").read_bytes()
    raw.decode("utf-8")  # strict: no lone surrogates slipped through
    assert b"\\n" in raw and b"scan\nINFO" not in raw


def test_case_folders_that_are_not_safe_ids_are_skipped_and_reported(corpus: Corpus) -> None:
    skipped = {s.rel: s.reason for s in corpus.report.skipped_cases}
    assert skipped == {
        "-rf": "case folder name is not a safe identifier",
        "C200": "symbolic link (not followed)",
        "C\\xff1": "case folder name is not a safe identifier",
        "bad name": "case folder name is not a safe identifier",
    }
    assert sorted(p.name for p in (corpus.out / "cases").iterdir()) == ["C100"]
    summary = (corpus.out / "summary.csv").read_text().splitlines()
    assert [line.split(",")[0] for line in summary[1:]] == ["C100"]


# ---------------------------------------------------------------------------------------------------
# Limits as settings, one at a time
# ---------------------------------------------------------------------------------------------------


def test_an_ocr_timeout_is_needs_review_naming_the_limit_and_the_rest_of_the_case_is_read(
    tmp_path: Path,
) -> None:
    case = tmp_path / "uploads" / "C300"
    case.mkdir(parents=True)
    text_pdf(case / "good.pdf", IELTS)
    text_image(IELTS).save(case / "scan.png")
    settings = Settings(ocr_timeout_seconds=0.001, ocr_workers=1, reports=False)
    process_upload_root(tmp_path / "uploads", tmp_path / "out", AS_OF, settings=settings)
    result = json.loads((tmp_path / "out" / "cases" / "C300" / "case.json").read_text())
    docs = {d["file"]: d for d in result["documents"]}
    assert docs["good.pdf"]["doc_type"] == "ielts"
    scan = docs["scan.png"]
    assert scan["status"] == "needs_review"
    assert "ran past the limit of 0.001 s per page (ocr_timeout_seconds)" in scan["error"]
    assert [p["text_source"] for p in scan["page_reads"]] == ["none"]


def test_a_zero_ocr_timeout_still_stops_tesseract_rather_than_meaning_no_limit(tmp_path: Path) -> None:
    # pytesseract reads timeout=0 as "no timeout": a setting of 0 must not let a page run forever.
    image = text_image(IELTS)
    with pytest.raises(tesseract.OcrTimeout):
        tesseract.ocr_words(image, timeout=0)


def test_a_tesseract_failure_is_not_reported_as_a_timeout() -> None:
    with pytest.raises(tesseract.OcrError) as caught:
        tesseract.ocr_words(text_image(["x"], size=(200, 100)), lang="no_such_language_pack", timeout=30)
    assert not isinstance(caught.value, tesseract.OcrTimeout)
    assert "Tesseract failed" in str(caught.value)


@pytest.mark.parametrize("make", ["pdf", "png"])
def test_a_file_over_the_byte_limit_is_needs_review_naming_the_limit(tmp_path: Path, make: str) -> None:
    path = tmp_path / f"upload.{make}"
    if make == "pdf":
        text_pdf(path, IELTS)
    else:
        text_image(IELTS, size=(600, 300), font_size=20).save(path)
    size = path.stat().st_size
    result = read_document(path, Settings(max_file_bytes=size - 1))
    assert result.status is DocStatus.needs_review and result.pages == []
    assert result.error == f"file is {size:,} bytes, over the limit of {size - 1:,} bytes (max_file_bytes)"
    if make == "pdf":  # at the limit exactly it is read
        assert read_document(path, Settings(max_file_bytes=size)).status is DocStatus.ok


def test_an_image_over_a_configured_pixel_limit_is_needs_review(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    text_image(IELTS, size=(1200, 900)).save(path)
    result = read_document(path, Settings(max_pixels=1_000_000))
    assert result.status is DocStatus.needs_review and result.pages == []
    # Pillow's own guard (set to our limit) refuses it at open, from the header; the message names both.
    assert "pixel limit of 1,000,000 (max_pixels); not decoded" in result.error
    assert "1080000 pixels" in result.error


def test_a_multi_page_tiff_with_one_oversized_page_is_refused_before_decoding_it(tmp_path: Path) -> None:
    # Pillow checks only the first frame's size at open; page 2 here is over the limit.
    path = tmp_path / "scan.tiff"
    small = Image.new("L", (100, 100), 255)
    small.save(path, save_all=True, append_images=[Image.new("L", (1500, 1000), 255)])
    result = read_document(path, Settings(max_pixels=1_000_000))
    assert result.status is DocStatus.needs_review
    assert "page 2 is 1500x1000 = 1,500,000 pixels, over the pixel limit of 1,000,000" in result.error


def test_a_multi_page_tiff_over_the_page_limit_says_so(tmp_path: Path) -> None:
    path = tmp_path / "pages.tiff"
    frames = [Image.new("RGB", (120, 60), "white") for _ in range(3)]  # blank: OCR has nothing to do
    frames[0].save(path, save_all=True, append_images=frames[1:])
    result = read_document(path, Settings(max_pages=1, ocr_workers=1))
    assert len(result.pages) == 1 and result.status is DocStatus.needs_review
    assert "only the first 1 of 3 pages were read (page limit, max_pages)" in result.error


def test_a_pdf_page_too_large_to_render_within_the_pixel_limit_is_not_rendered(tmp_path: Path) -> None:
    # A page with no text layer goes to OCR; at 300 dpi an A4 page is 8.7 megapixels. A 200-inch
    # MediaBox would be 3.6 gigapixels: the guard refuses by arithmetic, before pdfium allocates.
    path = tmp_path / "scan.pdf"
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 50, 50)
    pdf.output(str(path))
    result = read_document(path, Settings(max_pixels=2_000_000))
    assert result.status is DocStatus.needs_review
    assert result.pages[0].text_source is TextSource.none
    assert "pixels at 300 dpi, over the pixel limit of 2,000,000 (max_pixels); not rendered" in result.error


def test_a_decompression_bomb_is_refused_without_allocating_its_pixels(tmp_path: Path) -> None:
    """In a fresh process, so its peak memory is the bomb's alone: 900 megapixels would be ~1 GB decoded."""
    bomb = blank_png(tmp_path / "bomb.png", 30_000, 30_000, bit_depth=1)
    assert bomb.stat().st_size < 200_000
    code = (
        "import resource, sys; from pathlib import Path; from core.settings import Settings;"
        "from readers.read_document import read_document;"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss;"
        "r = read_document(Path(sys.argv[1]), Settings());"
        "print(r.status.value, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(bomb)], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    status, growth_kib = done.stdout.split()
    assert status == "needs_review"
    # Measured as growth over the imports, so other code's start-up cost does not count.
    assert int(growth_kib) < 300_000, f"peak RSS grew {int(growth_kib) // 1024} MiB: the bomb was decoded"


def test_javascript_in_a_pdf_is_never_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """pdfplumber and pdfium (rendering) run no JavaScript: nothing connects or spawns while reading."""
    events: list[str] = []

    def no_connect(self: socket.socket, address: object) -> None:
        events.append(f"connect {address}")
        raise OSError("blocked by the test")

    real_popen = subprocess.Popen

    def watch_popen(*args: Any, **kwargs: Any) -> subprocess.Popen[Any]:
        events.append(f"spawn {args[0]!r}")
        return real_popen(*args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", no_connect)
    monkeypatch.setattr(subprocess, "Popen", watch_popen)
    path = javascript_pdf(
        tmp_path / "script.pdf", ["Statement of account", "Opening balance 100.00 closing 150.00"]
    )
    result = read_document(path, Settings(ocr_workers=1))
    assert result.status is DocStatus.ok and result.kind is FileKind.pdf
    assert result.ocr_pages == 0 and "Statement of account" in result.pages[0].text
    assert events == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["script.pdf"]
