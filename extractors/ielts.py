"""IELTS Test Report Form: candidate, module, the four bands and the overall, test date, TRF number.

The overall band must be the mean of the four rounded to the nearest half band (.25 and .75 round
up); when it is not, the band facts go to a person. The TRF number embeds the test year and the
first letters of the family name, which confirms both readings.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from core.models import Fact, Page, Word
from extractors import text_fields as tf
from extractors import vocabulary as vocab
from extractors.base import DocumentInput, make_fact
from extractors.person_name import name_part, read_name
from extractors.text_fields import Found, LabelHit

BANDS = {
    "listening": ("Listening",),
    "reading": ("Reading",),
    "writing": ("Writing",),
    "speaking": ("Speaking",),
    "overall": ("Overall Band Score", "Overall Band", "Overall"),
}
MODULE_WORDS = {"academic": ("ACADEMIC",), "general_training": ("GENERAL TRAINING", "GENERAL")}
_TRF = re.compile(r"\b(\d{2})([A-Z]{2}\d{3})(\d{3})([A-Z]{4})(\d{3})([A-Z])\b")
_TRF_LOOSE = re.compile(r"\b\d{2}[A-Z0-9]{12,15}[A-Z]\b")
_BAND = re.compile(r"^(\d)(?:[.,·](\d))?$")
# The paper TRF's printed note names both modules and two skills ("... should be based on the ACADEMIC
# Reading and Writing Modules. GENERAL TRAINING Reading and Writing Modules are not designed ..."):
# a word of that sentence is neither the module nor a band's label.
_NOTE_AFTER = re.compile(r"(?:reading\s+)?and\s+writing\b|modules\b|purposes\b", re.IGNORECASE)


def overall_from_bands(bands: Sequence[float]) -> float:
    """IELTS rounding: the mean to the nearest half band, with .25 and .75 rounding up."""
    mean = sum(bands) / len(bands)
    return math.floor(mean * 2 + 0.5 + 1e-9) / 2


def parse_band(text: str) -> tuple[float, bool] | None:
    """A band 0-9 in halves; "75" (a dropped decimal point) reads as 7.5 and is marked repaired."""
    token = text.strip().strip(".;:|")
    m = _BAND.match(token)
    if m:
        value = float(m.group(1) + "." + (m.group(2) or "0"))
        return (value, False) if value <= 9 and value * 2 == int(value * 2) else None
    if re.fullmatch(r"[1-9][05]", token):
        value = int(token[0]) + int(token[1]) / 10
        return (value, True) if value <= 9 else None
    return None


def _in_note(page: Page, hit: LabelHit) -> bool:
    """True when the hit is a word of the note about the modules, not a label or a module.

    The words after it are read across the line's end: the note wraps wherever the form puts it.
    """
    flow = [w for line in page.lines() for w in line]
    ids = {id(w) for w in hit.words}
    last = max(i for i, w in enumerate(flow) if id(w) in ids)
    return bool(_NOTE_AFTER.match(" ".join(w.text for w in flow[last + 1 : last + 4])))


def _after_is_of(page: Page, hit: LabelHit) -> bool:
    """True when a bare "Date" label is really "Date of Birth"/"Date of Issue"."""
    right = tf.right_of(page, hit, max_gap=2 * tf.height(hit.bbox))
    return bool(right) and tf.fold(right[0].text) == "of"


def _test_date(pages: Sequence[Page], dob: str | None) -> Found[str] | None:
    # "Test Date" first; a bare "Date" is also used for the issue date, which is never before the test,
    # so among bare "Date" values the earliest one that is not the birth date is the test date.
    parse = tf.day_parser(pages)
    explicit = tf.value_near(pages, vocab.TEST_DATE, parse, ("right", "below"))
    if explicit is not None:
        return explicit
    found: list[Found[str]] = []
    for page in pages:
        for hit in tf.find_labels(page, ("Date",)):
            if _after_is_of(page, hit) or tf.continues_a_label(page, hit):
                continue  # "Date of Birth", "Previous Test Date": another label's last word
            for words in [tf.right_of(page, hit), *tf.below(page, hit, max_rows=1)]:
                parsed = parse(words) if words else None
                if parsed and parsed[0] != dob:
                    found.append(Found(parsed[0], tuple(parsed[1]), page.number, "right", hit))
                    break
    return min(found, key=lambda f: f.value) if found else None


def _band_candidates(page: Page, hit: LabelHit) -> list[tuple[float, Word]]:
    """Band-shaped tokens under (or right of) a band label, nearest first."""
    box = hit.bbox
    h = tf.height(box)
    slope = tf.page_slope(page)
    cx = (box[0] + box[2]) / 2
    cell_left = tf.cell_left(page, hit)
    # A caption printed under its band ("6.0 / Listening") looks upwards.
    sign = -1.0 if tf.captions_under_values(page, hit) else 1.0
    out: list[tuple[float, Word]] = []
    for w in page.words:
        if parse_band(w.text) is None:
            continue
        wx = (w.bbox[0] + w.bbox[2]) / 2
        dy = sign * (tf.centre_y(w.bbox) - (tf.centre_y(box) + slope * (wx - cx)))
        dx = wx - cx
        half_width = max((box[2] - box[0]) / 2, 2 * h)
        if 0.5 * h < dy <= 8 * h and abs(dx) <= half_width + h:
            out.append((abs(dx) + 0.2 * dy, w))
        elif 0.5 * h < dy <= 8 * h and abs(w.bbox[0] - cell_left) <= h:
            # A bilingual heading ("Genel / Overall") is left-aligned with its column, not centred on it.
            out.append((abs(w.bbox[0] - cell_left) + 0.2 * dy + h, w))
        elif abs(dy) <= 0.6 * h and 0 < w.bbox[0] - box[2] <= 0.45 * page.width:
            # A band on the label's own row ("Listening 8.0") wins over anything below it.
            out.append((-1.0 / (1.0 + w.bbox[0] - box[2]), w))
    return sorted(out, key=lambda t: t[0])


def _band_reocr(document: DocumentInput, page: Page, hit: LabelHit) -> list[Word]:
    box = hit.bbox
    h = tf.height(box)
    w = box[2] - box[0]
    region = (box[0] - 0.3 * w - h, box[3] + 0.3 * h, box[2] + 0.3 * w + h, box[3] + 8 * h)
    words = tf.reocr(document, page, region, psm=7, whitelist="0123456789.", glyph_height=(0.6 * h, 3 * h))
    return [x for x in words if parse_band(x.text) is not None]


def _band_labels(page: Page) -> dict[str, LabelHit]:
    found: dict[str, LabelHit] = {}
    for name, phrases in BANDS.items():
        hits = tf.find_labels(page, phrases)
        if name != "overall":
            # "Reading" also appears in running text; a band label is a short word on its own.
            hits = [h for h in hits if len(h.words) == 1 and not _in_note(page, h)]
        if hits:
            found[name] = min(hits, key=lambda h: (h.bbox[1], h.bbox[0]))
    return found


def _bands(document: DocumentInput, page: Page) -> dict[str, tuple[float, list[Word], str]]:
    labels = _band_labels(page)
    result: dict[str, tuple[float, list[Word], str]] = {}
    used: set[int] = set()
    for name, hit in labels.items():
        for _, word in _band_candidates(page, hit):
            if id(word) in used:
                continue
            parsed = parse_band(word.text)
            assert parsed is not None
            used.add(id(word))
            result[name] = (parsed[0], [word], "label+repair" if parsed[1] else "label")
            break
        else:
            words = _band_reocr(document, page, hit)
            if words:
                word = min(
                    words, key=lambda x: abs((x.bbox[0] + x.bbox[2]) / 2 - (hit.bbox[0] + hit.bbox[2]) / 2)
                )
                parsed = parse_band(word.text)
                assert parsed is not None
                result[name] = (parsed[0], [word], "label+reocr")
    return result


def _module(document: DocumentInput, pages: Sequence[Page]) -> tuple[str, list[Word], float, str] | None:
    """Academic or General Training: the only one named, or the one whose box is ticked."""
    for page in pages:
        hits = {
            m: [
                hit
                for hit in tf.find_labels(page, phrases, min_score=84)
                # "... the skills needed for academic study": a module is named with a capital
                if not _in_note(page, hit) and hit.words[0].text[:1].isupper()
            ]
            for m, phrases in MODULE_WORDS.items()
        }
        present = {m: h[0] for m, h in hits.items() if h}
        if len(present) == 1:
            module, hit = next(iter(present.items()))
            return module, list(hit.words), tf.value_confidence(hit.words), "label"
        if len(present) == 2:
            ticked = _ticked(document, page, present)
            if ticked is not None:
                module, conf = ticked
                return module, list(present[module].words), conf, "checkbox"
            return None
        # Nothing read: a boxed heading is often skipped by page segmentation; read framed text again.
        if page.unit == "px":
            words = tf.framed_texts(document, page, (0, 0, page.width, page.height * 0.25))
            text = tf.fold(" ".join(w.text for w in words))
            academic, general = "academic" in text, "generaltraining" in text
            if academic != general:
                module = "academic" if academic else "general_training"
                hit_words = [w for w in words if tf.fold(w.text) in ("academic", "general", "training")]
                return module, hit_words, min(0.9, tf.value_confidence(hit_words)), "label+reocr"
    return None


def _ticked(document: DocumentInput, page: Page, present: dict[str, LabelHit]) -> tuple[str, float] | None:
    """Which module's tick box is filled: OCR marks ("[X]" vs "[_]") or the darkness of the box."""
    marks: dict[str, str] = {}
    for module, hit in present.items():
        before = [w for w in page.words if w.line == hit.line and w.bbox[2] <= hit.bbox[0] + 1]
        marks[module] = before[-1].text if before else ""
    ticked = [m for m, t in marks.items() if re.fullmatch(r"\[?[xX☒✓✔]\]?", t)]
    empty = [m for m, t in marks.items() if re.fullmatch(r"[\[\(L|]?[_\s]?[\]\)|J]|☐|□", t)]
    h = min(tf.height(hit.bbox) for hit in present.values())
    ink = {m: tf.checkbox_ink(document, page, hit.bbox, h) for m, hit in present.items()}
    if all(v is not None for v in ink.values()):
        (best, best_ink), (_, other_ink) = sorted(ink.items(), key=lambda kv: -(kv[1] or 0.0))
        assert best_ink is not None and other_ink is not None
        if best_ink >= 0.08 and other_ink <= 0.03:
            agrees = best in ticked or bool(empty and best not in empty)
            return best, 0.92 if agrees else 0.86
        return None
    if len(ticked) == 1:
        return ticked[0], 0.85
    if len(empty) == 1:
        return next(m for m in present if m not in empty), 0.82
    return None


