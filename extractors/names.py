"""Person names: normalisation and comparison that know how names get transliterated.

The same person appears as "Jürgen Michael Müller" on a degree, "MUELLER<<JUERGEN<MICHAEL" in an
MRZ, "MÜLLER, Jürgen" on a score report and "Mr Jürgen Müller" in a letter. Comparison therefore
ignores case, titles, punctuation and the order of names, folds accents both ways (Ü -> UE and
Ü -> U), joins hyphenated parts, allows the MRZ to have cut the name short, and allows a document
to leave out middle names.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz

TITLES = frozenset(
    {
        "MR",
        "MRS",
        "MS",
        "MISS",
        "MX",
        "DR",
        "PROF",
        "PROFESSOR",
        "SIR",
        "DAME",
        "MADAM",
        "MADAME",
        "HERR",
        "HERRN",
        "FRAU",
        "MONSIEUR",
        "MME",
    }
)
# German-style expansions used by ICAO 9303 transliteration; the plain fold (Ü -> U) is the other way.
_EXPANSIONS = {"Ä": "AE", "Ö": "OE", "Ü": "UE", "ß": "SS", "Æ": "AE", "Ø": "OE", "Å": "AA", "Þ": "TH"}
_CJK = re.compile(r"[\u3400-\u9fff]")


def _fold(text: str, expand: bool) -> str:
    upper = text.upper().replace("ẞ", "ß")
    if expand:
        upper = "".join(_EXPANSIONS.get(ch, ch) for ch in upper)
    decomposed = unicodedata.normalize("NFKD", upper)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("ß", "SS")


def strip_title(name: str) -> str:
    """Drop leading honorifics ("MR", "Dr.", "Herrn") that statements and letters put before a name."""
    parts = name.split()
    while len(parts) > 1 and parts[0].upper().rstrip(".") in TITLES:
        parts = parts[1:]
    return " ".join(parts)


def tokens(name: str, expand: bool = False) -> list[str]:
    """Upper-case ASCII name parts; hyphens, MRZ fillers and commas split, apostrophes vanish."""
    if _CJK.search(name):
        return [re.sub(r"\s+", "", name)]
    folded = _fold(name, expand)
    folded = folded.replace("'", "").replace("’", "").replace("`", "")
    parts = [p for p in re.split(r"[^A-Z]+", folded) if p]
    while len(parts) > 1 and parts[0] in TITLES:
        parts = parts[1:]
    return parts


def normalise(name: str) -> str:
    """A canonical spelling for display and equality: title-less, single-spaced, as printed otherwise."""
    return re.sub(r"\s+", " ", strip_title(name.strip().strip(",;:"))).strip()


@dataclass(frozen=True)
class NameMatch:
    score: float  # 0..100
    same: bool
    reason: str


# The MRZ name field holds 39 characters; only a name that nearly fills it can have been cut short.
_TRUNCATION_SIGN = 30


def _part_equal(a: str, b: str, allow_prefix: bool) -> bool:
    if a == b:
        return True
    # An MRZ truncates the last name part it writes; accept a cut-off prefix of four letters or more.
    short, long_ = sorted((a, b), key=len)
    if len(short) == 1:
        return long_.startswith(short)  # an initial: "MICHAEL J O'BRIEN"
    return allow_prefix and len(short) >= 4 and long_.startswith(short)


def _variants(name: str) -> list[list[str]]:
    plain, expanded = tokens(name, expand=False), tokens(name, expand=True)
    return [plain] if plain == expanded else [plain, expanded]


def _merged(parts: list[str]) -> set[tuple[str, ...]]:
    # "SMITH-JONES", "SMITH JONES" and "SMITHJONES" are the same family name: join any adjacent pair.
    variants = {tuple(sorted(parts))}
    for i in range(len(parts) - 1):
        joined = [*parts[:i], parts[i] + parts[i + 1], *parts[i + 2 :]]
        variants.add(tuple(sorted(joined)))
    return variants


# Fuzzy similarity that still counts as the same name: one slip in a long name, not "Michael"/"Michaela".
FUZZY_SAME = 97.0


def compare(a: str, b: str, threshold: float = FUZZY_SAME) -> NameMatch:
    """Do two printed names name the same person? Order, case, accents and titles do not matter."""
    if not a or not b:
        return NameMatch(0.0, False, "a name is empty")
    if _CJK.search(a) or _CJK.search(b):
        same = re.sub(r"\s+", "", a) == re.sub(r"\s+", "", b)
        return NameMatch(100.0 if same else 0.0, same, "Chinese characters compared exactly")
    best = NameMatch(0.0, False, "no match")
    for ta in _variants(a):
        for tb in _variants(b):
            if not ta or not tb:
                continue
            if sorted(ta) == sorted(tb):
                return NameMatch(100.0, True, "same name parts")
            if _merged(ta) & _merged(tb):
                return NameMatch(98.0, True, "same letters, different spacing")
            # Every part of the shorter name found in the longer one: a middle name left out, or a
            # truncated MRZ part.
            short, long_ = sorted((ta, tb), key=len)
            allow_prefix = min(len(" ".join(ta)), len(" ".join(tb))) >= _TRUNCATION_SIGN
            remaining = list(long_)
            matched = 0
            for part in short:
                hit = next((p for p in remaining if _part_equal(part, p, allow_prefix)), None)
                if hit is not None:
                    remaining.remove(hit)
                    matched += 1
            if matched == len(short) and len(short) >= 2 and sum(len(p) > 1 for p in short) >= 2:
                return NameMatch(97.0, True, "all parts of the shorter name present (middle name omitted)")
            score = float(fuzz.token_sort_ratio(" ".join(ta), " ".join(tb)))
            joined = float(fuzz.ratio("".join(sorted(ta)), "".join(sorted(tb))))
            score = max(score, joined)
            if score > best.score:
                best = NameMatch(score, score >= threshold, f"fuzzy similarity {score:.0f}")
    return best


def same_person(a: str, b: str, threshold: float = FUZZY_SAME) -> bool:
    return compare(a, b, threshold).same
