"""Behaviour of the MRZ text layer, written against hand-built MRZs (no shared data needed)."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.mrz import MrzError, MrzRecord, check_digit, parse_mrz, parse_with_repair
from extractors.mrz.dates import birth_date, expiry_date
from extractors.mrz.plausible import doubts, pre_repair

AS_OF = date(2026, 6, 1)

# ICAO 9303 Part 4 Appendix specimen (Utopia), all check digits valid.
UTOPIA_TD3 = [
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
]


def td3(
    *,
    name: str = "ERIKSSON<<ANNA<MARIA",
    issuing: str = "UTO",
    number: str = "L898902C3",
    nationality: str = "UTO",
    birth: str = "740812",
    sex: str = "F",
    expiry: str = "320415",
    personal: str = "",
) -> list[str]:
    """A TD3 with every check digit computed, so a test can change exactly one thing."""
    line1 = f"P<{issuing:<<3}{name}".ljust(44, "<")[:44]
    num = number.ljust(9, "<")
    opt = personal.ljust(14, "<")
    body = [num + check_digit(num), birth + check_digit(birth), expiry + check_digit(expiry)]
    opt_part = opt + check_digit(opt)
    composite = check_digit(body[0] + body[1] + body[2] + opt_part)
    line2 = f"{body[0]}{nationality:<<3}{body[1]}{sex}{body[2]}{opt_part}{composite}"
    return [line1, line2]


def parsed(lines: list[str], as_of: date = AS_OF) -> MrzRecord:
    rec = parse_mrz(lines, as_of)
    assert isinstance(rec, MrzRecord), rec
    return rec


def test_specimen_passport_reads_with_every_check_holding() -> None:
    rec = parsed(UTOPIA_TD3)
    assert rec.format == "TD3"
    assert (rec.surname, rec.given_names) == ("ERIKSSON", "ANNA MARIA")
    assert rec.number == "L898902C3"
    assert rec.birth_date == date(1974, 8, 12)
    assert rec.checks == {"number": True, "birth": True, "expiry": True, "optional": True, "composite": True}
    assert rec.valid


def test_one_swapped_digit_fails_its_check_and_the_composite() -> None:
    lines = [UTOPIA_TD3[0], UTOPIA_TD3[1].replace("7408122", "7408212")]
    rec = parsed(lines)
    assert not rec.valid
    assert rec.checks["birth"] is False
    assert rec.checks["composite"] is False
    assert rec.checks["number"] and rec.checks["expiry"]
    assert "birth date check digit fails" in rec.problems


def test_ocr_letter_o_in_birth_date_is_repaired_and_recorded() -> None:
    noisy = [UTOPIA_TD3[0], UTOPIA_TD3[1].replace("7408122", "74O8122")]
    assert not parsed(noisy).valid

    rec = parse_with_repair(noisy, AS_OF)
    assert isinstance(rec, MrzRecord)
    assert rec.valid
    assert rec.birth_date == date(1974, 8, 12)
    assert rec.lines == UTOPIA_TD3
    assert rec.raw_lines == noisy
    assert rec.repairs == ["line 2 col 16 (birth date): 'O' -> '0'"]


def test_repair_that_still_breaks_a_check_is_refused() -> None:
    # O -> 0 fixes the character but the last digit is genuinely wrong (3 instead of 2).
    noisy = [UTOPIA_TD3[0], UTOPIA_TD3[1].replace("7408122", "74O8132")]
    rec = parse_with_repair(noisy, AS_OF)
    assert isinstance(rec, MrzRecord)
    assert not rec.valid
    assert rec.repairs == []
    assert rec.lines == noisy  # the raw reading is returned, not the half-repaired one
    assert any(p.startswith("repair refused") for p in rec.problems)


def test_letter_for_digit_in_document_number_is_tried_as_a_single_swap() -> None:
    clean = td3(number="AB1230567")
    noisy = [clean[0], clean[1].replace("AB1230567", "AB123O567")]
    rec = parse_with_repair(noisy, AS_OF)
    assert isinstance(rec, MrzRecord)
    assert rec.valid
    assert rec.number == "AB1230567"
    assert rec.repairs == ["line 2 col 6 (document number): 'O' -> '0'"]


def test_g_for_6_in_a_document_number_is_invisible_to_check_digits() -> None:
    # G is worth 16, 6 is worth 6: the weighted sums differ by a multiple of 10, so the misread
    # passes every check and only the visual zone can catch it.
    clean = td3(number="AB1234567")
    noisy = [clean[0], clean[1].replace("AB1234567", "AB12345G7")]
    rec = parse_with_repair(noisy, AS_OF)
    assert isinstance(rec, MrzRecord)
    assert rec.valid
    assert rec.number == "AB12345G7"
    assert rec.repairs == []


def test_k_read_for_filler_at_name_tail_is_turned_back_into_filler() -> None:
    clean = td3(birth="740812")
    noisy = [clean[0][:30] + "KKK<<K<<<<<<<K", clean[1].replace("740812", "74O812")]
    rec = parse_with_repair(noisy, AS_OF)
    assert isinstance(rec, MrzRecord)
    assert rec.valid
    assert rec.given_names == "ANNA MARIA"
    assert rec.lines == clean


def test_german_one_letter_code_with_fillers_is_accepted() -> None:
    rec = parsed(td3(name="MUSTERMANN<<ERIKA", issuing="D", nationality="D"))
    assert rec.valid
    assert (rec.issuing_country, rec.nationality) == ("D", "D")
    assert not any("code" in p for p in rec.problems)


def test_unknown_state_code_is_flagged_without_rejecting_the_record() -> None:
    rec = parsed(td3(nationality="QQQ"))
    assert rec.valid
    assert rec.nationality == "QQQ"
    assert "nationality code 'QQQ' is not an ISO 3166-1 or ICAO 9303 code" in rec.problems


def test_unspecified_sex_filler_becomes_x() -> None:
    rec = parsed(td3(sex="<"))
    assert rec.sex == "X"
    assert rec.valid


def test_two_digit_birth_years_are_in_the_past() -> None:
    assert parsed(td3(birth="990101")).birth_date == date(1999, 1, 1)
    assert parsed(td3(birth="050101")).birth_date == date(2005, 1, 1)
    # Later in 2026 than as_of: not yet born, so it must be 1926.
    assert birth_date("261231", AS_OF) == date(1926, 12, 31)
    assert birth_date("000229", AS_OF) == date(2000, 2, 29)


def test_expiry_years_fall_in_a_window_fifty_years_either_side() -> None:
    assert expiry_date("120415", AS_OF) == date(2012, 4, 15)  # expired documents stay in the past
    assert expiry_date("350101", AS_OF) == date(2035, 1, 1)
    assert expiry_date("760101", AS_OF) == date(2076, 1, 1)  # exactly +50: the future wins
    assert expiry_date("770101", AS_OF) == date(1977, 1, 1)


def test_impossible_date_is_reported_but_its_check_digit_still_counts() -> None:
    rec = parsed(td3(birth="991399"))
    assert rec.birth_date is None
    assert rec.birth_date_text == "991399"
    assert rec.checks["birth"]
    assert "birth date 991399 is not a date" in rec.problems


def test_name_filling_the_field_is_flagged_as_possibly_truncated() -> None:
    rec = parsed(td3(name="NILAVADHANANANDA<<ARNPOL<PETCH<CHARONGU"))
    assert rec.names_truncated
    assert rec.given_names == "ARNPOL PETCH CHARONGU"
    assert not parsed(UTOPIA_TD3).names_truncated


def test_surname_parts_and_missing_given_names() -> None:
    rec = parsed(td3(name="VAN<DER<MUELLEN<<MARTIN"))
    assert (rec.surname, rec.given_names) == ("VAN DER MUELLEN", "MARTIN")
    rec = parsed(td3(name="ARKFREITH"))
    assert (rec.surname, rec.given_names) == ("ARKFREITH", "")


def test_td1_extended_document_number_runs_into_optional_data() -> None:
    rec = parsed(
        [
            "I<UTOD23145890<7349<<<<<<<<<<<",
            "3407127M9507122UTO<<<<<<<<<<<2",
            "STEVENSON<<PETER<JOHN<<<<<<<<<",
        ]
    )
    assert rec.format == "TD1"
    assert rec.number == "D23145890734"
    assert rec.valid


def test_visa_with_passport_line_length_reads_as_mrv_a_without_composite() -> None:
    rec = parsed(
        [
            "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
            "L8988901C4XXX4009078F96121096ZE184226B<<<<<<",
        ]
    )
    assert rec.format == "MRVA"
    assert rec.document_type == "V"
    assert set(rec.checks) == {"number", "birth", "expiry"}
    assert rec.valid


def test_spaces_and_lower_case_from_ocr_are_normalised() -> None:
    rec = parsed(
        [" p<utoeriksson<<anna<maria<<<<<<<<<<<<<<<<<<<", UTOPIA_TD3[1][:20] + " " + UTOPIA_TD3[1][20:]]
    )
    assert rec.valid
    assert rec.lines == UTOPIA_TD3


def test_garbage_returns_an_error_instead_of_raising() -> None:
    for junk in (
        [],
        [""],
        ["hello world"],
        ["<" * 44],
        ["A" * 30] * 2,
        None,
        "P<UTO",
        [1, 2],
        ["é" * 44] * 2,
    ):
        result = parse_mrz(junk)  # type: ignore[arg-type]
        if isinstance(result, MrzRecord):
            assert not result.valid  # right shape, wrong content
        else:
            assert isinstance(result, MrzError)
            assert result.reason
            assert not result.valid


MRZ_ALPHABET = st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<KOISBZG")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=60), max_size=5))
def test_any_text_never_raises(lines: list[str]) -> None:
    for result in (parse_mrz(lines, AS_OF), parse_with_repair(lines, AS_OF)):
        assert isinstance(result, MrzRecord | MrzError)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from([(3, 30), (2, 36), (2, 44)]).flatmap(
        lambda shape: st.lists(
            st.text(MRZ_ALPHABET, min_size=shape[1], max_size=shape[1]), min_size=shape[0], max_size=shape[0]
        )
    )
)
def test_right_shaped_noise_never_yields_a_valid_record_its_own_lines_contradict(lines: list[str]) -> None:
    rec = parse_with_repair(lines, AS_OF)
    assert isinstance(rec, MrzRecord | MrzError)
    if isinstance(rec, MrzRecord):
        assert rec.valid == all(rec.checks.values())
        if rec.valid:
            # Whatever repairs were made, the lines we report must stand on their own.
            again = parse_mrz(rec.lines, AS_OF)
            assert isinstance(again, MrzRecord) and again.valid


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 43), st.sampled_from("0123456789"))
def test_any_single_digit_change_in_line_two_is_caught(pos: int, digit: str) -> None:
    original = UTOPIA_TD3[1]
    if not original[pos].isdigit() or original[pos] == digit:
        return
    changed = original[:pos] + digit + original[pos + 1 :]
    rec = parsed([UTOPIA_TD3[0], changed])
    # Sex/nationality/fillers are not digits, so every digit position is under some check digit.
    assert not rec.valid


def test_a_passport_code_read_as_d_is_put_back_to_p_and_still_doubted_nowhere_else() -> None:
    misread = ["D" + td3()[0][1:], td3()[1]]
    fixed = pre_repair(misread)
    assert fixed[0].startswith("P<UTO")
    assert fixed[1] == misread[1]


def test_an_identity_card_code_read_as_z_is_put_back_to_i() -> None:
    card = [
        "ZDLIEID98754015<<<<<<<<<<<<<<<",
        "8205122F1906224LIE<<<<<<<<<<<6",
        "OSPELTBECK<<MARISA<<<<<<<<<<<<",
    ]
    assert pre_repair(card)[0].startswith("IDLIE")


def test_a_state_code_printed_as_numbers_is_kept_as_printed_and_flagged() -> None:
    # Romania's specimen card prints 132 where the nationality goes; no letter reading of it is honest.
    card = ["IDROUSAVA<<SUPERMAN<<<<<<<<<<<<<<<<<", "HD198025<51328505095M130509012049941"]
    rec = parse_with_repair(pre_repair(card), AS_OF)
    assert isinstance(rec, MrzRecord)
    assert rec.nationality == "132"
    assert any("132" in d for d in doubts(rec))


def test_a_state_code_with_a_misread_letter_is_still_repaired() -> None:
    rec = parse_with_repair(pre_repair(td3(nationality="UT0")), AS_OF)
    assert isinstance(rec, MrzRecord)
    assert rec.nationality == "UTO"
