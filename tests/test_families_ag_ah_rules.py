"""The general rules families AG and AH asked for (and the older misses they share with families L,
Q, S, U, X, Y and Z), each on a document of its own, not theirs."""

from __future__ import annotations

from core.models import DocType, Fact, FactStatus
from extractors.registry import EXTRACTORS
from tests.test_extract_toolkit import doc, make_page


def _facts(kind: DocType, rows: list) -> dict[str, Fact]:
    return {f.field.split(".", 1)[1]: f for f in EXTRACTORS[kind](doc(make_page(rows)))}


# --- Degrees: fields named the German way, or not at all ------------------------------------------


def test_a_programme_named_without_in_is_the_field() -> None:
    german = _facts(
        DocType.degree,
        [
            "BEISPIEL-UNIVERSITÄT KASSEL",
            "Frau Anna Keller, geboren am 2. Mai 1995 in Fulda,",
            "hat das Masterstudium Angewandte Informatik (UE 066 937) abgeschlossen und erhält den Grad",
            "Master of Science (MSc)",
            "Kassel, am 3. Oktober 2020",
        ],
    )
    assert german["field"].value == "Angewandte Informatik"
    translated = _facts(
        DocType.degree,
        [
            "EXAMPLE UNIVERSITY OF APPLIED SCIENCES",
            "Ms Anna Keller, born 2 May 1995, having passed the Master's examination",
            "in the degree programme Applied Computer Science, is awarded the academic degree",
            "Master of Science (M.Sc.)",
        ],
    )
    assert translated["field"].value == "Applied Computer Science"


def test_a_programme_named_on_the_next_line() -> None:
    facts = _facts(
        DocType.degree,
        [
            "BEISPIEL-UNIVERSITÄT KASSEL",
            "Herrn Paul Brandt, geboren am 9. Juni 1993,",
            "nach bestandener Masterprüfung im Studiengang",
            "Bauingenieurwesen",
            "den akademischen Grad",
            "Master of Science (M.Sc.)",
        ],
    )
    assert facts["field"].value == "Bauingenieurwesen"


def test_a_programmes_office_is_no_field() -> None:
    facts = _facts(
        DocType.degree,
        [
            "EXAMPLE UNIVERSITY",
            "This is to certify that Anna Keller was admitted to the degree of",
            "Master of Science",
            "Signed by the Master's programme Director on 3 October 2020",
        ],
    )
    assert facts.get("field") is None or facts["field"].value != "Director"


def test_a_doctorate_that_names_only_its_faculty_takes_it_as_the_field_for_review() -> None:
    facts = _facts(
        DocType.degree,
        [
            "BEISPIEL-UNIVERSITÄT KASSEL",
            "Die Fakultät für Geowissenschaften verleiht",
            "Herrn Paul Brandt",
            "den Grad eines",
            "Doktors der Naturwissenschaften (Dr. rer. nat.)",
            "Kassel, den 4. Mai 2021",
        ],
    )
    assert facts["field"].value == "Geowissenschaften"
    assert facts["field"].status == FactStatus.needs_review
    assert "faculty" in (facts["field"].note or "")


def test_a_title_that_names_its_subject_gives_the_field_for_review() -> None:
    facts = _facts(
        DocType.degree,
        [
            "EXAMPLE UNIVERSITY",
            "This is to certify that",
            "MEERA NAIR",
            "was admitted to the degree of",
            "MASTER OF PUBLIC HEALTH",
            "at a conferring of degrees held on 3 December 2022",
        ],
    )
    assert facts["field"].value == "Public Health"
    assert facts["field"].status == FactStatus.needs_review
    generic = _facts(
        DocType.degree,
        ["EXAMPLE UNIVERSITY", "This is to certify that", "MEERA NAIR", "was admitted to the degree of",
         "MASTER OF SCIENCE"],
    )  # fmt: skip
    assert "field" not in generic  # "Science" is a class of degree, not a subject


def test_honours_between_the_title_and_its_field() -> None:
    facts = _facts(
        DocType.degree,
        [
            "EXAMPLE UNIVERSITY",
            "We hereby certify that",
            "ROSS ALAN CAMPBELL",
            "was admitted to the degree of",
            "Master of Science",
            "with Merit",
            "in",
            "Marine Ecology",
        ],
    )
    assert facts["field"].value == "Marine Ecology"


