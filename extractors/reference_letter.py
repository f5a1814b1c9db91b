"""Employment reference letters: employee, employer, positions and dates, country, letter date, seniority.

Letters are prose, so values come from wording ("certify that Mr X", "employed by X in City,
Country", "Title, from D to D") or from a positions table (Position | From | To). The latest position
is the contract's ``position``; earlier ones are named in its note. ``senior_role`` is a derived
judgement: accepted only when the latest title itself carries a senior word (manager, head,
director, principal, lead, chief, vice president, partner); duties alone ("leads a team of 12")
make it a suggestion for a person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pycountry
import yaml

from core.models import Fact, Page, Word
from extractors import text_fields as tf
from extractors.base import DocumentInput, make_fact
from extractors.dates import ParsedDate, find_dates

TITLES_FILE = Path(__file__).with_name("senior_titles.yaml")
_TITLE_PREFIX = r"(?:(?:Mr|Ms|Mrs|Miss|Dr|Mx|Prof)\.?\s+)"
_NAME = r"([A-Z][A-Za-zÀ-ÖØ-öø-ÿ'’-]+(?:\s+[A-Z][A-Za-zÀ-ÖØ-öø-ÿ'’-]+){0,4})"
_EMPLOYEE = [
    re.compile(rf"(?:certify|confirm|certifies|confirms)\s+that\s+{_TITLE_PREFIX}?{_NAME}"),
    re.compile(rf"\bthat\s+{_TITLE_PREFIX}{_NAME}"),
    re.compile(r"VERIFICATION\s*[–—-]?\s*(?:(?:MR|MS|MRS|MISS|DR|MX|PROF)\.?\s+)?([A-Z][A-Z'’ -]+[A-Z])"),
]
_COMPANY_SUFFIX = (
    r"(?:Co\.,?\s*Ltd\.?|Pvt\.?\s*Ltd\.?|Ltd\.?|Limited|LLC|L\.L\.C\.|GmbH|AG|Inc\.?|plc|PLC|S\.A\.|SA|LLP|"
    r"Corporation|Corp\.?|Company|Partners|Pte\.?\s*Ltd\.?|PJSC|B\.V\.|K\.K\.)"
)
_EMPLOYER_BODY = re.compile(rf"employed\s+(?:by|with|at)\s+((?:[A-Z][\w&.,'-]*\s+){{0,7}}?{_COMPANY_SUFFIX})")
_EMPLOYER_LINE = re.compile(rf"^\W*((?:[A-Za-z][\w&.,'-]*\s+){{0,7}}?{_COMPANY_SUFFIX})\W*$", re.IGNORECASE)
_BULLET = re.compile(
    r"(?:^|[•·\-–*]\s*)([A-Z][A-Za-z&/ ,-]+?),?\s+from\s+(.+?)\s+(?:to|until|till)\s+"
    r"(date|present|now|today|.+?)\s*$",
    re.IGNORECASE,
)
_ONGOING = re.compile(r"^(?:date|present|now|today|current|to date)$", re.IGNORECASE)
_CLOSING = re.compile(
    r"\b(Yours faithfully|Yours sincerely|Sincerely|Kind regards|Best regards)\b", re.IGNORECASE
)
_DUTY_HINTS = re.compile(
    r"\b(leads? (?:a|the) (?:team|group|department)|manages?|heads?|reports? to the (?:CEO|CTO|CFO|COO|Chief"
    r"[\w ]+Officer|Board))\b",
    re.IGNORECASE,
)
_COUNTRY_ALIASES = {
    "UAE": "ARE",
    "U.A.E.": "ARE",
    "UK": "GBR",
    "U.K.": "GBR",
    "USA": "USA",
    "U.S.A.": "USA",
    "England": "GBR",
    "Scotland": "GBR",
    "Wales": "GBR",
    "Hong Kong": "HKG",
    "Russia": "RUS",
    "South Korea": "KOR",
    "Korea": "KOR",
    "Vietnam": "VNM",
    "Iran": "IRN",
    "Taiwan": "TWN",
    "Macau": "MAC",
    "Macao": "MAC",
}


@cache
def senior_words() -> tuple[str, ...]:
    data = yaml.safe_load(TITLES_FILE.read_text(encoding="utf-8"))
    return tuple(data["title_words"])


@dataclass
class Position:
    title: str
    start: ParsedDate | None
    end: ParsedDate | None  # None while ongoing
    ongoing: bool
    words: list[Word]
    page: int


@dataclass
class _Text:
    """The letter's lines as one text, with a map back to words for boxes."""

    lines: list[tuple[str, list[Word], int]]

    @property
    def flat(self) -> str:
        return "\n".join(t for t, _, _ in self.lines)

    def words_for(self, start: int, end: int) -> tuple[list[Word], int | None]:
        pos, picked, page = 0, [], None
        for text, words, page_no in self.lines:
            line_end = pos + len(text)
            if pos < end and line_end > start:
                cursor = 0
                for w in words:
                    idx = text.find(w.text, cursor)
                    if idx < 0:
                        continue
                    cursor = idx + len(w.text)
                    if pos + idx < end and pos + cursor > start:
                        picked.append(w)
                        page = page or page_no
            pos = line_end + 1
        return picked, page


