"""Find a value by its label: on the same visual row to the right, or in the row below (or above).

Everything here works from the geometry of the words on a page, never from where one template put a
field: issuers place "Date of Birth" beside its value, above it or below it, and phones photograph
pages at an angle, so a "row" is followed along the page's measured slant rather than a fixed y.
Labels are matched fuzzily (OCR turns "Name(s)" into "Narne(s)") but short labels must match exactly,
because a fuzzy "Date" matches half the words on a page.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

import cv2
import numpy as np
from PIL import Image, ImageOps
from rapidfuzz import fuzz

from core.models import BBox, Fact, Page, Word
from extractors.base import DocumentInput, make_fact, union_bbox
from extractors.dates import find_dates, numeric_order, rewrite_dates
from readers import tesseract
from readers.lines import assign_lines

T = TypeVar("T")

_CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")
_CJK_GAP = re.compile(r"(?<=[\u3000-\u9fff])\s+(?=[\u3000-\u9fff])")
# Labels this short are matched exactly: fuzzy matching would find them in any word.
_EXACT_BELOW = 5


def fold(text: str) -> str:
    """Lower-case letters and digits only (accents dropped; Chinese kept) for comparing labels."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    kept = [ch for ch in decomposed if not unicodedata.combining(ch)]
    return "".join(ch for ch in kept if ch.isalnum())


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def join_words(words: Iterable[Word]) -> str:
    """Words as one string, with the spaces Tesseract's Chinese models put between characters removed."""
    return _CJK_GAP.sub("", " ".join(w.text for w in words)).strip()


def cells(words: Sequence[Word], gap: float = 1.5) -> list[list[Word]]:
    """A row's words grouped into cells: a gap wider than ``gap`` text heights starts a new one."""
    out: list[list[Word]] = []
    for w in words:
        if out and w.bbox[0] - out[-1][-1].bbox[2] <= gap * height(w.bbox):
            out[-1].append(w)
        else:
            out.append([w])
    return out


def centre_y(box: BBox) -> float:
    return (box[1] + box[3]) / 2


def height(box: BBox) -> float:
    return max(box[3] - box[1], 1.0)


def min_conf(words: Sequence[Word]) -> float:
    return min((w.conf for w in words), default=0.0)


@dataclass(frozen=True)
class LabelHit:
    """Where a label phrase was found on a page."""

    page: Page
    words: tuple[Word, ...]
    line: int
    score: float  # 0..100, how closely the words match the phrase
    phrase: str

    @property
    def bbox(self) -> BBox:
        box = union_bbox([w.bbox for w in self.words])
        assert box is not None  # a hit always has words
        return box


@dataclass(frozen=True)
class Found(Generic[T]):
    """A parsed value with the words it came from and how it was located."""

    value: T
    words: tuple[Word, ...]
    page: int
    how: str  # "right", "below", "above", "pattern"
    label: LabelHit | None = None

    @property
    def bbox(self) -> BBox | None:
        return union_bbox([w.bbox for w in self.words])

    @property
    def ocr_conf(self) -> float:
        return min_conf(self.words)


def page_slope(page: Page) -> float:
    """Median slant of text rows (dy per dx); a phone photo's rows are rarely level."""
    slopes = []
    for line in page.lines():
        if len(line) < 3:
            continue
        first, last = line[0], line[-1]
        dx = (last.bbox[0] + last.bbox[2]) / 2 - (first.bbox[0] + first.bbox[2]) / 2
        if dx < 5 * height(first.bbox):
            continue
        slopes.append((centre_y(last.bbox) - centre_y(first.bbox)) / dx)
    if len(slopes) < 3:
        return 0.0
    slope = statistics.median(slopes)
    return slope if abs(slope) < 0.2 else 0.0


def find_labels(page: Page, phrases: Sequence[str], min_score: float = 86.0) -> list[LabelHit]:
    """Every place on the page where one of ``phrases`` is written, best matches first."""
    hits: list[LabelHit] = []
    lines = page.lines()
    for phrase in phrases:
        target = fold(phrase)
        if not target:
            continue
        cjk = bool(_CJK.search(phrase))
        n_words = len(phrase.split()) if not cjk else len(target)
        for words in lines:
            best: LabelHit | None = None
            folded = [fold(w.text) for w in words]
            for start in range(len(words)):
                if not folded[start]:
                    continue
                text = ""
                for end in range(start, min(len(words), start + n_words + 2)):
                    # A label is one cell: "Date" and the next cell's "Test ..." are not "Date of Test".
                    gap = words[end].bbox[0] - words[end - 1].bbox[2] if end > start else 0.0
                    if gap > 2.5 * height(words[end].bbox) and not cjk:  # "姓    名" is spread to a width
                        break
                    if end > start and words[end - 1].text.endswith((":", "：")):
                        break  # a colon ends a label: "Customer: ANA ..." is no "Customer name"
                    text += folded[end]
                    if len(text) > len(target) + 3:
                        break
                    if len(target) < _EXACT_BELOW or cjk:
                        score = 100.0 if text == target else 0.0
                    else:
                        score = fuzz.ratio(text, target)
                    if score >= min_score and (best is None or score > best.score):
                        best = LabelHit(page, tuple(words[start : end + 1]), words[0].line, score, phrase)
            if best is not None:
                hits.append(best)
    hits.sort(key=lambda h: (-h.score, h.bbox[1], h.bbox[0], -len(h.words)))
    # The same words can match two phrases; keep the better one, and of equals the longer
    # ("Name of the Candidate" over its first word "Name").
    unique: list[LabelHit] = []
    for hit in hits:
        if not any(set(map(id, hit.words)) & set(map(id, u.words)) for u in unique):
            unique.append(hit)
    return unique


