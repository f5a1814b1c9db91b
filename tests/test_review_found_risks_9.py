# ruff: noqa: E501 (the documents' lines are kept as the reviewer wrote them)
"""Ninth review of 2026-11-28: inputs on which the rules added in 7820ada..f6aed05 (a programme named
without "in" and on the next line; the title's subject or the faculty as the field for review; a
"Mention" label; a Chinese degree's field without its university; a surname in capitals before its
comma; 离职前任 as the post; Japanese company letterheads; whole TOEFL bands; "姓名/Name:" split; the
spaced PSC sentence; a Cyrillic holder's Latin line) accepted a wrong value or lost a value read
before, checked against f6aed05, base 7820ada.

A reviewer helper built these cases against f6aed05 and ran each on 7820ada too; each case names the
field under attack and its right value (None: nothing may be accepted). REGRESSIONS are values the
code read right, and accepted, on 7820ada: they must stay so. Elsewhere a right value may still be
missing or under review; what may never happen is a wrong one accepted.

The "姓名/Name:" split, the spaced PSC sentence and the Cyrillic holder's Latin line gave no finding;
the last two only ever send their value to review.

All fifteen were fixed: a programme on the next line only after a German programme word (Studiengang,
Masterstudium), since "degree programme" and "Ketua Program Studi" put a person there as often; more
office words after "programme" (Administrator, Secretary, Head ...); a degree's abbreviation or level
title after "programme" is not the field; a German specialisation (Vertiefungsrichtung, Schwerpunkt)
and a faculty named after the programme end it; Belgian grades (Grande Distinction, Highest
Distinction, Satisfaction) are no field; 在 before 校, 院, 职 or 期间 opens no discipline, and 我院/本院
are skipped like 我校; after "SURNAME," the given names end at a verb or a form's word and run to four
at most; 离职前任 not before 务/何/职, and 岗位为 introduces the post; a company line that is the
addressee (ending in 御中/様/殿, or over such a line) is not the employer; a digit before a half band on
a TOEFL section row is a footnote mark. The reviewer's further finds ("Program Studi Sarjana ...",
"... Fakultas Ilmu Komputer", "在职攻读", "SUPARMAN, Student ID") are covered too.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_review_found_risks_2 import case_params, check_case

CASES = [
    # --- 1. academic.py: _PROSE_FIELD's programme without "in", _PROGRAMME_END's run-on -----------
    (
        "M1 a degree certificate whose 'approved degree programme' ends its line over the holder's name: the name taken as the field",
        "degree",
        [
            "UNIVERSITY OF GHANA",
            "Having fulfilled the requirements of the approved degree programme",
            "Kwame Mensah Asante",
            "was admitted to the degree of",
            "Bachelor of Commerce",
            "Legon, 24 July 2020",
        ],
        "field",
        None,
    ),
    (
        "M2 an Indonesian ijazah signed by the 'Ketua Program Studi': the signer's 'Dr.' on the next row taken as the field",
        "degree",
        [
            "UNIVERSITAS BRAWIJAYA",
            "Dengan ini menyatakan bahwa",
            "RINA PUSPITASARI",
            "lahir di Malang, 14 Maret 1997, telah menyelesaikan pendidikan pada Jurusan Teknik Elektro",
            "dan kepadanya diberikan gelar",
            "Sarjana Teknik (S.T.)",
            "Malang, 28 Agustus 2019",
            [(40, "Dekan Fakultas Teknik"), (320, "Ketua Program Studi")],
            [(40, "Prof. Ir. Hadi Suyono, M.T."), (320, "Dr. Eng. Budi Santoso, M.T.")],
        ],
        "field",
        "Teknik Elektro",
    ),
    (
        "M3 a UK certificate signed by the 'Degree Programme Administrator': the office taken against the title's own field, which drops to review",
        "degree",
        [
            "UNIVERSITY OF LEEDS",
            "This is to certify that Priya Raghavan was admitted to the degree of",
            "Master of Science in Advanced Computer Science",
            "on 14 December 2021",
            [(40, "Vice-Chancellor"), (320, "Degree Programme Administrator")],
        ],
        "field",
        "Advanced Computer Science",
    ),
    (
        "M4 'the degree programme MSc Data Science': the degree's abbreviation kept in the field",
        "degree",
        [
            "UNIVERSITY OF AMSTERDAM",
            "Jan de Boer, born 2 May 1995, having passed the final examination of the degree programme MSc Data Science,",
            "is awarded the degree of",
            "Master of Science",
            "Amsterdam, 31 August 2021",
        ],
        "field",
        "Data Science",
    ),
    (
        "M5 'the degree programme Master of Science in Physics': the programme's degree name taken against the title's field, which drops to review",
        "degree",
        [
            "EXAMPLE UNIVERSITY OF TECHNOLOGY",
            "Ms Anna Keller, born 2 May 1995, having completed the degree programme Master of Science in Physics,",
            "is awarded the academic degree",
            "Master of Science (M.Sc.)",
        ],
        "field",
        "Physics",
    ),
    (
        "M6 'im Studiengang Maschinenbau Vertiefungsrichtung Produktionstechnik': German nouns are capitalised, so the specialisation runs into the field",
        "degree",
        [
            "TECHNISCHE UNIVERSITÄT MÜNCHEN",
            "Herr Lukas Maier, geboren am 3. März 1996 in Augsburg,",
            "hat im Studiengang Maschinenbau Vertiefungsrichtung Produktionstechnik die Masterprüfung bestanden",
            "und erhält den akademischen Grad",
            "Master of Science (M.Sc.)",
            "München, den 30. September 2021",
        ],
        "field",
        "Maschinenbau",
    ),
    # --- 2. academic.py: the "Mention" label ---------------------------------------------------------
    (
        "M7 a Belgian master's 'Mention : Grande Distinction' (a grade _NOT_FIELD does not know): taken against the title's field, which drops to review",
        "degree",
        [
            "UNIVERSITÉ LIBRE DE BRUXELLES",
            "Le jury atteste que Monsieur Antoine LEROY, né à Namur le 3 avril 1998,",
            "a obtenu le grade académique de",
            "MASTER EN SCIENCES INFORMATIQUES",
            "Mention : Grande Distinction",
            "Bruxelles, le 15 septembre 2021",
        ],
        "field",
        "Sciences Informatiques",
    ),
    (
        "M8 a translated Belgian Master of Laws with 'Mention: Highest Distinction': the grade accepted as the field",
        "degree",
        [
            "[Certified translation from French]",
            "UNIVERSITÉ CATHOLIQUE DE LOUVAIN",
            "The examination board certifies that Mr Antoine Leroy, born in Namur on 3 April 1998,",
            "has been awarded the academic degree of Master of Laws",
            "Mention: Highest Distinction",
            "Louvain-la-Neuve, 15 September 2021",
        ],
        "field",
        None,
    ),
    # --- 3. academic.py: a Chinese degree's field without its university ----------------------------
    (
        "M9 a 毕业证明书 saying '在校期间所学专业为机械工程': '校期间所学' taken as the field",
        "degree",
        [
            "华南理工大学",
            "毕业证明书",
            "兹证明张浩然，男，1995年3月12日生，系我校2013级本科生，在校期间所学专业为机械工程，",
            "学制四年，于2017年6月毕业，并获得工学学士学位。",
            "特此证明。",
            "华南理工大学教务处",
        ],
        "field",
        "机械工程",
    ),
    (
        "M10 a college's 学历学位证明 '在我院会计学专业': 我院 (only 本校/我校 are skipped) kept in the field",
        "degree",
        [
            "上海立信会计金融学院",
            "学历学位证明",
            "兹证明李娜，女，1997年3月5日生，于2015年9月至2019年6月在我院会计学专业四年制本科学习，",
            "修完教学计划规定的全部课程，成绩合格，准予毕业，并授予管理学学士学位。",
            "特此证明。",
        ],
        "field",
        "会计学",
    ),
    # --- 4. academic.py: _surname_first in _name_run ------------------------------------------------
    (
        "M11 a certificate in capitals, 'CERTIFY THAT TAN, AH KOW HAS SATISFIED ...': the name runs on through the sentence",
        "degree",
        [
            "NATIONAL UNIVERSITY OF MALAYSIA",
            "THIS IS TO CERTIFY THAT TAN, AH KOW HAS SATISFIED ALL THE REQUIREMENTS",
            "AND WAS ADMITTED TO THE DEGREE OF",
            "BACHELOR OF ENGINEERING",
            "ON 20 AUGUST 2019",
        ],
        "holder_name",
        "TAN AH KOW",
    ),
    # --- 5. chinese_letter.py: 离职前任 ----------------------------------------------------------------
    (
        "M12 a 离职证明 saying '其离职前任务已全部移交给接任的项目经理' (任务, a task): the handover taken as the post",
        "reference_letter",
        [
            "深圳市前海云图科技有限公司",
            "离职证明",
            "兹证明陈思远（身份证号码：440301199203154512）于2019年3月1日至2024年6月30日在我公司研发部任软件工程师，",
            "于2024年6月30日因个人原因离职。其离职前任务已全部移交给接任的项目经理。",
            "特此证明。",
            "深圳市前海云图科技有限公司（盖章）",
            "2024年7月5日",
        ],
        "position",
        "软件工程师",
    ),
    (
        "M13 a 离职证明 saying '离职前任职岗位为高级运营专员' (任职, to hold a post): '职岗位为' kept in the post",
        "reference_letter",
        [
            "杭州星河电子商务有限公司",
            "离职证明",
            "兹证明刘佳琪，女，身份证号码：330106199407283027，自2018年7月2日入职我公司，",
            "于2023年9月30日正式离职。离职前任职岗位为高级运营专员。",
            "特此证明。",
            "2023年10月8日",
        ],
        "position",
        "高级运营专员",
    ),
    # --- 6. reference_letter.py: Japanese company lines ---------------------------------------------
    (
        "M14 a 在職証明書 addressed to a recruiting company ('株式会社…' over '採用ご担当者様'): the addressee taken as the employer",
        "reference_letter",
        [
            [(400, "2026年10月15日")],
            "株式会社ジェイエイシーリクルートメント",
            "採用ご担当者様",
            [(360, "株式会社ミナトロボティクス")],
            [(360, "代表取締役 山田 太郎")],
            "在職証明書",
            "下記の者は、当社に在職していることを証明します。",
            "氏名 佐藤 健一",
            "入社日 2018年4月1日",
            "所属 開発本部",
            "役職 主任エンジニア",
        ],
        "employer",
        "株式会社ミナトロボティクス",
    ),
    # --- 7. toefl.py: whole bands ----------------------------------------------------------------------
    (
        "M15 a 1-6 report whose Writing row carries a footnote mark '1' before its band: the mark read as the band, and every score drops to review",
        "toefl",
        [
            [(40, "TOEFL iBT Test Taker Score Report"), (380, "Score scale: 1 to 6")],
            [(40, "Test Taker Name:"), (200, "OKAFOR, CHIDINMA GRACE")],
            [(40, "Date of Birth:"), (200, "14 Feb 1995")],
            [(40, "Test Date:"), (200, "07 Mar 2026")],
            [(40, "Registration Number:"), (200, "0000000072215530")],
            [(40, "Overall Score"), (200, "4.5")],
            [(40, "Reading"), (200, "5.0"), (260, "CEFR C1")],
            [(40, "Listening"), (200, "4.5"), (260, "CEFR B2")],
            [(40, "Speaking"), (200, "4.0"), (260, "CEFR B2")],
            [(40, "Writing"), (98, "1"), (200, "4.5"), (260, "CEFR B2")],
            "1 Rescored after a score review requested by the test taker on 20 Mar 2026.",
            "The overall score is the average of the four section scores, rounded to the nearest half band.",
        ],
        "writing",
        4.5,
    ),
]

REGRESSIONS = {"M3", "M5", "M7", "M12", "M15"}


@pytest.mark.parametrize(**case_params(CASES))
def test_no_wrong_value_accepted_and_nothing_lost(name: str, kind: str, field: str, right: Any) -> None:
    check_case(CASES, REGRESSIONS, name, kind, field, right)
