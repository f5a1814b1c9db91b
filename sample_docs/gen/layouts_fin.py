"""Bank statements: transactions with running balances, three visibly different bank layouts."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from .codes import d_dot, d_short_mon, money
from .model import Document, Page

A4_W, A4_H = 210.0, 297.0
GREY = (90, 90, 90)


@dataclass
class Txn:
    day: date
    text: str
    withdrawal: float = 0.0
    deposit: float = 0.0
    balance: float = 0.0


@dataclass
class Account:
    label: str  # e.g. "HKD Savings Account"
    masked: str  # e.g. "XXXX-XXXX-1234"
    currency: str
    opening: float
    txns: list[Txn] = field(default_factory=list)
    closing_override: float | None = None  # a printed closing balance that does not add up

    @property
    def closing_true(self) -> float:
        return self.txns[-1].balance if self.txns else self.opening

    @property
    def closing_printed(self) -> float:
        return self.closing_true if self.closing_override is None else self.closing_override


def _limit(item: tuple) -> int:
    """How often a spending item may occur in a month: bills and fixed amounts once, shopping up to thrice."""
    return item[3] if len(item) > 3 else 1 if item[1] == item[2] else 3


def make_account(
    seed: int,
    label: str,
    masked: str,
    currency: str,
    opening: float,
    start: date,
    end: date,
    salary: tuple[str, float] | None,
    spend: list[tuple],
    n: int,
) -> Account:
    """A month of plausible activity: salary in, recurring and random spending out, running balance."""
    r = random.Random(seed)
    days = sorted(start + timedelta(days=r.randrange((end - start).days + 1)) for _ in range(n))
    acct = Account(label, masked, currency, opening)
    bal = opening
    salary_done = salary is None
    used: dict[str, int] = {}
    for i, day in enumerate(days):
        if not salary_done and (day.day >= 25 or i == len(days) - 2):
            name, amount = salary
            bal = round(bal + amount, 2)
            acct.txns.append(Txn(day, name, deposit=amount, balance=bal))
            salary_done = True
            continue
        # Fixed-amount items (rent, mortgage, a savings plan) happen once a month, not twice.
        choices = [s for s in spend if used.get(s[0], 0) < _limit(s)] or spend
        text, lo, hi = r.choice(choices)[:3]
        used[text] = used.get(text, 0) + 1
        amount = round(r.uniform(lo, hi), 2)
        if amount < 0:  # negative ranges in `spend` are incoming transfers or interest
            bal = round(bal - amount, 2)
            acct.txns.append(Txn(day, text, deposit=-amount, balance=bal))
        else:
            bal = round(bal - amount, 2)
            acct.txns.append(Txn(day, text, withdrawal=amount, balance=bal))
    return acct


def _money_or_blank(x: float, style: str) -> str:
    return money(x, style) if x else ""


def statement_hk(d: dict[str, Any]) -> Document:
    """Layout 'bank_summary_box': bank left on a colour bar, summary box, one section per account."""
    style = d.get("money_style", "en")
    colour = d.get("colour", (0, 95, 70))
    pages: list[Page] = []

    def new_page() -> tuple[Page, float]:
        pg = Page(A4_W, A4_H)
        pg.rect(0, 0, A4_W, 6, 0, fill=colour)
        pg.text(d["bank"], 15, 20, 16, "arial", bold=True, color=colour)
        for i, line in enumerate(d["bank_address"]):
            pg.text(line, 15, 26 + i * 4.2, 7.5, "arial", color=GREY)
        pg.text("Statement of Account", 195, 20, 12, "arial", bold=True, align="R")
        pg.text(f"Page {len(pages) + 1}", 195, 26, 8, "arial", align="R", color=GREY)
        pages.append(pg)
        return pg, 44.0

    pg, y = new_page()
    pg.text(d["holder_line"], 15, y + 6, 10.5, "arial", bold=True)
    for i, line in enumerate(d["holder_address"]):
        pg.text(line, 15, y + 11.5 + i * 4.6, 9, "arial")
    pg.rect(118, y, 77, 30, 0.3, (150, 150, 150), fill=(245, 248, 246))
    pg.text("Statement Period", 121, y + 7, 8, "arial", color=GREY)
    pg.text(f"{d_short_mon(d['start'])} to {d_short_mon(d['end'])}", 121, y + 12, 9.5, "arial", bold=True)
    pg.text("Statement Date", 121, y + 19, 8, "arial", color=GREY)
    pg.text(d_short_mon(d["issued"]), 121, y + 24, 9.5, "arial", bold=True)
    y += 44
    for acct in d["accounts"]:
        if y > 200:
            pg, y = new_page()
        pg.rect(15, y - 5, 180, 8, 0, fill=(230, 238, 234))
        pg.text(
            f"{acct.label}   Account No. {acct.masked}   Currency: {acct.currency}",
            17,
            y + 0.5,
            9,
            "arial",
            bold=True,
        )
        y += 9
        cols = [
            (17, "Date", "L"),
            (42, "Transaction Details", "L"),
            (140, "Withdrawals", "R"),
            (168, "Deposits", "R"),
            (194, "Balance", "R"),
        ]
        for x, h, al in cols:
            pg.text(h, x, y, 8.5, "arial", bold=True, align=al)
        pg.line(15, y + 2, 195, y + 2, 0.3)
        y += 7
        pg.text(d_short_mon(d["start"]), 17, y, 8.5, "arial")
        pg.text("B/F BALANCE  Opening Balance", 42, y, 8.5, "arial")
        pg.text(money(acct.opening, style), 194, y, 8.5, "arial", align="R")
        y += 5.5
        for t in acct.txns:
            if y > 270:
                pg, y = new_page()
            pg.text(d_short_mon(t.day), 17, y, 8.5, "arial")
            pg.text(t.text, 42, y, 8.5, "arial")
            pg.text(_money_or_blank(t.withdrawal, style), 140, y, 8.5, "arial", align="R")
            pg.text(_money_or_blank(t.deposit, style), 168, y, 8.5, "arial", align="R")
            pg.text(money(t.balance, style), 194, y, 8.5, "arial", align="R")
            y += 5.5
        pg.line(15, y - 2, 195, y - 2, 0.2)
        y += 3
        pg.text(f"C/F BALANCE  Closing Balance ({acct.currency})", 42, y, 9, "arial", bold=True)
        pg.text(money(acct.closing_printed, style), 194, y, 9, "arial", bold=True, align="R")
        y += 14
    pages[-1].text(
        "This statement is computer generated and requires no signature. Please examine it and report "
        "any discrepancy within 90 days.",
        15,
        285,
        7,
        "arial",
        color=GREY,
    )
    return Document(pages, "Statement of Account")


def statement_ledger(d: dict[str, Any]) -> Document:
    """Layout 'bank_ledger': bank right-aligned, Debit/Credit columns, balance-forward first row."""
    style = d.get("money_style", "en")
    colour = d.get("colour", (20, 50, 120))
    acct: Account = d["accounts"][0]
    pg = Page(A4_W, A4_H)
    pg.text(d["bank"], 195, 18, 15, "serif", bold=True, align="R", color=colour)
    for i, line in enumerate(d["bank_address"]):
        pg.text(line, 195, 24 + i * 4, 7.5, "serif", align="R", color=GREY)
    pg.line(15, 38, 195, 38, 0.8, colour)
    pg.text("ACCOUNT STATEMENT", 15, 48, 12, "serif", bold=True)
    info = [
        ("Account holder", d["holder_line"]),
        ("Account number", acct.masked),
        ("Account type", acct.label),
        ("Currency", acct.currency),
        ("Period", f"{d_short_mon(d['start'])} – {d_short_mon(d['end'])}"),
    ]
    y = 57.0
    for label, value in info:
        pg.text(label, 15, y, 9, "serif", color=GREY)
        pg.text(value, 55, y, 9.5, "serif", bold=label == "Account holder")
        y += 5.5
    for i, line in enumerate(d["holder_address"]):
        pg.text(line, 130, 57 + i * 5, 9, "serif")
    y += 6
    heads = [
        (15, "Date", "L"),
        (38, "Description", "L"),
        (140, "Debit", "R"),
        (166, "Credit", "R"),
        (195, "Balance", "R"),
    ]
    pg.rect(15, y - 5, 180, 7.5, 0, fill=(225, 230, 242))
    for x, h, al in heads:
        pg.text(h, x + (1 if al == "L" else -1), y, 9, "serif", bold=True, align=al)
    y += 7.5
    pg.text(f"{d['start']:%d/%m/%Y}", 15, y, 8.5, "serif")
    pg.text("BALANCE FORWARD", 38, y, 8.5, "serif")
    pg.text(money(acct.opening, style), 194, y, 8.5, "serif", align="R")
    y += 5.6
    for t in acct.txns:
        pg.text(f"{t.day:%d/%m/%Y}", 15, y, 8.5, "serif")
        pg.text(t.text, 38, y, 8.5, "serif")
        pg.text(_money_or_blank(t.withdrawal, style), 139, y, 8.5, "serif", align="R")
        pg.text(_money_or_blank(t.deposit, style), 165, y, 8.5, "serif", align="R")
        pg.text(money(t.balance, style), 194, y, 8.5, "serif", align="R")
        y += 5.6
    y += 4
    pg.line(15, y - 4, 195, y - 4, 0.3)
    total_dr = sum(t.withdrawal for t in acct.txns)
    total_cr = sum(t.deposit for t in acct.txns)
    summary = [
        ("Opening balance", acct.opening),
        ("Total debits", total_dr),
        ("Total credits", total_cr),
        ("Closing balance", acct.closing_printed),
    ]
    for label, value in summary:
        pg.text(label, 120, y, 9, "serif", bold=label.startswith("Closing"))
        pg.text(money(value, style), 194, y, 9, "serif", bold=label.startswith("Closing"), align="R")
        y += 5.5
    pg.text(
        "Computer-generated statement. No signature is required.", 105, 287, 7, "serif", align="C", color=GREY
    )
    return Document([pg], "Account Statement")


def statement_de(d: dict[str, Any]) -> Document:
    """Layout 'bank_kontoauszug': German bank, bilingual labels, 1.234,56 amounts, Soll/Haben columns."""
    acct: Account = d["accounts"][0]
    pg = Page(A4_W, A4_H)
    colour = (200, 0, 30)
    pg.rect(150, 12, 45, 14, 0, fill=colour)
    pg.text(d["bank_short"], 172.5, 21.5, 13, "condensed", bold=True, align="C", color=(255, 255, 255))
    pg.text(d["bank"], 15, 18, 12, "condensed", bold=True)
    for i, line in enumerate(d["bank_address"]):
        pg.text(line, 15, 23 + i * 4, 7.5, "condensed", color=GREY)
    pg.text(d["holder_line"], 20, 50, 10, "condensed")
    for i, line in enumerate(d["holder_address"]):
        pg.text(line, 20, 55 + i * 4.8, 10, "condensed")
    pg.text("Kontoauszug / Account statement", 15, 84, 13, "condensed", bold=True)
    pg.text(f"Nr. {d['number']}  vom {d_dot(d['start'])} bis {d_dot(d['end'])}", 15, 91, 9.5, "condensed")
    pg.text(f"IBAN {acct.masked}   Währung / Currency {acct.currency}   {acct.label}", 15, 97, 9, "condensed")
    y = 110.0
    heads = [
        (15, "Buchungstag", "L"),
        (38, "Verwendungszweck / Description", "L"),
        (140, "Soll / Debit", "R"),
        (166, "Haben / Credit", "R"),
        (195, "Saldo", "R"),
    ]
    for x, h, al in heads:
        pg.text(h, x, y, 8, "condensed", bold=True, align=al)
    pg.line(15, y + 2, 195, y + 2, 0.4)
    y += 8
    pg.text("Alter Kontostand / Opening balance", 38, y, 9, "condensed", bold=True)
    pg.text(money(acct.opening, "eu"), 195, y, 9, "condensed", bold=True, align="R")
    y += 6.5
    for t in acct.txns:
        pg.text(d_dot(t.day), 15, y, 8.5, "condensed")
        pg.text(t.text, 38, y, 8.5, "condensed")
        pg.text(money(-t.withdrawal, "eu") if t.withdrawal else "", 140, y, 8.5, "condensed", align="R")
        pg.text(money(t.deposit, "eu") if t.deposit else "", 166, y, 8.5, "condensed", align="R")
        pg.text(money(t.balance, "eu"), 195, y, 8.5, "condensed", align="R")
        y += 5.8
    pg.line(15, y - 2, 195, y - 2, 0.4)
    y += 4
    pg.text("Neuer Kontostand / Closing balance", 38, y, 9.5, "condensed", bold=True)
    pg.text(f"{money(acct.closing_printed, 'eu')} EUR", 195, y, 9.5, "condensed", bold=True, align="R")
    pg.text(
        "Bitte prüfen Sie diesen Kontoauszug. Einwendungen sind innerhalb von sechs Wochen zu erheben.",
        15,
        280,
        7,
        "condensed",
        color=GREY,
    )
    return Document([pg], "Kontoauszug")