def row_start_labels(page: Page, phrases: Sequence[str]) -> list[LabelHit]:
    """Hits of ``phrases`` that open their row (after any translation in another script).

    Short words such as "Name" or "Programme" label a value only there; inside a sentence or a longer
    label ("Company Name") they label nothing.
    """
    return [hit for hit in find_labels(page, phrases) if _opens_row(page, hit)]


# Words that, set right before a label, make it another label ("Previous Test Date", "Expiry Date",
# "Father's Name", "Company Name", "Last Name" when "Name" alone was looked for) or prose.
_QUALIFIERS = frozenset(
    {"previous", "prior", "former", "next", "expiry", "expiration", "issue", "print", "printing",
     "father's", "fathers", "mother's", "mothers", "husband's", "spouse's", "company", "bank", "branch",
     "last", "family", "first", "given", "middle", "maiden", "father", "mother",
     "centre", "center", "institution", "school", "venue", "organisation", "organization", "university",
     "employer", "referee", "signatory", "contact", "account",
     # and articles: "valid for two years from the test date." is a sentence, not a label
     "the", "a", "an", "your", "this", "from",
     # and those of other languages: "RELATÓRIO DE NOTAS DO CANDIDATO" is a title, not a label
     "do", "da", "dos", "das", "du", "des", "del", "della", "der", "die"}
)  # fmt: skip


def _qualified(page: Page, hit: LabelHit) -> bool:
    """Whether the word right before ``hit`` on its row turns it into another label."""
    h = height(hit.bbox)
    before = [
        w
        for w in page.words
        if w.line == hit.line and w.bbox[2] <= hit.bbox[0] + 1 and hit.bbox[0] - w.bbox[2] <= 1.5 * h
    ]
    if not before:
        return False
    word = fold(max(before, key=lambda w: w.bbox[2]).text.rstrip(":"))
    return word in {fold(q) for q in _QUALIFIERS}


def continues_a_label(page: Page, hit: LabelHit) -> bool:
    """Whether a word stands tight before ``hit`` on its row, so the hit ends a longer label.

    A value such as a centre number ("BR512  Date  15/MAR/2025") is no part of a label.
    """
    h = height(hit.bbox)
    return any(
        w.line == hit.line
        and w.bbox[2] <= hit.bbox[0] + 1
        and hit.bbox[0] - w.bbox[2] <= 1.5 * h
        and not any(ch.isdigit() for ch in w.text)
        for w in page.words
    )


def _opens_row(page: Page, hit: LabelHit) -> bool:
    row = sorted((w for w in page.words if w.line == hit.line), key=lambda w: w.bbox[0])
    before = [w for w in row[: row.index(hit.words[0])] if re.search(rf"[{LATIN}/]", w.text)]
    # Nothing before it but another script, or a translation ending in a slash ("Opleiding / Programme").
    return not before or (before[-1].text == "/" and len(before) <= 4)


def right_of(
    page: Page,
    label: LabelHit,
    max_gap: float | None = None,
    slope: float | None = None,
    next_gap: float | None = None,
) -> list[Word]:
    """Words on the label's visual row to its right, in reading order, up to a wide gap."""
    box = label.bbox
    h = height(box)
    slope = page_slope(page) if slope is None else slope
    label_ids = {id(w) for w in label.words}
    cy, cx = centre_y(box), box[2]

    def offset(w: Word) -> float:
        return centre_y(w.bbox) - (cy + slope * ((w.bbox[0] + w.bbox[2]) / 2 - cx))

    right = [w for w in page.words if id(w) not in label_ids and w.bbox[0] >= box[2] - 0.3 * h]
    candidates = [w for w in right if abs(offset(w)) <= 0.6 * max(h, height(w.bbox))]
    if not candidates:
        # A photographed page bends rows: take the nearest row within a row height, if it is clear.
        near = [w for w in right if abs(offset(w)) <= 1.1 * h]
        if not near:
            return []
        nearest = min(near, key=lambda w: (abs(offset(w)), w.bbox[0]))
        candidates = [w for w in near if w.line == nearest.line]
    candidates.sort(key=lambda w: w.bbox[0])
    # The first word may stand in a value column far from its label; after it a row ends at a wide gap.
    first_limit = max_gap if max_gap is not None else 0.45 * page.width
    row: list[Word] = []
    edge = box[2]
    for w in candidates:
        if w.bbox[0] - edge > (first_limit if not row else (next_gap or 3 * h)):
            break
        row.append(w)
        edge = w.bbox[2]
    return _past_label_tail(label, row, h)


# The lower-case ends of longer name labels ("Name in Full", "Full name of employee", "Name as per
# passport"): only these are skipped. A tail that names something else ("Name of Test Center", "Date
# of Birth (DD/MM/YYYY)") is left alone: the label is then another label, or the hint is read with
# the value as before.
_LABEL_TAILS = re.compile(
    r"(?:in\s+full|with\s+initials|(?:and\s+|/\s*)?surname|as\s+(?:per|in)\s+(?:the\s+)?passport"
    r"|of\s+(?:the\s+)?(?:employee|candidate|student|graduate|holder|applicant|examinee|test\s+taker"
    r"|account\s+holder))\s*[:：]?",
    re.IGNORECASE,
)


# Words that, set tight after a label word, make it the label of something else.
_OTHER_LABEL_ENDS = frozenset(
    ["school", "affairs", "office", "card", "status", "type", "faculty", "department", "centre", "center"]
)


