"""Money as statements print it: grouping styles, negative markers and currency names.

"1,234.56" (en), "1.234,56" (de and most of Europe), "1,23,456.78" (Indian lakh grouping),
"(1,234.56)", "1,234.56 DR", "-150,64", "1,234.56-". Values are Decimal so sums of a statement's
transactions add up to the cent. Every function returns None rather than raising on bad input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache

import pycountry

_SYMBOLS = {
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "CNY",
    "₹": "INR",
    "HK$": "HKD",
    "US$": "USD",
    "RMB": "CNY",
    "S$": "SGD",
    "A$": "AUD",
    "C$": "CAD",
    "NT$": "TWD",
    "元": "CNY",
    "人民币": "CNY",
    "港币": "HKD",
    "RM": "MYR",
    "₦": "NGN",
    "₺": "TRY",
    "฿": "THB",
    "₩": "KRW",
    "₱": "PHP",
    "zł": "PLN",
    "Rp": "IDR",
    "美元": "USD",
    "S/": "PEN",  # Peru's sol, whose plural is written out on statements: "MONEDA: SOLES (S/)"
    "Soles": "PEN",
}
# "$" and "¥" name several currencies (USD, CAD, AUD...; CNY, JPY): never a currency on their own.
AMBIGUOUS_SYMBOLS = frozenset({"$", "¥"})
UNAMBIGUOUS_SYMBOLS = {s: code for s, code in _SYMBOLS.items() if s not in AMBIGUOUS_SYMBOLS}
# The one-character signs an amount may open with ("£1,204.18", "₦2,928,374.50").
SIGN_CHARS = "".join(sorted(s for s in _SYMBOLS if len(s) == 1 and not s.isalnum()))

# A grouped number: digits with , . ' or thin-space separators and an optional 2-digit decimal part.
_AMOUNT = re.compile(
    r"""
    (?P<open>\()?\s*
    (?P<sign>[-−–+])?\s*
    (?P<cur>[A-Z]{3}|[SIGNS])?\s*
    (?P<num>\d{1,3}(?:[,.'\u202f\u00a0 ]\d{2,3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)
    (?P<tsign>[-+])?
    \s*(?P<close>\))?
    (?:\s*(?P<drcr>DR|CR|Dr|Cr|D|C)\b)?
    """.replace("SIGNS", re.escape(SIGN_CHARS)),
    re.VERBOSE,
)


@dataclass(frozen=True)
class Amount:
    value: Decimal
    style: str  # "en", "eu", "in" or "plain": how the digits were grouped
    text: str


def _style_and_value(num: str) -> tuple[str, Decimal] | None:
    num = num.replace("\u202f", " ").replace("\u00a0", " ").replace("'", " ")
    last_dot, last_comma = num.rfind("."), num.rfind(",")
    decimal_sep = None
    if last_dot > last_comma and len(num) - last_dot - 1 in (1, 2):
        decimal_sep = "."
    elif last_comma > last_dot and len(num) - last_comma - 1 in (1, 2):
        decimal_sep = ","
    if decimal_sep:
        whole, frac = num[: num.rfind(decimal_sep)], num[num.rfind(decimal_sep) + 1 :]
    else:
        whole, frac = num, ""
    group_seps = set(re.sub(r"\d", "", whole))
    if len(group_seps) > 1 or (decimal_sep and decimal_sep in group_seps):
        return None
    groups = re.split(r"[,. ]", whole)
    if len(groups) > 1:
        # Groups after the first are 3 digits, except Indian grouping (2-digit groups, then 3 last).
        tail_ok = len(groups[-1]) == 3 and all(len(g) in (2, 3) for g in groups[1:-1])
        if not tail_ok or not (1 <= len(groups[0]) <= 3):
            return None
        indian = any(len(g) == 2 for g in groups[1:-1])
        if indian and not all(len(g) == 2 for g in groups[1:-1]):
            return None
        style = "in" if indian else ("eu" if "." in group_seps or decimal_sep == "," else "en")
    else:
        style = "eu" if decimal_sep == "," else ("en" if decimal_sep == "." else "plain")
    try:
        value = Decimal("".join(groups) + ("." + frac if frac else ""))
    except InvalidOperation:
        return None
    return style, value


def parse_amount(text: str) -> Amount | None:
    """The amount that ``text`` is (the whole text, markers allowed), or None."""
    if not isinstance(text, str):
        return None
    cleaned = text.strip()
    m = _AMOUNT.fullmatch(cleaned)
    if m is None:
        return None
    parsed = _style_and_value(m.group("num"))
    if parsed is None:
        return None
    style, value = parsed
    if m.group("open") and not m.group("close"):
        return None
    negative = bool(
        (m.group("open") and m.group("close"))
        or (m.group("sign") and m.group("sign") in "-−–")
        or m.group("tsign") == "-"
        or (m.group("drcr") or "").upper() in ("DR", "D")
    )
    return Amount(-value if negative else value, style, cleaned)


def find_amounts(text: str) -> list[Amount]:
    """Money-shaped tokens in a line (with a decimal part, so years and reference numbers are skipped)."""
    if not isinstance(text, str):
        return []
    found = []
    for m in re.finditer(r"\(?[-−]?\d[\d,.'\u202f]*\d[-+]?\)?(?:\s?(?:DR|CR)\b)?", text):
        token = m.group(0)
        if not re.search(r"[.,]\d{2}\)?[-+]?(?:\s?(?:DR|CR))?$", token):
            continue
        amount = parse_amount(token)
        if amount is not None:
            found.append(amount)
    return found


@cache
def _iso_codes() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.currencies)


def currency_code(text: str) -> str | None:
    """ISO 4217 code for a code, symbol or name in ``text`` ("HK$", "€", "EUR", "US Dollar")."""
    if not isinstance(text, str) or not text.strip():
        return None
    token = text.strip()
    for symbol in sorted(_SYMBOLS, key=len, reverse=True):
        if token.upper() == symbol.upper():
            return _SYMBOLS[symbol]
    upper = token.upper()
    if re.fullmatch(r"[A-Z]{3}", upper) and upper in _iso_codes():
        return upper
    try:
        found = pycountry.currencies.lookup(token)
    except LookupError:
        return None
    return str(found.alpha_3)


def find_currency(text: str) -> str | None:
    """The first ISO 4217 code written as a code in ``text`` (e.g. "Currency: HKD")."""
    if not isinstance(text, str):
        return None
    codes = _iso_codes()
    for m in re.finditer(r"(?<![A-Z])[A-Z]{3}(?![A-Z])", text):
        if m.group(0) in codes:
            return m.group(0)
    return None
