"""HSK score report (汉语水平考试): level, section scores and total, date, certificate number.

Bilingual labels (听力 Listening, 阅读 Reading, 书写 Writing, 总分 Total); Tesseract's Chinese models
space out characters, so labels are matched on folded text without spaces. Section scores must add
up to the total and stay within the level's maximum (100 per section; 300 for levels 3-6, 200 for
levels 1-2, where there is no writing section).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from core.models import Fact, Page, Word
from extractors import text_fields as tf
from extractors import vocabulary as vocab
from extractors.base import DocumentInput, make_fact, union_bbox
from extractors.dates import find_dates, rewrite_dates
from extractors.person_name import read_name

SECTIONS = {
    "listening": ("Listening", "听力", "聽力"),
    "reading": ("Reading", "阅读", "閱讀"),
    "writing": ("Writing", "书写", "書寫"),
    "total": ("Total", "总分", "總分"),
}
FULL_MARK_WORDS = ("满分", "滿分", "full", "max", "maximum")
CERT_LABELS = (
    "Certificate No.",
    "Certificate No",
    "Certificate Number",
    "Report No.",
    "Report Number",
    "证书编号",
    "證書編號",
    "报告编号",
    "報告編號",
    "成绩报告编号",
    "编号",
    "編號",
)
# Labels of the score report's own number, which is not the number CTI checks a result by.
REPORT_LABELS = ("Report No.", "Report Number", "报告编号", "報告編號", "成绩报告编号")
# Other numbers a report prints near the certificate number (the candidate's ID, the admission
# ticket): a number one of these labels owns is never the certificate number.
OTHER_NUMBER_LABELS = (
    "ID No.",
    "ID Number",
    "Passport No.",
    "Passport Number",
    "证件号码",
    "證件號碼",
    "身份证号",
    "护照号码",
    "Admission Ticket No.",
    "Admission Ticket",
    "准考证号",
    "准考證號",
    "Candidate No.",
    "Registration No.",
)
CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_INT = re.compile(r"^\d{1,3}$")
# A score printed with its scale: "86/100", "177/200".
_OUT_OF = re.compile(r"^(\d{1,3})/(?:100|200|300)$")


def _score(word: Word) -> int | None:
    if _INT.match(word.text):
        return int(word.text)
    out_of = _OUT_OF.match(word.text)
    return int(out_of.group(1)) if out_of else None


_CERT = re.compile(r"^[A-Z]?\d{8,18}$")


def _level(pages: Sequence[Page]) -> tuple[int, list[Word], float, str] | None:
    """ "HSK 五级 / Level 5": the Arabic and Chinese numerals must agree when both are printed."""
    for page in pages:
        for line in page.lines():
            text = tf.join_words(line)
            arabic = re.search(r"(?:Level|HSK)\s*([1-9])\b", text, re.IGNORECASE)
            chinese = re.search(r"([一二三四五六七八九])\s*级", text)
            if not arabic and not chinese:
                continue
            values = {int(arabic.group(1))} if arabic else set()
            if chinese:
                values.add(CN_DIGITS[chinese.group(1)])
            if len(values) != 1:
                return values.pop(), line, 0.5, "label"
            words = [w for w in line if re.search(r"HSK|Level|级|\d", w.text)]
            conf = tf.value_confidence(words)
            method = "label+check" if arabic and chinese else "label"
            return values.pop(), words, conf if arabic and chinese else min(conf, 0.9), method
    return None


# HSK's pass marks (120 of 200 for levels 1-2, 180 of 300 for 3-6), printed near the scores in a row
# about passing ("pass mark 180 / 300", "总分180分（含）以上为合格"), are no score; a score row that
# also says "合格" keeps its other numbers.
_PASS_MARK = re.compile(
    r"\bpass(?:ing)?\s*(?:mark|score|line)|\b(?:or|and)\s+above\b|合格(?:标准|標準|线|線|分数|分數)|以上为合格|以上為合格"
    r"|分为合格|分為合格|及格线|及格線",
    re.IGNORECASE,
)
_PASS_MARKS = {"120", "180"}


def _is_pass_mark_row(page: Page, word: Word) -> bool:
    if word.text not in _PASS_MARKS:
        return False
    return bool(_PASS_MARK.search(" ".join(w.text for w in page.words if w.line == word.line)))


def _is_full_mark_row(page: Page, word: Word) -> bool:
    row = [w for w in page.words if w.line == word.line and w.bbox[2] < word.bbox[0]]
    text = tf.fold(" ".join(w.text for w in row))
    return any(tf.fold(k) in text for k in FULL_MARK_WORDS)


def _full_mark_columns(page: Page) -> list[tuple[float, float, float]]:
    """(left, right, bottom) of each column headed "满分" / "Max": its numbers are the scale, not scores."""
    columns = []
    for hit in tf.find_labels(
        page, ("满分", "滿分", "Max", "Maximum", "Full Marks", "Full Score", "Max. Score")
    ):
        if any(_INT.match(w.text) for w in tf.right_of(page, hit, max_gap=page.width, next_gap=page.width)):
            continue  # a row of full marks ("满分 Full Score  100  100  300"), see _is_full_mark_row
        h = tf.height(hit.bbox)
        # The whole heading cell ("Full score 满分"), not only the matched words.
        columns.append((tf.cell_left(page, hit) - h, hit.bbox[2] + h, hit.bbox[3]))
    return columns


def _in_columns(word: Word, columns: list[tuple[float, float, float]]) -> bool:
    cx = (word.bbox[0] + word.bbox[2]) / 2
    return any(left <= cx <= right and word.bbox[1] >= bottom for left, right, bottom in columns)


def _scores(page: Page) -> dict[str, Word]:
    found: dict[str, Word] = {}
    used: set[int] = set()
    full_marks = _full_mark_columns(page)
    for name, phrases in SECTIONS.items():
        hits = tf.find_labels(page, phrases)
        for hit in sorted(hits, key=lambda h: (h.bbox[1], h.bbox[0])):
            candidates = tf.nearest_in_column(
                page,
                hit,
                lambda w: (
                    _score(w) is not None
                    and not _is_full_mark_row(page, w)
                    and not _is_pass_mark_row(page, w)
                    and not _in_columns(w, full_marks)
                ),
                max_rows=6,
                # With a full-marks column skipped, "your score" stands two columns away.
                right_reach=0.6 if full_marks else 0.45,
            )
            candidates = [w for w in candidates if id(w) not in used]
            if candidates:
                found[name] = candidates[0]
                used.add(id(candidates[0]))
                break
    return found


# In a letter's prose, the words just before a date say what it is: "at our test centre on D" is
# the test, "born on D" and "issued ... on D" are not.
_TEST_WORDING = re.compile(
    r"\b(?:sat|took|taken|tests?|exam(?:ination)?s?|held|examen|presentó|zkoušk\w*)\b|考试", re.IGNORECASE
)
_OTHER_WORDING = re.compile(
    r"\bborn\b|\bbirth|出生|\bissued?\b|签发|发证|\bprint(?:ed)?\b|打印|\breleased?\b|\bvalid\b",
    re.IGNORECASE,
)


def _date(pages: Sequence[Page]) -> tuple[tf.Found[str], str | None] | None:
    """The test date and, when no label names it, why a person should check it."""
    labelled = tf.value_near(
        pages,
        vocab.TEST_DATE,
        tf.day_parser(pages),
        ("right", "below", "above"),
    )
    if labelled is not None:
        return labelled, None
    first: tf.Found[str] | None = None
    for page in pages:
        previous = ""
        for line in page.lines():
            text = tf.join_words(line)
            for found in find_dates(rewrite_dates(text)):
                if found.precision != "day":
                    continue
                context = f"{previous} {text[: found.start]}"[-60:]
                test = [m.end() for m in _TEST_WORDING.finditer(context)]
                other = [m.end() for m in _OTHER_WORDING.finditer(context)]
                if test and (not other or test[-1] > other[-1]):
                    return (
                        tf.Found(found.value, tuple(line), page.number, "pattern"),
                        "test date read from the wording before it, not from a label",
                    )
                if first is None and not other:
                    first = tf.Found(found.value, tuple(line), page.number, "pattern")
            previous = text
    return (first, "no label or wording names this date as the test date") if first else None


def _number_words(words: list[Word]) -> tuple[str, list[Word]] | None:
    for w in words:
        token = w.text.strip(".,:;")
        if _CERT.match(token):
            return token, [w]
    return None


def _owned_numbers(pages: Sequence[Page]) -> set[int]:
    """Ids of the number words that an ID, passport or admission-ticket label points at."""
    owned: set[int] = set()
    for page in pages:
        for hit in tf.find_labels(page, OTHER_NUMBER_LABELS):
            for words in [tf.right_of(page, hit), *tf.below(page, hit, max_rows=1)]:
                parsed = _number_words(words)
                if parsed is not None:
                    owned.add(id(parsed[1][0]))
                    break
    return owned


def _certificate(pages: Sequence[Page]) -> tuple[tf.Found[str], bool] | None:
    """The certificate number and whether it is sure: right of its label or under it is the usual
    place; a number above the label is taken only for review (in a label-above-value layout it is the
    previous label's value), and never one that another label (ID No., admission ticket) owns."""
    owned = _owned_numbers(pages)

    def parse(words: list[Word]) -> tuple[str, list[Word]] | None:
        return _number_words([w for w in words if id(w) not in owned])

    found = tf.value_near(pages, CERT_LABELS, parse, ("right", "below", "above"))
    if found is None:
        return None
    return found, found.how != "above"


_CERT_DOUBT = {
    False: "the number stands above its label, not beside or below it",
    True: "no known label names this number; its level and date digits do not match what was read",
}
# CTI's certificate numbers: H, the level, the test date as yymmdd, then four digits (H52503230731).
_CTI_NUMBER = re.compile(r"^H([1-6])(\d{6})\d{4}$")


def _cti_numbers(pages: Sequence[Page]) -> Iterator[tuple[str, Word, int, re.Match[str]]]:
    """Every number of CTI's shape on the pages: (token, word, page number, match)."""
    for page in pages:
        for w in page.words:
            token = w.text.strip(".,:;()")
            m = _CTI_NUMBER.match(token)
            if m is not None:
                yield token, w, page.number, m


def _of_the_test(m: re.Match[str], level: int | None, dated: tuple[tf.Found[str], str | None] | None) -> bool:
    """Whether a CTI number's level and date digits are the level and test date read elsewhere."""
    return (
        level is not None
        and dated is not None
        and int(m.group(1)) == level
        and m.group(2) == dated[0].value[2:].replace("-", "")
    )


def _shaped_certificate(
    pages: Sequence[Page], level: int | None, dated: tuple[tf.Found[str], str | None] | None
) -> tuple[tf.Found[str], bool] | None:
    """A number under a label the reader does not know ("Número de certificado"), taken by its shape:
    sure only when its level and date digits agree with the level and test date read elsewhere."""
    owned = _owned_numbers(pages)  # an admission ticket's number is not the certificate's
    for token, w, page_no, m in _cti_numbers(pages):
        if id(w) not in owned:
            return tf.Found(token, (w,), page_no, "pattern"), _of_the_test(m, level, dated)
    return None


def _cti_number_of_the_test(
    pages: Sequence[Page], level: int | None, dated: tuple[tf.Found[str], str | None] | None
) -> tf.Found[str] | None:
    """A number of CTI's shape whose level and date digits are the level and test date read, under
    whatever label (the admission ticket's too)."""
    for token, w, page_no, m in _cti_numbers(pages):
        if _of_the_test(m, level, dated):
            return tf.Found(token, (w,), page_no, "pattern")
    return None


def extract_hsk(document: DocumentInput) -> list[Fact]:
    pages = [p for p in document.pages if p.words]
    facts: list[Fact] = []
    if not pages:
        return facts
    # Below before above: in a label-above-value layout the row above a label holds another value.
    facts.extend(read_name(pages, "hsk.candidate_name"))
    level = _level(pages)
    if level:
        value, words, conf, method = level
        facts.append(tf.fact_from("hsk.level", value, words, pages[0].number, method, confidence=conf))
    dated = _date(pages)
    if dated:
        date, doubt = dated
        facts.append(
            tf.fact_from(
                "hsk.test_date",
                date.value,
                date.words,
                date.page,
                "label" if doubt is None else "wording",
                note=doubt,
                force_review=doubt is not None,
            )
        )
    certificate = _certificate(pages) or _shaped_certificate(pages, level[0] if level else None, dated)
    note = None
    if certificate is None:
        # No certificate number at all: the admission ticket's, when it is CTI's number of this test
        # (the contract's "certificate or admission number"), for a person to confirm.
        ticket = _cti_number_of_the_test(pages, level[0] if level else None, dated)
        if ticket is not None:
            certificate, note = (
                (ticket, False),
                "the admission ticket's number: no certificate number is printed",
            )
    labelled_as = certificate[0].label.phrase if certificate and certificate[0].label else ""
    if certificate and not _CTI_NUMBER.match(certificate[0].value) and labelled_as in REPORT_LABELS:
        ticket = _cti_number_of_the_test(pages, level[0] if level else None, dated)
        if ticket is not None:
            # "Report No. 5014210802560" beside "Admission Ticket No. H22503160088": CTI's own number,
            # carrying the level and the test date, is the one the certificate is checked by
            note = f"{certificate[0].value} is labelled too; this number carries the test's level and date"
            certificate = (ticket, False)
    if certificate:
        cert, sure = certificate
        facts.append(
            tf.fact_from(
                "hsk.certificate_number",
                cert.value,
                cert.words,
                cert.page,
                "pattern+check" if cert.how == "pattern" else "label",
                note=note or (None if sure else _CERT_DOUBT[cert.how == "pattern"]),
                force_review=not sure,
            )
        )
    for page in pages:
        scores = _scores(page)
        if scores:
            facts.extend(_score_facts(page, scores, level[0] if level else None))
            break
    return facts


def _score_facts(page: Page, scores: dict[str, Word], level: int | None) -> list[Fact]:
    values = {k: _score(w) or 0 for k, w in scores.items()}
    sections = [k for k in ("listening", "reading", "writing") if k in values]
    max_total = 200 if level in (1, 2) else 300
    needed = ("listening", "reading") if level in (1, 2) else ("listening", "reading", "writing")
    review, note = True, "not every section or the total was found"
    if all(k in values for k in needed) and "total" in values:
        parts = sum(values[k] for k in needed)
        in_range = all(0 <= values[k] <= 100 for k in needed) and values["total"] <= max_total
        review = parts != values["total"] or not in_range
        note = (
            "sections add up to the total"
            if not review
            else f"sections add up to {parts}, total printed {values['total']} (max {max_total})"
        )
    facts = []
    for key in [*sections, "total"]:
        if key not in scores:
            continue
        word = scores[key]
        facts.append(
            make_fact(
                f"hsk.{key}",
                values[key],
                tf.value_confidence([word]),
                "label" + ("" if review else "+check"),
                page.number,
                union_bbox([word.bbox]),
                note,
                force_review=review,
            )
        )
    return facts