def _text(pages: Sequence[Page]) -> _Text:
    return _Text([(tf.join_words(line), line, p.number) for p in pages for line in p.lines()])


def _employee(text: _Text) -> tuple[str, list[Word], int | None] | None:
    flat = text.flat.replace("\n", " ")
    joined = _text_joined(text)
    for i, pattern in enumerate(_EMPLOYEE):
        # The heading form ("VERIFICATION – MR X") lives on one line; prose may wrap.
        m = pattern.search(text.flat if i == len(_EMPLOYEE) - 1 else joined)
        if m:
            name = m.group(1).strip()
            name = re.split(r"\s+(?:has|was|is|holder|passport)\b|\s+[-–—]", name)[0].strip(" ,-")
            if len(name.split()) < 2:
                continue
            start = flat.find(name)
            words, page = text.words_for(start, start + len(name)) if start >= 0 else ([], None)
            return name, words, page
    return None


def _text_joined(text: _Text) -> str:
    return text.flat.replace("\n", " ")


def _employer(text: _Text) -> tuple[str, list[Word], int | None, str] | None:
    joined = _text_joined(text)
    m = _EMPLOYER_BODY.search(joined)
    if m:
        name = m.group(1).strip(" ,")
        words, page = text.words_for(m.start(1), m.start(1) + len(name))
        return name, words, page, "wording"
    for line, words, page in text.lines[:6]:
        lm = _EMPLOYER_LINE.match(line)
        if lm:
            return lm.group(1).strip(" ,"), words, page, "letterhead"
    for line, words, page in text.lines:
        lm = re.search(rf",\s*((?:[A-Z][\w&.'-]*\s+){{1,6}}?{_COMPANY_SUFFIX})\s*$", line)
        if lm:
            return lm.group(1), words, page, "signature"
    return None


def _positions(text: _Text, pages: Sequence[Page]) -> list[Position]:
    found: list[Position] = []
    for line, words, page in text.lines:
        m = _BULLET.search(line)
        if not m:
            continue
        start = _first_date(m.group(2))
        ongoing = bool(_ONGOING.match(m.group(3).strip(" .")))
        end = None if ongoing else _first_date(m.group(3))
        if start is None:
            continue
        title, title_words = m.group(1).strip(" ,"), list(words)
        if title[:1].islower():
            # A tilted photo splits a row: "Director" / "of Research, from ..." — rejoin the row.
            title, title_words = _rejoin_left(pages, page, words, title)
        found.append(Position(title, start, end, ongoing, title_words, page))
    if found:
        return found
    return _table_positions(pages)


