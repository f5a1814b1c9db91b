"""When the MRZ reader may call a reading confirmed: two recognizers must back what check digits cannot."""

from __future__ import annotations

from extractors.mrz.confirm import Opinion, cross_confirmed, line_agrees, vote
from extractors.mrz.layout import unchecked_positions
from extractors.mrz.ocr import model_file_ok
from extractors.mrz.parse import parse_mrz

# ICAO 9303 Part 4 specimen (Anna Maria Eriksson), valid in every check digit.
LINE1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
LINE2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"


def record():
    rec = parse_mrz([LINE1, LINE2])
    assert rec.valid
    return rec


def test_the_shipped_mrz_model_is_the_file_its_source_note_describes() -> None:
    assert model_file_ok()


def test_on_a_passport_only_nationality_and_sex_of_line_two_lack_a_check_digit() -> None:
    first, second = unchecked_positions("TD3")
    assert first == frozenset(range(44))  # document code, issuing state and the name
    assert second == frozenset({10, 11, 12, 20})


def test_a_visa_optional_data_has_no_check_digit() -> None:
    assert set(range(28, 44)) <= unchecked_positions("MRVA")[1]


def test_a_different_letter_in_a_name_is_a_disagreement() -> None:
    assert not line_agrees(LINE1, LINE1.replace("ERIKSSON", "ERIKSSOX"), unchecked_positions("TD3")[0])


def test_eng_reading_a_filler_run_as_k_is_its_known_failure_not_a_disagreement() -> None:
    theirs = LINE1[:30] + "KKK<KKKKKKKKKK"
    assert line_agrees(LINE1, theirs, unchecked_positions("TD3")[0])


def test_a_k_inside_a_name_is_not_forgiven() -> None:
    theirs = LINE1.replace("ANNA<MARIA", "ANNAKMARIA")
    assert not line_agrees(LINE1, theirs, unchecked_positions("TD3")[0])


def test_a_misread_digit_the_check_digit_rules_out_does_not_count_against_us() -> None:
    # 7 -> 1 in the birth date changes its check sum: the holding check digit vouches for our 7.
    theirs = LINE2.replace("740812", "140812")
    assert line_agrees(LINE2, theirs, unchecked_positions("TD3")[1])


def test_a_swap_the_check_digit_cannot_see_counts_against_us() -> None:
    # `<` and `0` both count 0 in a check sum: nothing but another read can tell them apart.
    theirs = LINE2.replace("ZE184226B<", "ZE184226B0")
    assert not line_agrees(LINE2, theirs, unchecked_positions("TD3")[1])


def test_two_reads_by_one_model_never_confirm() -> None:
    same_model = [Opinion("mrz", [LINE1, LINE2]), Opinion("mrz", [LINE1, LINE2])]
    assert not cross_confirmed(record(), same_model)


def test_reads_by_both_models_confirm_line_by_line() -> None:
    broken_digits = LINE2.replace("7408122", "74O8I22")  # eng's digits fail, its codes do not
    opinions = [Opinion("mrz", [LINE1, LINE2]), Opinion("eng", [LINE1, "XXXXXXXXXX" + LINE2[10:]])]
    assert not cross_confirmed(record(), opinions)  # eng's document number disagrees everywhere
    opinions = [Opinion("mrz", [LINE1, LINE2]), Opinion("eng", [LINE1, broken_digits])]
    assert cross_confirmed(record(), opinions)


def test_the_vote_takes_the_character_most_reads_saw() -> None:
    wrong = LINE1.replace("ERIKSSON", "ERIKSSOX")
    opinions = [
        Opinion("mrz", [wrong, LINE2]),
        Opinion("mrz", [LINE1, LINE2]),
        Opinion("eng", [LINE1, LINE2]),
    ]
    assert vote([wrong, LINE2], opinions) == [LINE1, LINE2]


def test_a_tied_vote_keeps_our_own_character() -> None:
    wrong = LINE1.replace("ERIKSSON", "ERIKSSOX")
    opinions = [Opinion("mrz", [wrong, LINE2]), Opinion("mrz", [LINE1, LINE2])]
    assert vote([wrong, LINE2], opinions)[0] == wrong


def test_a_k_after_a_name_letter_is_not_forgiven_as_a_filler_misread() -> None:
    # Our line lost the last letter of the given name into the fillers; eng's K is that letter.
    ours = "P<UTOERIKSSON<<ANNA<MAR<<<<<<<<<<<<<<<<<<<<<"
    theirs = "P<UTOERIKSSON<<ANNA<MARK<<<<<<<<<<<<<<<<<<<<"
    assert not line_agrees(ours, theirs, unchecked_positions("TD3")[0])
