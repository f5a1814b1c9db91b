"""Country codes as the comparisons need them: ISO 3166-1 alpha-3, whatever spelling the document used."""

from __future__ import annotations

import pycountry

from scoring.reference import excluded_nationalities


def alpha3(code: str | None) -> str | None:
    """ISO alpha-3 for an MRZ code, alpha-2, alpha-3 or English name; None when it cannot be told."""
    if not code or not code.strip():
        return None
    raw = code.strip().upper().rstrip("<")
    aliases = excluded_nationalities().code_aliases
    if raw in aliases:
        return aliases[raw]
    if len(raw) == 3 and raw.isalpha():
        return raw  # MRZ codes are alpha-3 already; unknown ones are kept as read rather than dropped
    try:
        return pycountry.countries.lookup(code.strip()).alpha_3
    except LookupError:
        return None