def _past_label_tail(label: LabelHit, row: list[Word], h: float) -> list[Word]:
    """The row without the known lower-case end of a longer label set tight after ``label``."""
    if not row or label.words[-1].text.endswith((":", "：")) or row[0].bbox[0] - label.bbox[2] > 0.8 * h:
        return row
    for n in range(1, min(4, len(row)) + 1):
        tail = " ".join(w.text for w in row[:n])
        if _LABEL_TAILS.fullmatch(tail):
            return row[n:]
    # "Name of the College", "Name of Father", "Date of Birth" for a "Date" label, "Graduate School",
    # "Student ID": another label.
    return [] if row[0].text == "of" or fold(row[0].text).rstrip(".") in _OTHER_LABEL_ENDS else row


def cell_left(page: Page, hit: LabelHit) -> float:
    """Where the heading cell holding ``hit`` starts: the words run tight to its left belong to it."""
    h = height(hit.bbox)
    left = hit.bbox[0]
    row = sorted(
        (w for w in page.words if w.line == hit.line and w.bbox[2] <= left), key=lambda w: -w.bbox[2]
    )
    for w in row:
        if left - w.bbox[2] > 1.5 * h:
            break
        left = w.bbox[0]
    return left


def left_of(page: Page, label: LabelHit, max_gap: float | None = None) -> list[Word]:
    """Words on the label's row to its left, in reading order, back to a wide gap.

    For forms that print the value first and its label after it ("1997-01-11    Date of birth").
    Only the cell nearest the label counts: a wide gap ends it, as in ``right_of``.
    """
    box = label.bbox
    h = height(box)
    label_ids = {id(w) for w in label.words}
    row = sorted(
        (
            w
            for w in page.words
            if id(w) not in label_ids
            and w.bbox[2] <= box[0] + 0.3 * h
            and abs(centre_y(w.bbox) - centre_y(box)) <= 0.6 * h
        ),
        key=lambda w: -w.bbox[2],
    )
    first_limit = max_gap if max_gap is not None else 0.45 * page.width
    picked: list[Word] = []
    edge = box[0]
    for w in row:
        if edge - w.bbox[2] > (first_limit if not picked else 3 * h):
            break
        picked.append(w)
        edge = w.bbox[0]
    return picked[::-1]


def _left_value(page: Page, hit: LabelHit) -> list[Word]:
    """The value printed before its label, or nothing when the layout does not say so.

    Only a label that ends its row, has no colon (a colon points right) and whose left cell opens
    the row and holds no other label's word ("Issue Date: 20 May 2024   Test Date" is not a value).
    """
    if right_of(page, hit) or hit.words[-1].text.endswith(":"):
        return []
    left = left_of(page, hit)
    if not left:
        return []
    row = [w for w in page.words if w.line == hit.line and w.bbox[2] <= left[0].bbox[0]]
    if row or any(w.text.endswith(":") or fold(w.text) in FORM_WORDS for w in left):
        return []
    return left


def _row_groups(scored: list[tuple[float, Word]], h: float) -> list[list[Word]]:
    # Rows are clustered by their slant-corrected offset, not by the reader's line numbers: a tilted
    # scan splits one printed row into several OCR lines.
    rows: list[list[tuple[float, Word]]] = []
    for dy, w in sorted(scored, key=lambda t: t[0]):
        if rows and dy - rows[-1][-1][0] <= 0.6 * h:
            rows[-1].append((dy, w))
        else:
            rows.append([(dy, w)])
    return [sorted((w for _, w in row), key=lambda w: w.bbox[0]) for row in rows]


def _column(page: Page, label: LabelHit, direction: int, max_rows: int, slack: float) -> list[list[Word]]:
    box = label.bbox
    h = height(box)
    width = box[2] - box[0]
    lo, hi = box[0] - slack * width - h, box[2] + slack * width + 4 * h
    label_ids = {id(w) for w in label.words}
    slope = page_slope(page)
    picked: list[tuple[float, Word]] = []
    for w in page.words:
        if id(w) in label_ids:
            continue
        mid_x = (w.bbox[0] + w.bbox[2]) / 2
        if not (lo <= w.bbox[0] <= hi or box[0] <= mid_x <= box[2]):
            continue
        dy = centre_y(w.bbox) - (centre_y(box) + slope * (mid_x - (box[0] + box[2]) / 2))
        if direction > 0 and 0.6 * h < dy <= (max_rows + 0.8) * 2.2 * h:
            picked.append((dy, w))
        if direction < 0 and -(max_rows + 0.8) * 2.2 * h <= dy < -0.6 * h:
            picked.append((-dy, w))
    return [_whole_cell(page, row, h, label_ids) for row in _row_groups(picked, h)[:max_rows]]


def _whole_cell(page: Page, row: list[Word], h: float, skip: set[int]) -> list[Word]:
    """``row`` grown by the words that run on tight after its last one: a value wider than its label's
    column ("姓名" over "NGUYEN MINH ANH") is read whole."""
    seen = {id(w) for w in row}
    while True:
        last = row[-1]
        nxt = [
            w
            for w in page.words
            if w.line == last.line and id(w) not in seen and id(w) not in skip
            and 0 <= w.bbox[0] - last.bbox[2] <= 0.8 * h
        ]  # fmt: skip
        if not nxt:
            return row
        word = min(nxt, key=lambda w: w.bbox[0])
        row = [*row, word]
        seen.add(id(word))


