"""Reference letters written as prose, key/value forms and numeric dates that read either way round."""

from __future__ import annotations

from typing import Any

from core.models import Fact, FactStatus
from extractors.reference_letter import _is_title_shaped, extract_reference_letter
from tests.test_extract_toolkit import doc, make_page


def _facts(rows: list[Any]) -> dict[str, Fact]:
    return {f.field.split(".", 1)[1]: f for f in extract_reference_letter(doc(make_page(rows)))}


def test_certify_since_as_title_with_name_particle() -> None:
    facts = _facts(
        [
            "ORCHID HARBOUR SDN. BHD.",
            "Level 9, Menara Utama, Jalan Ampang, 50450 Kuala Lumpur, Malaysia",
            "3 March 2026",
            "This is to certify that Mr Hafiz bin Osman (Passport A12345678) has been employed",
            "with us since 15 January 2019 as Senior Data Engineer in our Payments division.",
            "Yours sincerely,",
            "Human Resources",
        ]
    )
    assert facts["employee_name"].value == "Hafiz bin Osman"
    assert facts["employer"].value == "ORCHID HARBOUR SDN. BHD."
    assert facts["position"].value == "Senior Data Engineer"
    assert facts["position"].status == FactStatus.accepted
    assert facts["start_date"].value == "2019-01-15"
    assert "end_date" not in facts  # "since": still employed
    assert facts["country"].value == "MYS"
    assert facts["letter_date"].value == "2026-03-03"
    assert facts["senior_role"].value is False


def test_subject_first_worked_from_until_and_legal_suffix_is_no_position() -> None:
    facts = _facts(
        [
            "Fjordline Instruments AS",
            "Bergen, 2026-02-11",
            "Reference for Ingrid Solberg",
            "Ingrid Solberg, born 1990-04-02, worked at Fjordline Instruments",
            "AS from August 2016 until May 2022. She held the role of",
            "Firmware Developer in our sensor group.",
            "Best regards,",
        ]
    )
    assert facts["employee_name"].value == "Ingrid Solberg"
    assert facts["employer"].value == "Fjordline Instruments AS"
    assert facts["position"].value == "Firmware Developer"  # never "AS" from the company's name
    assert facts["start_date"].value == "2016-08"
    assert facts["end_date"].value == "2022-05"
    assert facts["letter_date"].value == "2026-02-11"  # not the birth date


def test_promotion_makes_the_later_title_current() -> None:
    facts = _facts(
        [
            "Alpenrand Logistik GmbH",
            "Hauptstrasse 4, 80331 Munich, Germany",
            "Munich, 20.02.2026",
            "Mr Jonas Keller was employed by Alpenrand Logistik GmbH from 01.03.2015 to 31.01.2026.",
            "He joined us as Transport Planner and was promoted to Head of Fleet Operations with",
            "effect from 01.04.2021.",
        ]
    )
    assert facts["position"].value == "Head of Fleet Operations"
    assert "Transport Planner" in (facts["position"].note or "")
    assert facts["start_date"].value == "2015-03-01"
    assert facts["end_date"].value == "2026-01-31"
    assert facts["country"].value == "DEU"
    assert facts["senior_role"].value is True


def test_currently_serves_as_and_year_first_slashed_dates() -> None:
    facts = _facts(
        [
            "Hangzhou Lianxin Software Co., Ltd.",
            "Binjiang District, Hangzhou, China",
            "Date: 2026/01/20",
            "We confirm that Ms. Chen Jing joined our company on 2017/05/08 and currently serves",
            "as Chief Architect. She reports to the Chief Technology Officer.",
        ]
    )
    assert facts["employee_name"].value == "Chen Jing"
    assert facts["letter_date"].value == "2026-01-20"
    assert facts["start_date"].value == "2017-05-08"
    assert facts["position"].value == "Chief Architect"
    assert "end_date" not in facts


