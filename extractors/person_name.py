"""The candidate's name on a score report or certificate, however the form lays it out.

Forms print it in one of four ways, tried in this order because the earlier ones say more:

1. split into a family-name and a given-names field (`Family Name: DELA CRUZ` / `Given Name(s):`),
   right of, under or above their labels;
2. one name field in capitals (`Name: TANAKA HARUKI`), possibly wrapped onto the next row;
3. one field as `SURNAME, Given Names` (`Candidate: KOWALSKI, Piotr Jan`): the comma and the capitals
   say which part is the family name, so it is kept as printed;
4. one field in mixed case (`Lucas Martin Dubois`): which part is the family name is then unknown
   unless one word is in capitals, so such a name goes to a person.

A name found with only one of its two parts also goes to a person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from core.models import Fact, Page, Word
from extractors import text_fields as tf
from extractors import vocabulary as vocab
from extractors.text_fields import Found, LabelHit

# Words that continue a name label ("Surname of candidate", "Given names in full"): written tight
# after it in the label's lettering, they belong to the label, not to the value.
_LABEL_TAIL = tf.FORM_WORDS | {"the", "in", "full", "as", "per", "candidates", "holder", "s"}
_SURNAME_FIRST = re.compile(rf"^[{tf.LATIN}'’\-]+,?$")  # and in capitals, see surname_first


@dataclass(frozen=True)
class NameLabels:
    full: Sequence[str] = vocab.FULL_NAME
    family: Sequence[str] = vocab.FAMILY_NAME
    given: Sequence[str] = vocab.GIVEN_NAMES


def _with_tail(page: Page, hit: LabelHit) -> LabelHit:
    """The label hit grown by its own trailing words, so the value right of it starts after them."""
    words = list(hit.words)
    h = tf.height(hit.bbox)
    ids = {id(w) for w in words}
    row = sorted(
        (w for w in page.words if w.line == hit.line and id(w) not in ids and w.bbox[0] >= hit.bbox[2]),
        key=lambda w: w.bbox[0],
    )
    for w in row:
        text = w.text.strip(":")
        if w.bbox[0] - words[-1].bbox[2] > 1.2 * h or text.isupper() or tf.fold(text) not in _LABEL_TAIL:
            break
        words.append(w)
    return LabelHit(page, tuple(words), hit.line, hit.score, hit.phrase)


def name_part(
    pages: Sequence[Page], phrases: Sequence[str], mixed_case: bool = True, optional: bool = False
) -> Found[str] | None:
    """A name in capitals next to one of ``phrases`` (right of it, else below, else above); with
    ``mixed_case``, a capitalised part alone in its cell too ("Katarzyna"). An ``optional`` part (a
    middle name) is read only right of its label or on the row right under it: its box is often
    empty, and the rows further down hold other fields."""
    for page in pages:
        hits = [_with_tail(page, h) for h in tf.find_labels(page, phrases)]
        for direction in ("right", "below", "above"):
            for hit in hits:
                rows, how = _rows_by(page, hit, direction, optional)
                if rows and rows[0] and _BLANK.fullmatch(tf.join_words(rows[0]).strip(" :")):
                    return None  # "Middle Name: NIL": left blank on purpose, nothing else is this part
                for words in rows:
                    parsed = _part_in(page, hit, words, direction, mixed_case)
                    if parsed is not None:
                        return Found(parsed[0], tuple(parsed[1]), page.number, how, hit)
    return None


def _rows_by(page: Page, hit: LabelHit, direction: str, optional: bool) -> tuple[list[list[Word]], str]:
    """The rows a part may stand in, in one direction from its label, and how they were found."""
    if direction == "right":
        # As in ``value_near``: a hint can stand between a label and a far value column.
        return [tf.right_of(page, hit), tf.right_of(page, hit, next_gap=0.45 * page.width)], "right"
    # A caption printed under its value reads upwards first.
    upward = (direction == "above") != tf.captions_under_values(page, hit)
    rows = tf.above(page, hit) if upward else tf.below(page, hit)
    if optional:
        h = tf.height(hit.bbox)
        rows = [r for r in rows[:1] if abs(tf.centre_y(r[0].bbox) - tf.centre_y(hit.bbox)) <= 2.8 * h]
    # The cell under the head, not the next column's.
    return [tf.cells(r)[0] for r in rows if r], "above" if upward else "below"


def _part_in(
    page: Page, hit: LabelHit, words: list[Word], direction: str, mixed_case: bool
) -> tuple[str, list[Word]] | None:
    """The name part a row holds, or None when the row is another field, label or a date."""
    if not words:
        return None
    if direction != "right" and _labelled_elsewhere(page, words):
        return None  # under "Middle Name: -", the "Country: Kazakhstan" of the next row
    parsed = tf.parse_upper_name(words)
    if parsed is None and mixed_case and _mixed_case_here(page, hit, words, direction):
        parsed = _capitalised_part(words)
    if parsed is None:
        return None
    rest = words[len(parsed[1]) :]
    if (
        rest
        and tf.fold(rest[0].text.strip(":")) in ("name", "names")
        and rest[0].bbox[0] - parsed[1][-1].bbox[2] <= 1.5 * tf.height(rest[0].bbox)
    ):
        return None  # "MIDDLE NAME" right of "FIRST (GIVEN) NAME": the next head, not a name
    day = tf.parse_day(words)
    if day and {id(w) for w in day[1]} & {id(w) for w in parsed[1]}:
        return None  # "02 DEC 1994": a date's month is no name
    return parsed


# Words of name labels in the languages forms pair with English: never a name part in mixed case.
_LABEL_WORDS = {
    "prenom", "prenoms", "nom", "noms", "nombre", "nombres", "apellido", "apellidos", "vorname",
    "vornamen", "nachname", "sobrenome", "nome", "cognome", "imie", "nazwisko", "citizenship",
    "nationality", "country", "sex", "gender", "name", "names",
}  # fmt: skip
# How forms leave a name part blank.
_BLANK = re.compile(r"(?i)nil|n/a|none|not applicable|-+|—|–|/")  # not "NA": Li Na, Na Yeonwoo


def _mixed_case_here(page: Page, hit: LabelHit, words: list[Word], direction: str) -> bool:
    """Where a part in mixed case may be read: right of its label, or right under a head that stands
    in a row of name-part heads ("Last Name | First Name | Middle Name"); elsewhere a capitalised
    word under a label is as likely another label ("Citizenship") or another field's value."""
    if direction == "right":
        return True
    h = tf.height(hit.bbox)
    if abs(tf.centre_y(words[0].bbox) - tf.centre_y(hit.bbox)) > 2.8 * h:
        return False
    heads = [
        other
        for phrases in (vocab.FAMILY_NAME, vocab.GIVEN_NAMES, vocab.MIDDLE_NAMES)
        for other in tf.find_labels(page, phrases)
        if other.line == hit.line
    ]
    return len({round(other.bbox[0]) for other in heads}) >= 2