def test_a_french_mention_is_the_field_but_a_grade_mention_is_not() -> None:
    master = _facts(
        DocType.degree,
        ["UNIVERSITÉ D'EXEMPLE", "DIPLÔME NATIONAL DE MASTER", "Mention : Chimie", "Parcours : Catalyse"],
    )
    assert master["field"].value == "Chimie"
    licence = _facts(
        DocType.degree,
        ["UNIVERSITÉ D'EXEMPLE", "DIPLÔME NATIONAL DE MASTER", "Mention : Très Bien"],
    )
    assert "field" not in licence


def test_an_indonesian_study_programme_is_the_field() -> None:
    facts = _facts(
        DocType.degree,
        [
            "UNIVERSITAS CONTOH",
            "telah menyelesaikan pendidikan pada Program Studi Teknik Kimia, Fakultas Teknik,",
            "Bachelor of Engineering",
        ],
    )
    assert facts["field"].value == "Teknik Kimia"


def test_a_chinese_certificate_that_names_the_discipline_without_the_school() -> None:
    facts = _facts(
        DocType.degree,
        [
            "硕士学位证书",
            "王磊，男，1992年3月4日生。",
            "在环境科学与工程学科已通过硕士学位的课程考试和论文答辩，成绩合格。",
            "授予工学硕士学位。",
        ],
    )
    assert facts["field"].value == "环境科学与工程"


def test_a_surname_first_holder_in_capitals_after_certify_that() -> None:
    facts = _facts(
        DocType.degree,
        [
            "EXAMPLE UNIVERSITY",
            "This is to certify that CHEN, YU-TING, born on May 2, 1997, having completed the",
            "program of study, is hereby awarded the degree of",
            "BACHELOR OF ARTS",
        ],
    )
    assert facts["holder_name"].value == "CHEN YU-TING"


# --- Employment certificates ----------------------------------------------------------------------


def test_the_post_held_when_leaving_spaced_out_of_its_sentence() -> None:
    facts = _facts(
        DocType.reference_letter,
        [
            "示例数据科技有限公司",
            "离职证明",
            "兹证明 张伟 （性别：男）",
            "自 2016年3月1日 至 2021年8月31日 在我公司工作，",
            "离职前任 运维部 系统工程师 职务。",
        ],
    )
    assert facts["position"].value == "运维部系统工程师"
    assert facts["start_date"].value == "2016-03-01"
    assert facts["end_date"].value == "2021-08-31"


def test_a_japanese_company_on_the_letterhead() -> None:
    facts = _facts(
        DocType.reference_letter,
        [
            "在職証明書",
            "サンプル精機株式会社",
            "This is to certify that Mr. LI Wei has been employed by our company since 1 April 2018",
            "and currently holds the position of Engineer.",
        ],
    )
    assert facts["employer"].value == "サンプル精機株式会社"


# --- TOEFL, HSK, PSC, bank statements --------------------------------------------------------------


def test_a_whole_band_on_the_1_to_6_scale_is_read() -> None:
    facts = _facts(
        DocType.toefl,
        [
            "TOEFL iBT Score Report",
            [(40, "Name:"), (140, "GARCIA, ANA")],
            [(40, "Test Date:"), (140, "March 7, 2026")],
            "Section scores on the 1-6 scale",
            [(40, "Reading"), (200, "4.5")],
            [(40, "Listening"), (200, "5")],
            [(40, "Speaking"), (200, "4")],
            [(40, "Writing"), (200, "4.5")],
            [(40, "Overall"), (200, "4.5")],
        ],
    )
    assert facts["listening"].value == 5.0
    assert facts["speaking"].value == 4.0


def test_a_bilingual_label_tight_round_its_slash_with_a_colon() -> None:
    facts = _facts(
        DocType.hsk,
        [
            "汉语水平考试 HSK Score Report",
            [(40, "姓名/Name:"), (180, "NOVAK PETR")],
            [(40, "考试级别/Level:"), (180, "四级 HSK 4")],
        ],
    )
    assert facts["candidate_name"].value == "NOVAK PETR"


