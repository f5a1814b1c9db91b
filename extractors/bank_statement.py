"""Bank statements: bank, holder, account, currency, period, closing balance, and the arithmetic.

The transactions table is read by columns: each amount belongs to the column heading it stands under
(Withdrawals/Debit/Soll, Deposits/Credit/Haben, Balance/Saldo), which works for text PDFs and for
scans whose rows the OCR splits. Per account, opening + deposits - withdrawals must equal the printed
closing balance; a statement that does not add up keeps its closing balance for a person, with the
difference in the note. Several accounts in one statement: the first is reported, the others noted.
"""

from __future__ import annotations

import calendar
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from core.models import Fact, Page, Word
from extractors import text_fields as tf
from extractors.amounts import SIGN_CHARS, UNAMBIGUOUS_SYMBOLS, currency_code, find_amounts, parse_amount
from extractors.base import DocumentInput
from extractors.dates import ParsedDate, find_dates, month_number, rewrite_dates
from extractors.names import TITLES
from extractors.text_fields import LabelHit

WITHDRAWAL_HEADS = (
    "Withdrawals", "Withdrawal", "Debit", "Debits", "Soll", "Paid out", "Money out", "Belastung",
    "Lastschrift", "Débit", "Debet", "Cargo", "Retiros", "Borç", "Obciążenia", "Out", "支出", "借方",
    "Débito", "Débitos", "Дебит", "Dr",
)  # fmt: skip
DEPOSIT_HEADS = (
    "Deposits", "Deposit", "Credit", "Credits", "Haben", "Paid in", "Money in", "Gutschrift", "Crédit",
    "Kredit", "Abono", "Depósitos", "Alacak", "Uznania", "In", "存入", "收入", "贷方", "Crédito", "Créditos",
    "Кредит", "Cr",
)  # fmt: skip
BALANCE_HEADS = (
    "Balance", "Bal.", "Bal", "Saldo", "Solde", "Baki", "Bakiye", "余额", "餘額", "结余", "結餘",
    "账户余额", "帳戶餘額", "Салдо", "Сальдо", "Остаток",
)  # fmt: skip
# One signed amount column ("+1.234,56", "-86,43", "5,000.00 DR") instead of two.
AMOUNT_HEADS = (
    "Amount",
    "Amaun",
    "Kwota",
    "Belopp",
    "Beløb",
    "Bedrag",
    "Tutar",
    "Jumlah",
    "Transaction Amount",
    "Betrag",
    "Umsatz",
    "Montant",
    "Importe",
    "交易金额",
    "金额",
    "金額",
)
# Other headings of a transactions table: an amount heading with one of these beside it heads a column.
TABLE_HEADS = (
    "Date",
    "Datum",
    "Buchung",
    "Buchungstag",
    "Description",
    "Details",
    "Particulars",
    "Vorgang",
    "Verwendungszweck",
    "Tarikh",
    "Tanggal",
    "Butiran",
    "Keterangan",
    "Text",
    "交易日期",
    "日期",
    "摘要",
    *BALANCE_HEADS,
)
OPENING_LABELS = (
    "Opening Balance",
    "Beginning Balance",
    "Balance Forward",
    "Brought Forward",
    "Previous Balance",
    "Alter Kontostand",
    "Solde d'ouverture",
    "Saldovortrag",
    "Saldo początkowe",
    "Ingående saldo",
    "Devreden",
    "Saldo Awal",
    "Baki Awal",
    "Solde initial",
    "Saldo anterior",
    "Saldo inicial",
    "B/F",
    "期初余额",
    "期初餘額",
)
CLOSING_LABELS = (
    "Closing Balance",
    "Ending Balance",
    "Neuer Kontostand",
    "Solde de clôture",
    "Solde final",
    "Schlusssaldo",
    "Saldo końcowe",
    "Utgående saldo",
    "Kapanış Bakiyesi",
    "Saldo Akhir",
    "Saldo final",
    "Saldo actual",
    "Baki Akhir",
    "Carried Forward",
    "New Balance",
    "C/F",
    "期末余额",
    "期末餘額",
)
ACCOUNT_LABELS = (
    "Account No.",
    "Account number",
    "Account No",
    "IBAN",
    "Kontonummer",
    "A/C No.",
    "No. Rekening",
    "Nombor Akaun",
    "Numéro de compte",
    "Número de cuenta",
    "Cuenta No.",
    "No. de cuenta",
)
_CJK_ACCOUNT_LABELS = ("账号", "帳號", "賬號", "卡号", "卡號")
ACCOUNT_LABELS = (*ACCOUNT_LABELS, *_CJK_ACCOUNT_LABELS)
CURRENCY_LABELS = (
    "Currency",
    "Währung",
    "Wahrung",
    "Devise",
    "Mata Uang",
    "Mata Wang",
    "Moneda",
    "币种",
    "幣種",
    "货币",
    "貨幣",
)
HOLDER_LABELS = (
    "Account holder",
    "Account name",
    "Customer name",
    "Kontoinhaber",
    "Titulaire",
    "Holder",
    "Nama",
    "Account Title",
    "Kontohavare",
    "Müşteri",
    "Posiadacz",
    "Cliente",
    "Titular",
    "户名",
    "戶名",
    "账户名称",
    "賬戶名稱",
)
# Words a currency code stands beside when it names the account's currency ("HKD Savings").
_ACCOUNT_KIND = {
    "savings",
    "current",
    "account",
    "deposit",
    "checking",
    "cheque",
    "balance",
    "amount",
    "betrag",
}
# Markers after an amount in a single signed column: debit (negative) or credit.
_DEBIT_MARKS = {"DR", "Dr", "D", "S"}
_CREDIT_MARKS = {"CR", "Cr", "C", "H"}
# Marks written in a column of their own: "DR"/"CR", 借/贷 (debit/credit), 支出/收入.
_MARK_WORDS = {"DR", "Dr", "CR", "Cr", "借", "贷", "貸", "支出", "收入", "Dr/Cr", "DR/CR"}
# Rows under the balance column that are no running balance.
_NOT_A_RUNNING_BALANCE = re.compile(r"\b(?:average|avg\.?|minimum|maximum|mean)\b|平均|日均", re.IGNORECASE)
_PERIOD_JOIN = re.compile(
    r"(to|–|--|-|—|~|～|至|到|bis|until|through|till|s/d|sampai|hingga|do|au|al|hasta|tot|até|ate|a)",
    re.IGNORECASE,
)
_CJK = re.compile(r"[\u3400-\u9fff]")
# Words of labels: a Chinese "name" holding one is a label read as a value.
_CJK_LABEL_WORDS = re.compile(
    r"账号|賬號|账户|賬戶|户名|戶名|币种|幣種|日期|余额|餘額|金额|金額|摘要|名称|名稱"
)
# A bank's name: a word ending in bank (Volksbank) or a word for bank in another language.
_BANK_WORD = re.compile(
    r"(?i)^(?:[\w-]*bank|bankas[ıi]|bancorp|sparkasse|banque|banco|banca|τρ[αά]πεζα)$|银行|銀行"
)
# Words that may stand lower-case in a bank's name: links and legal forms.
_NAME_LINKS = {
    "of",
    "and",
    "the",
    "de",
    "du",
    "des",
    "der",
    "für",
    "fur",
    "&",
    "del",
    "di",
    "y",
    "und",
    "do",
    "da",
    "dos",
    "das",
    "e",
}
_LEGAL_FORMS = {
    "eg",
    "e.g.",
    "plc",
    "ag",
    "ltd",
    "ltd.",
    "limited",
    "inc",
    "inc.",
    "llc",
    "gmbh",
    "bhd",
    "berhad",
}
# Words of titles ("Bank Statement"): a "name" made only of these names no bank.
_GENERIC_BANK_WORDS = {"bank", "account", "statement", "the", "of", "your"}
# A bank's name this long is a sentence, not a name.
_MAX_NAME_WORDS = 8
# Lines with these words are summaries, not transactions: their amounts are never summed.
# Rows that sum or carry the balance rather than move money, in the languages statements come in.
_SUMMARY = re.compile(
    r"合计|合計|小计|小計|总计|總計|(?:期初|期末|上期|本期|当前|當前)(?:余额|餘額)|\b(totals?|totales|totais|totale|opening|closing|balance|kontostand|b/f|c/f|forward|summe|umsatz|mouvements|totaux"
    r"|saldovortrag|schlusssaldo|jumlah|mutasi|baki|saldo awal|saldo akhir|money in|money out|summa"
    r"|салдо|сальдо|итого)\b"
    # ... and turnover, only opening its row: "TURNOVER RENT MAY 2026" is a payee
    r"|^\W*(?:turnover|обороти|обороты)\b",
    re.IGNORECASE,
)
_BANK = re.compile(
    r"((?:[A-ZÀ-Ýa-zà-ÿ&.'-]+\s+){0,5}?(?:[A-Za-zÀ-ÿ-]*[Bb]ank|Bancorp|Sparkasse|Banque|Banco)(?![a-zà-ÿ])"
    r"(?:\s+(?:Limited|Ltd\.?|plc|PLC|PJSC|eG|AG|N\.A\.|Inc\.?|Corporation|Berhad|S\.?A\.?|LLC|Co\.?))?)"
)


