"""Identifiers with real check digits, name transliteration and the spellings documents use.

ICAO 9303 Part 3/4 for the MRZ, ISO 7064 MOD 11-2 for PRC resident ID numbers, the IELTS rounding
rule, and date/amount formats that differ between documents and countries.
"""

from __future__ import annotations

import math
import unicodedata
from datetime import date

# ---------------------------------------------------------------- ICAO 9303 MRZ

MRZ_WEIGHTS = (7, 3, 1)


def mrz_char_value(ch: str) -> int:
    if ch.isdigit():
        return int(ch)
    if "A" <= ch <= "Z":
        return ord(ch) - ord("A") + 10
    if ch == "<":
        return 0
    raise ValueError(f"not an MRZ character: {ch!r}")


def check_digit(field: str) -> str:
    return str(sum(mrz_char_value(c) * MRZ_WEIGHTS[i % 3] for i, c in enumerate(field)) % 10)


# Transliteration of national characters per ICAO 9303 Part 3, table of recommended transliterations.
_TRANSLIT = {"Ä": "AE", "Ö": "OE", "Ü": "UE", "ß": "SS", "Å": "AA", "Æ": "AE", "Ø": "OE", "Þ": "TH"}


def mrz_name_part(name: str) -> str:
    """Uppercase, expand umlauts, drop accents and apostrophes, turn spaces and hyphens into '<'."""
    out = []
    for ch in name.upper():
        if ch in _TRANSLIT:
            out.append(_TRANSLIT[ch])
        elif ch in "'’.":
            continue
        elif ch in " -":
            out.append("<")
        else:
            base = unicodedata.normalize("NFKD", ch)[0]
            out.append(base if base.isalnum() else "<")
    return "".join(out)


def mrz_names_for_facts(name: str) -> str:
    """The MRZ form of a name as a person writes it down from the MRZ: '<' read as a space."""
    return mrz_name_part(name).replace("<", " ")


def yymmdd(d: date) -> str:
    return d.strftime("%y%m%d")


def td3_mrz(
    *,
    state: str,
    surname: str,
    given: str,
    number: str,
    nationality: str,
    birth: date,
    sex: str,
    expiry: date,
    optional: str = "",
) -> tuple[str, str]:
    """The two 44-character lines of a passport MRZ with every check digit computed."""
    names = mrz_name_part(surname) + "<<" + mrz_name_part(given)
    line1 = ("P<" + state.ljust(3, "<") + names)[:44].ljust(44, "<")
    num = number.ljust(9, "<")
    opt = optional.ljust(14, "<")
    # An unused optional-data field takes '<' as its check digit (ICAO 9303 Part 4, 4.2.2.2 note).
    opt_cd = "<" if opt == "<" * 14 else check_digit(opt)
    parts = [
        num + check_digit(num),
        nationality.ljust(3, "<"),
        yymmdd(birth) + check_digit(yymmdd(birth)),
        sex,
        yymmdd(expiry) + check_digit(yymmdd(expiry)),
        opt + opt_cd,
    ]
    composite_src = parts[0] + parts[2] + parts[4] + parts[5]
    line2 = "".join(parts) + check_digit(composite_src)
    assert len(line1) == 44 and len(line2) == 44, (line1, line2)
    return line1, line2


# ---------------------------------------------------------------- PRC resident identity number


def prc_id_number(region: str, birth: date, sequence: int) -> str:
    """17 digits plus the ISO 7064 MOD 11-2 check character (0-9 or X)."""
    body = f"{region}{birth:%Y%m%d}{sequence:03d}"
    assert len(body) == 17
    total = sum(int(d) * pow(2, 17 - i, 11) for i, d in enumerate(body))
    return body + "10X98765432"[total % 11]


# ---------------------------------------------------------------- scores


def ielts_overall(bands: list[float]) -> float:
    """Mean of the four bands to the nearest half band; .25 and .75 round upward."""
    return math.floor(sum(bands) / 4 * 2 + 0.5) / 2


def ielts_cefr(overall: float) -> str:
    if overall >= 8.5:
        return "C2"
    if overall >= 7.0:
        return "C1"
    if overall >= 5.5:
        return "B2"
    if overall >= 4.0:
        return "B1"
    return "A2"


def band(score: float) -> str:
    """IELTS bands print with one decimal: 7.0, 6.5."""
    return f"{score:.1f}"


# ---------------------------------------------------------------- dates

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def d_mon_upper(d: date) -> str:
    """'14 MAR 1988' as on passports."""
    return f"{d.day:02d} {MONTHS[d.month - 1][:3].upper()} {d.year}"


def d_long(d: date) -> str:
    """'1 March 2019'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def d_long_us(d: date) -> str:
    """'March 1, 2019'."""
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def d_month(d: date) -> str:
    """'March 2019'."""
    return f"{MONTHS[d.month - 1]} {d.year}"


def d_slash(d: date) -> str:
    """'01/03/2019', day first as outside the US."""
    return f"{d:%d/%m/%Y}"


def d_iso(d: date) -> str:
    return d.isoformat()


def d_dot(d: date) -> str:
    """'01.03.2019' as in Germany."""
    return f"{d:%d.%m.%Y}"


def d_short_mon(d: date) -> str:
    """'01 Mar 2019' as on statements."""
    return f"{d.day:02d} {MONTHS[d.month - 1][:3]} {d.year}"


def d_cn(d: date, pad: bool = True) -> str:
    """'2025年06月15日' (padded, HSK style) or '1990年5月3日' (unpadded, ID-card style)."""
    return f"{d.year}年{d.month:02d}月{d.day:02d}日" if pad else f"{d.year}年{d.month}月{d.day}日"


DATE_STYLES = {
    "long": d_long,
    "month": d_month,
    "slash": d_slash,
    "iso": d_iso,
    "us": d_long_us,
    "dot": d_dot,
}


# ---------------------------------------------------------------- money


def money(x: float, style: str = "en") -> str:
    """Thousands separators as banks print them: 1,234.56 (en), 1.234,56 (eu), 1,23,456.78 (in, lakh)."""
    neg = x < 0
    s = f"{abs(x):,.2f}"
    if style == "eu":
        s = s.replace(",", "_").replace(".", ",").replace("_", ".")
    elif style == "in":
        whole, frac = f"{abs(x):.2f}".split(".")
        if len(whole) > 3:
            head, tail = whole[:-3], whole[-3:]
            groups = []
            while len(head) > 2:
                groups.insert(0, head[-2:])
                head = head[:-2]
            if head:
                groups.insert(0, head)
            whole = ",".join([*groups, tail])
        s = f"{whole}.{frac}"
    return f"-{s}" if neg else s