def _labelled_elsewhere(page: Page, words: list[Word]) -> bool:
    """Whether the row's first word is the value of a label set tight before it ("Country: X")."""
    first = words[0]
    h = tf.height(first.bbox)
    before = [w for w in page.words if w.line == first.line and 0 <= first.bbox[0] - w.bbox[2] <= 2 * h]
    return any(w.text.endswith((":", "：")) for w in before)


def _capitalised_part(words: list[Word]) -> tuple[str, list[Word]] | None:
    """A name part printed in mixed case under its own label ("First Name" / "Katarzyna"): the label
    says which part it is, so capitals are not needed; the cell must hold nothing else."""
    picked = tf.name_words(words)
    if not picked or len(picked) != len(words) or len(picked) > 4:
        return None
    if not all(w.text[:1].isupper() for w in picked) or any(tf.fold(w.text) in _LABEL_WORDS for w in picked):
        return None  # "Prénoms" of "Given Names Prénoms" is the label's other language
    return " ".join(w.text.rstrip(",") for w in picked), picked


def surname_first(words: list[Word]) -> tuple[str, list[Word]] | None:
    """`KOWALSKI, Piotr Jan`, as printed: a family name in capitals ended by a comma, then given names."""
    picked = tf.name_words(words)
    if not picked or len(picked) < 2:
        return None
    comma = next((i for i, w in enumerate(picked) if w.text.endswith(",")), None)
    if comma is None or comma == len(picked) - 1:
        return None
    family, given = picked[: comma + 1], picked[comma + 1 :]
    if not all(_SURNAME_FIRST.match(w.text) and w.text.isupper() for w in family):
        return None
    if not all(w.text[0].isupper() for w in given):
        return None
    return " ".join(w.text for w in picked).strip(" ,"), picked


