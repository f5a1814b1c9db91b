"""The synthetic applicants. Every name, number and address here is invented."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .codes import d_mon_upper, mrz_names_for_facts, prc_id_number, td3_mrz


@dataclass
class Person:
    surname: str  # as printed in the visual zone, e.g. "MÜLLER", "SMITH-JONES"
    given: str  # e.g. "JÜRGEN MICHAEL"
    sex: str  # "M" or "F"
    birth: date
    birthplace: str
    nationality: str  # ISO 3166-1 alpha-3 as a careful reader records it
    mrz_state: str  # code in the MRZ: "D" for Germany, otherwise the alpha-3
    passport_no: str
    passport_issue: date
    passport_expiry: date
    authority: str
    country_name: str  # as printed on the passport cover line
    title: str  # MR, MS, DR on statements
    chinese_name: str = ""  # for PRC nationals: 张伟
    chinese_surname_len: int = 1
    mrz_optional: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def display_name(self) -> str:
        """Given names then surname in title case, as letters and certificates print them."""
        return f"{self.given.title()} {self.surname.title()}"

    def mrz(self) -> tuple[str, str]:
        return td3_mrz(
            state=self.mrz_state,
            surname=self.surname,
            given=self.given,
            number=self.passport_no,
            nationality=self.mrz_state,
            birth=self.birth,
            sex=self.sex,
            expiry=self.passport_expiry,
            optional=self.mrz_optional,
        )

    def passport_facts(self) -> dict:
        return {
            "passport.surname": mrz_names_for_facts(self.surname),
            "passport.given_names": mrz_names_for_facts(self.given),
            "passport.number": self.passport_no,
            "passport.nationality": self.nationality,
            "passport.issuing_country": self.nationality,
            "passport.date_of_birth": self.birth.isoformat(),
            "passport.sex": self.sex,
            "passport.expiry_date": self.passport_expiry.isoformat(),
            "passport.mrz_valid": True,
        }

    def dob_upper(self) -> str:
        return d_mon_upper(self.birth)


PEOPLE: dict[str, Person] = {
    "C001": Person(
        "ZHANG",
        "WEI",
        "M",
        date(1988, 3, 14),
        "BEIJING",
        "CHN",
        "CHN",
        "E63518274",
        date(2019, 6, 20),
        date(2029, 6, 19),
        "National Immigration Administration",
        "PEOPLE'S REPUBLIC OF CHINA",
        "MR",
        chinese_name="张伟",
        # PRC passports carry an encoded personal number in the optional field.
        mrz_optional="MEKLLBPFMFGA",
        extra={
            "id_number": prc_id_number("110108", date(1988, 3, 14), 271),
            "address": ["北京市海淀区中关村南大街", "27号院3号楼1单元502号"],
        },
    ),
    "C002": Person(
        "RAGHAVAN",
        "PRIYA",
        "F",
        date(1992, 11, 2),
        "CHENNAI, TAMIL NADU",
        "IND",
        "IND",
        "Z5826431",
        date(2021, 2, 8),
        date(2031, 2, 7),
        "CHENNAI",
        "REPUBLIC OF INDIA",
        "MS",
    ),
    "C003": Person(
        "SMITH-JONES",
        "ELEANOR GRACE",
        "F",
        date(1985, 7, 22),
        "LONDON",
        "GBR",
        "GBR",
        "548120937",
        date(2016, 9, 15),
        date(2026, 9, 14),
        "HMPO",
        "UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND",
        "DR",
    ),
    "C004": Person(
        "O'BRIEN",
        "MICHAEL JAMES",
        "M",
        date(1983, 1, 30),
        "TORONTO, ON, CAN",
        "CAN",
        "CAN",
        "AK482913",
        date(2022, 4, 11),
        date(2032, 4, 11),
        "GATINEAU",
        "CANADA",
        "DR",
    ),
    "C005": Person(
        "ADEBAYO",
        "OLUWASEUN CHINEDU",
        "M",
        date(1990, 9, 9),
        "LAGOS",
        "NGA",
        "NGA",
        "A09384726",
        date(2022, 1, 17),
        date(2032, 1, 16),
        "NIS LAGOS",
        "FEDERAL REPUBLIC OF NIGERIA",
        "MR",
    ),
    "C006": Person(
        "MÜLLER",
        "JÜRGEN MICHAEL",
        "M",
        date(1987, 4, 18),
        "MÜNCHEN",
        "DEU",
        "D",
        "C4J7R2X91",
        date(2020, 11, 3),
        date(2030, 11, 2),
        "Stadt München",
        "BUNDESREPUBLIK DEUTSCHLAND",
        "MR",
    ),
    "C007": Person(
        "KARIMI",
        "AHMAD FARID",
        "M",
        date(1991, 2, 11),
        "KABUL",
        "AFG",
        "AFG",
        "P03816274",
        date(2023, 5, 29),
        date(2033, 5, 28),
        "MINISTRY OF INTERIOR AFFAIRS",
        "ISLAMIC REPUBLIC OF AFGHANISTAN",
        "MR",
    ),
    "C008": Person(
        "CHEN",
        "XIAOLING",
        "F",
        date(1994, 6, 25),
        "SHANGHAI",
        "CHN",
        "CHN",
        "EH7302519",
        date(2022, 8, 30),
        date(2032, 8, 29),
        "National Immigration Administration",
        "PEOPLE'S REPUBLIC OF CHINA",
        "MS",
        chinese_name="陈晓玲",
        mrz_optional="MBNGMDLMNMOA",
    ),
}
