"""Bank statements: bank, holder, account, currency, period, closing balance, and the arithmetic.

The transactions table is read by columns: each amount belongs to the column heading it stands under
(Withdrawals/Debit/Soll, Deposits/Credit/Haben, Balance/Saldo), which works for text PDFs and for
scans whose rows the OCR splits. Per account, opening + deposits - withdrawals must equal the printed
closing balance; a statement that does not add up keeps its closing balance for a person, with the
difference in the note. Several accounts in one statement: the first is reported, the others noted.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from core.models import Fact, Page, Word
from extractors import text_fields as tf
from extractors.amounts import currency_code, parse_amount
from extractors.base import DocumentInput
from extractors.dates import find_dates
from extractors.names import TITLES
from extractors.text_fields import LabelHit

WITHDRAWAL_HEADS = ("Withdrawals", "Withdrawal", "Debit", "Debits", "Soll", "Paid out", "Money out")
DEPOSIT_HEADS = ("Deposits", "Deposit", "Credit", "Credits", "Haben", "Paid in", "Money in")
BALANCE_HEADS = ("Balance", "Saldo")
OPENING_LABELS = (
    "Opening Balance",
    "Balance Forward",
    "Brought Forward",
    "Previous Balance",
    "Alter Kontostand",
    "B/F",
)
CLOSING_LABELS = ("Closing Balance", "Neuer Kontostand", "Carried Forward", "New Balance", "C/F")
ACCOUNT_LABELS = ("Account No.", "Account number", "Account No", "IBAN", "Kontonummer", "A/C No.")
CURRENCY_LABELS = ("Currency", "Währung", "Wahrung")
HOLDER_LABELS = ("Account holder", "Account name", "Customer name", "Kontoinhaber")
# Lines with these words are summaries, not transactions: their amounts are never summed.
_SUMMARY = re.compile(r"\b(total|opening|closing|balance|kontostand|b/f|c/f|forward|summe)\b", re.IGNORECASE)
_BANK = re.compile(
    r"((?:[A-ZÀ-Ýa-zà-ÿ&.'-]+\s+){0,5}?(?:[A-Za-zÀ-ÿ-]*[Bb]ank|Bancorp|Sparkasse|Banque|Banco)"
    r"(?:\s+(?:Limited|Ltd\.?|plc|PLC|PJSC|eG|AG|N\.A\.|Inc\.?|Corporation|Berhad|S\.?A\.?|LLC|Co\.?))?)"
)


@dataclass
class Account:
    """One account's table: the amounts under each column and the balances around them."""

    top: float
    bottom: float
    page: Page
    withdrawals: list[tuple[Decimal, Word]] = field(default_factory=list)
    deposits: list[tuple[Decimal, Word]] = field(default_factory=list)
    opening: tuple[Decimal, Word] | None = None
    closing: tuple[Decimal, list[Word]] | None = None
    currency: str | None = None
    last4: str | None = None

    def computed(self) -> Decimal | None:
        if self.opening is None:
            return None
        return (
            self.opening[0]
            + sum((a for a, _ in self.deposits), Decimal(0))
            - sum((a for a, _ in self.withdrawals), Decimal(0))
        )


def _amount(word: Word) -> Decimal | None:
    text = word.text.strip()
    if not re.search(r"[.,]\d{2}\)?-?$", text):
        return None
    parsed = parse_amount(text)
    return parsed.value if parsed else None


def _near_row(hits: list[LabelHit], y: float, h: float) -> list[LabelHit]:
    return [x for x in hits if abs(tf.centre_y(x.bbox) - y) <= 3 * h]


def _partners(head: LabelHit, others: list[LabelHit]) -> list[LabelHit]:
    """Headings on the same row as ``head`` and beside it (summary lines stack "Total debits" over
    "Total credits" instead)."""
    h = tf.height(head.bbox)
    return [
        o
        for o in others
        if abs(tf.centre_y(o.bbox) - tf.centre_y(head.bbox)) <= 1.2 * h
        and abs(o.bbox[0] - head.bbox[0]) > 2 * h
    ]


def _accounts(page: Page) -> list[Account]:
    withdrawal_heads = [h for h in tf.find_labels(page, WITHDRAWAL_HEADS) if len(h.words) <= 2]
    if not withdrawal_heads:
        return []
    deposit_heads = tf.find_labels(page, DEPOSIT_HEADS)
    balance_heads = [h for h in tf.find_labels(page, BALANCE_HEADS) if len(h.words) == 1]
    # A column heading has its partner heading beside it ("ATM WITHDRAWAL" in a row has not).
    heads = sorted((x for x in withdrawal_heads if _partners(x, deposit_heads)), key=lambda x: x.bbox[1])
    accounts = []
    for i, head in enumerate(heads):
        h = tf.height(head.bbox)
        y = tf.centre_y(head.bbox)
        dep = _partners(head, deposit_heads)
        bal = [b for b in _near_row(balance_heads, y, h) if b.bbox[0] > head.bbox[0]]
        columns = {
            "w": (head.bbox[0] + head.bbox[2]) / 2,
            "d": (dep[0].bbox[0] + dep[0].bbox[2]) / 2,
        }
        if bal:
            columns["b"] = (bal[0].bbox[0] + bal[0].bbox[2]) / 2
        bottom = heads[i + 1].bbox[1] - 2 * h if i + 1 < len(heads) else page.height
        account = Account(top=head.bbox[3], bottom=bottom, page=page)
        _fill(account, columns, h)
        accounts.append(account)
    return accounts