@dataclass
class Account:
    """One account's table: the amounts under each column and the balances around them."""

    top: float
    bottom: float
    page: Page
    # Where its balance labels may stand: a page's only table also owns the summary above it
    # ("RESUMEN DEL PERÍODO / Saldo anterior ... Saldo final" over the movements).
    labels_top: float | None = None
    withdrawals: list[tuple[Decimal, Word]] = field(default_factory=list)
    deposits: list[tuple[Decimal, Word]] = field(default_factory=list)
    opening: tuple[Decimal, Word] | None = None
    closing: tuple[Decimal, list[Word]] | None = None
    currency: str | None = None
    last4: str | None = None
    head_top: float | None = None  # the first heading row's bottom, see _heading_top
    last_balance: tuple[Decimal, Word] | None = None  # the balance column's last figure
    closing_unlabelled: bool = False  # the closing is that last figure: no label names it
    unsigned: int = 0  # amounts in a signed column that carry no sign: the sum cannot be made
    unsigned_moves: list[tuple[Decimal, Word]] = field(default_factory=list)
    printed_negative: int = 0  # amounts of the signed column printed negative ("-1,268.45", "(50.00)")
    printed_positive: int = 0  # ... and printed with a plus ("+42,600.00")
    signed_words: list[Word] = field(default_factory=list)  # the amounts printed with their sign
    marked: int = 0  # amounts of the signed column followed by DR/CR

    def computed(self) -> Decimal | None:
        if self.opening is None or self.unsigned:
            return None
        return (
            self.opening[0]
            + sum((a for a, _ in self.deposits), Decimal(0))
            - sum((a for a, _ in self.withdrawals), Decimal(0))
        )


_GROUP_HEAD = re.compile(rf"^[-−(]?[{re.escape(SIGN_CHARS)}]?\d{{1,3}}$")
_GROUP_TAIL = re.compile(r"^\d{3}(?:[.,]\d{1,2}\)?[-+]?)?$")


# A heading that pairs two names of a column in one word: "CARGOS/DEBE", "ABONOS/HABER".
_PAIRED = re.compile(rf"^([{tf.LATIN}]{{3,}})/([{tf.LATIN}]{{3,}})$")


def split_paired_headings(page: Page) -> Page:
    """The page with "CARGOS/DEBE" as two words, so that either name labels its column. Words of
    two letters or fewer ("A/C", "S/O") stay whole."""
    out: list[Word] = []
    for w in page.words:
        m = _PAIRED.match(w.text)
        if m is None:
            out.append(w)
            continue
        x0, y0, x1, y1 = w.bbox
        per_char = (x1 - x0) / len(w.text)
        cut = x0 + per_char * len(m.group(1))
        out.append(w.model_copy(update={"text": m.group(1), "bbox": (x0, y0, cut, y1)}))
        out.append(w.model_copy(update={"text": m.group(2), "bbox": (cut + per_char, y0, x1, y1)}))
    return page.model_copy(update={"words": out})


def merge_spaced_amounts(page: Page) -> Page:
    """The page with amounts grouped by spaces ("28 061,56", "1 234 567,89") as one word each.

    OCR and text layers split them at the spaces; every later rule reads an amount from one word.
    Only a tight run counts (gaps under a character's height), so neighbouring columns never merge.
    """
    out: list[Word] = []
    for line in page.lines():
        run: list[Word] = []
        for w in sorted(line, key=lambda w: w.bbox[0]):
            tight = run and w.bbox[0] - run[-1].bbox[2] <= tf.height(w.bbox)
            if run and tight and _GROUP_TAIL.match(w.text) and not re.search(r"[.,]\d", run[-1].text):
                run.append(w)
                continue
            out.extend(_merged(run))
            run = [w] if _GROUP_HEAD.match(w.text) else []
            if not run:
                out.append(w)
        out.extend(_merged(run))
    return page.model_copy(update={"words": out})


def _merged(run: list[Word]) -> list[Word]:
    if len(run) < 2:
        return run
    box = tf.union_bbox([w.bbox for w in run])
    assert box is not None
    text = " ".join(w.text for w in run)
    return [run[0].model_copy(update={"text": text, "bbox": box, "conf": min(w.conf for w in run)})]


