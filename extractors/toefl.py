"""TOEFL iBT score report: candidate, dates, four sections, total and the scale they are on.

Test-date scores are reported, not MyBest (the best sections across tests), unless a report shows
only MyBest. From January 2026 ETS reports 1-6 bands (halves), for a time with the 0-120 scale
alongside; the band scores are then the reported ones, and the 0-120 figures printed beside them are
kept as ``toefl.comparable_*`` when all five are printed and add up. Totals are checked: on 0-120 the
total is the sum of the sections, on 1-6 the overall is their mean rounded to a half band (and the
comparable 0-120 figures, when printed, must add up too).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from core.models import Fact, FactStatus, Page, Word
from extractors import text_fields as tf
from extractors import vocabulary as vocab
from extractors.base import DocumentInput, make_fact, union_bbox
from extractors.person_name import NameLabels, read_name, surname_first
from extractors.text_fields import LabelHit

SECTIONS = ("reading", "listening", "speaking", "writing")
# TOEFL reports print no family/given split with a name above it: "Name" stands below other fields.
NAME_LABELS = NameLabels()
TOTAL_LABELS = ("Total Score", "Total", "Overall")
_INT = re.compile(r"^\d{1,3}$")
# A score printed with its scale: "24/30", "97/120".
_OUT_OF = re.compile(r"^(\d{1,3})\s*/\s*(?:30|120)$")
_HALF = re.compile(r"^[1-6][.,][05]$")
# A band as ETS prints it: a whole band without its ".0" ("5", "4.5"). Only read as a band on a report
# the 1-6 scale is known for (a half band printed somewhere on it), since a lone digit is anything.
_BAND = re.compile(r"^[1-6](?:[.,][05])?$")


def _is_band_scale(pages: Sequence[Page]) -> bool:
    text = " ".join(p.text for p in pages)
    return bool(re.search(r"\b1\s*(?:[-–]|to)\s*6\b", text)) and any(
        _HALF.match(w.text) for p in pages for w in p.words
    )


# ETS heads its score reports with the name unlabelled, as "SOKOLOV, Dmitry Igorevich", among the
# first lines (over the address, or over a "Name" caption).
_NAME_AT_TOP_LINES = 6


def _unlabelled_name(page: Page) -> list[Fact]:
    for line in page.lines()[:_NAME_AT_TOP_LINES]:
        cell = tf.cells(line)[0]
        found = surname_first(cell)
        if found and len(found[1]) == len(cell):
            note = "no label names the candidate: the 'SURNAME, Given names' heading the report"
            return [tf.fact_from("toefl.candidate_name", found[0], found[1], page.number, "layout", note=note,
                                 force_review=True)]  # fmt: skip
    return []


def _mybest_columns(page: Page) -> list[LabelHit]:
    return tf.find_labels(page, ("MyBest Scores", "MyBest"), min_score=80)


def _in_mybest(hit: LabelHit, mybest: list[LabelHit]) -> bool:
    # A section label standing under the MyBest heading belongs to the MyBest column; "MyBest scores
    # combine ..." in the note below the table heads no column.
    return any(hit.bbox[0] >= m.bbox[0] - 2 * tf.height(m.bbox) and m.bbox[1] < hit.bbox[1] for m in mybest)


def _section_value(page: Page, hit: LabelHit, band_scale: bool) -> Word | None:
    """The first score on the label's row (or under it); bands when the report is on the 1-6 scale."""
    pattern = _BAND if band_scale else _SCORE
    # A bilingual label ("Reading / 읽기") has its translation between it and the score column.
    row = tf.right_of(page, hit, max_gap=0.45 * page.width, next_gap=0.45 * page.width)
    for i, w in enumerate(row):
        if pattern.match(w.text):
            if band_scale and w.text.isdigit() and any(_HALF.match(x.text) for x in row[i + 1 : i + 3]):
                continue  # "Writing ¹ 4.5": a footnote mark before the band
            return w
        if re.search(r"[A-Za-z]", w.text):
            break  # the next column's label: this row has no value of that kind
    if not row and (far := _far_right(page, hit, pattern)):
        return far
    below = tf.nearest_in_column(
        page, hit, lambda w: bool(pattern.match(w.text)), max_rows=3, allow_right=False
    )
    if below:
        return below[0]
    # A report that prints each score before its section's name ("5.0   Reading").
    left = tf.left_of(page, hit, max_gap=0.25 * page.width)
    return left[-1] if left and not row and pattern.match(left[-1].text) else None