def _fill(account: Account, columns: dict[str, float], h: float) -> None:
    page = account.page
    lines = [ln for ln in page.lines() if account.top < tf.centre_y(ln[0].bbox) < account.bottom]
    balance_amounts: list[tuple[Decimal, Word]] = []
    for line in lines:
        summary = bool(_SUMMARY.search(" ".join(w.text for w in line)))
        for word in line:
            value = _amount(word)
            if value is None:
                continue
            x = (word.bbox[0] + word.bbox[2]) / 2
            column = min(columns, key=lambda c: abs(columns[c] - x))
            if column == "b":
                balance_amounts.append((value, word))
            elif not summary:
                target = account.withdrawals if column == "w" else account.deposits
                target.append((abs(value), word))
    for hit in tf.find_labels(page, OPENING_LABELS):
        if account.top - 3 * h < hit.bbox[1] < account.bottom:
            row = tf.right_of(page, hit, max_gap=page.width, next_gap=page.width)
            amounts = [(v, w) for w in row if (v := _amount(w)) is not None]
            if amounts:
                account.opening = amounts[-1]
                break
    if account.opening is None and balance_amounts:
        # The first figure in the balance column is the balance brought forward.
        account.opening = min(balance_amounts, key=lambda t: t[1].bbox[1])
    for hit in sorted(tf.find_labels(page, CLOSING_LABELS), key=lambda x: x.bbox[1]):
        if not (account.top < hit.bbox[1] < account.bottom):
            continue
        row = tf.right_of(page, hit, max_gap=page.width, next_gap=page.width)
        amounts = [(v, w) for w in row if (v := _amount(w)) is not None]
        if not amounts:
            for below in tf.below(page, hit, max_rows=1, slack=3.0):
                amounts = [(v, w) for w in below if (v := _amount(w)) is not None]
        if amounts:
            value, word = amounts[-1]
            account.closing = (value, [word])
            code = next((currency_code(w.text) for w in [*hit.words, *row] if currency_code(w.text)), None)
            account.currency = code
            break


def _bank_name(pages: Sequence[Page]) -> tuple[str, list[Word], int] | None:
    page = pages[0]
    for line in page.lines()[:8]:
        text = " ".join(w.text for w in line)
        text = re.split(r"\s+(?:Statement|Kontoauszug|Account Statement)\b", text)[0]
        m = _BANK.search(text)
        if m:
            name = m.group(1).strip(" ‘’'\"·,")
            words = [w for w in line if w.text.strip("‘’'\"") and w.text.strip("‘’'\"") in name]
            return name, words, page.number
    return None


def _holder(pages: Sequence[Page]) -> tuple[str, list[Word], int] | None:
    labelled = tf.value_near(pages, HOLDER_LABELS, _holder_words, ("right", "below"))
    if labelled:
        return labelled.value, list(labelled.words), labelled.page
    # The address block starts with the holder's name after a title ("MR ZHANG WEI", "Herrn ...").
    for page in pages:
        for line in page.lines():
            first = line[0].text.upper().rstrip(".")
            if first in TITLES and len(line) >= 2:
                row = tf.right_of(
                    page,
                    tf.LabelHit(page, (line[0],), line[0].line, 100.0, first),
                    max_gap=2 * tf.height(line[0].bbox),
                )
                picked = _holder_words(row, title_seen=True)
                if picked:
                    return picked[0], picked[1], page.number
    return None


def _holder_words(words: list[Word], title_seen: bool = False) -> tuple[str, list[Word]] | None:
    # Drop a leading title; a name then runs in capitals (or capitalised words) until the address.
    words = list(words)
    if not title_seen and words and words[0].text.upper().rstrip(".") in TITLES:
        words = words[1:]
    picked = []
    for w in words:
        text = w.text.strip()
        if not re.fullmatch(r"[A-Za-zÀ-ÖØ-öø-ÿ'’.-]+", text) or not text[0].isupper():
            break
        if picked and picked[-1].text.isupper() and not text.isupper():
            break  # "PRIYA RAGHAVAN Flat 3C": the address starts
        if tf.fold(text) in tf.FORM_WORDS:
            break
        picked.append(w)
    if not picked:
        return None
    return " ".join(w.text for w in picked), picked


def _last4(pages: Sequence[Page]) -> tuple[str, list[Word], int] | None:
    for page in pages:
        for hit in tf.find_labels(page, ACCOUNT_LABELS):
            row = tf.right_of(page, hit)
            picked = []
            for w in row:
                if re.search(r"\d", w.text) or re.fullmatch(r"[X*#+\-]+", w.text):
                    picked.append(w)
                elif picked:
                    break
            digits = re.sub(r"\D", "", "".join(w.text for w in picked))
            if len(digits) >= 4:
                return digits[-4:], picked, page.number
    return None


