"""Passport facts from a synthetic bio-data page: what the MRZ proves, what the visual zone confirms."""

from __future__ import annotations

from PIL import Image, ImageDraw, ImageFont

from core.models import FactStatus, Page, TextSource, Word
from extractors.base import DocumentInput
from extractors.mrz.model import MrzRecord
from extractors.mrz.parse import parse_mrz
from extractors.mrz.viz import mrz_forms, name_agreement, parse_date
from extractors.passport import birth_date_for, extract_passport
from tests.test_mrz_reader import DEJAVU, VIZ, passport_page, td3_lines


def _words(viz: list[tuple[str, int, int]]) -> list[Word]:
    """The OCR words of the visual zone as drawn (boxes from the font's own metrics)."""
    font = ImageFont.truetype(DEJAVU, 22)
    draw = ImageDraw.Draw(Image.new("L", (10, 10)))
    words = []
    for line_no, (text, x, y) in enumerate(viz):
        cursor = x
        for token in text.split(" "):
            x0, y0, x1, y1 = draw.textbbox((cursor, y), token, font=font)
            words.append(Word(text=token, bbox=(x0, y0, x1, y1), conf=0.95, line=line_no))
            cursor = x1 + draw.textlength(" ", font=font)
    return words


def _document(lines: list[str], viz: list[tuple[str, int, int]] = VIZ) -> DocumentInput:
    image = passport_page(lines, viz)
    page = Page(
        number=1,
        width=image.width,
        height=image.height,
        unit="px",
        text_source=TextSource.ocr,
        words=_words(viz),
    )
    return DocumentInput(pages=[page], image_loader=lambda _page: image)


def _facts(doc: DocumentInput) -> dict[str, object]:
    return {f.field.removeprefix("passport."): f for f in extract_passport(doc)}


def test_valid_mrz_with_matching_visual_zone_accepts_every_fact() -> None:
    facts = _facts(_document(td3_lines()))
    assert facts["surname"].value == "ERIKSSON" and facts["surname"].status is FactStatus.accepted
    assert facts["surname"].method == "mrz+viz"
    assert facts["given_names"].value == "ANNA MARIA" and facts["given_names"].status is FactStatus.accepted
    assert facts["number"].value == "L898902C3" and facts["number"].confidence >= 0.9
    assert facts["nationality"].value == "CAN" and facts["nationality"].status is FactStatus.accepted
    assert facts["date_of_birth"].value == "1988-03-14" and facts["date_of_birth"].method == "mrz+viz"
    assert facts["expiry_date"].value == "2032-04-15"
    assert facts["sex"].value == "F"
    assert facts["mrz_valid"].value is True
    for fact in facts.values():
        assert fact.page == 1 and fact.bbox is not None


def test_a_visual_zone_surname_that_disagrees_sends_the_surname_to_review() -> None:
    viz = [(("ERIKSEN" if text == "ERIKSSON" else text), x, y) for text, x, y in VIZ]
    facts = _facts(_document(td3_lines(), viz))
    assert facts["surname"].status is FactStatus.needs_review
    assert facts["surname"].confidence < 0.8
    assert "ERIKSEN" in (facts["surname"].note or "")
    assert facts["number"].status is FactStatus.accepted  # check digits still protect the number


def test_names_without_a_visual_zone_are_not_accepted() -> None:
    facts = _facts(_document(td3_lines(), viz=[("PASSPORT", 60, 40)]))
    assert facts["surname"].status is FactStatus.needs_review
    assert facts["nationality"].status is FactStatus.needs_review
    assert facts["date_of_birth"].status is FactStatus.accepted


def test_a_corrupted_check_digit_sends_everything_to_review() -> None:
    lines = td3_lines()
    bad = [lines[0], lines[1][:9] + str((int(lines[1][9]) + 1) % 10) + lines[1][10:]]
    facts = _facts(_document(bad))
    assert facts["mrz_valid"].value is False
    assert all(f.status is FactStatus.needs_review for f in facts.values())