_SCORE = re.compile(rf"{_INT.pattern}|{_OUT_OF.pattern}")


def _num(word: Word) -> float:
    out_of = _OUT_OF.match(word.text)
    return float(out_of.group(1)) if out_of else float(word.text.replace(",", "."))


def extract_toefl(document: DocumentInput) -> list[Fact]:
    pages = [p for p in document.pages if p.words]
    facts: list[Fact] = []
    if not pages:
        return facts
    name = read_name(pages, "toefl.candidate_name", NAME_LABELS, ("right", "below", "left"))
    facts.extend(name or _unlabelled_name(pages[0]))
    parse_day = tf.day_parser(pages)
    dob = tf.value_near(pages, vocab.DATE_OF_BIRTH, parse_day, ("right", "below", "left"))
    if dob:
        facts.append(tf.fact_from("toefl.date_of_birth", dob.value, dob.words, dob.page, "label"))
    test_date = tf.value_near(pages, vocab.TEST_DATE, parse_day, ("right", "below", "left"))
    if test_date:
        facts.append(
            tf.fact_from("toefl.test_date", test_date.value, test_date.words, test_date.page, "label")
        )
    band_scale = _is_band_scale(pages)
    scale = "1-6" if band_scale else "0-120"
    for page in pages:
        mybest = _mybest_columns(page)
        scores: dict[str, Word] = {}
        only_mybest = False
        for section in SECTIONS:
            hits = [h for h in tf.find_labels(page, (section.capitalize(),)) if len(h.words) == 1]
            test_hits = [h for h in hits if not _in_mybest(h, mybest)] if mybest else hits
            if not test_hits and hits:
                test_hits, only_mybest = hits, True
            for hit in sorted(test_hits, key=lambda h: (h.bbox[1], h.bbox[0])):
                value = _section_value(page, hit, band_scale)
                if value is not None:
                    scores[section] = value
                    break
        if not scores:
            continue
        total = _total(page, band_scale, mybest)
        facts.extend(_score_facts(page, scores, total, band_scale, only_mybest))
        comparable = _comparable_words(page, scores, total) if band_scale else None
        if comparable is not None:
            # "Read both, record which": the 0-120 figures printed beside the bands, as added fields.
            facts.extend(
                _comparable_facts(_score_facts(page, comparable[0], comparable[1], False, only_mybest))
            )
        facts.append(
            make_fact(
                "toefl.scale",
                scale,
                0.95,
                "pattern",
                page.number,
                None,
                "1-6 band scale printed" if band_scale else "section scores 0-30, total 0-120",
            )
        )
        break
    if band_scale and _BOTH_SCALES.search(" ".join(p.text for p in pages)):
        # A report of the 2026 transition prints the bands and the 0-120 scores side by side; which
        # of them the application rests on is a person's call, not a reading's.
        note = "the report prints both the 1-6 bands and 0-120 scores; the bands were read"
        facts = [
            f.model_copy(update={"status": FactStatus.needs_review, "note": note})
            if f.field.split(".", 1)[1] in (*SECTIONS, "total", "scale")
            else f
            for f in facts
        ]
    return facts


_BOTH_SCALES = re.compile(r"\(?0\s*[-–]\s*(?:30|120)\)?|/\s*120\b")


def _total(page: Page, band_scale: bool, mybest: list[LabelHit]) -> Word | None:
    pattern = _BAND if band_scale else _SCORE
    labels = ("Overall Score", "Overall", "Total Score", "Total") if band_scale else ("Total Score", "Total")
    for hit in tf.find_labels(page, labels):
        if mybest and _in_mybest(hit, mybest):
            continue
        if band_scale and "(" in "".join(w.text for w in tf.right_of(page, hit)[:1]):
            continue  # "Total (0-120)" is the comparable total, not the band
        row = tf.right_of(page, hit, max_gap=0.45 * page.width, next_gap=0.45 * page.width)
        for w in row:
            if pattern.match(w.text):
                return w
            if re.search(r"[A-Za-z]", w.text):
                break
        if not row and (far := _far_right(page, hit, pattern)):
            return far
        left = tf.left_of(page, hit, max_gap=0.25 * page.width)
        if left and pattern.match(left[-1].text):
            return left[-1]  # "4.5   Overall band score (1-6)": the score before its label, none after
        if tf.right_of(page, hit, max_gap=0.45 * page.width):
            continue  # the label has a row of its own: a number under it belongs to something else
        # A header row of section names over a row of scores: the total stands under its heading.
        below = tf.nearest_in_column(
            page, hit, lambda w: bool(pattern.match(w.text)), max_rows=3, allow_right=False
        )
        if below:
            return below[0]
    return None


