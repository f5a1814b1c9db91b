"""The label-and-geometry toolkit, and a small page builder the extractor tests share."""

from __future__ import annotations

from core.models import Page, TextSource, Word
from extractors import text_fields as tf
from extractors.base import DocumentInput
from readers.lines import assign_lines

CHAR_W = 6.0
ROW_H = 20.0


def make_page(
    rows: list[list[tuple[float, str]] | str],
    conf: float = 1.0,
    unit: str = "pt",
    slope: float = 0.0,
    low_conf_words: frozenset[str] = frozenset(),
) -> Page:
    """A page from rows of (x, text) cells; a plain string is one cell at x=40.

    Words get boxes from a fixed character width, so tests place labels and values by geometry
    as a real page would; ``slope`` tilts rows like a phone photo.
    """
    words: list[Word] = []
    for i, row in enumerate(rows):
        cells = [(40.0, row)] if isinstance(row, str) else row
        y = 40 + ROW_H * i
        for x, text in cells:
            cursor = x
            for token in text.split():
                width = CHAR_W * len(token)
                dy = slope * cursor
                c = 0.5 if token in low_conf_words else conf
                words.append(Word(text=token, bbox=(cursor, y + dy, cursor + width, y + dy + 10), conf=c))
                cursor += width + CHAR_W
    source = TextSource.text_layer if unit == "pt" else TextSource.ocr
    return Page(number=1, width=600, height=900, unit=unit, text_source=source, words=assign_lines(words))


def doc(*pages: Page) -> DocumentInput:
    return DocumentInput(pages=list(pages))


def test_value_right_of_label_in_a_far_column() -> None:
    page = make_page([[(40, "Family Name"), (220, "ZHANG")], [(40, "Date of Birth"), (220, "14/03/1988")]])
    found = tf.value_near([page], ("Family Name",), tf.parse_upper_name)
    assert found is not None and found.value == "ZHANG" and found.how == "right"


def test_value_below_label() -> None:
    page = make_page([[(40, "Surname"), (300, "Other Names")], [(40, "SMITH-JONES"), (300, "ELEANOR GRACE")]])
    found = tf.value_near([page], ("Other Names",), tf.parse_upper_name, ("right", "below"))
    assert found is not None and found.value == "ELEANOR GRACE" and found.how == "below"


def test_label_matched_fuzzily_but_short_labels_exactly() -> None:
    page = make_page([[(40, "Date of Birht"), (220, "14 MAR 1988")], [(40, "Dale"), (220, "01/01/2020")]])
    assert tf.find_labels(page, ("Date of Birth",))
    assert all(hit.words[0].text == "Date" for hit in tf.find_labels(page, ("Date",)))


def test_a_label_read_as_a_value_is_not_a_name() -> None:
    page = make_page([[(40, "Surname")], [(40, "Date of Birth")]])
    assert tf.value_near([page], ("Surname",), tf.parse_upper_name, ("right", "below")) is None


def test_tilted_rows_are_followed() -> None:
    rows: list[list[tuple[float, str]] | str] = [
        [(40, "Family Name"), (300, "KARIMI")],
        [(40, "First Name(s)"), (300, "AHMAD FARID")],
        [(40, "Candidate ID"), (300, "P03816274")],
        [(40, "Date of Birth"), (300, "11/02/1991")],
    ]
    page = make_page(rows, slope=-0.03)
    found = tf.value_near([page], ("First Name(s)",), tf.parse_upper_name)
    assert found is not None and found.value == "AHMAD FARID"


def test_name_doubt_spots_lost_umlauts() -> None:
    words = [Word(text="Miiller", bbox=(0, 0, 1, 1), conf=0.95)]
    assert tf.name_doubt(words)
    assert tf.name_doubt([Word(text="Miller", bbox=(0, 0, 1, 1), conf=0.95)]) is None


def test_reocr_is_empty_without_an_image() -> None:
    page = make_page(["x"], unit="px")
    assert tf.reocr(doc(page), page, (0, 0, 10, 10)) == []