def test_without_pixels_the_mrz_comes_from_the_page_words() -> None:
    lines = td3_lines()
    words = [
        *_words(VIZ),
        Word(text=lines[0], bbox=(50, 680, 1150, 715), line=90),
        Word(text=lines[1], bbox=(50, 740, 1150, 775), line=91),
    ]
    page = Page(number=1, width=1250, height=860, unit="px", text_source=TextSource.ocr, words=words)
    facts = _facts(DocumentInput(pages=[page]))
    assert facts["number"].value == "L898902C3"
    assert facts["mrz_valid"].value is True


def test_transliteration_aware_name_comparison() -> None:
    assert "MUELLER" in mrz_forms("Müller")
    assert name_agreement("MUELLER", "MÜLLER", truncated=False) == "same"
    assert name_agreement("MULLER", "MÜLLER", truncated=False) == "same"
    assert name_agreement("SMITH JONES", "Smith-Jones", truncated=False) == "same"
    assert name_agreement("OCONNOR", "O'Connor", truncated=False) == "same"
    assert name_agreement("WOLFESCHLEGELSTEIN", "Wolfeschlegelsteinhausen", truncated=True) == "same"
    assert name_agreement("ERIKSSON", "ERIKSEN", truncated=False) == "different"


def test_visual_zone_dates() -> None:
    assert parse_date("14 MAR 1988").isoformat() == "1988-03-14"  # type: ignore[union-attr]
    assert parse_date("14 MAR/MARS 1988").isoformat() == "1988-03-14"  # type: ignore[union-attr]
    assert parse_date("14.03.1988").isoformat() == "1988-03-14"  # type: ignore[union-attr]
    assert parse_date("no date here") is None


def test_birth_century_follows_expiry_and_the_visual_zone() -> None:
    from extractors.mrz.viz import VizField

    old = parse_mrz(td3_lines(birth="250101", expiry="240101"))
    assert isinstance(old, MrzRecord)
    # 2025 would be after the 2024 expiry: 1925.
    assert birth_date_for(old, None)[0].isoformat() == "1925-01-01"  # type: ignore[union-attr]
    young = parse_mrz(td3_lines(birth="200101", expiry="300101"))
    assert isinstance(young, MrzRecord)
    assert birth_date_for(young, None)[0].isoformat() == "2020-01-01"  # type: ignore[union-attr]
    # A centenarian's VIZ four-digit year settles what the two digits cannot.
    got, note = birth_date_for(young, VizField("01 JAN 1920", None))
    assert got is not None and got.year == 1920 and note


def test_an_unconfirmed_number_needs_the_visual_zone_to_print_it() -> None:
    from extractors.base import ACCEPT_CONFIDENCE
    from extractors.mrz import check_digit
    from extractors.passport import PROTECTED_UNCONFIRMED, _number_in_viz

    # Two misread characters can cancel in a check digit: 548120937 read as 64B120937 still checks.
    assert check_digit("548120937") == check_digit("64B120937")
    assert PROTECTED_UNCONFIRMED < ACCEPT_CONFIDENCE
    viz = "PASSPORT NO. 548120937 SURNAME SMITH JONES"
    assert _number_in_viz("548120937", viz)
    assert not _number_in_viz("64B120937", viz)
    assert not _number_in_viz("54812093", viz)  # part of a longer number is not the number


def test_on_a_page_in_points_the_mrz_box_is_given_in_points_too() -> None:
    # A scanned passport PDF with the scanner's text layer: words in points, the image rendered larger.
    image = passport_page(td3_lines(), VIZ)
    factor = 72 / 300
    words = [w.model_copy(update={"bbox": tuple(c * factor for c in w.bbox)}) for w in _words(VIZ)]
    page = Page(
        number=1,
        width=image.width * factor,
        height=image.height * factor,
        unit="pt",
        text_source=TextSource.text_layer,
        words=words,
    )
    facts = _facts(DocumentInput(pages=[page], image_loader=lambda _page: image))
    box = facts["number"].bbox
    assert facts["number"].value == "L898902C3"
    assert box is not None and box[2] <= page.width + 1 and box[3] <= page.height + 1