def _amount(word: Word) -> Decimal | None:
    text = word.text.strip()
    if not re.search(r"[.,]\d{2}\)?[-+]?$", text):
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
    """Accounts with withdrawal and deposit columns; else accounts with one signed amount column."""
    withdrawal_heads = [
        h for h in tf.find_labels(page, WITHDRAWAL_HEADS) if len(h.words) <= 2 and not _holds_amounts(page, h)
    ]
    deposit_heads = tf.find_labels(page, DEPOSIT_HEADS)
    balance_heads = [h for h in tf.find_labels(page, BALANCE_HEADS) if len(h.words) == 1]
    # "In" and "Out" are headings only on a row that also heads a balance column ("ถอน Out  ฝาก In
    # คงเหลือ Bal."); anywhere else they are words of a sentence ("transfers in and out").
    balance_lines = {h.line for h in balance_heads}
    # So are "Dr" and "Cr" ("Dr Lee Dental deposit" runs a description on).
    bare = {"Out", "Dr", "In", "Cr"}
    withdrawal_heads = [h for h in withdrawal_heads if h.phrase not in bare or h.line in balance_lines]
    deposit_heads = [h for h in deposit_heads if h.phrase not in bare or h.line in balance_lines]
    # A column heading has its partner heading beside it ("ATM WITHDRAWAL" in a row has not).
    heads = sorted((x for x in withdrawal_heads if _partners(x, deposit_heads)), key=lambda x: x.bbox[1])
    if not heads:
        # No withdrawal/deposit pair ("Total Debits" over "Total Credits" is a summary, not a table).
        return _signed_accounts(page)
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
        only = len(heads) == 1
        # The table ends where the next one is headed, whatever its columns: a signed-amount table of
        # another account ("Amount (+/-) | Balance") after this one's Deposit/Withdrawal columns.
        later = [
            b
            for b in balance_heads
            if b.bbox[1] > head.bbox[3] + h
            and "b" in columns
            and abs((b.bbox[0] + b.bbox[2]) / 2 - columns["b"]) <= 4 * h
            and not _holds_amounts(page, b)
        ]
        nxt = heads[i + 1] if i + 1 < len(heads) else None
        if later and (nxt is None or min(later, key=lambda b: b.bbox[1]).bbox[1] < nxt.bbox[1]):
            nxt = min(later, key=lambda b: b.bbox[1])
        accounts.append(_table(page, head, nxt, columns, h, 0.0 if only else None))
    return accounts


def _holds_amounts(page: Page, hit: LabelHit) -> bool:
    """Whether the label's row carries money ("TOTAL DEBIT 2,257.75"): a summary, not a column heading."""
    return any(find_amounts(w.text) for w in page.words if w.line == hit.line)


def _table(
    page: Page,
    head: LabelHit,
    next_head: LabelHit | None,
    columns: dict[str, float],
    h: float,
    labels_top: float | None = None,
) -> Account:
    """The account whose table runs from below `head` to just above the next table's heading."""
    bottom = next_head.bbox[1] - 2 * h if next_head is not None else page.height
    account = Account(
        top=head.bbox[3],
        bottom=bottom,
        page=page,
        labels_top=labels_top,
        head_top=_heading_top(page, head, h),
    )
    _fill(account, columns, h)
    return account


def _heading_top(page: Page, head: LabelHit, h: float) -> float:
    """The bottom of the table's first heading row: a bilingual table heads its columns twice
    ("记账日期 货币 交易金额" over "Date Curr Amount"), and the summary stands over both rows."""
    top = head.bbox[3]
    lines = sorted(page.lines(), key=lambda ln: -tf.centre_y(ln[0].bbox))
    row_top = min(w.bbox[1] for ln in lines for w in ln if w.line == head.line)
    for line in lines:
        y = tf.centre_y(line[0].bbox)
        if y >= row_top or row_top - y > 2.5 * h:
            continue
        cells = tf.cells(line)
        if len(cells) >= 3 and not any(re.search(r"\d", w.text) for w in line):
            top = max(w.bbox[3] for w in line)
        break
    return top


def _signed_accounts(page: Page) -> list[Account]:
    """Tables with one amount column whose figures carry their sign (+/-, brackets, DR/CR)."""
    table_heads = tf.find_labels(page, TABLE_HEADS)
    heads = [
        x
        for x in tf.find_labels(page, AMOUNT_HEADS)
        if len(x.words) <= 2 and _partners(x, table_heads)  # a heading, not "amount" in running text
    ]
    # One heading per table row ("交易金额 Amount" matches twice).
    rows: list[LabelHit] = []
    for head in sorted(heads, key=lambda x: (x.bbox[1], x.bbox[0])):
        if not rows or tf.centre_y(head.bbox) - tf.centre_y(rows[-1].bbox) > 1.2 * tf.height(head.bbox):
            rows.append(head)
    balance_heads = tf.find_labels(page, BALANCE_HEADS)
    accounts = []
    for i, head in enumerate(rows):
        h = tf.height(head.bbox)
        columns = {"a": (head.bbox[0] + head.bbox[2]) / 2}
        bal = [b for b in _partners(head, balance_heads) if b.bbox[0] > head.bbox[2]]
        if bal:
            columns["b"] = (bal[0].bbox[0] + bal[0].bbox[2]) / 2
        accounts.append(_table(page, head, rows[i + 1] if i + 1 < len(rows) else None, columns, h))
    return accounts


def _signed_value(word: Word, line: list[Word], h: float) -> Decimal | None:
    """An amount with the sign it is printed with, or None when it carries none."""
    value = _amount(word)
    if value is None:
        return None
    text = word.text.strip()
    if value < 0 or text.startswith("+") or text.endswith("+"):
        return value
    after = [w for w in line if w.bbox[0] >= word.bbox[2] and w.bbox[0] - word.bbox[2] <= 1.5 * h]
    mark = min(after, key=lambda w: w.bbox[0]).text.strip(".") if after else ""
    if mark in _DEBIT_MARKS:
        return -value
    if mark in _CREDIT_MARKS:
        return value
    return None


def _add_move(account: Account, column: str, word: Word, line: list[Word], h: float) -> None:
    """Book one transaction figure: by its column, or by its own sign in a signed column."""
    value = _amount(word)
    assert value is not None
    if column != "a":
        target = account.withdrawals if column == "w" else account.deposits
        target.append((abs(value), word))
        return
    signed = _signed_value(word, line, h)
    account.printed_negative += value < 0
    account.printed_positive += word.text.strip().startswith("+") or word.text.strip().endswith("+")
    account.marked += signed is not None and signed != value
    if value < 0:
        account.signed_words.append(word)
    if signed is None:
        account.unsigned += 1
        account.unsigned_moves.append((value, word))
    elif signed < 0:
        account.withdrawals.append((-signed, word))
    else:
        account.deposits.append((signed, word))