def _rejoin_left(
    pages: Sequence[Page], page_no: int, words: list[Word], title: str
) -> tuple[str, list[Word]]:
    page = next(p for p in pages if p.number == page_no)
    first = words[0]
    h = tf.height(first.bbox)
    slope = tf.page_slope(page)
    left = [
        w
        for w in page.words
        if w.bbox[2] <= first.bbox[0] + 1
        and first.bbox[0] - w.bbox[2] <= 3 * h
        and abs(tf.centre_y(w.bbox) - (tf.centre_y(first.bbox) - slope * (first.bbox[0] - w.bbox[2])))
        <= 0.9 * h
    ]
    if not left:
        return title, words
    left.sort(key=lambda w: w.bbox[0])
    return " ".join(w.text for w in left) + " " + title, [*left, *words]


def _first_date(text: str) -> ParsedDate | None:
    dates = find_dates(text)
    return dates[0] if dates else None


def _table_positions(pages: Sequence[Page]) -> list[Position]:
    """Rows of a Position | From | To table: the title is the text left of the first date."""
    out: list[Position] = []
    for page in pages:
        heads = tf.find_labels(page, ("Position",))
        for head in heads:
            h = tf.height(head.bbox)
            rows = tf.below(page, head, max_rows=6, slack=40.0)
            for row in rows:
                row_all = _full_row(page, row, h)
                line = tf.join_words(row_all)
                dates = find_dates(line)
                ongoing = bool(re.search(r"\b(present|to date|current)\b", line, re.IGNORECASE))
                if not dates:
                    if out:
                        break
                    continue
                title = line[: dates[0].start].strip(" :,-–")
                if not title or not re.match(r"[A-Z]", title):
                    continue
                end = dates[1] if len(dates) > 1 else None
                out.append(Position(title, dates[0], None if ongoing else end, ongoing, row_all, page.number))
            if out:
                return out
    return out


def _full_row(page: Page, row: list[Word], h: float) -> list[Word]:
    # A table row is wider than the heading's column: take every word on the row's level.
    y = sum(tf.centre_y(w.bbox) for w in row) / len(row)
    slope = tf.page_slope(page)
    x = (row[0].bbox[0] + row[-1].bbox[2]) / 2
    same = [
        w
        for w in page.words
        if abs(tf.centre_y(w.bbox) - (y + slope * ((w.bbox[0] + w.bbox[2]) / 2 - x))) <= 0.6 * h
    ]
    return sorted(same, key=lambda w: w.bbox[0])


def _country(text: _Text) -> tuple[str, list[Word], int | None, str] | None:
    """Country (ISO alpha-3) and city from "in Beijing, China" / "office in Dubai, United Arab Emirates"."""
    joined = _text_joined(text)
    pattern = r"\bin\s+([A-Z][\w .'-]+?),\s+((?:[A-Z][\w.'-]*\s?){1,4})"
    for m in re.finditer(pattern, joined):
        candidate = m.group(2).strip(" .,")
        code = _country_code(candidate)
        if code:
            words, page = text.words_for(m.start(2), m.start(2) + len(candidate))
            return code, words, page, m.group(1).strip()
    return None


def _country_code(name: str) -> str | None:
    words = name.split()
    for n in range(len(words), 0, -1):
        candidate = " ".join(words[:n]).strip(" .,")
        if candidate in _COUNTRY_ALIASES:
            return _COUNTRY_ALIASES[candidate]
        try:
            return str(pycountry.countries.lookup(candidate).alpha_3)
        except LookupError:
            try:
                matches = pycountry.countries.search_fuzzy(candidate) if len(candidate) >= 5 else []
            except LookupError:
                matches = []
            if len(matches) == 1 and candidate.lower() in matches[0].name.lower():
                return str(matches[0].alpha_3)
    return None


def _letter_date(pages: Sequence[Page], text: _Text) -> tuple[str, list[Word], int] | None:
    labelled = tf.value_near(pages, ("Date",), tf.parse_day, ("right",))
    if labelled:
        return labelled.value, list(labelled.words), labelled.page
    # Otherwise the first full date written on a line of its own or beside the reference, before the body.
    for line, words, page in text.lines:
        if re.search(r"\b(since|from|employed)\b", line, re.IGNORECASE):
            break
        dates = [d for d in find_dates(line) if d.precision == "day"]
        if dates:
            return dates[0].value, words, page
    return None


