"""Property tests of the parsers that see uploaded text: whatever the text, a typed result, never a crash.

Everything these parsers read comes from a stranger's document (a text layer or an OCR reading), so
an exception here would cost a document its facts or, before the per-document guard, a case.
"""

from __future__ import annotations

import string
from datetime import date
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.models import Classification, DocType, Page, TextSource, Word
from extractors.amounts import Amount, find_amounts, find_currency, parse_amount
from extractors.classify import classify_pages
from extractors.dates import ParsedDate, find_dates, parse_date, to_iso
from extractors.mrz import MrzError, MrzRecord, parse_with_repair
from extractors.names import NameMatch, compare, normalise

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

MRZ_ALPHABET = string.ascii_uppercase + string.digits + "<"
# OCR slips an MRZ reading really shows: lowercase, spaces, K for <, punctuation, other scripts.
NOISY_ALPHABET = MRZ_ALPHABET + "KkoO0Il1 .,-«»'\"\t中é"


def _mrz_line(length: int) -> st.SearchStrategy[str]:
    return st.text(MRZ_ALPHABET, min_size=length, max_size=length)


mrz_shaped = st.one_of(
    st.lists(_mrz_line(44), min_size=2, max_size=2),  # TD3 passports
    st.lists(_mrz_line(36), min_size=2, max_size=2),  # TD2
    st.lists(_mrz_line(30), min_size=3, max_size=3),  # TD1 cards
)
mrz_noise = st.lists(st.text(NOISY_ALPHABET, max_size=60), max_size=4)


@FUZZ
@given(lines=st.one_of(mrz_shaped, mrz_noise), as_of=st.one_of(st.none(), st.dates()))
def test_the_mrz_parser_always_returns_a_record_or_an_error(lines: list[str], as_of: date | None) -> None:
    result = parse_with_repair(lines, as_of)
    assert isinstance(result, MrzRecord | MrzError)
    if isinstance(result, MrzRecord):
        assert isinstance(result.valid, bool)
        # A record said to be valid has every check digit holding, so it parses again unchanged.
        if result.valid:
            again = parse_with_repair(list(result.raw_lines), as_of)
            assert isinstance(again, MrzRecord) and again.valid


@FUZZ
@given(
    prefix=st.text(max_size=20),
    doc_number=st.text(string.ascii_uppercase + string.digits, min_size=9, max_size=9),
    birth=st.text(string.digits, min_size=6, max_size=6),
)
def test_an_mrz_with_any_number_and_birth_date_digits_never_crashes(
    prefix: str, doc_number: str, birth: str
) -> None:
    line1 = ("P<CHN" + prefix.upper().replace(" ", "<") + "<<ZHANG<<WEI").ljust(44, "<")[:44]
    line2 = f"{doc_number}0CHN{birth}0M3001012<<<<<<<<<<<<<<00"[:44].ljust(44, "<")
    assert isinstance(parse_with_repair([line1, line2], date(2026, 11, 1)), MrzRecord | MrzError)


@FUZZ
@given(text=st.text(max_size=200), day_first=st.booleans())
def test_date_parsing_returns_real_dates_or_nothing(text: str, day_first: bool) -> None:
    first = parse_date(text, day_first)
    assert first is None or isinstance(first, ParsedDate)
    for found in find_dates(text, day_first):
        assert isinstance(found, ParsedDate)
        assert found.precision in ("day", "month")
        assert 0 <= found.start < found.end <= len(text)
        if found.precision == "day":
            assert isinstance(found.as_date(), date)
        else:
            assert found.as_date() is None
    iso = to_iso(text, day_first)
    assert iso is None or isinstance(iso, str)


date_like = st.builds(
    lambda d, m, y, sep: f"{d}{sep}{m}{sep}{y}",
    st.integers(0, 40),
    st.one_of(st.integers(0, 14).map(str), st.sampled_from(["Jan", "MAR", "Sept.", "février", "Dec"])),
    st.integers(0, 3000),
    st.sampled_from(["/", "-", ".", " ", "年"]),
)


@FUZZ
@given(text=date_like)
def test_date_like_text_with_impossible_parts_is_not_a_crash(text: str) -> None:
    for found in find_dates(text):
        assert found.as_date() is None or 1900 <= found.as_date().year <= 2100


amount_like = st.one_of(
    st.text(max_size=40),
    st.text("0123456789,.'() -−DRCR$HK€¥\u202f\u00a0", max_size=30),
    st.decimals(allow_nan=False, allow_infinity=False, places=2).map(lambda d: f"{d:,}"),
)


@FUZZ
@given(text=amount_like)
def test_amount_parsing_returns_a_decimal_or_nothing(text: str) -> None:
    amount = parse_amount(text)
    assert amount is None or (isinstance(amount, Amount) and isinstance(amount.value, Decimal))
    if amount is not None:
        assert amount.value.is_finite()
        assert amount.style in ("en", "eu", "in", "plain")
    for found in find_amounts(text):
        assert isinstance(found, Amount) and found.value.is_finite()
    currency = find_currency(text)
    assert currency is None or isinstance(currency, str)


@FUZZ
@given(value=st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False))
def test_an_amount_written_in_english_style_reads_back_as_itself(value: Decimal) -> None:
    written = f"{value:,.2f}"
    amount = parse_amount(written)
    assert amount is not None and amount.value == value


name_text = st.one_of(
    st.text(max_size=60),
    st.text(string.ascii_letters + " -'.,<ÜéØ张伟", max_size=60),
)


@FUZZ
@given(a=name_text, b=name_text)
def test_name_comparison_always_gives_a_score_in_range(a: str, b: str) -> None:
    match = compare(a, b)
    assert isinstance(match, NameMatch)
    assert 0.0 <= match.score <= 100.0
    assert isinstance(match.same, bool) and isinstance(match.reason, str)
    assert isinstance(normalise(a), str)


@FUZZ
@given(name=st.text(string.ascii_letters + " -'", min_size=1, max_size=40).filter(lambda s: s.strip("-' ")))
def test_a_name_compared_with_itself_is_the_same_person(name: str) -> None:
    assert compare(name, name).same


words = st.lists(st.text(min_size=1, max_size=15).filter(lambda s: s.strip()), max_size=60)


@FUZZ
@given(tokens=words, min_score=st.floats(0.5, 10.0))
def test_classification_of_random_words_is_a_typed_result(tokens: list[str], min_score: float) -> None:
    page = Page(
        number=1,
        width=600,
        height=800,
        unit="pt",
        text_source=TextSource.text_layer,
        words=[
            Word(text=t, bbox=(10.0 * i, 10.0, 10.0 * i + 8, 20.0), line=i // 8) for i, t in enumerate(tokens)
        ],
    )
    result = classify_pages([page], min_score)
    assert isinstance(result, Classification)
    assert isinstance(result.doc_type, DocType)
    assert 0.0 <= result.confidence <= 1.0
    assert all(isinstance(r, str) for r in result.reasons)