def _fill(account: Account, columns: dict[str, float], h: float) -> None:
    page = account.page
    lines = [ln for ln in page.lines() if account.top < tf.centre_y(ln[0].bbox) < account.bottom]
    balance_amounts: list[tuple[Decimal, Word]] = []
    marks_column = False  # a column of its own saying debit or credit ("Dr/Cr", 借/贷)
    foreign = [x for x in tf.find_labels(page, _FOREIGN_HEADS) if x.bbox[1] < account.top]
    for line in lines:
        text = " ".join(w.text for w in line)
        summary = bool(_SUMMARY.search(text))
        marks_column = marks_column or any(w.text in _MARK_WORDS for w in line)
        if _NOT_A_RUNNING_BALANCE.search(text):
            continue  # "Average Daily Balance 8,512.37" under the balance column
        for i, word in enumerate(line):
            value = _amount(word)
            if value is None:
                continue
            code = line[i - 1] if i else None
            if (
                code is not None
                and currency_code(code.text) == code.text
                and code.text.isupper()
                and word.bbox[0] - code.bbox[2] <= 1.5 * h
            ) or any(_under_heading_column(word, f) for f in foreign):
                continue  # "USD 25.00": a card purchase's amount in its own currency, not the account's
            x = (word.bbox[0] + word.bbox[2]) / 2
            column = min(columns, key=lambda c: abs(columns[c] - x))
            if column == "b":
                balance_amounts.append((value, word))
            elif not summary:
                _add_move(account, column, word, line, h)
    if (
        account.unsigned
        and account.printed_negative
        and not account.printed_positive  # a column that prints "+" for deposits leaves none unsigned
        and not account.marked
        and not marks_column
        and all(_same_column(w, account.signed_words) for _, w in account.unsigned_moves)
    ):
        # "28,500.00" over "-1,268.45" in one Amount column: the column signs its withdrawals, so
        # the amounts without a sign are deposits (the arithmetic check then says if that holds)
        account.deposits.extend(account.unsigned_moves)
        account.unsigned = 0
    # Within the table, or on a summary row up to a row above its heading ("Beginning Balance
    # 412,380.45  Credits ..."), first; a page's only table then also looks at the summary above it,
    # unless another account's balances stand there.
    for hit in _in_reach(account, _balance_labels(page, OPENING_LABELS, CLOSING_LABELS), 4 * h):
        row = _own_figures(tf.right_of(page, hit, max_gap=page.width, next_gap=page.width))
        amounts = [(v, w) for w in row if (v := _amount(w)) is not None]
        if amounts:
            account.opening = amounts[-1]
            break
    if account.opening is None and balance_amounts:
        # The first figure in the balance column is the balance brought forward; when its row is a
        # transaction, the balance after it, so that transaction is taken back out.
        value, word = min(balance_amounts, key=lambda t: t[1].bbox[1])
        account.opening = (value - _move_on_row(account, word), word)
    if len(balance_amounts) >= 2:
        account.last_balance = max(balance_amounts, key=lambda t: t[1].bbox[1])
    for hit in _in_reach(
        account, sorted(_balance_labels(page, CLOSING_LABELS, OPENING_LABELS), key=lambda x: x.bbox[1]), 0
    ):
        row = _own_figures(tf.right_of(page, hit, max_gap=page.width, next_gap=page.width))
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


def _opens_cell(page: Page, hit: LabelHit) -> bool:
    """The label is its row's first word, or stands after a wide gap (a form's next cell)."""
    before = [w for w in page.words if w.line == hit.line and w.bbox[2] <= hit.bbox[0]]
    return not before or hit.bbox[0] - max(w.bbox[2] for w in before) > 2 * tf.height(hit.bbox)


# Headings of a column of amounts in another currency than the account's.
_FOREIGN_HEADS = (
    "Foreign Amount",
    "Original Amount",
    "Orig. Amount",
    "外币金额",
    "外幣金額",
    "原币金额",
    "原幣金額",
)


def _under_heading_column(word: Word, head: LabelHit) -> bool:
    """``word`` below ``head``, its centre within the heading's width (a character wider)."""
    slack, centre = tf.height(head.bbox), (word.bbox[0] + word.bbox[2]) / 2
    return word.bbox[1] > head.bbox[3] and head.bbox[0] - slack <= centre <= head.bbox[2] + slack


def _same_column(word: Word, column: list[Word]) -> bool:
    """``word`` stands in the column of ``column``'s words (their left-to-right span, a little wider)."""
    left, right = min(w.bbox[0] for w in column), max(w.bbox[2] for w in column)
    slack = tf.height(word.bbox)
    # Overlap, not containment: right-aligned figures wider than the signed ones ("28,500.00" over
    # "-268.45") stick out on the left.
    return word.bbox[2] >= left - slack and word.bbox[0] <= right + slack


def _move_on_row(account: Account, balance: Word) -> Decimal:
    """The signed amount booked on the balance's own row (0 when none is)."""
    on_row = [a for a, w in account.deposits if w.line == balance.line]
    on_row += [-a for a, w in account.withdrawals if w.line == balance.line]
    return on_row[0] if len(on_row) == 1 else Decimal(0)


def _in_reach(account: Account, hits: list[LabelHit], above: float) -> list[LabelHit]:
    """The hits inside the account's table (or up to ``above`` over it); failing those, and for a
    page's only table, the hits of the summary above it."""
    top = account.top if account.head_top is None else account.head_top
    inside = [x for x in hits if top - above < x.bbox[1] < account.bottom]
    if inside or account.labels_top is None:
        return inside
    return [x for x in hits if account.labels_top < x.bbox[1] < account.bottom]


def _balance_labels(page: Page, phrases: Sequence[str], rivals: Sequence[str]) -> list[LabelHit]:
    """Hits of ``phrases`` that match no rival phrase better: "Opening Balance" is near enough to
    "Ending Balance" for fuzzy matching, and must count only as the opening."""
    rival = {tuple(id(w) for w in h.words): h.score for h in tf.find_labels(page, rivals)}
    return [h for h in tf.find_labels(page, phrases) if rival.get(tuple(id(w) for w in h.words), 0) < h.score]


def _own_figures(row: list[Word]) -> list[Word]:
    """The words of a label's row up to the next label after its figure ("Beginning Balance 412,380.45
    Credits ..."): its own figures. Words before the figure ("C/F BALANCE", "vom 30.04.2025") are
    still the label's own."""
    seen_figure = False
    for i, w in enumerate(row):
        label = re.fullmatch(r"[A-Z][A-Za-z]{2,}:?", w.text) and not currency_code(w.text)
        if seen_figure and label and not _month(w.text):
            return row[:i]
        seen_figure = seen_figure or _amount(w) is not None
    return row


def _month(word: str) -> bool:
    """ "Beginning balance on August 1, 2026": a month name dates the label, it is no next label."""
    return bool(find_dates(f"1 {word.strip(',.')} 2000"))


def _cells(line: list[Word]) -> list[list[Word]]:
    """A header line cut into cells at wide gaps, at a printed separator ("Banque ... | ... Bank") and
    where the script changes (银行 | Bank)."""
    cells: list[list[Word]] = []
    split = False
    for w in sorted(line, key=lambda w: w.bbox[0]):
        if w.text in ("|", "｜", "·", "/"):
            split = True
            continue
        if cells and split:
            cells.append([w])
            split = False
            continue
        if cells:
            prev = cells[-1][-1]
            gap = w.bbox[0] - prev.bbox[2]
            if gap <= 2 * tf.height(w.bbox) and bool(_CJK.search(w.text)) == bool(_CJK.search(prev.text)):
                cells[-1].append(w)
                continue
        cells.append([w])
    return cells


def _name_shaped(words: list[Word]) -> bool:
    """Words that can be a bank's name: capitalised (or links and legal forms), without digits."""
    if not 1 <= len(words) <= _MAX_NAME_WORDS:
        return False
    for w in words:
        text = w.text.strip(",")
        core = text.strip("()")
        if re.search(r"\d", text) or not core:
            return False
        if _CJK.search(text) or core.lower() in _NAME_LINKS or core.lower() in _LEGAL_FORMS:
            continue
        if not core[0].isupper():
            return False
    return True


