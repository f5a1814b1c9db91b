"""The scoring harness shared by the issuer-family tests E to K.

One copy of what each family test used to carry: the comparison rules (family D's, with the later
folds of the Turkish dotless ı and of "_"), the scoring loop over a family's ``CASES``, and the
helpers of the documents' self-consistency checks. Each family keeps its documents, its expected
values, its self-consistency test and its thresholds, and scores itself with ``score(CASES)``.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections.abc import Callable
from datetime import date
from typing import Any

from core.models import DocType, FactStatus
from tests.test_extract_toolkit import CHAR_W, doc, make_page

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


def score(
    cases: list[Case], matches: Callable[[str, Any, Any], bool] | None = None
) -> tuple[int, int, list[tuple], list[tuple]]:
    """(right, total, misses, wrong_accepted) over every expected fact of every case; ``matches``
    compares a value with its expectation (default: ``value_matches``)."""
    matches = matches or value_matches
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
            if fact is not None and status != FactStatus.rejected and matches(field, want, value):
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


def toefl_band_overall(bands: list[float]) -> float:
    """The overall of a 1-6 TOEFL report: the mean of the four bands to the nearest half band."""
    return math.floor(sum(bands) / 4 * 2 + 0.5 + 1e-9) / 2


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


def check_consistent_family(
    cases: list[Case], bank_arithmetic: dict[str, Any], distractor_prc_ids: tuple[str, ...] | list[str] = ()
) -> None:
    """The checks families I to K make of their own documents: every kind three times, cells on the
    page, real dates, IELTS/TOEFL/HSK arithmetic, valid PRC numbers, statements that add up, all
    printed in the rows."""
    assert {doc_type for _, doc_type, _, _ in cases} == set(CONTRACT_FIELDS)
    labels = [label for label, _, _, _ in cases]
    assert len(labels) == len(set(labels))
    for kind in CONTRACT_FIELDS:
        assert sum(1 for _, doc_type, _, _ in cases if doc_type == kind) == 3, kind
    for label, doc_type, rows, expected in cases:
        assert set(expected) == CONTRACT_FIELDS[doc_type], label
        assert len(rows) <= 42, label  # fits the 900pt page at 20pt a row
        for row in rows:
            cells = [(40.0, row)] if isinstance(row, str) else sorted(row)
            for (x0, t0), (x1, _) in itertools.pairwise(cells):
                assert x0 + CHAR_W * len(t0) < x1, (label, t0)
            last_x, last_text = cells[-1]
            assert last_x + CHAR_W * len(last_text) <= 600, (label, last_text)
        for field, want in expected.items():
            dated = field.endswith("date") or field in {"date_of_birth", "statement_start", "statement_end"}
            if dated and want is not None:
                date.fromisoformat(_first(want))
        text = _row_text(rows)
        if doc_type == DocType.ielts:
            bands = [expected[k] for k in ("listening", "reading", "writing", "speaking")]
            assert all(b * 2 == int(b * 2) and 0 <= b <= 9 for b in bands), label
            assert ielts_overall(bands) == expected["overall"], label
            assert expected["trf_number"] in text, label
            assert expected["module"] in {"academic", "general_training"}, label
        if doc_type == DocType.toefl:
            sections = [expected[k] for k in ("reading", "listening", "speaking", "writing")]
            assert expected["scale"] in {"0-120", "1-6"}, label
            if expected["scale"] == "0-120":
                assert all(0 <= s <= 30 for s in sections), label
                assert sum(sections) == expected["total"], label
            else:  # the bands ETS reports from January 2026: halves, overall their rounded mean
                assert all(s * 2 == int(s * 2) and 1 <= s <= 6 for s in sections), label
                assert toefl_band_overall(sections) == expected["total"], label
            assert f"{expected['total']:g}" in text, label
        if doc_type == DocType.hsk:
            parts = [expected[k] for k in ("listening", "reading", "writing") if expected[k] is not None]
            assert sum(parts) == expected["total"], label
            assert (expected["writing"] is None) == (expected["level"] <= 2), label
            assert expected["total"] <= (200 if expected["level"] <= 2 else 300), label
            cert = expected["certificate_number"]
            assert cert[:2] == f"H{expected['level']}", label
            assert cert[2:8] == expected["test_date"][2:].replace("-", ""), label
            assert cert in text, label
        if doc_type == DocType.psc:
            assert re.fullmatch(r"[一二三]级[甲乙]等", expected["grade"]), label
            assert expected["grade"] in text and expected["certificate_number"] in text, label
        if doc_type == DocType.prc_id_card:
            number = expected["id_number"]
            assert len(number) == 18 and prc_check_char(number[:17]) == number[17], label
            assert number[6:14] == expected["date_of_birth"].replace("-", ""), label
            assert ("M" if int(number[16]) % 2 else "F") == expected["sex"], label
            assert number in text, label
        if doc_type == DocType.bank_statement:
            accounts = bank_arithmetic[label]
            closings = expected["closing_balance"]
            closings = closings if isinstance(closings, tuple) else (closings,)
            assert [closing for _, _, closing in accounts] == list(closings), label
            for opening, moves, closing in accounts:
                credits = round(sum(m for m in moves if m > 0), 2)
                debits = round(-sum(m for m in moves if m < 0), 2)
                assert round(opening + credits - debits, 2) == closing, label
                for amount in [opening, *moves, closing, credits, debits]:
                    assert _en(amount) in text, (label, amount)
                balance = opening
                for move in moves:  # the running balance printed after each transaction adds up too
                    balance = round(balance + move, 2)
                    assert _en(balance) in text, (label, balance)
            digits = re.sub(r"\D", "", text)
            last4 = expected["account_number_last4"]
            for four in last4 if isinstance(last4, tuple) else (last4,):
                assert four in digits, label
        if doc_type == DocType.reference_letter:
            assert "end_date" in expected  # None means: still employed, must not be accepted with a value
            assert isinstance(expected["senior_role"], bool), label
            assert re.fullmatch(r"[A-Z]{3}", expected["country"]), label
    for prc_id in distractor_prc_ids:
        assert prc_check_char(prc_id[:17]) == prc_id[17]
        assert any(prc_id in _row_text(rows) for _, _, rows, _ in cases)