def mixed_case(words: list[Word]) -> tuple[str, list[Word]] | None:
    """A name as some issuers print it, "Anika SHARMA" or "Lucas Martin Dubois": capitalised words,
    none a form's label word, and nothing after them but the next field's label (a label row such
    as "Appointment No." is not a name)."""
    picked = tf.name_words(words)
    if not picked or len(picked) < 2 or len(picked) > 6:
        return None
    # What follows must be the next field's label ("Nationality:"), not more of this row.
    if len(picked) < len(words) and not words[len(picked)].text.endswith(":"):
        return None
    if not all(w.text[0].isupper() for w in picked):
        return None
    return " ".join(w.text.rstrip(",") for w in picked), picked


def read_name(
    pages: Sequence[Page],
    field: str,
    labels: NameLabels = NameLabels(),
    directions: Sequence[str] = ("right", "below", "above"),
) -> list[Fact]:
    """At most one fact for ``field``: the candidate's name, see the module's docstring."""
    family = name_part(pages, labels.family)
    given = name_part(pages, labels.given)
    if family and given:
        # A form that splits the name three ways ("Last Name / First Name / Middle Name") keeps the
        # middle name between the other two.
        # In capitals unless the given names are not ("Katarzyna" / "Zofia").
        middle = name_part(pages, vocab.MIDDLE_NAMES, mixed_case=not given.value.isupper(), optional=True)
        parts = [given, middle, family] if middle else [given, family]
        words = [w for part in parts for w in part.words]
        value = " ".join(part.value for part in parts).upper()
        return [tf.fact_from(field, value, words, family.page, "label")]
    part = family or given
    whole = _full_name(pages, labels.full, directions)
    if (
        whole is not None
        and part is not None
        and {id(w) for w in whole[0].words} & {id(w) for w in part.words}
    ):
        whole = None  # the "Name" of "Family Name" found the one part again, not a whole name
    if whole is not None and part is not None and tf.fold(part.value) not in tf.fold(whole[0].value):
        # A whole name without the part read under its own label may be another name ("Centre Name
        # BRITISH COUNCIL" beside "Family Name WONG"): a person decides.
        whole = (whole[0], f"the name does not contain {part.value!r}, read under its own label")
    if whole is not None:
        found, doubt = whole
        return [
            tf.fact_from(
                field, found.value, found.words, found.page, "label", note=doubt, force_review=bool(doubt)
            )
        ]
    if part is None:
        prose = name_in_prose(pages)
        if prose is None:
            return []
        note = "name read from the letter's wording, not from a name field"
        return [
            tf.fact_from(field, prose.value, prose.words, prose.page, "wording", note=note, force_review=True)
        ]
    note = "only one of family name / given names was found"
    return [
        tf.fact_from(field, part.value.upper(), part.words, part.page, "label", note=note, force_review=True)
    ]


def _full_name(
    pages: Sequence[Page], phrases: Sequence[str], directions: Sequence[str]
) -> tuple[Found[str], str | None] | None:
    """The name next to a full-name label, and why a person should check it (None: no doubt).

    A name in capitals (or "SURNAME, Given") beside or under its label comes first; then one in mixed
    case beside or under it, which beats capitals above the label ("GENERAL TRAINING" over "Candidate
    name: Dilnoza YUSUPOVA"); the other directions last. A heading row over a value row ("Candidate
    Name | Registration Reference" over "NGUYEN VAN AN | VN123456") gives the capitals under the label.
    """
    near = [d for d in directions if d in ("right", "below")]
    far = [d for d in directions if d not in near]
    mixed_in = {d: tf.value_near(pages, phrases, mixed_case, (d,)) for d in directions}
    beside = mixed_in.get("right")
    other_script = "right" in directions and tf.value_near(pages, phrases, _other_script, ("right",))
    for group in (near, far):
        for direction in group:
            # The comma form first: its capitals alone ("KOWALSKI,") would pass for a whole name.
            comma = tf.value_near(pages, phrases, surname_first, (direction,))
            if comma:
                return comma, None
            upper = tf.value_near(pages, phrases, tf.parse_upper_name, (direction,))
            mixed = mixed_in[direction]
            if direction != "right" and beside is not None and not _heads_a_column(pages, beside):
                upper = None  # "Candidate Name  Dilnoza Yusupova" over "GENERAL TRAINING": the value beside
            if upper and not (mixed and _runs_on(upper, mixed)):
                doubt = None
                if direction == "above" and other_script:
                    # "NEEA" over "考生姓名 Name: 刘家豪": the label's own value is beside it, in a script
                    # this reader does not take a name from
                    doubt = f"read above the label, which has {other_script.value!r} beside it"
                return tf.continued_name(next(p for p in pages if p.number == upper.page), upper), doubt
        for direction in group:
            mixed = mixed_in[direction]
            if mixed is None:
                continue
            if any(len(w.text) > 1 and w.text.isupper() for w in mixed.words):
                return mixed, None
            return mixed, "name in mixed case: which part is the surname is unclear"
    return None