def _currency(pages: Sequence[Page]) -> tuple[str, list[Word], int] | None:
    for page in pages:
        for hit in tf.find_labels(page, CURRENCY_LABELS):
            for w in tf.right_of(page, hit)[:3]:
                code = currency_code(w.text.strip(":"))
                if code and re.fullmatch(r"[A-Z]{3}", w.text.strip(":")):
                    return code, [w], page.number
    return None


def _period(pages: Sequence[Page]) -> tuple[str, str, list[Word], int] | None:
    for page in pages:
        for line in page.lines():
            text = tf.join_words(line)
            dates = [d for d in find_dates(text) if d.precision == "day"]
            for a, b in itertools.pairwise(dates):
                between = text[a.end : b.start].strip().lower()
                if re.fullmatch(r"(to|–|-|—|bis|until|through)", between) and a.value <= b.value:
                    words = [w for w in line if re.search(r"\d|[A-Za-z]{3}", w.text)]
                    return a.value, b.value, words, page.number
    return None


def extract_bank_statement(document: DocumentInput) -> list[Fact]:
    pages = [p for p in document.pages if p.words]
    facts: list[Fact] = []
    if not pages:
        return facts
    bank = _bank_name(pages)
    if bank:
        facts.append(tf.fact_from("bank_statement.bank_name", bank[0], bank[1], bank[2], "wording"))
    holder = _holder(pages)
    if holder:
        doubt = tf.name_doubt(holder[1])
        facts.append(
            tf.fact_from(
                "bank_statement.holder_name",
                holder[0],
                holder[1],
                holder[2],
                "label",
                note=doubt,
                force_review=bool(doubt),
            )
        )
    last4 = _last4(pages)
    if last4:
        facts.append(
            tf.fact_from("bank_statement.account_number_last4", last4[0], last4[1], last4[2], "label")
        )
    currency = _currency(pages)
    period = _period(pages)
    if period:
        start, end, words, page_no = period
        facts.append(tf.fact_from("bank_statement.statement_start", start, words, page_no, "pattern"))
        facts.append(tf.fact_from("bank_statement.statement_end", end, words, page_no, "pattern"))
    accounts = [a for p in pages for a in _accounts(p)]
    primary = next((a for a in accounts if a.closing is not None), None)
    if currency:
        facts.append(tf.fact_from("bank_statement.currency", currency[0], currency[1], currency[2], "label"))
    elif primary and primary.currency:
        facts.append(
            tf.fact_from(
                "bank_statement.currency",
                primary.currency,
                primary.closing[1] if primary.closing else [],
                primary.page.number,
                "label",
                confidence=0.85,
            )
        )
    if primary is not None:
        facts.append(_closing_fact(primary, [a for a in accounts if a is not primary]))
        adds_up = _adds_up_fact(primary)
        if adds_up is not None:
            facts.append(adds_up)
    return facts


def _adds_up_fact(account: Account) -> Fact | None:
    """``bank_statement.adds_up`` (an added field): the arithmetic check as a fact validators act on."""
    computed = account.computed()
    if computed is None or account.closing is None or account.opening is None:
        return None
    printed = account.closing[0]
    words = [account.opening[1], *(w for _, w in account.deposits), *(w for _, w in account.withdrawals)]
    words += account.closing[1]
    ok = computed == printed
    note = f"opening {account.opening[0]} + deposits - withdrawals = {computed}" + (
        "" if ok else f", printed closing {printed} (off by {printed - computed})"
    )
    # The verdict is only as sure as the weakest figure it was computed from.
    return tf.fact_from(
        "bank_statement.adds_up",
        ok,
        account.closing[1],
        account.page.number,
        "check",
        confidence=tf.value_confidence(words),
        note=note,
    )


def _closing_fact(account: Account, others: list[Account]) -> Fact:
    assert account.closing is not None
    value, words = account.closing
    computed = account.computed()
    notes, review = [], False
    if computed is None:
        review = True
        notes.append("no opening balance found, so the arithmetic could not be checked")
    elif computed != value:
        review = True
        notes.append(
            f"does not add up: opening {account.opening[0] if account.opening else '?'} + deposits "
            f"{sum((a for a, _ in account.deposits), Decimal(0))} - withdrawals "
            f"{sum((a for a, _ in account.withdrawals), Decimal(0))} = {computed}, printed {value} "
            f"(off by {value - computed})"
        )
    else:
        notes.append(
            f"adds up: opening + {len(account.deposits)} deposits - {len(account.withdrawals)} withdrawals"
        )
    for other in others:
        if other.closing is None:
            continue
        other_computed = other.computed()
        status = (
            "adds up"
            if other_computed == other.closing[0]
            else f"does not add up (computed {other_computed})"
        )
        notes.append(
            f"another account in {other.currency or 'another currency'}: closing {other.closing[0]}, {status}"
        )
    method = "label+check" if not review else "label"
    return tf.fact_from(
        "bank_statement.closing_balance",
        float(value),
        words,
        account.page.number,
        method,
        note="; ".join(notes),
        force_review=review,
    )
