"""Identity across documents: every holder name and date of birth against the passport's.

A degree in someone else's name, or a score report with another birth date, is a warning for a
person: names are compared the way transliteration changes them (accents, hyphens, order, titles,
MRZ truncation; see ``extractors.names``), dates exactly. Chinese-character names (PRC ID card, PSC)
are compared with a Chinese name on the passport when there is one, never with its Latin spelling.
"""

from __future__ import annotations

import re

from core.models import Fact, FactStatus, Flag, Severity
from extractors.names import compare

# Which field of which document holds the holder's name and birth date.
NAME_FIELDS = (
    "ielts.candidate_name",
    "toefl.candidate_name",
    "hsk.candidate_name",
    "psc.candidate_name",
    "degree.holder_name",
    "transcript.holder_name",
    "bank_statement.holder_name",
    "reference_letter.employee_name",
    "prc_id_card.name",
)
DOB_FIELDS = ("ielts.date_of_birth", "toefl.date_of_birth", "prc_id_card.date_of_birth")
_CJK = re.compile(r"[\u3400-\u9fff]")


def _passport(facts: list[Fact]) -> tuple[str | None, str | None, str | None]:
    """The passport's name ("GIVEN SURNAME"), date of birth and file, from accepted facts only.

    A passport reading still under review (MRZ fillers read as K, say) would make every other
    document look like someone else's; its own review comes first.
    """
    by_field: dict[str, Fact] = {}
    for fact in facts:
        if fact.field.startswith("passport.") and fact.status == FactStatus.accepted:
            by_field.setdefault(fact.field, fact)
    surname, given = by_field.get("passport.surname"), by_field.get("passport.given_names")
    dob = by_field.get("passport.date_of_birth")
    # Half a name (the surname confirmed, the given names not) would mismatch every full name.
    name = f"{given.value} {surname.value}" if given and surname and given.value and surname.value else None
    source = next((f.file for f in (surname, given, dob) if f is not None), None)
    return name, (str(dob.value) if dob and dob.value else None), source


def _corroborated_passport_name(facts: list[Fact]) -> str | None:
    """The passport's name while still under review, if another document's holder name agrees with it.

    An unconfirmed MRZ name alone must not make every other document look like someone else's, but
    one that a second document bears out is a fair reference to compare the rest with.
    """
    by_field = {
        f.field: f
        for f in facts
        if f.field in ("passport.surname", "passport.given_names")
        and f.status != FactStatus.rejected
        and f.value
    }
    if len(by_field) < 2:
        return None
    name = f"{by_field['passport.given_names'].value} {by_field['passport.surname'].value}"
    others = [
        str(f.value) for f in facts if f.field in NAME_FIELDS and f.value and not _CJK.search(str(f.value))
    ]
    return name if any(compare(other, name).same for other in others) else None


def identity_flags(facts: list[Fact]) -> list[Flag]:
    """IDENTITY_NAME_MISMATCH / IDENTITY_DOB_MISMATCH warnings, each naming both files."""
    name, dob, passport_file = _passport(facts)
    if name is None:
        name = _corroborated_passport_name(facts)
        if name is not None and passport_file is None:
            passport_file = next(f.file for f in facts if f.field == "passport.surname")
    flags: list[Flag] = []
    if passport_file is None:
        return flags
    for fact in facts:
        # A reading still under review is flagged as such already; a misread name is not another person.
        if fact.status != FactStatus.accepted or fact.value in (None, ""):
            continue
        if fact.field in NAME_FIELDS and name:
            value = str(fact.value)
            if _CJK.search(value):
                continue  # a Chinese name has no passport counterpart to compare with
            match = compare(value, name)
            if not match.same:
                flags.append(
                    Flag(
                        code="IDENTITY_NAME_MISMATCH",
                        severity=Severity.warning,
                        message=(
                            f"name '{value}' in {fact.file} does not match the passport name '{name}' in "
                            f"{passport_file} ({match.reason})"
                        ),
                        file=fact.file,
                        field=fact.field,
                    )
                )
        if fact.field in DOB_FIELDS and dob and str(fact.value) != dob:
            flags.append(
                Flag(
                    code="IDENTITY_DOB_MISMATCH",
                    severity=Severity.warning,
                    message=(
                        f"date of birth {fact.value} in {fact.file} differs from {dob} on the passport in "
                        f"{passport_file}"
                    ),
                    file=fact.file,
                    field=fact.field,
                )
            )
    return flags
