"""Name comparison aware of transliteration."""

from __future__ import annotations

import pytest

from extractors.names import compare, normalise, same_person, strip_title, tokens


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Jürgen Michael Müller", "MUELLER JUERGEN MICHAEL"),
        ("JÜRGEN MICHAEL MÜLLER", "MULLER JURGEN MICHAEL"),
        ("Eleanor Grace Smith-Jones", "SMITH JONES ELEANOR GRACE"),
        ("Eleanor SmithJones", "Eleanor Smith-Jones"),
        ("Mr Zhang Wei", "WEI ZHANG"),
        ("Michael O'Brien", "OBRIEN MICHAEL JAMES"),
        ("RAGHAVAN, PRIYA", "PRIYA RAGHAVAN"),
        ("DR MICHAEL J O'BRIEN", "MICHAEL JAMES OBRIEN"),
        ("张伟", "张 伟"),
    ],
)
def test_same_person(a: str, b: str) -> None:
    assert same_person(a, b), compare(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ngozi Amaka Eze", "OLUWASEUN CHINEDU ADEBAYO"),
        ("Michaela James", "MICHAEL JAMES"),
        ("Wei Zhang", "Wei Zhao"),
        ("张伟", "张为"),
    ],
)
def test_different_people(a: str, b: str) -> None:
    assert not same_person(a, b), compare(a, b)


def test_mrz_truncation_only_for_long_names() -> None:
    long_name = "ADEBAYO OLUWASEUN CHINEDU OKECHUKWUEMEKA"
    assert same_person(long_name, "ADEBAYO OLUWASEUN CHINEDU OKECHUKWU")
    assert not same_person("JOHN SMITH", "JOHNSON SMITH")


def test_titles_and_spacing() -> None:
    assert strip_title("MR ZHANG WEI") == "ZHANG WEI"
    assert normalise("  Dr.  Eleanor   Smith-Jones, ") == "Eleanor Smith-Jones"
    assert tokens("Jürgen", expand=True) == ["JUERGEN"]
    assert compare("", "X").same is False