# A letter confirming a result names the candidate in its first sentence: "This is to confirm that
# Miss OKONKWO Chidinma Blessing (Passport No. ...)", "hace constar que la señora VALENTINA CASTAÑO
# RESTREPO, identificada con ...". The name follows such a phrase or a courtesy title.
_PROSE_NAME_START = re.compile(
    r"\b(?:certif(?:y|ies)|confirms?|declares?|testif(?:y|ies)|hace constar) that\b|\bhace constar que\b"
    r"|(?<![\w.])(?:Mr|Ms|Mrs|Miss|Mx|Dr|Mme|Mlle|M|Sr|Sra|Srta|Herr|Frau)\.?(?=\s)"
    r"|\b(?:la señora|el señor|la señorita|doña|don)\b",
    re.IGNORECASE,
)
_COURTESY = {"mr", "ms", "mrs", "miss", "mx", "dr", "mme", "mlle", "m", "sr", "sra", "srta", "herr", "frau",
             "la", "el", "senora", "senor", "senorita", "dona", "don"}  # fmt: skip


_OTHER_LETTER = re.compile(rf"[^\W\d_{tf.LATIN}]")


def _other_script(words: list[Word]) -> tuple[str, list[Word]] | None:
    """Text in another script than Latin beside a label, the label's own words ("Name:") skipped."""
    rest = [w for w in words if not w.text.endswith(":")]
    text = tf.join_words(rest)
    return (text, rest) if _OTHER_LETTER.search(text) else None


def _heads_a_column(pages: Sequence[Page], found: Found[str]) -> bool:
    """Text beside a label that has a value of its own under it: a heading row over a value row
    ("Candidate Name | Registration Reference" over "NGUYEN VAN AN | VN123456")."""
    page = next(p for p in pages if p.number == found.page)
    box = tf.union_bbox([w.bbox for w in found.words])
    h = tf.height(box)
    return any(
        box[3] < tf.centre_y(w.bbox) <= box[3] + 2 * h and w.bbox[0] < box[2] and w.bbox[2] > box[0]
        for w in page.words
    )


def _runs_on(upper: Found[str], mixed: Found[str]) -> bool:
    """The capitals are only the surname of a longer name: "NAGY-KOVÁCS Eszter Réka"."""
    ids = {id(w) for w in mixed.words}
    return len(mixed.words) > len(upper.words) and all(id(w) in ids for w in upper.words)


def name_in_prose(pages: Sequence[Page]) -> Found[str] | None:
    """The first name in a letter's prose that follows "confirm that" or a courtesy title: two to
    five capitalised words up to a comma, a bracket or a lower-case word."""
    for page in pages:
        for line in page.lines():
            text = tf.join_words(line)
            for m in _PROSE_NAME_START.finditer(text):
                picked = _name_after(line, text, m.end())
                if picked:
                    value = " ".join(w.text.strip(",;") for w in picked)
                    return Found(value, tuple(picked), page.number, "wording", None)
    return None


def _name_after(line: list[Word], text: str, offset: int) -> list[Word] | None:
    picked: list[Word] = []
    position = 0
    for w in line:
        start = text.find(w.text, position)
        position = start + len(w.text)
        if start < offset:
            continue
        bare = w.text.strip(",;")
        if not picked and tf.fold(bare.rstrip(".")) in _COURTESY:
            continue
        if not re.fullmatch(rf"[{tf.LATIN}'’-]+", bare) or not bare[0].isupper():
            break
        picked.append(w)
        if w.text.endswith((",", ";")) or len(picked) == 5:
            break
    return picked if len(picked) >= 2 else None