_SELF_LABELLED = re.compile(r"[^\W\d_][:：]\s*\S")  # "Nationality: CHINA", not a time "09:30"


def captions_under_values(page: Page, label: LabelHit) -> bool:
    """Whether the form prints each caption under its value ("SRISUK / Family name").

    Forms that stack label rows and value rows in one grid read either way from the middle: a label
    row has value rows above and below it. The grid's ends say which: rows aligned on the label row's
    cells (as many, at the same places, none labelling itself), one after another, alternate labels
    and values, so in a grid of an even number of rows a label row at an odd place means the grid
    opens with values, each over its caption.
    """
    lines = page.lines()
    ids = {id(w) for w in label.words}
    here = next((i for i, line in enumerate(lines) if any(id(w) in ids for w in line)), None)
    if here is None:
        return False
    h = height(label.bbox)
    ref = [(cell[0].bbox[0], cell[-1].bbox[2]) for cell in cells(lines[here])]
    if len(ref) < 2:
        return False

    def under_one(cell: list[Word]) -> bool:
        # starts where a cell of the label row starts, or lies within one (a value set in or centred)
        x0, x1 = cell[0].bbox[0], cell[-1].bbox[2]
        return any(abs(x0 - r0) <= 1.5 * h or (r0 - h <= x0 and x1 <= r1 + h) for r0, r1 in ref)

    def aligned(i: int) -> bool:
        # A row of the same cells at the same places; a cell that labels itself ("Nationality: CHINA")
        # belongs to no grid of label rows and value rows.
        row_cells = cells(lines[i])
        # One cell may be empty ("SRISUK | PHATCHARAPORN |" under three captions).
        return (
            len(row_cells) >= 2 and len(ref) - 1 <= len(row_cells) <= len(ref)
            and all(under_one(cell) for cell in row_cells)
            and not any(_SELF_LABELLED.search(join_words(cell)) for cell in row_cells)
        )  # fmt: skip

    def next_to(i: int, j: int) -> bool:
        return abs(centre_y(lines[i][0].bbox) - centre_y(lines[j][0].bbox)) <= 2.8 * h

    first = here
    while first > 0 and next_to(first - 1, first) and aligned(first - 1):
        first -= 1
    last = here
    while last + 1 < len(lines) and next_to(last, last + 1) and aligned(last + 1):
        last += 1
    rows = last - first + 1
    return rows >= 2 and rows % 2 == 0 and (here - first) % 2 == 1


def below(page: Page, label: LabelHit, max_rows: int = 2, slack: float = 0.5) -> list[list[Word]]:
    """Rows of words under the label, in its column (nearest row first)."""
    return _column(page, label, 1, max_rows, slack)


def above(page: Page, label: LabelHit, max_rows: int = 1, slack: float = 0.5) -> list[list[Word]]:
    """Rows of words over the label, in its column (nearest row first)."""
    return _column(page, label, -1, max_rows, slack)


def value_near(
    pages: Sequence[Page],
    phrases: Sequence[str],
    parse: Callable[[list[Word]], tuple[T, list[Word]] | None],
    directions: Sequence[str] = ("right", "below"),
    min_score: float = 86.0,
    at_row_start: bool = False,
) -> Found[T] | None:
    """The first value that ``parse`` accepts next to one of the labels, trying directions in order.

    With ``at_row_start`` only labels that open their row count (see ``row_start_labels``).
    """
    for page in pages:
        hits = find_labels(page, phrases, min_score)
        if at_row_start:
            hits = [h for h in hits if _opens_row(page, h)]
        hits = [h for h in hits if not _qualified(page, h)]
        for direction in directions:
            for hit in hits:
                if direction == "right":
                    # A label's own hint ("(DD/MM/YYYY)") can stand between it and a far value column.
                    near, far = right_of(page, hit), right_of(page, hit, next_gap=0.45 * page.width)
                    candidates = [near] if far == near else [near, far]
                elif direction in ("below", "above"):
                    # A caption printed under its value reads upwards first.
                    upward = (direction == "above") != captions_under_values(page, hit)
                    candidates = above(page, hit) if upward else below(page, hit)
                else:
                    candidates = [_left_value(page, hit)]
                how = direction if direction in ("right", "left") else ("above" if upward else "below")
                for words in candidates:
                    if not words:
                        continue
                    parsed = parse(words)
                    if parsed is not None:
                        value, used = parsed
                        return Found(value, tuple(used), page.number, how, hit)
    return None


def words_matching(words: list[Word], pattern: re.Pattern[str]) -> tuple[str, list[Word]] | None:
    """The shortest run of consecutive words whose joined text contains ``pattern``, and the match."""
    for size in range(1, len(words) + 1):
        for start in range(0, len(words) - size + 1):
            run = words[start : start + size]
            m = pattern.search(join_words(run))
            if m:
                return m.group(0), run
    return None


def strip_label_words(words: list[Word], stop_phrases: Sequence[str]) -> list[Word]:
    """Cut a row at the first word that starts another label ("Date", "Sex") written on the same row."""
    stops = [fold(p) for p in stop_phrases]
    for i in range(len(words)):
        for stop in stops:
            joined = ""
            for nxt in words[i : i + 4]:
                joined += fold(nxt.text)
                if joined == stop and len(stop) >= 3:
                    return words[:i]
                if len(joined) >= len(stop):
                    break
    return words