def test_key_value_verification_form() -> None:
    facts = _facts(
        [
            "Lakeshore Dental Partners LLC",
            "200 Main Street, Madison, WI 53703, USA",
            [(40, "Employee Name"), (220, "Maria T. Gonzales")],
            [(40, "Job Title"), (220, "Dental Hygienist Supervisor")],
            [(40, "Start Date"), (220, "03/15/2018")],
            [(40, "End Date"), (220, "11/30/2025")],
            [(40, "Date Issued"), (220, "02/01/2026")],
        ]
    )
    assert facts["employee_name"].value == "Maria T. Gonzales"
    assert facts["position"].value == "Dental Hygienist Supervisor"
    assert facts["start_date"].value == "2018-03-15"
    assert facts["end_date"].value == "2025-11-30"
    # 02/01/2026 reads either way, but this letter writes the month first (03/15/2018, a US address).
    assert facts["letter_date"].value == "2026-02-01"
    assert facts["letter_date"].status == FactStatus.accepted


def test_ambiguous_numeric_date_without_a_convention_needs_review() -> None:
    facts = _facts(
        [
            "Date: 09/04/2025",
            "This is to certify that Mr Tomasz Nowicki has been employed with us since 01/02/2019",
            "as Quality Engineer.",
        ]
    )
    for field in ("letter_date", "start_date"):
        assert facts[field].status == FactStatus.needs_review, field
        assert "day or month" in (facts[field].note or "")


def test_one_unambiguous_date_settles_the_order_of_the_others() -> None:
    facts = _facts(
        [
            "Date: 09/04/2025",
            "This is to certify that Mr Tomasz Nowicki has been employed with us from 25/02/2019",
            "to 03/01/2025 as Quality Engineer.",
        ]
    )
    assert facts["letter_date"].value == "2025-04-09"
    assert facts["letter_date"].status == FactStatus.accepted
    assert facts["end_date"].value == "2025-01-03"


def test_legal_suffixes_are_not_job_titles() -> None:
    for suffix in ("AB", "GmbH", "Ltd", "Inc.", "eG", "LLC", "S.A.", "Kestrel Robotics AB", "Acme Company"):
        assert not _is_title_shaped(suffix), suffix
    for title in ("Team Lead, Energy Trading", "Director of Finance", "Company Secretary"):
        assert _is_title_shaped(title), title


def test_title_without_a_job_word_is_left_for_review() -> None:
    facts = _facts(
        [
            "Blue Meridian Ltd",
            "12 High Street, Leeds, United Kingdom",
            "1 June 2026",
            "We confirm that Ms Priya Raman has held the position of Regional Excellence",
            "since 1 May 2020.",
        ]
    )
    assert facts["position"].value == "Regional Excellence"
    assert facts["position"].status == FactStatus.needs_review
    assert facts["senior_role"].status == FactStatus.needs_review


def test_two_countries_named_leave_the_country_for_review() -> None:
    facts = _facts(
        [
            "Tidewater Analytics Ltd",
            "5 Canal Road, Dublin, Ireland",
            "1 June 2026",
            "We confirm that Mr Liam Byrne has been employed with us since 1 May 2020 as Data Analyst",
            "at our office in Lisbon, Portugal.",
        ]
    )
    assert facts["country"].value == "PRT"  # where he works, over the letterhead's address
    assert facts["country"].status == FactStatus.needs_review
    assert "IRL" in (facts["country"].note or "")


def test_dates_are_kept_when_no_title_is_named() -> None:
    facts = _facts(
        [
            "Date: 5 May 2026",
            "We confirm that Mr Ravi Kumar has been employed with Zenith Tools Pvt. Ltd. since 2 June 2020.",
        ]
    )
    assert "position" not in facts
    assert facts["start_date"].value == "2020-06-02"  # "Pvt. Ltd." does not end the sentence
    assert "end_date" not in facts


def test_us_city_state_zip_names_the_country_and_the_date_order() -> None:
    facts = _facts(
        [
            "Acme Widgets, Inc.",
            "500 Congress Ave, Austin, TX 78701",
            "03/04/2026",
            "As of today, Mr John Q. Public is employed by Acme Widgets, Inc. as a Warehouse Supervisor.",
        ]
    )
    assert facts["country"].value == "USA"
    assert facts["letter_date"].value == "2026-03-04"  # month first in a US letter
    assert facts["letter_date"].status == FactStatus.accepted
    assert facts["employee_name"].value == "John Q. Public"  # an honorific marks the subject mid-sentence
    assert facts["position"].value == "Warehouse Supervisor"


