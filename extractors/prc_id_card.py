"""PRC resident identity card (居民身份证), front side: name, ID number, date of birth, sex.

The 18-character ID number carries its own check (ISO 7064 MOD 11-2 over the first 17 digits), the
birth date (digits 7-14) and the sex (digit 17: odd for men). The printed birth date and sex are
cross-checked against it, so a misread anywhere shows up as a disagreement for a person to settle.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from core.models import Fact, Page, Word
from extractors import text_fields as tf
from extractors.base import DocumentInput
from extractors.dates import find_dates
from extractors.person_name import mixed_case

_ID = re.compile(r"(?<!\d)(\d{17}[\dXx])(?!\d)")
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"
# "Name" for the certified translations clients send instead of (or with) a photocopy.
NAME_LABELS = ("姓名", "Name")
_CJK_ONLY = re.compile(rf"^(?:{tf.CJK_NAME.pattern})$")
# Printed field labels, never a name.
_LABEL_WORDS = {"姓名", "性别", "民族", "出生", "住址", "公民身份号码", "居民身份证"}


def id_check_character(first17: str) -> str:
    """ISO 7064 MOD 11-2 check character of the first 17 digits (GB 11643)."""
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True))
    return _CHECK[total % 11]


def id_number_valid(number: str) -> bool:
    number = number.upper()
    return bool(re.fullmatch(r"\d{17}[\dX]", number)) and id_check_character(number[:17]) == number[17]


def _find_ids(pages: Sequence[Page]) -> list[tuple[str, list[Word], int, str]]:
    """Every 18-character number on the pages, with the text of its line."""
    found = []
    for page in pages:
        for line in page.lines():
            text = " ".join(w.text for w in line)
            hits = [(m.group(1).upper(), [w]) for w in line for m in [_ID.search(w.text)] if m]
            if not hits:
                m = _ID.search("".join(w.text for w in line))
                if m:
                    hits = [(m.group(1).upper(), [w for w in line if re.search(r"\d", w.text)])]
            found += [(number, words, page.number, text) for number, words in hits]
    return found


# The card's own number is labelled; a notarial certificate also names an agent, a parent or a
# guardian with theirs.
_CARD_NUMBER_LABEL = re.compile(
    r"公民身份号码|公民身份號碼|(?i:citizen\s+id|resident\s+id|id\s+card\s+no|identity\s+(?:card\s+)?no)"
)
_SOMEONE_ELSE = re.compile(
    r"代理人|监护人|監護人|父亲|母亲|(?i:\bagent\b|father|mother|guardian|notary|spouse)"
)


def _find_id(pages: Sequence[Page]) -> tuple[str, list[Word], int, str | None] | None:
    """The card holder's number, and a doubt when the pages give several that cannot be told apart."""
    found = _find_ids(pages)
    if not found:
        return None
    numbers = {number for number, *_ in found}
    if len(numbers) == 1:
        number, words, page, _ = found[0]
        return number, words, page, None
    own = [f for f in found if not _SOMEONE_ELSE.search(f[3])]
    labelled = [f for f in own if _CARD_NUMBER_LABEL.search(f[3])]
    for group in (labelled, own):
        if len({number for number, *_ in group}) == 1:
            number, words, page, _ = group[0]
            return number, words, page, None
    number, words, page, _ = found[0]
    return number, words, page, f"the pages give {len(numbers)} ID numbers"


def _name(pages: Sequence[Page]) -> tuple[str, list[Word], int, str] | None:
    def parse(words: list[Word]) -> tuple[str, list[Word]] | None:
        # "Name 姓名 | 王静 WANG Jing": a bilingual label's Chinese half is no part of the name
        cjk = [w for w in words if re.fullmatch(r"[\u4e00-\u9fff·]+", w.text.strip("()（）"))]

        # ... nor is the next field's ("| 张伟 | Sex 性别 | 男")
        def label(w: Word) -> bool:
            return w.text.strip("()（）:：") in _LABEL_WORDS

        picked = list(itertools.takewhile(lambda w: not label(w), itertools.dropwhile(label, cjk)))
        text = "".join(w.text.strip("()（）") for w in picked)
        return (text, picked) if _CJK_ONLY.match(text) and text not in _LABEL_WORDS else None

    labelled = tf.value_near(pages, NAME_LABELS, parse, ("right",))
    if labelled:
        return labelled.value, list(labelled.words), labelled.page, "label"
    # OCR runs a label into its value when the gap is narrow: "姓名张志强".
    for page in pages:
        for w in page.words:
            joined = re.fullmatch(r"姓名[:：]?([\u4e00-\u9fff·]+)", w.text)
            if joined and tf.CJK_NAME.fullmatch(joined.group(1)):
                return joined.group(1), [w], page.number, "label"
    # The label is small and faint on a photographed card; the name is the first line of 2-5 Chinese
    # characters alone, above the sex/ethnicity line. Weaker evidence, so it goes to review.
    for page in pages:
        for line in page.lines():
            parsed = parse(line)
            if parsed and len(parsed[1]) == len(line):
                return parsed[0], parsed[1], page.number, "position"
    return None


