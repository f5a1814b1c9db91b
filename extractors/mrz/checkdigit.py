"""ICAO 9303 Part 3 section 4.9 check digits (weights 7, 3, 1 repeating)."""

from __future__ import annotations

_WEIGHTS = (7, 3, 1)
FILLER = "<"


def char_value(c: str) -> int | None:
    """Value of one MRZ character, or None when it can never appear in an MRZ."""
    if "0" <= c <= "9":
        return ord(c) - ord("0")
    if "A" <= c <= "Z":
        return ord(c) - ord("A") + 10
    if c == FILLER:
        return 0
    return None


def check_digit(s: str) -> str | None:
    """The check digit of `s`, or None if `s` is empty or holds a character outside A-Z0-9<.

    Lower case is refused rather than folded: a lower-case letter means the text did not come
    from an MRZ (or was not normalised), and guessing would hide that.
    """
    if not s:
        return None
    total = 0
    for i, c in enumerate(s):
        v = char_value(c)
        if v is None:
            return None
        total += v * _WEIGHTS[i % 3]
    return str(total % 10)


def check_digit_holds(field: str, digit: str) -> bool:
    """Whether `digit` is a correct check digit for `field`.

    ICAO lets an all-filler field carry `<` instead of `0` as its check digit (an empty personal
    number, an unknown expiry); anywhere else `<` is a failure.
    """
    if digit == FILLER:
        return bool(field) and set(field) == {FILLER}
    expected = check_digit(field)
    return expected is not None and expected == digit