def test_a_country_in_doubt_does_not_set_the_day_month_order() -> None:
    # New York letterhead, work in London: GBR is in doubt, so 09/04/2019 may be either order.
    facts = _facts(
        [
            "Harbourline Capital LLC",
            "200 Park Avenue, New York, NY 10110",
            "We confirm that Ms Sarah Okoro has been employed in London, United Kingdom since 09/04/2019",
            "as Senior Credit Analyst.",
        ]
    )
    assert facts["country"].status == FactStatus.needs_review
    start = facts.get("start_date")
    assert start is None or start.status == FactStatus.needs_review


def _joined_then(until_clause: str) -> list[Any]:
    return [
        "JIANGXI GANJIANG NEW MATERIALS CO., LTD.",
        "10 September 2026",
        "This is to certify that Mr. Liu Zhiqiang (male, ID card No. 360102199003155210) joined",
        f"our company on 1 July 2014 and {until_clause}",
        "Hereby certified.",
    ]


def test_joined_on_and_worked_until_gives_the_end_of_the_employment() -> None:
    facts = _facts(
        _joined_then("worked as a Quality Engineer in the Quality Department until 30 September 2020.")
    )
    assert (facts["start_date"].value, facts["end_date"].value) == ("2014-07-01", "2020-09-30")
    assert facts["end_date"].status == FactStatus.accepted


def test_a_contract_valid_until_a_date_is_no_end_of_employment() -> None:
    facts = _facts(_joined_then("works as a Quality Engineer on a contract valid until 30 June 2027."))
    assert facts["start_date"].value == "2014-07-01"
    assert "end_date" not in facts or facts["end_date"].status != FactStatus.accepted


def test_a_verification_forms_current_job_title_and_original_hire_date() -> None:
    facts = _facts(
        [
            "CASCADE ROBOTICS, INC.",
            "EMPLOYMENT VERIFICATION",
            [(40, "Date:"), (200, "10/02/2026")],
            [(40, "Employee Name"), (200, "Emily Rose Carter")],
            [(40, "Original Hire Date"), (200, "08/04/2019")],
            [(40, "Current Job Title"), (200, "Director of Product Engineering")],
            [(40, "Previous Title"), (200, "Senior Software Engineer (08/04/2019 - 03/31/2022)")],
        ]
    )
    assert facts["position"].value == "Director of Product Engineering"
    assert facts["start_date"].value == "2019-08-04"


def test_since_a_date_has_been_our_title_is_the_current_post() -> None:
    facts = _facts(
        [
            "KOWHAI ANALYTICS LIMITED",
            "27 October 2026",
            "I am pleased to confirm that Charlotte Ngaio Brennan-Tait has been employed by Kowhai",
            "Analytics Limited since 11 January 2016. She joined us as a Data Analyst, became a Senior",
            "Data Scientist in 2019, and since 1 July 2022 has been our Head of Machine Learning.",
        ]
    )
    assert facts["position"].value == "Head of Machine Learning"


def test_the_family_name_he_and_a_country_before_the_phone_number() -> None:
    facts = _facts(
        [
            "Shenzhen Qianhai Yunfan Technology Co., Ltd.",
            "20 October 2026",
            "This is to certify that Mr. He Junjie (ID No. 440305198811230050) has been employed by",
            "Shenzhen Qianhai Yunfan Technology Co., Ltd. since 1 July 2014.",
            "Company address: Nanshan District, Shenzhen, Guangdong, China.  Tel: +86 755 8666 0123",
        ]
    )
    assert facts["employee_name"].value == "He Junjie"
    assert facts["country"].value == "CHN"


def test_he_as_a_pronoun_is_still_no_name() -> None:
    facts = _facts(
        [
            "Harbour Analytics Limited",
            "20 October 2026",
            "We confirm that he has been employed by Harbour Analytics Limited since 1 July 2014.",
        ]
    )
    assert "employee_name" not in facts or facts["employee_name"].status != FactStatus.accepted