def test_a_psc_certificate_that_spaces_the_name_out_of_its_sentence() -> None:
    facts = _facts(
        DocType.psc,
        [
            "普通话水平测试等级证书",
            [(40, "兹证明"), (64, "林小梅"), (88, "，女，身份证件号码"), (148, "110101199003078515"),
             (262, "，")],
            [(40, "于"), (52, "2022年05月14日"), (124, "参加普通话水平测试，成绩为"), (208, "88.10"),
             (244, "分，")],
            [(40, "等级为"), (64, "二级甲等"), (94, "。")],
        ],
    )  # fmt: skip
    assert facts["candidate_name"].value == "林小梅"
    assert facts["candidate_name"].status == FactStatus.needs_review


def test_a_holder_printed_in_cyrillic_with_latin_letters_under_it() -> None:
    facts = _facts(
        DocType.bank_statement,
        [
            "EXAMPLE BANK LLC",
            [(40, "Customer:"), (200, "ИВАНОВА МАРИЯ")],
            [(200, "IVANOVA MARIYA")],
            [(40, "Account:"), (200, "4410 2291 0034"), (360, "Currency:"), (440, "USD")],
        ],
    )
    assert facts["holder_name"].value == "IVANOVA MARIYA"
    assert facts["holder_name"].status == FactStatus.needs_review


def test_an_unlabelled_surname_first_name_heading_a_toefl_report_goes_to_review() -> None:
    facts = _facts(
        DocType.toefl,
        [
            [(40, "TOEFL iBT Home Edition"), (300, "Score Report")],
            "KOVALENKO, Olena Petrivna",
            [(40, "Test Date:"), (140, "May 3, 2025")],
            [(40, "Reading"), (200, "25")],
        ],
    )
    assert facts["candidate_name"].value == "KOVALENKO, Olena Petrivna"
    assert facts["candidate_name"].status == FactStatus.needs_review
    # The report's own heading in capitals is no name: nothing is read rather than a wrong one.
    headed = _facts(DocType.toefl, ["TOEFL IBT, SCORE REPORT", [(40, "Reading"), (200, "25")]])
    assert "candidate_name" not in headed


def test_a_bulgarian_statement_with_dr_cr_bal_headings_and_a_turnover_row() -> None:
    facts = _facts(
        DocType.bank_statement,
        [
            "ПРИМЕРНА БАНКА АД | EXAMPLE BANK AD",
            [(40, "Титуляр / Holder:"), (200, "MARIA IVANOVA")],
            [(40, "Валута / Currency:"), (200, "EUR")],
            [(40, "Дата / Date"), (110, "Основание / Narrative"), (340, "Дебит / Dr"), (420, "Кредит / Cr"),
             (500, "Салдо / Bal")],
            [(40, "Начално салдо / Opening balance"), (500, "1,000.00")],
            [(40, "02.03.2026"), (110, "Наем / Rent"), (340, "400.00"), (500, "600.00")],
            [(40, "05.03.2026"), (110, "Заплата / Salary"), (420, "900.00"), (500, "1,500.00")],
            [(40, "Обороти / Turnover"), (340, "400.00"), (420, "900.00")],
            [(40, "Крайно салдо / Closing balance"), (500, "1,500.00")],
        ],
    )  # fmt: skip
    assert facts["closing_balance"].value == 1500.0
    assert facts["closing_balance"].status == FactStatus.accepted  # the turnover row is no transaction
    assert facts["adds_up"].value is True


def test_an_indonesian_programme_without_its_level_word_or_faculty() -> None:
    level_first = _facts(
        DocType.degree,
        ["UNIVERSITAS CONTOH", "telah menyelesaikan pendidikan pada Program Studi Sarjana Teknik Sipil",
         "Sarjana Teknik (S.T.)"],
    )  # fmt: skip
    assert level_first["field"].value == "Teknik Sipil"
    faculty_after = _facts(
        DocType.degree,
        ["UNIVERSITAS CONTOH", "pada Program Studi Ilmu Komputer Fakultas Ilmu Komputer",
         "Sarjana Komputer (S.Kom.)"],
    )  # fmt: skip
    assert faculty_after["field"].value == "Ilmu Komputer"