def _trf(pages: Sequence[Page]) -> tuple[str, list[Word], int] | None:
    for page in pages:
        for word in page.words:
            token = word.text.strip(".,;:")
            if _TRF.fullmatch(token) or _TRF_LOOSE.fullmatch(token):
                return token, [word], page.number
    return None


def extract_ielts(document: DocumentInput) -> list[Fact]:
    pages = [p for p in document.pages if p.words]
    facts: list[Fact] = []
    if not pages:
        return facts
    directions = ("right", "below", "above")
    facts.extend(read_name(pages, "ielts.candidate_name"))
    family = name_part(pages, vocab.FAMILY_NAME)
    dob = tf.value_near(pages, vocab.DATE_OF_BIRTH, tf.day_parser(pages), directions)
    if dob:
        facts.append(tf.fact_from("ielts.date_of_birth", dob.value, dob.words, dob.page, "label"))
    test_date = _test_date(pages, dob.value if dob else None)
    if test_date:
        facts.append(
            tf.fact_from("ielts.test_date", test_date.value, test_date.words, test_date.page, "label")
        )
    module = _module(document, pages)
    if module:
        value, words, conf, method = module
        facts.append(tf.fact_from("ielts.module", value, words, pages[0].number, method, confidence=conf))
    facts.extend(_band_facts(document, pages))
    trf = _trf(pages)
    if trf:
        facts.append(_trf_fact(trf, family, test_date))
    return facts