def isolate_glyphs(crop: Image.Image, min_h: float, max_h: float) -> Image.Image | None:
    """Keep only character-sized ink (drops box borders, shading and specks), cropped to it.

    Boxes around a value make Tesseract see one big graphic and no text; the characters alone read.
    """
    grey = np.array(crop.convert("L"))
    _, ink = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    count, labels, stats, _ = cv2.connectedComponentsWithStats((ink > 0).astype(np.uint8))
    keep = [
        i
        for i in range(1, count)
        # A border segment is tall and thin; even a "1" is wider than a fifth of its height.
        if (min_h <= stats[i, 3] <= max_h and stats[i, 2] <= 1.5 * max_h and stats[i, 3] < 5 * stats[i, 2])
        or (stats[i, 3] < min_h and stats[i, 2] < min_h and stats[i, 4] >= 4)  # decimal points
    ]
    glyphs = [i for i in keep if stats[i, 3] >= min_h]
    if not glyphs:
        return None
    # The value's characters share one height; border remnants and stamps do not.
    typical = float(np.median([stats[i, 3] for i in glyphs]))
    glyphs = [i for i in glyphs if abs(stats[i, 3] - typical) <= 0.3 * typical]
    chains: list[list[int]] = []
    for i in sorted(glyphs, key=lambda i: stats[i, 0]):
        last = chains[-1][-1] if chains else None
        if last is not None and stats[i, 0] - (stats[last, 0] + stats[last, 2]) <= 1.5 * typical:
            chains[-1].append(i)
        else:
            chains.append([i])
    glyphs = max(chains, key=len) if chains else []
    if not glyphs:
        return None
    x0 = min(stats[i, 0] for i in glyphs)
    y0 = min(stats[i, 1] for i in glyphs)
    x1 = max(stats[i, 0] + stats[i, 2] for i in glyphs)
    y1 = max(stats[i, 1] + stats[i, 3] for i in glyphs)
    # Dots are kept only inside the band of the characters (a decimal point, not a speck elsewhere).
    keep = [i for i in keep if i in glyphs or (y0 <= stats[i, 1] <= y1 and x0 <= stats[i, 0] <= x1)]
    clean = np.where(np.isin(labels, keep), 0, 255).astype(np.uint8)
    pad = int(max_h / 2)
    canvas = Image.new("L", (int(x1 - x0) + 2 * pad, int(y1 - y0) + 2 * pad), 255)
    canvas.paste(Image.fromarray(clean).crop((int(x0), int(y0), int(x1), int(y1))), (pad, pad))
    return canvas


def reocr(
    document: DocumentInput,
    page: Page,
    box: BBox,
    lang: str = "eng",
    psm: int = 7,
    whitelist: str | None = None,
    scale: float = 2.0,
    glyph_height: tuple[float, float] | None = None,
    stretch: bool = False,
) -> list[Word]:
    """Read one region of the page image again, for text the page reading skipped.

    Tesseract's page segmentation drops text drawn inside boxes (band scores, ticked modules); a
    crop read as a single line finds it. With ``glyph_height`` (min, max in page pixels) only
    character-sized ink is kept first. Boxes come back in page coordinates (the whole region when
    glyphs were isolated). Empty when the page has no image (a text layer) or the region is off it.
    """
    if page.unit != "px":
        return []
    image = document.page_image(page)
    if image is None:
        return []
    x0, y0 = max(0, int(box[0])), max(0, int(box[1]))
    x1, y1 = min(image.width, int(box[2])), min(image.height, int(box[3]))
    if x1 - x0 < 4 or y1 - y0 < 4:
        return []
    crop = image.crop((x0, y0, x1, y1)).convert("L")
    if stretch:
        # Faint grey print on grey paper: stretch the contrast before reading.
        crop = ImageOps.autocontrast(crop, cutoff=1)
    if scale != 1.0:
        crop = crop.resize((int(crop.width * scale), int(crop.height * scale)))
    isolated = False
    if glyph_height is not None:
        glyphs = isolate_glyphs(crop, glyph_height[0] * scale, glyph_height[1] * scale)
        if glyphs is None:
            return []
        crop, isolated = glyphs, True
    config = f"-c tessedit_char_whitelist={whitelist}" if whitelist else ""
    try:
        words = tesseract.ocr_words(crop, lang=lang, psm=psm, timeout=30, extra_config=config)
    except tesseract.OcrError:
        return []
    out = []
    for w in words:
        b = w.bbox
        mapped = (x0 + b[0] / scale, y0 + b[1] / scale, x0 + b[2] / scale, y0 + b[3] / scale)
        bbox = (x0, y0, x1, y1) if isolated else tuple(round(c, 1) for c in mapped)
        out.append(w.model_copy(update={"bbox": bbox, "line": -1}))
    return out


# A value read from a text layer is as sure as its label match; OCR words add their own doubt.
TEXT_LAYER_CONF = 0.97


def value_confidence(words: Sequence[Word], cap: float = TEXT_LAYER_CONF) -> float:
    """Confidence of a value from the words it came from: the weakest word decides."""
    return min(cap, min_conf(words)) if words else 0.0


def fact_from(
    field: str,
    value: object,
    words: Sequence[Word],
    page: int | None,
    method: str,
    confidence: float | None = None,
    note: str | None = None,
    force_review: bool = False,
) -> Fact:
    """A fact whose bbox is the union of the words it was read from."""
    conf = value_confidence(words) if confidence is None else confidence
    return make_fact(
        field,
        value,  # type: ignore[arg-type]  # callers pass JSON scalars
        conf,
        method,
        page=page,
        bbox=union_bbox([w.bbox for w in words]),
        note=note,
        force_review=force_review,
    )


