"""Degree certificates and transcripts: holder, institution, degree title, level, field, award date.

Certificates are prose ("This is to certify that ... was admitted to the degree of ...", "The Senate
... hereby confers upon ...", "has been awarded the degree of ..."), so values are found by the
wording around them rather than by labels; transcripts have labels ("Name:", "Degree:",
"Date of Conferral:"). The level is read from the title, abbreviations included (BSc, MPhil, PhD).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from core.models import Fact, Page, Word
from extractors import text_fields as tf
from extractors.base import DocumentInput
from extractors.dates import ParsedDate, find_dates

LEVEL_WORDS = {"bachelor": "bachelor", "master": "master", "doctor": "doctorate"}
# Abbreviations as printed on certificates (with or without dots) and the level they stand for.
ABBREVIATIONS = {
    "BA": "bachelor",
    "BSC": "bachelor",
    "BENG": "bachelor",
    "BTECH": "bachelor",
    "BCOM": "bachelor",
    "LLB": "bachelor",
    "BBA": "bachelor",
    "MA": "master",
    "MSC": "master",
    "MENG": "master",
    "MPHIL": "master",
    "MBA": "master",
    "LLM": "master",
    "MRES": "master",
    "MFA": "master",
    "PHD": "doctorate",
    "DPHIL": "doctorate",
    "EDD": "doctorate",
    "DBA": "doctorate",
    "MD": "doctorate",
}
# Case matters after "of": the title's words are capitalised, the prose that follows is not (only the
# degree word itself may be in capitals, as on "DOCTOR OF PHILOSOPHY").
_TITLE = re.compile(
    r"\b((?i:bachelor|master|doctor))\s+(?i:of)\s+((?:[A-Z][A-Za-z]+)(?:\s+(?:and\s+)?[A-Z][A-Za-z]+){0,3}?)"
    r"(?=\s*(?:\(|,|·|\bin\b|\bwith\b|$|\s+[a-z]))"
)
_ABBREV = re.compile(
    r"\b(B\.?\s?A|B\.?\s?Sc|B\.?\s?Eng|M\.?\s?A|M\.?\s?Sc|M\.?\s?Eng|M\.?\s?Phil|MBA|Ph\.?\s?D|D\.?\s?Phil)\b\.?"
)
_INSTITUTION = re.compile(
    r"((?:The\s+)?(?:[A-Z][\w&'.-]*\s+){0,4}(?:University|Institute|College|Universit[äa]t|École|Polytechnic)"
    r"(?:\s+of(?:\s+(?:[A-Z][\w&'.-]*|and|&)){1,4})?(?:\s+[A-Z][a-z]+)?)",
    re.IGNORECASE,
)
NAME_TRIGGERS = (
    "certify that",
    "confers upon",
    "conferred upon",
    "conferred on",
    "awarded to",
    "certifies that",
    "confer upon",
)
# Lines of prose that mention the university without being its name.
_NOT_INSTITUTION = re.compile(
    r"\b(senate|seal|hereby|certify|given under|registrar|faculty of)\b", re.IGNORECASE
)
_NAME_PARTICLES = {"van", "von", "de", "der", "da", "bin", "binti", "al", "el", "la", "le", "di", "du"}


@dataclass
class _Line:
    text: str
    words: list[Word]
    page: int
    height: float


def _lines(pages: Sequence[Page]) -> list[_Line]:
    out = []
    for page in pages:
        for words in page.lines():
            heights = sorted(tf.height(w.bbox) for w in words)
            out.append(_Line(tf.join_words(words), words, page.number, heights[len(heights) // 2]))
    return out


def _words_for(line: _Line, start: int, end: int) -> list[Word]:
    """The words of a line that cover characters start..end of its joined text."""
    picked, pos = [], 0
    for w in line.words:
        idx = line.text.find(w.text, pos)
        if idx < 0:
            continue
        if idx < end and idx + len(w.text) > start:
            picked.append(w)
        pos = idx + len(w.text)
    return picked or line.words


def level_of(title: str) -> str | None:
    m = re.match(r"\s*(bachelor|master|doctor)", title, re.IGNORECASE)
    if m:
        return LEVEL_WORDS[m.group(1).lower()]
    key = re.sub(r"[^A-Za-z]", "", title).upper()
    return ABBREVIATIONS.get(key)


@dataclass
class _Title:
    title: str
    field: str | None
    line: _Line
    words: list[Word]
    field_words: list[Word]
    index: int


def _title(lines: list[_Line]) -> _Title | None:
    for i, line in enumerate(lines):
        m = _TITLE.search(line.text)
        if m:
            title = f"{m.group(1).capitalize()} of {_title_case(m.group(2))}"
            rest = line.text[m.end() :]
            field = None
            fm = re.match(r"\s*(?:\(([^)]+)\)|,?\s*in\s+(.+?)(?:\s+with\b.*)?$|,\s*([A-Z][\w ,&-]+)$)", rest)
            field_words: list[Word] = []
            if fm:
                field = (fm.group(1) or fm.group(2) or fm.group(3) or "").strip(" .,") or None
                start = m.end() + fm.start(fm.lastindex or 1)
                field_words = _words_for(line, start, start + len(field or ""))
            return _Title(title, field, line, _words_for(line, m.start(), m.end()), field_words, i)
        a = _ABBREV.search(line.text)
        if a and level_of(a.group(1)):
            return _Title(a.group(0).strip(), None, line, _words_for(line, a.start(), a.end()), [], i)
    return None


def _title_case(text: str) -> str:
    small = {"and", "of", "in"}
    return " ".join(w.lower() if w.lower() in small else w[:1].upper() + w[1:].lower() for w in text.split())


def _institution(lines: list[_Line]) -> tuple[str, list[Word], int] | None:
    candidates = []
    for line in lines:
        if _NOT_INSTITUTION.search(line.text):
            continue
        m = _INSTITUTION.search(line.text)
        if m:
            name = m.group(1).strip(" ,.")
            if len(name.split()) < 2:
                continue
            candidates.append((line.height, name, _words_for(line, m.start(1), m.end(1)), line.page))
    if not candidates:
        return None
    # The institution's own name is the largest text on a certificate (and the first on a transcript).
    _, name, words, page = max(candidates, key=lambda c: c[0])
    if name.isupper():
        name = _title_case(name)
    return name, words, page


def _holder(lines: list[_Line]) -> tuple[str, list[Word], int] | None:
    for i, line in enumerate(lines):
        low = line.text.lower()
        if i + 1 < len(lines):
            # "hereby confers" / "upon" broken over two lines: the trigger ends on the next line.
            low_joined = f"{low} {lines[i + 1].text.lower()}"
            split = [t for t in NAME_TRIGGERS if t not in low and t in low_joined]
            if split and lines[i + 1].text.lower().strip() in split[0]:
                for nxt in lines[i + 2 : i + 4]:
                    name = _name_run(nxt.words)
                    if name:
                        return " ".join(w.text.rstrip(",") for w in name), name, nxt.page
        for trigger in NAME_TRIGGERS:
            pos = low.find(trigger)
            if pos < 0:
                continue
            after = line.text[pos + len(trigger) :].strip()
            if after:
                words = _words_for(line, pos + len(trigger), len(line.text))
                name = _name_run(words)
                if name:
                    return " ".join(w.text.rstrip(",") for w in name), name, line.page
            for nxt in lines[i + 1 : i + 3]:
                name = _name_run(nxt.words)
                if name:
                    return " ".join(w.text.rstrip(",") for w in name), name, nxt.page
    return None


def _name_run(words: Sequence[Word]) -> list[Word] | None:
    """Capitalised name words until a comma, a lower-case word or the end ("ZHANG Wei, born ...")."""
    picked: list[Word] = []
    for w in words:
        text = w.text.strip()
        if not re.fullmatch(r"[A-Za-zÀ-ÖØ-öø-ÿ'’.-]+,?", text):
            break
        if not text[0].isupper() and text.lower() not in _NAME_PARTICLES:
            break
        if tf.fold(text) in {"mr", "ms", "mrs", "dr", "miss"}:
            continue
        picked.append(w)
        if text.endswith(","):
            break
    return picked if len(picked) >= 2 else None


def _award_date(lines: list[_Line], after: int) -> tuple[ParsedDate, _Line] | None:
    labelled = ("conferral", "conferred", "awarded", "date of award", "graduation")
    for line in lines:
        low = line.text.lower()
        if any(k in low for k in labelled):
            dates = [d for d in find_dates(line.text) if d.precision == "day"]
            if dates:
                return dates[-1], line
    for i, line in enumerate(lines):
        if i < after:
            continue
        text = line.text
        # "this 20th day of December" / "2013" split over two lines.
        if i + 1 < len(lines) and not find_dates(text):
            text = f"{text} {lines[i + 1].text}"
        dates = [
            d for d in find_dates(text) if d.precision == "day" and "born" not in text[: d.start].lower()
        ]
        if dates:
            return dates[0], line
    return None


def _fields_common(prefix: str, pages: Sequence[Page], with_title: bool) -> list[Fact]:
    lines = _lines(pages)
    facts: list[Fact] = []
    holder = _holder(lines) if with_title else _labelled_holder(pages)
    if holder is None and not with_title:
        holder = _holder(lines)
    if holder:
        name, words, page = holder
        doubt = tf.name_doubt(words)
        facts.append(
            tf.fact_from(
                f"{prefix}.holder_name", name, words, page, "wording", note=doubt, force_review=bool(doubt)
            )
        )
    inst = _institution(lines)
    if inst:
        name, words, page = inst
        facts.append(tf.fact_from(f"{prefix}.institution", name, words, page, "wording"))
    title = _title(lines)
    if title:
        level = level_of(title.title)
        if with_title:
            facts.append(
                tf.fact_from(f"{prefix}.title", title.title, title.words, title.line.page, "wording")
            )
            if title.field:
                facts.append(
                    tf.fact_from(
                        f"{prefix}.field", title.field, title.field_words, title.line.page, "wording"
                    )
                )
        if level:
            facts.append(
                tf.fact_from(
                    f"{prefix}.level",
                    level,
                    title.words,
                    title.line.page,
                    "derived",
                    note=f"from the title '{title.title}'",
                )
            )
    if with_title and (title is None or title.field is None):
        major = tf.value_near(pages, ("Major", "Field of Study", "Subject"), tf.parse_name, ("right",))
        if major:
            facts.append(tf.fact_from(f"{prefix}.field", major.value, major.words, major.page, "label"))
    award = _award_date(lines, title.index if title else 0)
    if award:
        parsed, line = award
        facts.append(
            tf.fact_from(
                f"{prefix}.award_date",
                parsed.value,
                _words_for(line, parsed.start, parsed.end),
                line.page,
                "wording",
            )
        )
    return facts


def _labelled_holder(pages: Sequence[Page]) -> tuple[str, list[Word], int] | None:
    found = tf.value_near(
        pages,
        ("Name", "Student Name", "Student", "Name of Student"),
        _transcript_name,
        ("right", "above", "below"),
    )
    if found is None:
        return None
    return found.value, list(found.words), found.page


def _transcript_name(words: list[Word]) -> tuple[str, list[Word]] | None:
    picked = tf.name_words(words)
    if not picked or len(picked) < 2:
        return None
    return " ".join(w.text for w in picked), picked


def extract_degree(document: DocumentInput) -> list[Fact]:
    pages = [p for p in document.pages if p.words]
    return _fields_common("degree", pages, with_title=True) if pages else []


def extract_transcript(document: DocumentInput) -> list[Fact]:
    pages = [p for p in document.pages if p.words]
    if not pages:
        return []
    facts = _fields_common("transcript", pages, with_title=False)
    # A transcript repeats its header on every page; one reading of each field is enough.
    seen: set[str] = set()
    return [f for f in facts if not (f.field in seen or seen.add(f.field))]