def _trf_fact(
    trf: tuple[str, list[Word], int], family: Found[str] | None, test_date: Found[str] | None
) -> Fact:
    value, words, page = trf
    conf = tf.value_confidence(words)
    checks = []
    m = _TRF.fullmatch(value)
    if m and test_date and test_date.value[2:4] == m.group(1):
        checks.append("year")
    if m and family and re.sub(r"[^A-Z]", "", family.value.upper())[:4] == m.group(4):
        checks.append("family name")
    if m and len(checks) == 2:
        # Both embedded parts agree with what was read elsewhere: the number itself is read right.
        conf = max(conf, 0.9)
    note = f"matches the {' and '.join(checks)}" if checks else "shape not confirmed by other fields"
    method = "pattern+check" if checks else "pattern"
    return tf.fact_from("ielts.trf_number", value, words, page, method, confidence=conf, note=note)


def _band_facts(document: DocumentInput, pages: Sequence[Page]) -> list[Fact]:
    facts: list[Fact] = []
    for page in pages:
        bands = _bands(document, page)
        if not bands:
            continue
        four = [bands[n][0] for n in ("listening", "reading", "writing", "speaking") if n in bands]
        note, review = None, False
        if len(four) == 4 and "overall" in bands:
            expected = overall_from_bands(four)
            if expected != bands["overall"][0]:
                review = True
                note = (
                    f"overall {bands['overall'][0]} is not the rounded mean of the four bands "
                    f"({expected}); check the reading"
                )
            else:
                note = "overall is the rounded mean of the four bands"
        else:
            review = True
            note = "not every band was found, so the overall could not be checked"
        for name in ("listening", "reading", "writing", "speaking", "overall"):
            if name not in bands:
                continue
            value, words, method = bands[name]
            conf = tf.value_confidence(words)
            if method != "label":
                # A repaired or re-read value is only as good as the check that confirms it.
                conf = min(conf, 0.85) if not review else min(conf, 0.6)
            facts.append(
                make_fact(
                    f"ielts.{name}",
                    value,
                    conf,
                    method + ("" if review else "+check"),
                    page.number,
                    tf.union_bbox([w.bbox for w in words]),
                    note,
                    force_review=review,
                )
            )
        return facts
    return facts
