"""Degree and transcript wordings beyond the classic layouts: one behaviour per test.

Each page is made up (no issuer's real layout) so the rules are tested as rules: connective words at
a field's edges, prose that runs title, field and institution together, birth and course dates that
are not award dates, Chinese level wording, fields in brackets under the title.
"""

from __future__ import annotations

from core.models import Fact, FactStatus
from extractors.academic import clean_field, extract_degree, extract_transcript
from tests.test_extract_toolkit import doc, make_page


def by_field(facts: list[Fact]) -> dict[str, Fact]:
    return {f.field: f for f in facts}


def degree(rows: list) -> dict[str, Fact]:
    return by_field(extract_degree(doc(make_page(rows))))


def transcript(rows: list) -> dict[str, Fact]:
    return by_field(extract_transcript(doc(make_page(rows))))


# --- fields ---------------------------------------------------------------------------------------


def test_clean_field_strips_connectives_and_trailing_prose() -> None:
    assert clean_field("in Economics") == "Economics"
    assert clean_field("Major in Economics") == "Economics"
    assert (
        clean_field("Software Engineering at South China University of Technology,") == "Software Engineering"
    )
    assert clean_field("(BIOTECHNOLOGY)") == "Biotechnology"
    assert clean_field("History of Art") == "History of Art"


def test_honours_are_not_a_field() -> None:
    assert clean_field("(Hons)") is None
    assert clean_field("with First Class Honours") is None
    assert clean_field("magna cum laude") is None
    facts = degree(
        ["Granite Bay University", "conferred upon", "Lena Maria Ortiz", "Bachelor of Engineering (Hons)"]
    )
    assert "degree.field" not in facts


def test_field_in_brackets_under_the_title() -> None:
    facts = degree(
        ["KESTREL UNIVERSITY", "certifies that", "Omar Khalid Haddad", "MASTER OF ARTS", "(LINGUISTICS)"]
    )
    assert facts["degree.title"].value == "Master of Arts"
    assert facts["degree.field"].value == "Linguistics"


def test_major_line_under_the_title_loses_its_connective() -> None:
    facts = degree(
        [
            "Harlow University",
            "conferred upon",
            "Ines Duarte Silva",
            "Bachelor of Science",
            "Major in Chemistry",
        ]
    )
    assert facts["degree.field"].value == "Chemistry"
    assert facts["degree.field"].status == FactStatus.accepted


def test_field_from_prose_stops_at_the_institution() -> None:
    facts = degree(
        [
            "Wei Chen, born on 2 March 1995, having completed the programme in Civil Engineering at",
            "Eastlake University of Science, is hereby awarded the degree of Bachelor of Engineering.",
        ]
    )
    assert facts["degree.field"].value == "Civil Engineering"
    assert facts["degree.title"].value == "Bachelor of Engineering"


# --- institution ----------------------------------------------------------------------------------


def test_institution_drops_prose_around_its_name() -> None:
    facts = degree(
        ["was awarded the degree of Master of Science in Physics at the University of Lyra on 1 July 2015."]
    )
    assert facts["degree.institution"].value == "University of Lyra"
    assert facts["degree.field"].value == "Physics"


def test_institution_read_from_one_piece_of_a_header_line() -> None:
    facts = transcript(
        ["BRIGHTWATER UNIVERSITY - OFFICE OF THE REGISTRAR", [(40, "Name:"), (150, "Ng, Kai Ming")]]
    )
    assert facts["transcript.institution"].value == "Brightwater University"


# --- holder and level -----------------------------------------------------------------------------


def test_holder_named_before_born() -> None:
    facts = degree(
        ["Marta Kowalska, born on 9 May 1993, has completed the studies in Law", "Date: 30 June 2017"]
    )
    assert facts["degree.holder_name"].value == "Marta Kowalska"


def test_level_and_title_from_chinese_wording_without_an_english_title() -> None:
    facts = degree(
        ["硕士学位证书", "王芳 ， 女 ， 1991年7月3日生 。", "授予 理学硕士 学位 。", "2016年6月30日"]
    )
    assert facts["degree.level"].value == "master"
    assert facts["degree.title"].value == "理学硕士"  # the title conferred, as the certificate words it
    assert facts["degree.holder_name"].value == "王芳"