def framed_texts(
    document: DocumentInput,
    page: Page,
    region: BBox,
    lang: str = "eng",
    psm: int = 7,
    stretch: bool = False,
    isolate: bool = True,
) -> list[Word]:
    """Words printed inside rectangular frames in a region (boxed headings that page reading skips)."""
    if page.unit != "px":
        return []
    image = document.page_image(page)
    if image is None:
        return []
    x0, y0 = max(0, int(region[0])), max(0, int(region[1]))
    x1, y1 = min(image.width, int(region[2])), min(image.height, int(region[3]))
    grey = np.array(image.crop((x0, y0, x1, y1)).convert("L"))
    _, ink = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    contours, _ = cv2.findContours(ink, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
    words: list[Word] = []
    seen: list[tuple[int, int, int, int]] = []
    for contour in contours:
        bx, by, bw, bh = cv2.boundingRect(contour)
        if not (20 <= bh <= 0.4 * (y1 - y0) and bw >= 1.2 * bh and bw * bh >= 2000 and bw < 0.9 * (x1 - x0)):
            continue
        if any(abs(bx - sx) < 8 and abs(by - sy) < 8 for sx, sy, _, _ in seen):
            continue  # the inner and outer edge of one frame
        seen.append((bx, by, bw, bh))
        margin = max(3, int(0.12 * bh))
        inner = (x0 + bx + margin, y0 + by + margin, x0 + bx + bw - margin, y0 + by + bh - margin)
        found = isolate and reocr(
            document, page, inner, lang=lang, psm=psm, glyph_height=(0.15 * bh, 0.7 * bh), stretch=stretch
        )
        words.extend(found or reocr(document, page, inner, lang=lang, psm=psm, stretch=stretch))
    return words


def checkbox_ink(document: DocumentInput, page: Page, word_box: BBox, h: float) -> float | None:
    """How much ink is inside the tick box left of a word (0 for an empty box), or None if no box."""
    if page.unit != "px":
        return None
    image = document.page_image(page)
    if image is None:
        return None
    cy = centre_y(word_box)
    region = (int(word_box[0] - 3 * h), int(cy - 1.5 * h), int(word_box[0] - 0.1 * h), int(cy + 1.5 * h))
    grey = np.array(image.crop(region).convert("L"))
    _, ink = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    contours, _ = cv2.findContours(ink, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    boxes = [cv2.boundingRect(c) for c in contours]
    squares = [b for b in boxes if 0.6 * h <= b[3] <= 2.2 * h and 0.7 <= b[2] / max(b[3], 1) <= 1.4]
    if not squares:
        return None
    bx, by, bw, bh = max(squares, key=lambda b: b[2] * b[3])
    m = max(2, int(0.2 * bh))
    interior = ink[by + m : by + bh - m, bx + m : bx + bw - m]
    return float((interior > 0).mean()) if interior.size else None


def nearest_in_column(
    page: Page,
    label: LabelHit,
    accept: Callable[[Word], bool],
    max_rows: float = 8.0,
    allow_right: bool = True,
    right_reach: float = 0.45,
) -> list[Word]:
    """Accepted words under a label in its column (nearest first), or right of it on its row.

    For score tables where each label heads a column (or starts a row) of numbers.
    """
    box = label.bbox
    h = height(box)
    slope = page_slope(page)
    cx = (box[0] + box[2]) / 2
    half_width = max((box[2] - box[0]) / 2, 2 * h)
    scored: list[tuple[float, Word]] = []
    label_ids = {id(w) for w in label.words}
    for w in page.words:
        if id(w) in label_ids or not accept(w):
            continue
        wx = (w.bbox[0] + w.bbox[2]) / 2
        dy = centre_y(w.bbox) - (centre_y(box) + slope * (wx - cx))
        dx = wx - cx
        if 0.5 * h < dy <= max_rows * h and abs(dx) <= half_width + h:
            scored.append((abs(dx) + 0.2 * dy, w))
        elif allow_right and abs(dy) <= 0.6 * h and 0 < w.bbox[0] - box[2] <= right_reach * page.width:
            # A value on the label's own row wins over anything below it.
            scored.append((-1.0 / (1.0 + w.bbox[0] - box[2]), w))
    return [w for _, w in sorted(scored, key=lambda t: t[0])]


# Words of forms' own labels: a "name" made of these is a label read as a value.
FORM_WORDS = {
    # the tests themselves ("RELATÓRIO DE NOTAS DO CANDIDATO - TOEFL iBT"): never a name
    "toefl",
    "ielts",
    "hsk",
    "psc",
    "ets",
    "ibt",
    # a document's own title, which a layout can set right above a name
    "academic",
    "transcript",
    "official",
    "record",
    "records",
    "certificate",
    "diploma",
    "date",
    "dob",
    "born",
    "birth",
    "sex",
    "name",
    "names",
    "candidate",
    "number",
    "country",
    "centre",
    "center",
    "family",
    "surname",
    "first",
    "other",
    "given",
    "nationality",
    "language",
    "test",
    "id",
    "passport",
    "scheme",
    "code",
    "region",
    "origin",
    "results",
    "report",
    "form",
    "dd",
    "mm",
    "yyyy",
    "section",
    "band",
    "score",
    "scores",
    "comparable",
    "gender",
    "level",
    "student",
    "degree",
    "program",
    "major",
    "account",
    "holder",
    "address",
    "no",
    "of",
}
# Left over from a bilingual label before the value: "Name / Nama :", "Nom / Name".
_LEADING_NOISE = {"name", "names", "", "of", "nama", "nom", "nombre", "nome", "naam", "imie", "isim"}
# Letters of the Latin script, extended and additional included: Turkish İ/ı/ş, Polish ł/ś and
# Vietnamese ư are as much a name as é. Other scripts are read by their own rules (cjk_name).
LATIN = "A-Za-zÀ-ÖØ-öø-ÿĀ-ɏḀ-ỿ"
_NAME_WORD = re.compile(rf"^[{LATIN}'’\-.]+,?$")


# Malaysian and Singaporean names link a person to a parent: "son of", "daughter of" (S/O, D/O) and
# their Malay forms (A/L, A/P).
PARENTAGE = re.compile(r"^(?:[SD]/O|A/[LP])$", re.IGNORECASE)


def name_words(words: Sequence[Word], upper: bool = False) -> list[Word] | None:
    """The leading run of name-shaped words, or None when the row is another label.

    Stray OCR punctuation and a leading "Name"/"/" left over from a bilingual label are skipped.
    With ``upper`` every word must be in capitals, as forms print names.
    """
    picked: list[Word] = []
    after_cjk = bracketed = after_slash = False
    for i, w in enumerate(words):
        text = w.text.strip()
        if not picked and (fold(text) in _LEADING_NOISE or _CJK.search(text)):
            after_cjk = after_cjk or bool(_CJK.search(text))
            after_slash = after_slash or text == "/"
            continue
        nxt = words[i + 1] if i + 1 < len(words) else None
        if not picked and after_slash and nxt is not None and nxt.bbox[0] - w.bbox[2] > 2 * height(w.bbox):
            after_slash = False  # "Name / Enw     Angharad ...": the label's other language, then its value
            continue
        if not picked and after_cjk and text.startswith("("):
            text, bracketed = text[1:], True  # "刘家豪 (LIU JIAHAO)": the name's romanisation
        closes = bracketed and text.endswith(")")
        text = text.rstrip(")") if closes else text
        if not re.search(rf"[{LATIN}]", text):
            if picked:
                break
            continue
        if picked and PARENTAGE.match(text):
            picked.append(w)  # "RAJESWARI D/O MURUGAN": kept only with the name that follows
            continue
        if not _NAME_WORD.match(text) or (upper and text != text.upper()):
            break
        if fold(text) in FORM_WORDS:
            break
        picked.append(w)
        if closes:
            break
    while picked and PARENTAGE.match(picked[-1].text.strip()):
        picked.pop()
    return picked or None


def parse_name(words: list[Word]) -> tuple[str, list[Word]] | None:
    picked = name_words(words)
    if not picked:
        return None
    return " ".join(w.text.strip("(),") for w in picked), picked


def parse_upper_name(words: list[Word]) -> tuple[str, list[Word]] | None:
    picked = name_words(words, upper=True)
    if not picked or len(" ".join(w.text for w in picked)) < 2:
        return None
    return " ".join(w.text.strip("()") for w in picked).strip(" ,"), picked


def parse_day(words: list[Word], day_first: bool = True) -> tuple[str, list[Word]] | None:
    """The first full date (day precision) in a run of words, with the words it spans.

    Year-first numeric dates (`1995/04/23`, `2021.06.12`) count too: they are unambiguous.
    """
    for size in range(1, min(len(words), 7) + 1):
        for start in range(0, len(words) - size + 1):
            run = words[start : start + size]
            dates = find_dates(rewrite_dates(join_words(run)), day_first=day_first)
            if dates and dates[0].precision == "day":
                return dates[0].value, run
    return None


def day_parser(pages: Sequence[Page]) -> Callable[[list[Word]], tuple[str, list[Word]] | None]:
    """``parse_day`` in the order the pages' own numeric dates show: a score report that prints a
    birth date "03/21/1996" writes its test date "05/10/2025" month first too (10 May, not 5 October).
    Day first when no date settles it. When the pages write dates both ways, a printout's stamp
    (a line with a time, or "printed") does not count; if they still disagree, only a date that
    reads one way is read."""
    text = "\n".join(page.text for page in pages)
    day_first, month_first = numeric_order(text)
    if day_first and month_first:
        fields = "\n".join(line for line in text.splitlines() if not _STAMP_LINE.search(line))
        day_first, month_first = numeric_order(fields)
    if not (day_first and month_first):
        order = not (month_first and not day_first)
        return lambda words: parse_day(words, day_first=order)

    def one_way(words: list[Word]) -> tuple[str, list[Word]] | None:
        one, other = parse_day(words, day_first=True), parse_day(words, day_first=False)
        if one is not None and other is not None and one[0] != other[0]:
            return None
        return one or other

    return one_way


# A browser's or printer's stamp on a printout: a time of day, or the word itself.
_STAMP_LINE = re.compile(r"\b\d{1,2}:\d{2}\b|\b(?:printed|print date|downloaded|generated)\b", re.IGNORECASE)


_CJK_RUN = re.compile(r"[\u4e00-\u9fff·]+")
# A Chinese name: two to five characters, or a minority name written with middle dots (艾力·买买提).
CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,5}|[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8}){1,3}")


