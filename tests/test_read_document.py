"""How each kind of upload is read, and the status a bad one gets (real pdfplumber and Tesseract)."""

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from core.models import DocStatus, FileKind, TextSource
from core.settings import Settings
from readers.read_document import read_document
from readers.tesseract import thread_ocr_call_count
from tests.helpers import DEJAVU, text_image, text_pdf

DEJAVU_BOLD = DEJAVU.replace("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")

SETTINGS = Settings(ocr_workers=1)
LINES = ["IELTS Test Report Form", "Candidate Details", "Overall Band Score 7.5", "Listening 8.0 Reading 7.0"]


def test_a_text_pdf_is_read_from_its_text_layer_with_word_boxes(tmp_path: Path) -> None:
    result = read_document(text_pdf(tmp_path / "trf.pdf", LINES), SETTINGS)
    assert result.status is DocStatus.ok
    assert result.ocr_pages == 0
    page = result.pages[0]
    assert page.text_source is TextSource.text_layer and page.unit == "pt"
    assert "Overall Band Score 7.5" in page.text
    assert all(0 <= w.bbox[0] < w.bbox[2] <= page.width for w in page.words)


def test_a_password_protected_pdf_is_encrypted(tmp_path: Path) -> None:
    result = read_document(text_pdf(tmp_path / "locked.pdf", LINES, user_password="secret"), SETTINGS)
    assert result.status is DocStatus.encrypted
    assert "password" in (result.error or "")


def test_a_pdf_with_only_an_owner_password_opens_and_is_read(tmp_path: Path) -> None:
    result = read_document(text_pdf(tmp_path / "owner.pdf", LINES, owner_password="owner"), SETTINGS)
    assert result.status is DocStatus.ok
    assert "Overall Band Score" in result.pages[0].text


def test_a_truncated_pdf_is_unreadable_with_a_reason(tmp_path: Path) -> None:
    whole = text_pdf(tmp_path / "whole.pdf", LINES).read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(whole[: len(whole) // 3])
    result = read_document(cut, SETTINGS)
    assert result.status in (DocStatus.unreadable, DocStatus.needs_review)
    assert result.error


def test_empty_and_text_files_get_their_contract_statuses(tmp_path: Path) -> None:
    empty = tmp_path / "scan.pdf"
    empty.write_bytes(b"")
    notes = tmp_path / "notes.pdf"  # the name lies; the bytes decide
    notes.write_text("please find attached my documents")
    assert read_document(empty, SETTINGS).status is DocStatus.unreadable
    assert read_document(notes, SETTINGS).status is DocStatus.unsupported


def test_a_corrupt_image_is_unreadable(tmp_path: Path) -> None:
    bad = tmp_path / "IMG_0001.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 50)
    result = read_document(bad, SETTINGS)
    assert result.kind is FileKind.jpeg
    assert result.status is DocStatus.unreadable


@pytest.mark.integration
def test_a_photo_stored_sideways_with_an_exif_tag_is_read_upright(tmp_path: Path) -> None:
    upright = text_image(LINES)
    # Store the pixels turned, with the EXIF tag that tells viewers how to turn them back.
    stored = upright.transpose(Image.Transpose.ROTATE_270)
    exif = Image.Exif()
    exif[0x0112] = 8  # viewers turn the pixels 90 degrees counter-clockwise
    path = tmp_path / "IMG_2231.jpg"
    stored.save(path, exif=exif)
    result = read_document(path, SETTINGS)
    page = result.pages[0]
    assert page.exif_orientation == 8
    assert page.rotation == 0
    assert "Overall Band Score" in page.text


@pytest.mark.integration
@pytest.mark.parametrize("turned", [90, 180, 270])
def test_a_scan_turned_without_exif_is_detected_and_read(tmp_path: Path, turned: int) -> None:
    path = tmp_path / "scan.png"
    text_image(LINES * 3).rotate(turned, expand=True).save(path)
    page = read_document(path, SETTINGS).pages[0]
    assert page.rotation == turned  # clockwise turn that undid the counter-clockwise one
    assert "Overall Band Score" in page.text


@pytest.mark.integration
def test_an_upright_legible_scan_costs_one_tesseract_call(tmp_path: Path) -> None:
    # Why it matters: orientation trials and OSD used to cost five calls on every page.
    path = tmp_path / "scan.png"
    text_image(LINES * 3).save(path)
    before = thread_ocr_call_count()
    page = read_document(path, SETTINGS).pages[0]
    assert page.rotation == 0 and "Overall Band Score" in page.text
    assert thread_ocr_call_count() - before == 1


SAMPLE_UPLOADS = Path(__file__).resolve().parents[1] / "sample_docs" / "uploads"


@pytest.mark.integration
def test_an_upside_down_letter_photo_is_turned_half_round_not_a_quarter() -> None:
    # Turned a quarter too far, this photo reads as vertical words just as confidently (586 legible
    # characters against 569); only words laid out left to right tell the turns apart. It was read
    # at 270 degrees, its words standing on end, until the trials counted horizontal words only.
    photo = SAMPLE_UPLOADS / "C005" / "WhatsApp Image 2026-09-21 at 10.16.05.jpeg"
    before = thread_ocr_call_count()
    page = read_document(photo, SETTINGS).pages[0]
    assert page.rotation == 180
    assert "EMPLOYMENT VERIFICATION" in page.text
    # the full read, OSD, trials at 0 and 180 (the two quarter turns are not needed), the re-read
    assert thread_ocr_call_count() - before == 5


def _certificate_with_a_sideways_strip() -> Image.Image:
    """A sparse upright certificate (four centred lines) with a security line up its left margin."""
    page = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(page)
    y = 300
    for text, size in [("University of Westbrook", 64), ("Bachelor of Science", 54), ("CHAN TAI MAN", 50)]:
        font = ImageFont.truetype(DEJAVU_BOLD, size)
        draw.text(((1240 - draw.textlength(text, font=font)) / 2, y), text, font=font, fill=0)
        y += int(size * 2.2)
    strip = Image.new("L", (1600, 45), 255)
    ImageDraw.Draw(strip).text(
        (5, 5),
        "OFFICIAL DOCUMENT - ANY ALTERATION OR ERASURE VOIDS THIS CERTIFICATE - VERIFY AT VERIFY.EXAMPLE.EDU",
        font=ImageFont.truetype(DEJAVU, 22),
        fill=0,
    )
    page.paste(strip.rotate(90, expand=True), (20, 80))
    return page


@pytest.mark.integration
def test_a_sideways_margin_line_does_not_turn_an_upright_certificate(tmp_path: Path) -> None:
    # Turned a quarter, the margin line reads as more left-to-right text than the sparse body; a
    # confident OSD, whose own turn reads as text too, keeps the page upright (found in review).
    path = tmp_path / "certificate.png"
    _certificate_with_a_sideways_strip().save(path)
    page = read_document(path, SETTINGS).pages[0]
    assert page.rotation == 0
    assert "Bachelor of Science" in page.text


@pytest.mark.integration
def test_a_multi_page_tiff_keeps_its_page_numbers(tmp_path: Path) -> None:
    first, second = text_image(["Page one", *LINES]), text_image(["Page two", "Closing balance 1,000.00"])
    path = tmp_path / "statement.tif"
    first.save(path, save_all=True, append_images=[second])
    result = read_document(path, SETTINGS)
    assert [p.number for p in result.pages] == [1, 2]
    assert "Closing balance" in result.pages[1].text