def extract_reference_letter(document: DocumentInput) -> list[Fact]:
    # Phone photos of letters arrive sideways; such a page is read again turned upright first.
    upright, turns = tf.upright_document(document)
    return tf.map_back(_extract(upright), turns)


def _extract(document: DocumentInput) -> list[Fact]:
    pages = [p for p in document.pages if p.words]
    facts: list[Fact] = []
    if not pages:
        return facts
    text = _text(pages)
    employee = _employee(text)
    if employee:
        name, words, page = employee
        doubt = tf.name_doubt(words)
        facts.append(
            tf.fact_from(
                "reference_letter.employee_name",
                name,
                words,
                page,
                "wording",
                note=doubt,
                force_review=bool(doubt) or not words,
            )
        )
    employer = _employer(text)
    if employer:
        name, words, page, method = employer
        facts.append(tf.fact_from("reference_letter.employer", name, words, page, method))
    country = _country(text)
    if country:
        code, words, page_no, city = country
        facts.append(
            tf.fact_from("reference_letter.country", code, words, page_no, "wording", note=f"city: {city}")
        )
    letter_date = _letter_date(pages, text)
    if letter_date:
        facts.append(
            tf.fact_from(
                "reference_letter.letter_date", letter_date[0], letter_date[1], letter_date[2], "label"
            )
        )
    positions = _positions(text, pages)
    facts.extend(_position_facts(positions, text))
    return facts


def _position_facts(positions: list[Position], text: _Text) -> list[Fact]:
    facts: list[Fact] = []
    if not positions:
        return facts
    ordered = sorted(positions, key=lambda p: p.start.value if p.start else "")
    latest = ordered[-1]
    earlier = ordered[:-1]
    note = None
    if earlier:
        note = "earlier: " + "; ".join(
            f"{p.title} ({p.start.value if p.start else '?'} to {p.end.value if p.end else 'present'})"
            for p in earlier
        )
    # A title still starting in lower case lost its first word to the OCR ("of Research").
    cut = latest.title[:1].islower()
    if cut:
        note = "the title looks cut short; " + (note or "")
    facts.append(
        tf.fact_from(
            "reference_letter.position",
            latest.title,
            latest.words,
            latest.page,
            "wording",
            note=note,
            force_review=cut,
        )
    )
    first = ordered[0]
    if first.start:
        facts.append(
            tf.fact_from("reference_letter.start_date", first.start.value, first.words, first.page, "wording")
        )
    if not latest.ongoing and latest.end:
        facts.append(
            tf.fact_from("reference_letter.end_date", latest.end.value, latest.words, latest.page, "wording")
        )
    facts.append(_senior(latest, text))
    return facts


def _senior(latest: Position, text: _Text) -> Fact:
    title_hit = next(
        (w for w in senior_words() if re.search(rf"\b{re.escape(w)}\b", latest.title, re.IGNORECASE)), None
    )
    body = _CLOSING.split(_text_joined(text))[0]
    hints = sorted({m.group(0) for m in _DUTY_HINTS.finditer(body)})
    if title_hit:
        why = f"title '{latest.title}' contains '{title_hit}'" + (
            f"; duties: {', '.join(hints)}" if hints else ""
        )
        return make_fact(
            "reference_letter.senior_role",
            True,
            0.85,
            "derived",
            latest.page,
            tf.union_bbox([w.bbox for w in latest.words]),
            why,
        )
    if hints:
        return make_fact(
            "reference_letter.senior_role",
            True,
            0.6,
            "derived",
            latest.page,
            tf.union_bbox([w.bbox for w in latest.words]),
            f"title '{latest.title}' has no senior word, but the duties say: {', '.join(hints)}",
        )
    # A derived "no" rests on the absence of words, not on a clear title word: a person confirms it.
    conf = min(0.7, tf.value_confidence(latest.words))
    return make_fact(
        "reference_letter.senior_role",
        False,
        conf,
        "derived",
        latest.page,
        tf.union_bbox([w.bbox for w in latest.words]),
        f"no senior word in the title '{latest.title}' nor in the duties",
    )