def cjk_name(
    words: list[Word], label_words: re.Pattern[str], may_skip: Callable[[Word], bool] = lambda w: True
) -> tuple[str, list[Word]] | None:
    """The first run of Chinese characters in a row of words, if it is shaped like a name.

    Name-shaped: 2-5 characters, ending at a wide gap (the next cell of the row), and holding none
    of `label_words` (a label read as a value). Latin words before the run (the "Name" of a
    bilingual label) are skipped while `may_skip` allows; any other word ends the search.
    """
    picked: list[Word] = []
    for w in words:
        # "Yang Mingyue (杨明月)": a translation gives the characters in brackets after the Latin.
        if not _CJK_RUN.fullmatch(w.text.strip("()（）")):
            if picked:
                break
            if not may_skip(w):
                return None
            continue
        if picked and w.bbox[0] - picked[-1].bbox[2] > 2 * height(w.bbox):
            break
        picked.append(w)
    text = "".join(w.text.strip("()（）") for w in picked)
    if not CJK_NAME.fullmatch(text) or label_words.search(text):
        return None
    return text, picked


def continued_name(page: Page, found: Found[str]) -> Found[str]:
    """A name read below its label may wrap onto the next row ("JÜRGEN MICHAEL" / "MÜLLER")."""
    if found.how != "below" or not found.words:
        return found
    box = union_bbox([w.bbox for w in found.words])
    assert box is not None
    h = height(box)
    ids = {id(w) for w in found.words}
    nxt = [
        w
        for w in page.words
        if id(w) not in ids
        and 0.6 * h < centre_y(w.bbox) - centre_y(box) <= 1.9 * h
        and box[0] - h <= w.bbox[0] <= box[2]
    ]
    parsed = parse_upper_name(sorted(nxt, key=lambda w: w.bbox[0]))
    if parsed is None:
        return found
    return Found(f"{found.value} {parsed[0]}", (*found.words, *parsed[1]), found.page, found.how, found.label)