def _bank_cell(pages: Sequence[Page]) -> tuple[str, list[Word], int] | None:
    """The whole header cell that holds a word for bank, as the bank's full name
    ("Hanseatische Volksbank Lüneburg eG", "PACIFIC CREST BANK (SINGAPORE) LIMITED")."""
    page = pages[0]
    for line in page.lines()[:8]:
        for cell in _cells(line):
            # The name ends before "Statement" or a bracketed company number ("BERHAD (198201000123)").
            cut = next(
                (
                    i
                    for i, w in enumerate(cell)
                    if re.match(r"(?i)statement|kontoauszug", w.text) or re.fullmatch(r"\(?\d{6,}\)?", w.text)
                ),
                None,
            )
            words = cell[:cut]
            if not any(_BANK_WORD.search(w.text) for w in words) or not _name_shaped(words):
                continue
            if _generic(words):
                continue  # "Bank Statement" is a title, not a name
            return _cjk_bank_end(tf.join_words(words).strip(" ,")), words, page.number
    return None


# A Chinese bank's name ends with 银行 and its legal form: "招商银行交易流水" is the bank's
# "transaction statement", "中国银行（香港）有限公司" the whole name.
_CJK_BANK_END = re.compile(r"^(.*?[银銀]行(?:股份有限公司|(?:[（(][^）)]{1,6}[）)])?有限公司)?)(?![（(])")


def _cjk_bank_end(name: str) -> str:
    m = _CJK_BANK_END.match(name) if _CJK.search(name) else None
    return m.group(1) if m else name


def _generic(words: list[Word]) -> bool:
    return all(tf.fold(w.text) in _GENERIC_BANK_WORDS for w in words)


def _bank_name(pages: Sequence[Page]) -> tuple[str, list[Word], int] | None:
    cell = _bank_cell(pages)
    if cell is not None:
        return cell
    page = pages[0]
    for line in page.lines()[:8]:
        text = " ".join(w.text for w in line)
        text = re.split(r"\s+(?:Statement|Kontoauszug|Account Statement)\b", text)[0]
        m = _BANK.search(text)
        if m:
            name = m.group(1).strip(" ‘’'\"·,")
            words = [w for w in line if w.text.strip("‘’'\"") and w.text.strip("‘’'\"") in name]
            if _generic(words):
                continue
            return name, words, page.number
    return None


def _cjk_holder(words: list[Word]) -> tuple[str, list[Word]] | None:
    """A Chinese name right of 户名 (only a bilingual label's own words may stand before it)."""
    return tf.cjk_name(words, _CJK_LABEL_WORDS, lambda w: tf.fold(w.text) in tf.FORM_WORDS)


def _currency_from_wording(pages: Sequence[Page]) -> Fact | None:
    """The currency from an ISO code beside an account word, else from a currency named in words.

    With no label to point at it, a currency is only trusted when the statement holds one; with
    several, the first is given for review.
    """
    finders = (
        (_currency_beside_account, "beside an account word"),
        (_currency_named, "named"),
        (_currency_symbol_in_headings, "as the symbol in the table's headings"),
        (_currency_symbol_on_amounts, "as the symbol printed on its amounts"),
    )
    for finder, where in finders:
        found = finder(pages)
        if found is None:
            continue
        code, words, page_no, only = found
        return tf.fact_from(
            "bank_statement.currency",
            code,
            words,
            page_no,
            "wording",
            confidence=0.85,
            note=f"the only currency on the statement, {where}"
            if only
            else "several currencies on the statement; the first is given",
            force_review=not only,
        )
    return None


def _currency_symbol_in_headings(pages: Sequence[Page]) -> tuple[str, list[Word], int, bool] | None:
    """A currency symbol standing alone in amount column headings ("Paid out £", "Baki (RM)"), or
    its ISO code in the heading row or on a row of its own under it ("Withdrawal" over "SGD")."""
    found: list[tuple[str, Word, int]] = []
    for page in pages:
        heads = tf.find_labels(page, (*WITHDRAWAL_HEADS, *DEPOSIT_HEADS, *BALANCE_HEADS, *AMOUNT_HEADS))
        heads = [h for h in heads if not _holds_amounts(page, h)]
        lines = {h.line for h in heads}
        for w in page.words:
            text = w.text.strip("()")
            # Only symbols that name one currency: "$" and "¥" are left to a person.
            code = UNAMBIGUOUS_SYMBOLS.get(text)
            if w.line in lines and code:
                found.append((code, w, page.number))
            elif currency_code(text) == text and any(_under_heading(w, h) for h in heads):
                found.append((text, w, page.number))
    if not found:
        return None
    code, word, page_no = found[0]
    return code, [word], page_no, len({c for c, _, _ in found}) == 1


def _under_heading(word: Word, head: LabelHit) -> bool:
    """``word`` in the heading's row or right under it, inside its column."""
    h = tf.height(head.bbox)
    return (
        -0.5 * h <= word.bbox[1] - head.bbox[1] <= 1.5 * h + h
        and word.bbox[0] < head.bbox[2]
        and word.bbox[2] > head.bbox[0]
    )


def _currency_symbol_on_amounts(pages: Sequence[Page]) -> tuple[str, list[Word], int, bool] | None:
    """A one-currency symbol printed on the statement's own balances and totals ("Balance on 31
    August  £5,281.68"), at least twice; a sign on a transaction ("AMAZON UK £25.00") says nothing
    of the account's currency. Any other sign on any amount makes it several currencies."""
    found: list[tuple[str, Word, int]] = []
    others: set[str] = set()
    for page in pages:
        summary_lines = {
            line[0].line for line in page.lines() if _SUMMARY_ROW.search(" ".join(w.text for w in line))
        }
        for w in page.words:
            m = _SYMBOL_ON_AMOUNT.match(w.text)
            code = UNAMBIGUOUS_SYMBOLS.get(m.group(1)) if m else None
            if code and w.line in summary_lines:
                found.append((code, w, page.number))
            elif m:
                others.add(m.group(1))
    if len(found) < 2:
        return None
    code, word, page_no = found[0]
    codes = {c for c, _, _ in found}
    return (
        code,
        [word],
        page_no,
        len(codes) == 1 and not (others - {s for s, c in UNAMBIGUOUS_SYMBOLS.items() if c in codes}),
    )


_SUMMARY_ROW = re.compile(r"\b(?:balance|total|brought forward|carried forward|money in|money out)\b", re.I)
_SYMBOL_ON_AMOUNT = re.compile(r"^[(\-−]?([^\w\s(\-−.,])\s?\d")


def _any_holder(words: list[Word]) -> tuple[str, list[Word]] | None:
    return _holder_words(words) or _cjk_holder(words)


def _holder(pages: Sequence[Page]) -> tuple[str, list[Word], int] | None:
    # Labels of several words fuzzily; a single word ("Cliente", "Titular") only exactly and opening
    # its row: "Atención al Cliente", "Cotitular:" label something else.
    labelled = tf.value_near(pages, [h for h in HOLDER_LABELS if " " in h], _any_holder, ("right", "below"))
    single = [h for h in HOLDER_LABELS if " " not in h]
    labelled = labelled or tf.value_near(
        pages, single, _any_holder, ("right", "below"), 100.0, at_row_start=True
    )
    if labelled:
        return labelled.value, list(labelled.words), labelled.page
    # "Customer:" names the holder only as a label with its colon ("CUSTOMER STATEMENT" is a title).
    for page in pages:
        for hit in tf.find_labels(page, ("Customer", "Client", "Kunde")):
            if hit.words[-1].text.endswith(":"):
                found = _any_holder(tf.right_of(page, hit))
                if found:
                    return found[0], found[1], page.number
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