def test_a_mainland_certificate_sentence_gives_institution_and_field_across_its_line_break() -> None:
    facts = degree(
        [
            "硕 士 学 位 证 书",
            "杜文博，男，1990年3月12日生。在西安交通大学",
            "电气工程学科（专业）已通过硕士学位的课程考试和论文答辩，成绩合格。",
            "根据《中华人民共和国学位条例》的规定，授予工学硕士学位。",
            "2015年6月28日",
        ]
    )
    assert facts["degree.institution"].value == "西安交通大学"
    assert facts["degree.field"].value == "电气工程"
    assert facts["degree.title"].value == "工学硕士"


def test_level_wording_that_contradicts_the_title_is_reviewed() -> None:
    facts = degree(["博士学位证书", "Corvid University", "conferred upon", "Li Na Zhou", "Master of Science"])
    assert facts["degree.level"].value == "master"
    assert facts["degree.level"].status == FactStatus.needs_review


# --- award dates ----------------------------------------------------------------------------------


def test_birth_date_is_never_the_award_date() -> None:
    facts = degree(
        [
            "Bachelor's Degree Certificate",
            "Pedro Alves Costa, born on 14 February 1996, is hereby",
            "awarded the degree of Bachelor of Arts.",
        ]
    )
    assert "degree.award_date" not in facts


def test_chinese_birth_mark_after_the_date() -> None:
    facts = degree(
        ["学士学位证书", "李雷 ， 男 ， 1996年2月14日生 。", "授予 工学学士 学位 。", "2018年6月30日"]
    )
    assert facts["degree.award_date"].value == "2018-06-30"


def test_award_wording_beats_an_earlier_date() -> None:
    facts = degree(
        [
            "Dated 1 September 2020",
            "Tarn University",
            "certifies that",
            "Jonas Berg Holm",
            "Master of Science",
            "at a conferring of degrees held on 12 December 2019",
        ]
    )
    assert facts["degree.award_date"].value == "2019-12-12"
    assert facts["degree.award_date"].status == FactStatus.accepted


def test_label_above_its_date_and_course_dates_ignored() -> None:
    facts = transcript(
        [
            "Fenland University of Technology",
            [(40, "Student"), (300, "Student number")],
            [(40, "Jansen, Pieter Jan"), (300, "4821000")],
            [(40, "Date of birth"), (300, "Degree")],
            [(40, "12.04.1994"), (300, "Master of Science")],
            [(40, "Code"), (110, "Course"), (380, "ECTS"), (430, "Grade"), (490, "Date")],
            [(40, "EE4301"), (110, "Signals"), (380, "5"), (430, "8"), (490, "03.11.2017")],
            [(40, "Date of graduation"), (300, "Issued on")],
            [(40, "30.08.2019"), (300, "02.09.2019")],
        ]
    )
    assert facts["transcript.award_date"].value == "2019-08-30"
    assert facts["transcript.award_date"].status == FactStatus.accepted


def test_course_table_date_is_not_taken_on_a_transcript() -> None:
    facts = transcript(
        [
            "Fenland University of Technology",
            [(40, "Name:"), (150, "Jansen, Pieter Jan")],
            [(40, "Code"), (110, "Course"), (380, "ECTS"), (430, "Grade"), (490, "Date")],
            [(40, "EE4301"), (110, "Signals"), (380, "5"), (430, "8"), (490, "03.11.2017")],
        ]
    )
    assert "transcript.award_date" not in facts


def test_us_dates_read_month_first_when_the_page_shows_it() -> None:
    facts = transcript(
        [
            "Cedar Hill University",
            [(40, "Student Name:"), (150, "Diaz, Marco Antonio")],
            [(40, "Birth Date:"), (150, "11/23/1996"), (340, "Issued:"), (420, "07/22/2025")],
            [(40, "Date Conferred:"), (150, "05/08/2018")],
        ]
    )
    assert facts["transcript.award_date"].value == "2018-05-08"
    assert facts["transcript.award_date"].status == FactStatus.accepted


def test_ambiguous_numeric_award_date_is_reviewed() -> None:
    facts = degree(
        [
            "Cedar Hill University",
            "conferred upon",
            "Marco Antonio Diaz",
            "Bachelor of Arts",
            "Date of Award: 05/08/2018",
        ]
    )
    assert facts["degree.award_date"].value == "2018-08-05"
    assert facts["degree.award_date"].status == FactStatus.needs_review


def test_issue_date_is_not_an_award_date_on_a_transcript() -> None:
    facts = transcript(
        [
            "Northfield College",
            [(40, "Name:"), (150, "Lee, Ann Marie")],
            [(40, "Issued:"), (150, "12 May 2020")],
        ]
    )
    assert "transcript.award_date" not in facts


