"""The scoring harness shared by the issuer-family tests E to K.

One copy of what each family test used to carry: the comparison rules (family D's, with the later
folds of the Turkish dotless ı and of "_"), the scoring loop over a family's ``CASES``, and the
helpers of the documents' self-consistency checks. Each family keeps its documents, its expected
values, its self-consistency test and its thresholds, and scores itself with ``score(CASES)``.
"""

from __future__ import annotations

import math
import re
import unicodedata
from typing import Any

from core.models import DocType, FactStatus
from tests.test_extract_toolkit import doc, make_page

Row = list[tuple[float, str]] | str
Case = tuple[str, DocType, list[Row], dict[str, Any]]

NAME_FIELDS = {"candidate_name", "holder_name", "employee_name", "name"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof", "frau", "herr", "m", "mme", "mlle", "sr", "sra"}

CONTRACT_FIELDS = {
    DocType.ielts: {
        "candidate_name", "date_of_birth", "overall", "listening", "reading", "writing", "speaking",
        "test_date", "trf_number", "module",
    },
    DocType.toefl: {
        "candidate_name", "date_of_birth", "total", "reading", "listening", "speaking", "writing",
        "test_date", "scale",
    },
    DocType.hsk: {
        "candidate_name", "level", "total", "listening", "reading", "writing", "test_date",
        "certificate_number",
    },
    DocType.psc: {"candidate_name", "grade", "test_date", "certificate_number"},
    DocType.degree: {"holder_name", "level", "title", "field", "institution", "award_date"},
    DocType.transcript: {"holder_name", "institution", "level", "award_date"},
    DocType.bank_statement: {
        "holder_name", "bank_name", "account_number_last4", "currency", "statement_start",
        "statement_end", "closing_balance",
    },
    DocType.reference_letter: {
        "employee_name", "employer", "position", "start_date", "end_date", "country", "letter_date",
        "senior_role",
    },
    DocType.prc_id_card: {"name", "id_number", "date_of_birth", "sex"},
}  # fmt: skip

# --------------------------------------------------------------------------------------------------
# Comparison (the rules of family D, plus the folds added by families F and H)
# --------------------------------------------------------------------------------------------------


def _fold(text: str) -> str:
    """Case, accents and whitespace folded away: formats that differ legitimately.

    The Turkish dotless ı folds to i like the accents (BANKASI / Bankası, added with family F) and
    "_" to a space (added with family H).
    """
    text = unicodedata.normalize("NFKD", str(text).replace("ı", "i").replace("_", " "))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.casefold().split())


def _name_key(value: Any) -> tuple[str, ...]:
    text = _fold(str(value))
    text = re.sub(r"[.,'’()\-/]", " ", text)
    tokens = [t for t in text.split() if t not in TITLES]
    return tuple(sorted(tokens))


def _text_key(value: Any) -> str:
    text = _fold(str(value)).strip(" .,;:")
    return re.sub(r"^the ", "", text)


def _as_number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(str(value).strip())
    except ValueError:
        return None


def value_matches(field: str, expected: Any, got: Any) -> bool:
    if got is None:
        return False
    if isinstance(expected, tuple):
        return any(value_matches(field, e, got) for e in expected)
    if isinstance(expected, bool):
        return str(got).strip().lower() == str(expected).lower()
    if field in NAME_FIELDS:
        return _name_key(expected) == _name_key(got)
    exp_num, got_num = _as_number(expected), _as_number(got)
    if isinstance(expected, int | float) and exp_num is not None:
        return got_num is not None and math.isclose(exp_num, got_num, abs_tol=0.005)
    return _text_key(expected) == _text_key(got)


def run_case(doc_type: DocType, rows: list[Row]) -> dict[str, Any]:
    from extractors.registry import EXTRACTORS

    facts = EXTRACTORS[doc_type](doc(make_page(rows)))
    by_field: dict[str, Any] = {}
    for fact in facts:
        name = fact.field.split(".", 1)[1] if fact.field.startswith(f"{doc_type.value}.") else fact.field
        current = by_field.get(name)
        # keep the first fact of a field, but prefer one that was not rejected
        if current is None or (current.status == FactStatus.rejected and fact.status != FactStatus.rejected):
            by_field[name] = fact
    return by_field


def score(cases: list[Case]) -> tuple[int, int, list[tuple], list[tuple]]:
    """(right, total, misses, wrong_accepted) over every expected fact of every case."""
    right = total = 0
    misses: list[tuple] = []
    wrong_accepted: list[tuple] = []
    for label, doc_type, rows, expected in cases:
        try:
            got = run_case(doc_type, rows)
        except Exception as exc:  # an extractor that crashes misses every fact of the document
            got = {}
            misses.append((label, "*", "no crash", f"{type(exc).__name__}: {exc}", None))
        for field, want in expected.items():
            total += 1
            fact = got.get(field)
            value = getattr(fact, "value", None)
            status = getattr(fact, "status", None)
            if want is None:
                # must not be accepted with a value (e.g. end_date of someone still employed)
                if status == FactStatus.accepted and value is not None:
                    misses.append((label, field, None, value, status))
                    wrong_accepted.append((label, field, None, value, status))
                else:
                    right += 1
                continue
            if fact is not None and status != FactStatus.rejected and value_matches(field, want, value):
                right += 1
                continue
            misses.append((label, field, want, value, status))
            if fact is not None and status == FactStatus.accepted and value is not None:
                wrong_accepted.append((label, field, want, value, status))
    return right, total, misses, wrong_accepted


# --------------------------------------------------------------------------------------------------
# Self-consistency of the documents themselves
# --------------------------------------------------------------------------------------------------

PRC_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def prc_check_char(first17: str) -> str:
    return "10X98765432"[sum(int(d) * w for d, w in zip(first17, PRC_WEIGHTS, strict=True)) % 11]


def ielts_overall(bands: list[float]) -> float:
    mean = sum(bands) / 4
    return math.floor(mean * 2 + 0.5) / 2  # nearest half band, .25 and .75 upward


def _row_text(rows: list[Row]) -> str:
    return "\n".join(row if isinstance(row, str) else " ".join(t for _, t in row) for row in rows)


def _lakh(whole: int) -> str:
    """Indian/Pakistani grouping: the last three digits, then pairs (12,45,300)."""
    text = str(whole)
    if len(text) <= 3:
        return text
    head, tail = text[:-3], text[-3:]
    pairs = []
    while len(head) > 2:
        pairs.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([head, *pairs, tail])


def _spell(amount: float, style: str) -> str:
    whole, cents = f"{amount:.2f}".split(".")
    groups = f"{int(whole):,}"
    return {
        "en": f"{groups}.{cents}",
        "de": f"{groups.replace(',', '.')},{cents}",
        "fr": f"{groups.replace(',', ' ')},{cents}",
        "ch": f"{groups.replace(',', chr(39))}.{cents}",
        "in": f"{_lakh(int(whole))}.{cents}",
    }[style]


def _amount_in(text: str, amount: float, style: str) -> bool:
    return _spell(abs(amount), style) in text


def _en(amount: float) -> str:
    return f"{abs(amount):,.2f}"


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, tuple) else value