# Latin OCR reads "ü" as "ii" or "li" (Müller -> Miiller, Jürgen -> Jlirgen); "ii" hardly occurs in names.
_DIACRITIC_SCARS = re.compile(r"(?<=[A-Za-z])ii|(?<=[A-Z])li(?=[a-z])|(?<=[A-Z])l(?=[rn])")


def name_doubt(words: Sequence[Word]) -> str | None:
    """Why a name needs a person: an OCR'd letter that lost its diacritic, or a parent's name linked to
    it, or None."""
    for w in words:
        if w.conf < 1.0 and _DIACRITIC_SCARS.search(w.text):
            return f"'{w.text}' looks like an OCR reading of a letter with a diacritic (ü read as ii/li)"
    link = next((w.text for w in words if PARENTAGE.match(w.text.strip())), None)
    if link:
        # Part of the legal name in Malaysia and Singapore ("D/O MURUGAN"); only the father's name on
        # Indian and Pakistani papers ("S/O SURESH KUMAR").
        return f"the name includes a parent's after '{link}': part of it or not, by the country's usage"
    return None


def is_sideways(page: Page) -> bool:
    """Most words taller than wide: the page was read a quarter turn off and its text runs vertically."""
    long_words = [w for w in page.words if len(w.text) >= 4]
    if len(long_words) < 10:
        return False
    tall = sum(1 for w in long_words if (w.bbox[3] - w.bbox[1]) > 1.5 * (w.bbox[2] - w.bbox[0]))
    return tall >= 0.6 * len(long_words)


def _turned_read(image: Image.Image, turn: int) -> tuple[list[Word], float]:
    turned = image.rotate(turn, expand=True)  # counter-clockwise
    words = tesseract.ocr_words(turned, lang="eng", psm=3, timeout=120)
    conf = sum(w.conf * len(w.text) for w in words) / max(1, sum(len(w.text) for w in words))
    return words, conf


def _unturn(box: BBox, turn: int, width: float, height: float) -> BBox:
    """A box in the turned image back in the page's own coordinates."""
    x0, y0, x1, y1 = box
    if turn == 90:  # turned (x, y) = (y, W - x)
        return (width - y1, x0, width - y0, x1)
    # turn == 270: turned (x, y) = (H - y, x)
    return (y0, height - x1, y1, height - x0)


def upright_document(document: DocumentInput) -> tuple[DocumentInput, dict[int, tuple[int, float, float]]]:
    """The document with sideways-read pages read again a quarter turn round (their words in the
    turned frame), and per turned page what is needed to map boxes back. Pages read upright pass as
    they are. The reader should have turned such a page; this keeps the document usable meanwhile.
    """
    turns: dict[int, tuple[int, float, float]] = {}
    pages: list[Page] = []
    for page in document.pages:
        image = document.page_image(page) if page.unit == "px" and is_sideways(page) else None
        if image is None:
            pages.append(page)
            continue
        try:
            readings = [(*_turned_read(image, turn), turn) for turn in (90, 270)]
        except tesseract.OcrError:
            pages.append(page)
            continue
        words, conf, turn = max(readings, key=lambda r: r[1])
        turns[page.number] = (turn, float(image.width), float(image.height))
        pages.append(
            page.model_copy(
                update={
                    "words": assign_lines(words),
                    "width": image.height,
                    "height": image.width,
                    "mean_conf": round(conf, 3),
                    "note": f"read again turned {turn} degrees",
                }
            )
        )
    if not turns:
        return document, turns
    return DocumentInput(pages=pages, kind=document.kind, path=document.path), turns


def map_back(facts: list[Fact], turns: dict[int, tuple[int, float, float]]) -> list[Fact]:
    """Fact boxes from turned re-reads, in the page's own coordinates again."""
    out = []
    for fact in facts:
        if fact.page in turns and fact.bbox is not None:
            turn, width, height = turns[fact.page]
            bbox = _unturn(fact.bbox, turn, width, height)
            fact = fact.model_copy(update={"bbox": bbox, "method": fact.method + "+turned"})
        out.append(fact)
    return out