def test_unlabelled_transcript_date_is_only_a_guess() -> None:
    facts = transcript(
        ["Northfield College", [(40, "Name:"), (150, "Lee, Ann Marie")], "Master of Arts", "12 May 2019"]
    )
    assert facts["transcript.award_date"].status == FactStatus.needs_review


def test_several_unlabelled_dates_on_a_certificate_are_reviewed() -> None:
    facts = degree(
        [
            "Oakridge College",
            "conferred upon",
            "Maria Lopez Garcia",
            "Doctor of Philosophy",
            "on 3 March 2020 and 4 April 2020",
        ]
    )
    assert facts["degree.award_date"].status == FactStatus.needs_review


def test_a_doctorate_abbreviated_in_brackets_is_no_field() -> None:
    rows = ["Mr Jonas Weber, born on 2 February 1991, is awarded the degree of",
            "Doctor of Natural Sciences (Dr. rer. nat.)"]  # fmt: skip
    facts = degree(rows)
    assert facts["degree.title"].value == "Doctor of Natural Sciences"
    assert "degree.field" not in facts  # not "Dr"


def test_the_board_declares_that_names_the_holder_on_the_next_line() -> None:
    rows = [
        "The Board of Examiners of the degree programme Mechanical Engineering declares that",
        "Daan Pieter de Vries",
        "has successfully passed the bachelor's examination. The degree of Bachelor of Science",
        [(40, "Student number"), (260, "4519273")],
        "A diploma supplement is attached.",
    ]
    assert degree(rows)["degree.holder_name"].value == "Daan Pieter de Vries"


def test_a_sentence_under_a_student_label_is_no_name() -> None:
    rows = [
        "OFFICIAL TRANSCRIPT",
        [(40, "Studentnummer / Student number"), (260, "4519273")],
        "",
        "Bij dit diploma hoort een diplomasupplement.",
    ]
    assert "transcript.holder_name" not in transcript(rows)


def test_a_patronymic_row_stands_between_given_name_and_surname() -> None:
    rows = [
        "DIPLOMA SUPPLEMENT",
        [(40, "Surname"), (200, "Kuznetsov")],
        [(40, "Given name"), (200, "Aleksei")],
        [(40, "Patronymic"), (200, "Viktorovich")],
    ]
    assert transcript(rows)["transcript.holder_name"].value == "Aleksei Viktorovich Kuznetsov"


def test_a_hyphenated_doctorate_abbreviation_is_no_field_and_a_held_degree_no_name() -> None:
    rows = [
        "The KIT Department of Mechanical Engineering confers on",
        "Mr Haoran Li, M.Sc., born 3 March 1989 in Chongqing, China,",
        "the academic degree of",
        "Doctor of Engineering (Dr.-Ing.),",
    ]
    facts = degree(rows)
    assert facts["degree.holder_name"].value == "Haoran Li"
    # not "Dr": the only field on the page is the conferring department's, which a person confirms
    assert facts["degree.field"].value == "Mechanical Engineering"
    assert facts["degree.field"].status == FactStatus.needs_review


def test_a_romance_adjective_between_university_and_its_place_is_part_of_the_name() -> None:
    rows = ["y en su nombre el Rector de la Universitat Politècnica de València",
            "ha superado los estudios de GRADUADA EN INGENIERÍA INFORMÁTICA"]  # fmt: skip
    assert degree(rows)["degree.institution"].value == "Universitat Politècnica de València"


def test_a_field_in_two_languages_gives_its_english_half() -> None:
    rows = ["This is to certify that", "SIOBHÁN MARIE O'CONNELL", "was conferred with the degree of",
            "DOCTOR OF PHILOSOPHY", "in Innealtóireacht Mheicniúil / in Mechanical Engineering"]  # fmt: skip
    assert degree(rows)["degree.field"].value == "Mechanical Engineering"


def test_a_place_after_the_institutions_comma_sends_it_to_review() -> None:
    rows = ["NATIONAL UNIVERSITY OF IRELAND, DUBLIN", "This is to certify that", "SIOBHÁN MARIE O'CONNELL",
            "was conferred with the degree of", "DOCTOR OF PHILOSOPHY"]  # fmt: skip
    assert degree(rows)["degree.institution"].status == FactStatus.needs_review


def test_a_signatorys_office_beside_the_university_is_no_part_of_its_name() -> None:
    rows = [
        "兰州大学 博士学位证书",
        "Lanzhou University        Chairman of the Academic Degrees Committee: Yan Chunhua",
    ]
    fact = degree(rows)["degree.institution"]
    assert fact.value == "Lanzhou University"