def _translated_name(pages: Sequence[Page]) -> list[Fact]:
    """The name in Latin letters on a translation that omits the characters ("Name: ZHENG Lihua").

    A transliteration is not the card's own spelling, so a person confirms it.
    """
    for parse in (mixed_case, tf.parse_upper_name):
        found = tf.value_near(pages, ("Name",), parse, ("right",))
        if found:
            note = "name in Latin letters from a translation; the card prints it in Chinese"
            return [
                tf.fact_from(
                    "prc_id_card.name",
                    found.value,
                    found.words,
                    found.page,
                    "label",
                    note=note,
                    force_review=True,
                )
            ]
    return []


def extract_prc_id_card(document: DocumentInput) -> list[Fact]:
    pages = [p for p in document.pages if p.words]
    facts: list[Fact] = []
    if not pages:
        return facts
    name = _name(pages)
    if name:
        value, words, page_no, method = name
        conf = tf.value_confidence(words) if method == "label" else min(0.7, tf.value_confidence(words))
        note = None if method == "label" else "the name label was not read; taken from the card's first line"
        facts.append(
            tf.fact_from("prc_id_card.name", value, words, page_no, method, confidence=conf, note=note)
        )
    else:
        facts.extend(_translated_name(pages))
    found = _find_id(pages)
    id_dob = id_sex = None
    if found:
        number, words, page_no, doubt = found
        valid = id_number_valid(number)
        note = "check character holds (ISO 7064 MOD 11-2)" if valid else "check character does not match"
        facts.append(
            tf.fact_from(
                "prc_id_card.id_number",
                number,
                words,
                page_no,
                "pattern+check" if valid else "pattern",
                note=f"{note}; {doubt}" if doubt else note,
                force_review=not valid or bool(doubt),
            )
        )
        if valid:
            id_dob = f"{number[6:10]}-{number[10:12]}-{number[12:14]}"
            id_sex = "M" if int(number[16]) % 2 else "F"
    facts.extend(_dob_and_sex(pages, id_dob, id_sex))
    return facts


def _dob_and_sex(pages: Sequence[Page], id_dob: str | None, id_sex: str | None) -> list[Fact]:
    facts: list[Fact] = []
    printed_dob = None
    for page in pages:
        for line in page.lines():
            dates = find_dates(tf.join_words(line))
            if dates and dates[0].precision == "day":
                printed_dob = (dates[0].value, line, page.number)
                break
        if printed_dob:
            break
    if printed_dob:
        value, words, page_no = printed_dob
        agrees = id_dob == value
        note = "agrees with the ID number" if agrees else "not confirmed by the ID number"
        # Two independent readings (the printed date and the check-verified number) agree.
        conf = max(tf.value_confidence(words), 0.9) if agrees else tf.value_confidence(words)
        facts.append(
            tf.fact_from(
                "prc_id_card.date_of_birth",
                value,
                words,
                page_no,
                "label+check" if agrees else "label",
                confidence=conf,
                note=note,
                force_review=not agrees,
            )
        )
    elif id_dob:
        facts.append(
            tf.fact_from(
                "prc_id_card.date_of_birth",
                id_dob,
                [],
                None,
                "derived",
                confidence=0.85,
                note="from digits 7-14 of the verified ID number",
            )
        )
    sex_at = next(((w, p.number) for p in pages for w in p.words if w.text.strip() in ("男", "女")), None)
    if sex_at is not None:
        sex_word, sex_page = sex_at
        value = "M" if sex_word.text.strip() == "男" else "F"
        agrees = id_sex == value
        facts.append(
            tf.fact_from(
                "prc_id_card.sex",
                value,
                [sex_word],
                sex_page,
                "label+check" if agrees else "label",
                note="agrees with the ID number" if agrees else "not confirmed by the ID number",
                force_review=not agrees,
            )
        )
    elif id_sex:
        facts.append(
            tf.fact_from(
                "prc_id_card.sex",
                id_sex,
                [],
                None,
                "derived",
                confidence=0.85,
                note="from digit 17 of the verified ID number",
            )
        )
    return facts