def _comparable_words(
    page: Page, bands: dict[str, Word], overall: Word | None
) -> tuple[dict[str, Word], Word] | None:
    """On a report printing both scales: the 0-30 score beside each band and the 0-120 total beside
    the overall band, when all five are printed and the sections add up to the total."""
    if len(bands) != 4 or overall is None:
        return None
    sections: dict[str, Word] = {}
    for name, band in bands.items():
        first = _first_right(page, band, _INT)
        if first is None or int(first.text) > 30:
            return None
        sections[name] = first
    total = _first_right(page, overall, re.compile(r"^\d{2,3}$"))
    if (
        total is None
        or not 30 < int(total.text) <= 120
        or sum(int(w.text) for w in sections.values()) != int(total.text)
    ):
        return None
    return sections, total


def _far_right(page: Page, hit: LabelHit, pattern: re.Pattern[str]) -> Word | None:
    """A score in a column far right of its label with nothing between ("Reading ...... 5.0")."""
    row = tf.right_of(page, hit, max_gap=page.width, next_gap=page.width)
    return row[0] if row and pattern.match(row[0].text) else None


def _first_right(page: Page, word: Word, pattern: re.Pattern[str]) -> Word | None:
    """The nearest word right of ``word`` on its line that matches ``pattern``."""
    right = [
        w for w in page.words if w.line == word.line and w.bbox[0] > word.bbox[2] and pattern.match(w.text)
    ]
    return min(right, key=lambda w: w.bbox[0]) if right else None


def _comparable_facts(facts: list[Fact]) -> list[Fact]:
    """The 0-120 facts under their own names (``toefl.comparable_reading``, ``toefl.comparable_total``)."""
    return [f.model_copy(update={"field": f"toefl.comparable_{f.field.split('.', 1)[1]}"}) for f in facts]


def _comparable_sum(page: Page, scores: dict[str, Word]) -> tuple[int, int] | None:
    """On a 1-6 report: the 0-30 figures beside the bands and the printed 0-120 total."""
    parts = []
    for word in scores.values():
        beside = _first_right(page, word, _INT)
        if beside is None:
            return None
        parts.append(int(beside.text))
    for hit in tf.find_labels(page, ("Total (0-120)", "Total")):
        nums = [w for w in tf.right_of(page, hit) if _INT.match(w.text) and int(w.text) > 30]
        if nums:
            return sum(parts), int(nums[0].text)
    return None


def _score_facts(
    page: Page, scores: dict[str, Word], total: Word | None, band_scale: bool, only_mybest: bool
) -> list[Fact]:
    complete = len(scores) == 4 and total is not None
    note, review = None, not complete
    if complete:
        assert total is not None
        values = [_num(scores[s]) for s in SECTIONS]
        if band_scale:
            expected = math.floor(sum(values) / 4 * 2 + 0.5 + 1e-9) / 2
            ok = expected == _num(total)
            comparable = _comparable_sum(page, scores)
            if comparable is not None and comparable[0] != comparable[1]:
                ok = False
            note = (
                "overall is the rounded mean of the bands"
                if ok
                else f"overall is not the rounded mean ({expected})"
            )
        else:
            ok = sum(values) == _num(total)
            note = (
                "total is the sum of the sections"
                if ok
                else f"sections add up to {sum(values):g}, not the total"
            )
        review = not ok
    else:
        note = "not every section or the total was found"
    if only_mybest:
        note = (note or "") + "; only MyBest scores are shown"
    facts = []
    for name, word in [*scores.items(), *([("total", total)] if total is not None else [])]:
        value: float | int = _num(word) if band_scale else int(_num(word))
        method = "label" + ("+check" if complete and not review else "")
        facts.append(
            make_fact(
                f"toefl.{name}",
                value,
                tf.value_confidence([word]),
                method,
                page.number,
                union_bbox([word.bbox]),
                note,
                force_review=review,
            )
        )
    return facts