def _latin_line_under_holder(pages: Sequence[Page]) -> tuple[str, list[Word], int] | None:
    """ "Харилцагч / Customer:  ГАНБОЛДЫН БАТ-ЭРДЭНЭ" over "GANBOLD BAT-ERDENE": a holder label's
    value in another script (Cyrillic, Greek, Arabic ...) with its Latin form on the next line,
    starting under it."""
    for page in pages:
        hits = [*tf.find_labels(page, HOLDER_LABELS), *tf.find_labels(page, ("Customer", "Client", "Kunde"))]
        lines = page.lines()
        for hit in hits:
            value = tf.right_of(page, hit)
            if not value or not all(_other_script(w.text) or w.text in "-/" for w in value):
                continue
            h = tf.height(value[0].bbox)
            under = next((ln for ln in lines if ln[0].line > value[0].line), None)
            if under is None or under[0].bbox[1] - value[0].bbox[3] > 2 * h:
                continue
            left = value[0].bbox[0]
            cell = [w for w in under if w.bbox[0] >= left - h]
            picked = _holder_words(cell) if cell and abs(cell[0].bbox[0] - left) <= h else None
            if picked and len(picked[1]) == len(cell):
                return picked[0], picked[1], page.number
    return None


# Words of a bank's own lines, never of the holder's name.
_NOT_HOLDER_WORDS = {
    "bank", "banco", "statement", "account", "limited", "inc", "ltd", "branch", "savings", "current",
    "berhad", "bhd", "corporation", "company", "plc", "of", "summary", "page",
    "cuenta", "ahorro", "ahorros", "corriente", "conta", "compte",
}  # fmt: skip


def _address_block_holder(pages: Sequence[Page]) -> tuple[str, list[Word], int] | None:
    """A statement mailed in a window envelope prints no "Name" label: the holder's name in capitals
    opens the address block at the left, over an address line that starts under it and holds a
    number (a flat, a street, a postcode)."""
    for page in pages:
        lines = page.lines()[:15]
        for line, nxt in itertools.pairwise(lines):
            cell, below = tf.cells(line)[0], tf.cells(nxt)[0]
            h = tf.height(cell[0].bbox)
            if cell[0].bbox[0] > 0.4 * page.width or abs(below[0].bbox[0] - cell[0].bbox[0]) > h:
                continue
            cell = list(itertools.dropwhile(lambda w: _is_title(w.text), cell)) or cell  # "Sra. VARGAS ..."
            if not 2 <= len(cell) <= 6 or not all(w.text.isupper() for w in cell):
                continue
            if any(tf.fold(w.text.strip(".,")) in _NOT_HOLDER_WORDS for w in cell):
                continue
            if not any(ch.isdigit() for w in below for ch in w.text):
                continue
            picked = _holder_words(cell)
            if picked and len(picked[1]) == len(cell):
                return picked[0], picked[1], page.number
    return None


_LABEL_WORDS = tf.FORM_WORDS | {tf.fold(label) for label in HOLDER_LABELS} | {"customer"}


def _holder_words(words: list[Word], title_seen: bool = False) -> tuple[str, list[Word]] | None:
    # Drop a leading title; a name then runs in capitals (or capitalised words) until the address.
    words = list(words)
    # A bilingual label's second half and its colon ("Nama / Name : SITI RAHAYU") come first.
    while words and (
        not re.search(r"\w", words[0].text) or tf.fold(words[0].text.strip(":")) in _LABEL_WORDS
    ):
        words = words[1:]
    while words and _is_title(words[0].text):
        words = words[1:]
    # "ГЕОРГИ ИВАНОВ ПЕТРОВ / GEORGI IVANOV PETROV": the name in its own script, then in Latin letters.
    if words and _other_script(words[0].text):
        words = list(itertools.dropwhile(lambda w: _other_script(w.text) or w.text == "/", words)) or words
    picked = []
    for w in words:
        text = w.text.strip()
        if picked and tf.PARENTAGE.match(text):
            picked.append(w)  # "RAJESWARI D/O MURUGAN"
            continue
        if not re.fullmatch(rf"[{tf.LATIN}'’.-]+", text) or not text[0].isupper():
            break
        if picked and _in_capitals(picked[-1].text) and not _in_capitals(text):
            break  # "PRIYA RAGHAVAN Flat 3C": the address starts
        if tf.fold(text) in tf.FORM_WORDS:
            break
        picked.append(w)
    while picked and tf.PARENTAGE.match(picked[-1].text.strip()):
        picked.pop()
    if not picked or len(re.sub(r"[^\w]", "", "".join(w.text for w in picked))) < 3:
        return None  # a lone initial or title ("M.") is not a name
    if len(picked) == 1 and len(picked) < len(words) and words[1].text.endswith(":"):
        return None  # "Personal No.:" is the next row's label, not a name
    return " ".join(w.text for w in picked), picked


# Honorifics of other languages, beside the shared TITLES: "M. Étienne Gagnon-Roy", "Sra. López".
_MORE_TITLES = {
    "M",
    "MME",
    "MLLE",
    "SR",
    "SRA",
    "SRTA",
    "HERR",
    "FRAU",
    "SIG",
    "SIGRA",
    "CHIEF",
    "ALHAJI",
    "ALHAJA",
}


def _in_capitals(text: str) -> bool:
    """A word in capitals, a Gaelic or Scottish "Mc"/"Mac" prefix apart ("McCANN", "MacLEOD")."""
    return text.isupper() or bool(re.fullmatch(r"(?:Mc|Mac)[A-Z][A-Z'’-]+", text))


def _other_script(text: str) -> bool:
    """Letters, none of them Latin (Cyrillic, Greek, Arabic ...)."""
    return bool(re.search(r"[^\W\d_]", text)) and not re.search(rf"[{tf.LATIN}]", text)


def _is_title(text: str) -> bool:
    word = text.upper().strip("().")  # "CHIEF (DR) EMEKA ...": bracketed titles too
    return word in TITLES or word in _MORE_TITLES


def _account_digits(words: list[Word]) -> list[Word]:
    picked = []
    for w in words:
        # Digits, masks, and inside a run an IBAN's letter groups ("PK36 ICBL 0000 ...").
        if (
            re.search(r"\d", w.text)
            or re.fullmatch(r"[X*#+\-]+", w.text)
            or (picked and re.fullmatch(r"[A-Z]{4}", w.text))
        ):
            picked.append(w)
        elif picked:
            break
    return picked


