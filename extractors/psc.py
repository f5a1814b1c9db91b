"""Putonghua Proficiency Test (普通话水平测试) certificate: name, grade, score, date, certificate number.

Certificates are faint, grey and boxed; when the page reading missed the grade or the name the page
is read again with contrast stretched and the Chinese models only. The grade is cross-checked
against the printed score (each grade is a score band), so a misread grade is caught.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.models import Fact, Page, Word
from extractors import text_fields as tf
from extractors import vocabulary as vocab
from extractors.base import DocumentInput
from extractors.dates import find_dates, rewrite_dates
from extractors.person_name import read_name
from readers.lines import assign_lines

GRADES = ("一级甲等", "一级乙等", "二级甲等", "二级乙等", "三级甲等", "三级乙等")
# Lower score bound of each grade (national standard GB/T; scores out of 100).
GRADE_FLOOR = {
    "一级甲等": 97.0,
    "一级乙等": 92.0,
    "二级甲等": 87.0,
    "二级乙等": 80.0,
    "三级甲等": 70.0,
    "三级乙等": 60.0,
}
_TRAD = str.maketrans({"級": "级", "甲": "甲", "乙": "乙", "壹": "一", "贰": "二", "貳": "二", "叁": "三"})
_GRADE = re.compile(r"([一二三])\s*级\s*([甲乙])\s*等")
NAME_LABELS = vocab.FULL_NAME
CERT_LABELS = ("证书编号", "證書編號", "编号", "編號", "Certificate No", "Certificate Number")
SCORE_LABELS = ("分数", "分數", "成绩", "得分", "Score")
# Words of a certificate's own labels (证书编号, 测试时间, 性别 ...): a "name" holding one is a label
# read as a value. Words, not single characters: 成, 单 and 时 are also surnames.
_LABEL_WORDS = re.compile(
    r"证书|證書|编号|編號|号码|號碼|测试|測試|时间|時間|日期|性别|性別|等级|等級|成绩|成績|单位|單位|姓名|得分|分数|分數|考试|考試|身份|准考"
)


def grade_for_score(score: float) -> str | None:
    for grade in GRADES:
        if score >= GRADE_FLOOR[grade]:
            return grade
    return None


def _grade(pages: Sequence[Page]) -> tuple[str, list[Word], int] | None:
    for page in pages:
        for line in page.lines():
            m = _GRADE.search(tf.join_words(line).translate(_TRAD))
            if m:
                words = [w for w in line if re.search(r"[一二三级級甲乙等]", w.text)]
                return f"{m.group(1)}级{m.group(2)}等", words, page.number
    return None


def _cjk_name(words: list[Word]) -> tuple[str, list[Word]] | None:
    return tf.cjk_name(words, _LABEL_WORDS)


def _number(min_digits: int):
    def parse(words: list[Word]) -> tuple[str, list[Word]] | None:
        for w in words:
            token = w.text.strip(".,:;")
            if re.fullmatch(rf"\d{{{min_digits},20}}", token):
                return token, [w]
        return None

    return parse


def _score(words: list[Word]) -> tuple[float, list[Word]] | None:
    for w in words:
        if re.fullmatch(r"\d{2,3}(?:\.\d{1,2})?", w.text) and float(w.text) <= 100:
            return float(w.text), [w]
    return None


def _reread(document: DocumentInput, page: Page) -> Page | None:
    """Faint or boxed rows read again: each label's row, and the text inside table frames.

    Returns a page of the re-read words (same coordinates) for the same label logic to run on.
    """
    if page.unit != "px" or document.page_image(page) is None:
        return None
    words: list[Word] = []
    for hit in tf.find_labels(page, (*NAME_LABELS, "等级", "等級")):
        box, h = hit.bbox, tf.height(hit.bbox)
        region = (box[2] + 0.5 * h, box[1] - 0.6 * h, page.width * 0.95, box[3] + 0.6 * h)
        value = tf.reocr(document, page, region, lang="chi_sim", psm=11, scale=1.0, stretch=True)
        value = [w for w in value if w.conf >= 0.5]  # specks read as characters
        words.extend([*hit.words, *(w.model_copy(update={"bbox": _row_box(w, region)}) for w in value)])
    words.extend(tf.framed_texts(document, page, (0, 0, page.width, page.height), "chi_sim", 6, True, False))
    if not words:
        return None
    return page.model_copy(update={"words": assign_lines(_dedupe(words)), "ocr_lang": "chi_sim"})


def _dedupe(words: list[Word]) -> list[Word]:
    """One word per place: a row and the frame around it are both read, and would double every character."""
    kept: list[Word] = []
    for word in sorted(words, key=lambda w: -w.conf):
        if not any(k.text == word.text and _overlap(word.bbox, k.bbox) > 0.5 for k in kept):
            kept.append(word)
    return kept


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    ix = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    smaller = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
    return ix * iy / smaller if smaller > 0 else 0.0


def _row_box(word: Word, region: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    # Keep the re-read word on its label's row so "right of the label" still finds it.
    return (
        word.bbox[0],
        region[1] + 0.2 * (region[3] - region[1]),
        word.bbox[2],
        region[3] - 0.2 * (region[3] - region[1]),
    )


def extract_psc(document: DocumentInput) -> list[Fact]:
    pages = [p for p in document.pages if p.words]
    if not pages:
        return []
    grade = _grade(pages)
    name = tf.value_near(pages, NAME_LABELS, _cjk_name, ("right", "below", "left"))
    method_suffix = ""
    if grade is None or name is None or name.ocr_conf < 0.8:
        reread = [r for r in (_reread(document, p) for p in pages) if r is not None]
        if reread:
            grade = grade or _grade(reread)
            renamed = tf.value_near(reread, NAME_LABELS, _cjk_name, ("right", "below"))
            if renamed is not None and (name is None or renamed.ocr_conf > name.ocr_conf):
                name = renamed
            pages = [*pages, *reread]
            method_suffix = "+reocr"
    facts: list[Fact] = []
    if name:
        facts.append(tf.fact_from("psc.candidate_name", name.value, name.words, name.page, "label"))
    else:
        facts.extend(_name_in_prose(pages))
    score = tf.value_near(pages, SCORE_LABELS, _score, ("right", "below", "left"))
    if score is not None:
        # ``psc.score`` is an added field: the number the grade is a band of.
        facts.append(tf.fact_from("psc.score", score.value, score.words, score.page, "label"))
    if grade:
        value, words, page_no = grade
        conf, note, review = tf.value_confidence(words), None, False
        if score is not None:
            expected = grade_for_score(score.value)
            if expected == value:
                note = f"agrees with the score {score.value:g}"
                conf = max(conf, 0.9)
            else:
                note = f"score {score.value:g} belongs to {expected or 'no grade'}, not {value}"
                review = True
        else:
            note = "no score printed to confirm the grade"
        facts.append(
            tf.fact_from(
                "psc.grade",
                value,
                words,
                page_no,
                "label" + method_suffix + ("+check" if score else ""),
                confidence=conf,
                note=note,
                force_review=review,
            )
        )
    elif score is not None and grade_for_score(score.value):
        facts.append(
            tf.fact_from(
                "psc.grade",
                grade_for_score(score.value),
                score.words,
                score.page,
                "derived",
                confidence=0.6,
                note=f"grade not legible; derived from the score {score.value:g}",
            )
        )
    date = tf.value_near(pages, vocab.TEST_DATE, tf.day_parser(pages), ("right", "below", "left"))
    if date is None:
        for page in pages:
            found = find_dates(rewrite_dates(page.text))
            if found:
                date = tf.Found(found[0].value, (), page.number, "pattern")
                break
    if date:
        facts.append(
            tf.fact_from(
                "psc.test_date",
                date.value,
                date.words,
                date.page,
                "label",
                confidence=None if date.words else 0.6,
            )
        )
    cert = tf.value_near(pages, CERT_LABELS, _number(8), ("right", "below", "left")) or _in_prose(
        pages, _CN_PROSE_CERT
    )
    if cert:
        facts.append(tf.fact_from("psc.certificate_number", cert.value, cert.words, cert.page, "label"))
    return facts


# A testing centre's letter confirming a result: "兹证明巴特尔（男，蒙古族，...）于2018年6月9日 ...
# 证书编号为1500118002741". The number follows its label inside the sentence; the name follows 兹证明.
_CN_PROSE_NAME = re.compile(
    # (a certificate that spaces the name out of its sentence: "兹证明 符海燕 ，女，")
    r"(?:兹证明|茲證明|兹有|茲有)\s*([\u4e00-\u9fff·]{2,12}?)\s*(?:同志|先生|女士)?\s*[（(，,]"
)
# The certificate's own fixed wording: "刘洋 同志于2018年11月10日参加普通话水平测试" or, on newer ones,
# "刘洋，女，身份证号 ..., 于 ... 参加": the name opens the sentence.
_CN_CERTIFICATE_NAME = re.compile(
    r"^([\u4e00-\u9fff·]{2,8}?)\s*(?:同志|先生|女士)\s*[于於]|^([\u4e00-\u9fff·]{2,8}?)[，,]\s*[男女]\s*[，,]"
)
_CN_PROSE_CERT = re.compile(r"(?:证书编号|證書編號)(?:为|為|是)?[:：]?\s*([A-Z]?\d{8,18})")


def _in_prose(pages: Sequence[Page], pattern: re.Pattern[str]) -> tf.Found[str] | None:
    for page in pages:
        for line in page.lines():
            m = pattern.search(tf.join_words(line))
            if m:
                value = next(g for g in m.groups() if g)
                words = [w for w in line if value in w.text] or line
                return tf.Found(value, tuple(words), page.number, "pattern")
    return None


def _name_in_prose(pages: Sequence[Page]) -> list[Fact]:
    """The candidate named in a letter's sentence, in Chinese or in an English translation; a person
    confirms it."""
    found = _in_prose(pages, _CN_PROSE_NAME) or _in_prose(pages, _CN_CERTIFICATE_NAME)
    if found is not None and tf.CJK_NAME.fullmatch(found.value):
        note = "name read from the letter's wording, not from a name field"
        return [
            tf.fact_from(
                "psc.candidate_name",
                found.value,
                found.words,
                found.page,
                "wording",
                note=note,
                force_review=True,
            )
        ]
    return read_name(pages, "psc.candidate_name")
