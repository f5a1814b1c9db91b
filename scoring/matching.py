"""Matching free text from documents against the reference lists: names (fuzzy) and keywords (words)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache

from pydantic import BaseModel
from rapidfuzz import fuzz, process

# A name is long enough to fuzzy-match only with this many characters: short aliases ("MIT", "UCL",
# "HKU") must match exactly, or "MIU" would become MIT.
_MIN_FUZZY_CHARS = 8
# High on purpose: a false "renowned" gives points the applicant does not have, while a miss only sends
# the institution to a person ("unknown").
FUZZY_CUTOFF = 92.0

# Words that say what kind of company or where, not which one ("Google Hong Kong Limited" is Google).
_COMPANY_NOISE = {
    "limited",
    "ltd",
    "inc",
    "incorporated",
    "corp",
    "corporation",
    "company",
    "co",
    "plc",
    "llc",
    "llp",
    "holdings",
    "group",
    "ag",
    "sa",
    "se",
    "gmbh",
    "bv",
    "nv",
    "kk",
    "pte",
    "bank",
    "branch",
    "hong",
    "kong",
    "hk",
    "china",
    "asia",
    "pacific",
    "singapore",
    "uk",
    "usa",
    "us",
    "international",
    "technology",
    "technologies",
    "services",
    "shenzhen",
    "shanghai",
    "beijing",
    "guangzhou",
    "japan",
    "korea",
    "taiwan",
    "macau",
    "macao",
    "india",
    "australia",
    "canada",
    "europe",
    "emea",
    "apac",
}
# Abbreviations seen on certificates and letters, spelt out before matching.
_EXPANSIONS = {"univ": "university", "inst": "institute", "coll": "college", "st.": "st"}


class NameMatch(BaseModel):
    """What a name matched in a list: the canonical entry, how, and how sure (0-100)."""

    canonical: str | None
    method: str  # exact | segment | fuzzy | none
    score: float


def normalise(text: str) -> str:
    """Lower case, no accents, no punctuation, single spaces; CJK characters kept as they are."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = plain.lower().replace("&", " and ").replace("'", "").replace("’", "")
    plain = re.sub(r"[^\w]+", " ", plain)
    words = [_EXPANSIONS.get(w, w) for w in plain.split() if w != "the"]
    return " ".join(words)


def _segments(text: str) -> list[str]:
    # "Faculty of Law, University of Toronto (Canada)" holds the name in one of its parts.
    parts = re.split(r"[,;()\[\]/|]| - | – ", text)
    return [p for p in (normalise(part) for part in parts) if p]


def _strip_company_noise(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[-1] in _COMPANY_NOISE:
        words.pop()
    return " ".join(words)


@cache
def _index(entries: tuple[tuple[str, tuple[str, ...]], ...], company: bool) -> dict[str, str]:
    index: dict[str, str] = {}
    for canonical, aliases in entries:
        for spelling in (canonical, *aliases):
            key = normalise(spelling)
            index.setdefault(key, canonical)
            if company:
                index.setdefault(_strip_company_noise(key), canonical)
    return index


def match_name(
    text: str | None, entries: Iterable[tuple[str, Iterable[str]]], company: bool = False
) -> NameMatch:
    """Find ``text`` among (canonical, aliases) entries: exact, then by part, then fuzzy on long names."""
    if not text or not text.strip():
        return NameMatch(canonical=None, method="none", score=0.0)
    index = _index(tuple((name, tuple(aliases)) for name, aliases in entries), company)
    whole = normalise(text)
    candidates = [whole, *_segments(text)]
    if company:
        candidates += [_strip_company_noise(c) for c in candidates]
    for method, options in (("exact", candidates[:1]), ("segment", candidates[1:])):
        for candidate in options:
            if candidate in index:
                return NameMatch(canonical=index[candidate], method=method, score=100.0)
    long_names = [key for key in index if len(key) >= _MIN_FUZZY_CHARS]
    best: NameMatch = NameMatch(canonical=None, method="none", score=0.0)
    for candidate in candidates:
        if len(candidate) < _MIN_FUZZY_CHARS:
            continue
        found = process.extractOne(candidate, long_names, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        if found and found[1] > best.score:
            best = NameMatch(canonical=index[found[0]], method="fuzzy", score=round(float(found[1]), 1))
    return best


def contains_keyword(text: str | None, keywords: Iterable[str]) -> str | None:
    """The first keyword found in ``text`` as whole words (CJK keywords as substrings), else None."""
    if not text:
        return None
    plain = f" {normalise(text)} "
    for keyword in keywords:
        key = normalise(keyword)
        if not key:
            continue
        if _is_cjk(key):
            if key in plain:
                return keyword
        elif f" {key} " in plain:
            return keyword
    return None


def _is_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)