def _last4(pages: Sequence[Page]) -> tuple[str, list[Word], int] | None:
    for page in pages:
        # The Chinese labels only where they open a row: "工银信用卡 卡号：…" in a transaction's
        # counterparty cell is another card's number.
        hits = [h for h in tf.find_labels(page, ACCOUNT_LABELS) if h.phrase not in _CJK_ACCOUNT_LABELS]
        hits += [h for h in tf.find_labels(page, _CJK_ACCOUNT_LABELS) if _opens_cell(page, h)]
        for hit in hits:
            right = tf.right_of(page, hit)
            if _statement_number_label(page, hit) and len(re.sub(r"\D", "", tf.join_words(right[:1]))) < 8:
                continue  # "STATEMENT OF ACCOUNT No. 09/2026" numbers the statement
            # A label over its value ("Account No." / "5621-0044-3318"): then only a full number counts.
            rows = [right, *tf.below(page, hit, max_rows=1)]
            for row in rows:
                if row is not right and (not row or not re.search(r"\d", row[0].text) or tf.parse_day(row)):
                    continue  # under the label only a row that is the number itself, never a date
                picked = _account_digits(row)
                digits = re.sub(r"\D", "", "".join(w.text for w in picked))
                masked = any(re.search(r"[X*#]", w.text) for w in picked)
                # Account numbers run to 6 digits and more; fewer is a statement's own number
                # ("Account statement nr 7/2026") unless the rest is masked ("XXXX-1234").
                # Under the label, a masked number that opens the row counts too ("***-***-4417").
                whole_masked = masked and len(digits) >= 4 and bool(picked) and picked[0] is row[0]
                if (
                    len(digits) >= 8
                    or (row is right and (len(digits) >= 6 or (masked and len(digits) >= 4)))
                    or whole_masked
                ):
                    return digits[-4:], picked, page.number
    return _product_account(pages)


# An integrated statement names each account by its product and number, with no label:
# "HKD Savings 012-345-6-789123", "USD Current Account  012-345-6-789131".
_PRODUCT_ACCOUNT = re.compile(
    r"(?i:savings|current|cheque|checking|deposit|statement\s+savings|account|cuenta|ahorros?|conta|poupan[çc]a)\b[^\d]{0,30}?"
    r"(?<![\d-])(\d{2,6}(?:[- ]\d{1,8}){2,4})(?![\d-]|\s\d)"
)


def _product_account(pages: Sequence[Page]) -> tuple[str, list[Word], int] | None:
    for page in pages:
        for line in page.lines():
            text = tf.join_words(line)
            m = _PRODUCT_ACCOUNT.search(text)
            if m is None or re.search(r"(?i)\b(?:tel|fax|phone|hotline)\b", text):
                continue
            digits = re.sub(r"\D", "", m.group(1))
            if len(digits) >= 9:
                words = [w for w in line if re.search(r"\d", w.text) and w.text in m.group(1)] or line
                return digits[-4:], words, page.number
    return None


def _statement_number_label(page: Page, hit: LabelHit) -> bool:
    """ "STATEMENT OF ACCOUNT No. 09/2026" numbers the statement, not the account."""
    before = [w for w in page.words if w.line == hit.line and w.bbox[2] <= hit.bbox[0] + 1]
    text = " ".join(w.text for w in sorted(before, key=lambda w: w.bbox[0])[-2:])
    return bool(re.fullmatch(r"(?i:statement\s+of)", text))


def _currency(pages: Sequence[Page]) -> tuple[str, list[Word], int] | None:
    """The currency written after its label: a code (EUR), a name (US Dollar) or Chinese (人民币)."""
    for page in pages:
        for hit in tf.find_labels(page, CURRENCY_LABELS):
            row = tf.right_of(page, hit)[:3]
            for start, end in itertools.combinations(range(len(row) + 1), 2):
                text = " ".join(w.text for w in row[start:end]).strip(": ")
                if re.search(r"\d", text):
                    continue  # pycountry would read "344" as a numeric currency code
                code = currency_code(text)
                if code:
                    return code, row[start:end], page.number
    return None


# ISO 4217 codes that are also English words in capitals ("COMBINED BALANCE OF ALL ACCOUNTS").
_CODES_THAT_ARE_WORDS = frozenset({"ALL", "TOP", "CUP", "TRY", "PEN", "BOB", "SOS", "GEL"})


def _currency_beside_account(pages: Sequence[Page]) -> tuple[str, list[Word], int, bool] | None:
    """An ISO code written beside an account word ("HKD Savings", "Betrag EUR"), and whether it is
    the only one on the statement (several currencies want a person)."""
    found: list[tuple[str, Word, int]] = []
    for page in pages:
        for line in page.lines():
            folded = {tf.fold(w.text) for w in line}
            if not folded & _ACCOUNT_KIND:
                continue
            for w in line:
                token = w.text.strip(":()")
                if (
                    re.fullmatch(r"[A-Z]{3}", token)
                    and token not in _CODES_THAT_ARE_WORDS
                    and currency_code(token) == token
                ):
                    found.append((token, w, page.number))
    if not found:
        return None
    code, word, page_no = found[0]
    return code, [word], page_no, len({c for c, _, _ in found}) == 1


# A currency named in words and then coded: "Singapore Dollars (SGD)", "dollars canadiens (CAD)".
_NAMED_CODE = re.compile(
    r"(?i:\b(?:dollars?|euros?|pounds?|sterling|yen|yuan|renminbi|francs?|ringgit|rupees?|won|baht"
    r"|pesos?|kron[aeo]r?|rand|reais|real|dirhams?|riyals?)\b)[\w\s]{0,25}?\(([A-Z]{3})\)"
)


def _currency_named(pages: Sequence[Page]) -> tuple[str, list[Word], int, bool] | None:
    """A currency written as its name with the ISO code in brackets, and whether it is the only one."""
    found: list[tuple[str, list[Word], int]] = []
    for page in pages:
        for line in page.lines():
            for m in _NAMED_CODE.finditer(tf.join_words(line)):
                code = m.group(1)
                if currency_code(code) == code:
                    found.append((code, [w for w in line if code in w.text], page.number))
    if not found:
        return None
    code, words, page_no = found[0]
    return code, words, page_no, len({c for c, _, _ in found}) == 1


# "to" in other languages, for bilingual periods: "Du / From 2026-08-01 au / to 2026-08-31".
_FOREIGN_JOIN = re.compile(r"au|à|al|hasta|tot|a", re.IGNORECASE)


def _is_period_join(between: str) -> bool:
    """Whether the words between two dates join them into a period, in one language or two ("au / to")."""
    if _PERIOD_JOIN.fullmatch(between):
        return True
    pieces = [p.strip() for p in between.split("/")]
    return len(pieces) > 1 and all(_PERIOD_JOIN.fullmatch(p) or _FOREIGN_JOIN.fullmatch(p) for p in pieces)


# "3 July to 2 August 2026", "August 1 - August 31, 2026": the start of a period may leave its year
# to the end date.
_YEARLESS_START = re.compile(
    r"(?:(?<!\d)(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>[A-Za-z]{3,9})\.?"
    r"|\b(?P<month2>[A-Za-z]{3,9})\.?\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?,?)"
    r"\s*(?P<join>to|until|till|-|–|s/d|bis)\s*$"
)


def _yearless_start(text: str, end: ParsedDate) -> str | None:
    m = _YEARLESS_START.search(text[: end.start])
    if m is None or not _is_period_join(m.group("join")):
        return None
    day, month = m.group("day") or m.group("day2"), m.group("month") or m.group("month2")
    year = int(end.value[:4])
    for y in (year, year - 1):  # "20 December to 19 January 2026" starts the year before
        start = find_dates(f"{day} {month} {y}")
        if start and start[0].precision == "day" and start[0].value <= end.value:
            return start[0].value
    return None


# "起始日期：2026-06-01   截止日期：2026-08-31" (start date / end date).
_CJK_FROM = ("起始日期", "開始日期", "开始日期", "起始日")
_CJK_TO = ("截止日期", "结束日期", "結束日期", "终止日期", "終止日期", "截止日")


def _labelled_period(pages: Sequence[Page]) -> tuple[str, str, list[Word], int] | None:
    """A period given as two labelled dates on one row: "From: 01/07/2026    To: 31/07/2026"."""
    for page in pages:
        # Only a label opening its row: "INTEREST FROM 01/06 TO 30/06" in a transaction is no period.
        for start_hit in tf.row_start_labels(page, ("From", "Period from", "Statement from", *_CJK_FROM)):
            start = tf.parse_day(tf.right_of(page, start_hit))
            if start is None:
                continue
            for end_hit in tf.find_labels(page, ("To", "Until", *_CJK_TO)):
                if end_hit.line != start_hit.line or end_hit.bbox[0] <= start_hit.bbox[2]:
                    continue
                end = tf.parse_day(tf.right_of(page, end_hit))
                if end and start[0] <= end[0]:
                    return start[0], end[0], [*start[1], *end[1]], page.number
    return None


# A period in two-digit years: "01/08/26 to 31/08/26" (Pakistani and Indian statements).
_SHORT_YEAR_PERIOD = re.compile(
    r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{2})\s*(?:to|-|–|until|till|s/d)\s*"
    r"(\d{1,2})\2(\d{1,2})\2(\d{2})(?![\d/.-])",
    re.IGNORECASE,
)
_MONTH_YEAR = re.compile(r"([^\W\d_]{3,12})\.?,?\s+((?:19|20)\d{2})")
_MONTH_PERIOD_LABELS = ("Statement Period", "Period", "Periode", "Statement Month", "期间", "期間")


def _short_year_period(text: str) -> tuple[str, str] | None:
    """The period if it reads one way only (or all ways alike): day, month or year first, and no
    longer than a statement runs (a year)."""
    m = _SHORT_YEAR_PERIOD.search(text)
    if m is None:
        return None
    first = (int(m.group(1)), int(m.group(3)), int(m.group(4)))
    second = (int(m.group(5)), int(m.group(6)), int(m.group(7)))
    readings = set()
    # (day, month, year) positions: day first, month first, year first ("26.08.01", Korea)
    for d, mo, y in ((0, 1, 2), (1, 0, 2), (2, 1, 0)):
        try:
            start = date(2000 + first[y], first[mo], first[d])
            end = date(2000 + second[y], second[mo], second[d])
        except ValueError:
            continue
        if start <= end and (end - start).days <= 366:
            readings.add((start.isoformat(), end.isoformat()))
    return readings.pop() if len(readings) == 1 else None


def _month_period(pages: Sequence[Page]) -> tuple[str, str, list[Word], int] | None:
    """A statement labelled with one month ("PERIODE : JULI 2026") covers the whole month."""

    def whole_month(words: list[Word]) -> tuple[str, list[Word]] | None:
        m = _MONTH_YEAR.fullmatch(tf.join_words(words).strip(" :"))
        month = month_number(m.group(1)) if m else None
        return (f"{m.group(2)}-{month:02d}", words) if m and month else None

    found = tf.value_near(pages, _MONTH_PERIOD_LABELS, whole_month, ("right",))
    if found is None:
        return None
    year, month = int(found.value[:4]), int(found.value[5:7])
    last = calendar.monthrange(year, month)[1]
    return f"{found.value}-01", f"{found.value}-{last:02d}", list(found.words), found.page


def _period(pages: Sequence[Page]) -> tuple[str, str, list[Word], int] | None:
    labelled = _labelled_period(pages)
    if labelled:
        return labelled
    for page in pages:
        for line in page.lines():
            text = rewrite_dates(tf.join_words(line))
            dates = [d for d in find_dates(text) if d.precision == "day"]
            words = [w for w in line if re.search(r"\d|[A-Za-z]{3}", w.text)]
            for a, b in itertools.pairwise(dates):
                between = text[a.end : b.start].strip()
                if _is_period_join(between) and a.value <= b.value:
                    return a.value, b.value, words, page.number
            for end in dates:
                start = _yearless_start(text, end)
                if start is not None:
                    return start, end.value, words, page.number
            short = _short_year_period(text)
            if short is not None:
                return short[0], short[1], words, page.number
    return _month_period(pages)


def extract_bank_statement(document: DocumentInput) -> list[Fact]:
    pages = [split_paired_headings(merge_spaced_amounts(p)) for p in document.pages if p.words]
    facts: list[Fact] = []
    if not pages:
        return facts
    bank = _bank_name(pages)
    if bank:
        facts.append(tf.fact_from("bank_statement.bank_name", bank[0], bank[1], bank[2], "wording"))
    holder = _holder(pages)
    unlabelled = None
    if holder is None:
        holder = _latin_line_under_holder(pages)
        unlabelled = (
            "the holder's name is printed in another script; the Latin letters on the line under it were read"
            if holder
            else None
        )
    if holder is None:
        holder = _address_block_holder(pages)
        unlabelled = "no label names the holder: the name that opens the address block" if holder else None
    if holder:
        doubt = "; ".join(d for d in (tf.name_doubt(holder[1]), unlabelled) if d) or None
        facts.append(
            tf.fact_from(
                "bank_statement.holder_name",
                holder[0],
                holder[1],
                holder[2],
                "label" if unlabelled is None else "layout",
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
    if primary is None:
        # No label names a closing balance: the last figure of the balance column on the last page
        # is the balance the statement ends with (a page before it may continue on the next).
        last_page = max(p.number for p in pages)
        primary = next((a for a in accounts if a.page.number == last_page and a.last_balance), None)
        if primary is not None and primary.last_balance is not None:
            primary.closing = (primary.last_balance[0], [primary.last_balance[1]])
            primary.closing_unlabelled = True
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
    elif worded := _currency_from_wording(pages):
        facts.append(worded)
    if primary is not None:
        facts.append(_closing_fact(primary, [a for a in accounts if a is not primary]))
        # The last running balance standing for the closing proves nothing either way.
        adds_up = None if primary.closing_unlabelled else _adds_up_fact(primary)
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
    if account.closing_unlabelled:
        review = True
        notes.append("no label names the closing balance: the last figure of the balance column")
    if account.unsigned:
        review = True
        notes.append(
            f"{account.unsigned} amounts carry no sign (+/-, DR/CR), so the arithmetic could not be checked"
        )
    elif computed is None:
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
    method = "column" if account.closing_unlabelled else "label+check" if not review else "label"
    return tf.fact_from(
        "bank_statement.closing_balance",
        float(value),
        words,
        account.page.number,
        method,
        note="; ".join(notes),
        force_review=review,
    )
