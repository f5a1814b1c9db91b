"""Issuer family E: a held-out set of documents written blind, to measure generalisation.

Who and under which rules: written on 2026-11-27 by a helper session that did NOT open the
extractors, the readers, the sample-document generators or the other extractor tests (family C,
family D's documents, alternative layouts, academic wordings, more issuers, reference-letter prose,
family-D fixes, kinds). It read only the output contract (``shared/contract/OUTPUT.md``), the
document notes (``shared/docs/DOCUMENTS.md``), ``core/models.py``, the page builder in
``tests/test_extract_toolkit.py``, the value formats of ``sample_docs/truth/*.json`` and family D's
comparison harness (from ``NAME_FIELDS =`` down), which is reused here unchanged in spirit.

What it varies, as other issuers would: bilingual labels in Spanish, Japanese, Korean, Indonesian,
Malay and German, and Chinese-only forms; Brazilian, Korean, Arabic-transliterated, Vietnamese,
Malay and Indian names; abbreviations ("DOB", "Cand. No.");
values in a header-row/value-row table, in a vertical table, all on one line, inline after a colon,
or in an address window with no label; dates as "09 MAR 2024", "13th January 2024", "2025/02/08",
"2023.10.21", "07-SEP-2024", "twenty-eighth day of June 2019", a spelled-out year, "二〇一九年六月十五日",
"01 Agustus 2026", "05-Oct-2026", US "May 11, 2019"; amounts as 1'234.56 (Swiss), 1.234.567,89
(Indonesian), trailing minus / plus (Malaysian), brackets for an overdrawn balance (UK, negative
closing balance); currencies as codes, symbols (£, RM, Rp) and words; a TOEFL 1-6 band report and
one with MyBest scores beside the test-date scores; HSK level 2 (no writing section) and a
Chinese-only 成绩报告; PSC grades in Chinese and in translation; degree certificates in ceremonial
prose (Scottish, Mexican bilingual, Chinese bilingual doctorate, US diploma with a spelled year);
transcripts whose award date sits among many term and exam dates; reference letters in Japanese
company, US verification, Indian "to whomsoever" and translated German Arbeitszeugnis styles, with
distracting names (father's name, signatories with senior titles) and dates (birth dates); PRC ID
cards front only, back-and-front photocopy, and a notarised English translation.

Expected values follow the contract: dates ``YYYY-MM-DD``, countries ISO 3166-1 alpha-3,
currencies ISO 4217, amounts as numbers, ``None`` meaning "must not be accepted with a value"
(an end date while still employed; HSK writing at level 2). Tuples list equally right readings.

First contact (run once, 2026-11-27, documents not changed afterwards): 156/201 facts right =
77.6%, 6 wrong values accepted (toefl E3 candidate_name; hsk E1 total, listening, reading, writing
read from the 满分 column; degree E1 award_date taken from the matriculation date). So the two
scoring tests below (>= 90 %, no wrong value accepted) failed at first contact.

The extractors were then fixed against it with general rules (a shared label vocabulary and name
reader, spelled-out and Chinese-numeral dates, foreign month names, full-mark columns, trailing-sign
and apostrophe amounts, summary rows, bilingual column headings), reaching 186/201 with none wrong
accepted; from then on it guards against regressions and no longer measures generalisation.
"""

from __future__ import annotations

import itertools
import re
from datetime import date
from typing import Any

from core.models import DocType
from tests import issuer_family_harness as harness
from tests.issuer_family_harness import Row, _amount_in, _first, _row_text, ielts_overall, prc_check_char
from tests.test_extract_toolkit import CHAR_W

FIRST_CONTACT = {"date": "2026-11-27", "right": 156, "total": 201, "wrong_accepted": 6}

# --------------------------------------------------------------------------------------------------
# IELTS
# --------------------------------------------------------------------------------------------------

IELTS_E1_ES: list[Row] = [
    "IELTS   International English Language Testing System",
    [(40, "INFORME DE RESULTADOS / TEST REPORT FORM"), (330, "British Council España")],
    [(40, "Módulo / Module"), (300, "Académico / Academic")],
    [(40, "Centro / Centre Number"), (300, "ES013")],
    [(40, "Fecha del examen / Test Date"), (300, "09 MAR 2024")],
    "",
    [(40, "Apellido(s) / Family Name"), (300, "GARCÍA LÓPEZ")],
    [(40, "Nombre(s) / First Name(s)"), (300, "MARÍA FERNANDA")],
    [(40, "N.º de candidato / Candidate ID"), (300, "PAB482917")],
    [(40, "Fecha de nacimiento / Date of Birth"), (300, "23/11/1994")],
    [(40, "Sexo / Sex (M/F)"), (300, "F")],
    [(40, "Nacionalidad / Country of Origin"), (300, "ESPAÑA / SPAIN")],
    [(40, "Lengua materna / First Language"), (300, "SPANISH")],
    "",
    "Resultados / Test Results",
    [(40, "Comprensión auditiva / Listening"), (360, "8.0")],
    [(40, "Comprensión lectora / Reading"), (360, "7.5")],
    [(40, "Expresión escrita / Writing"), (360, "6.5")],
    [(40, "Expresión oral / Speaking"), (360, "7.0")],
    [(40, "Puntuación global / Overall Band Score"), (360, "7.5"), (420, "MCER / CEFR"), (530, "C1")],
    "",
    [(40, "Fecha de emisión / Date"), (300, "22/03/2024")],
    [(40, "N.º de informe / Test Report Form Number"), (300, "24ES013877GARM004A")],
    [(40, "Firma del administrador / Administrator"), (300, "Elena Ruiz Castaño")],
]

IELTS_E2_JP: list[Row] = [
    "IELTS テスト結果証明書   Test Report Form",
    [(40, "GENERAL TRAINING"), (300, "ジェネラル・トレーニング")],
    [(40, "受験日 Test Date: 2025/02/08"), (300, "センター番号 Centre: JP501")],
    [(40, "姓 Family Name: TANAKA"), (300, "名 First Name: HARUKI")],
    [(40, "生年月日 DOB: 1990/07/30"), (300, "性別 Sex: M")],
    [(40, "受験者番号 Cand. No.: 004381"), (300, "旅券番号 Passport: TR8823104")],
    "",
    "試験結果 Results",
    "Listening 6.5 | Reading 7.0 | Writing 6.0 | Speaking 6.5 | Overall Band 6.5 | CEFR B2",
    "",
    "発行日 Date of issue: 2025/02/21   日本英語検定協会 Eiken Foundation of Japan",
    "TRF番号 Test Report Form No. 25JP501122TANH008G",
]

IELTS_E3_ID: list[Row] = [
    "IELTS   Test Report Form  /  Laporan Hasil Tes",
    [(40, "Modul / Module"), (280, "Academic / Akademik")],
    [(40, "Nama Keluarga / Family Name"), (280, "SANTOSO")],
    [(40, "Nama Depan / First Name"), (280, "BUDI HARTONO")],
    [(40, "Cand. No."), (280, "ID072-118345"), (420, "Sex: M")],
    [(40, "Tgl. Lahir / DOB"), (280, "05 AUG 1996")],
    [(40, "Tanggal Tes / Test Date"), (280, "13th January 2024")],
    "",
    [(40, "Listening"), (130, "Reading"), (220, "Writing"), (310, "Speaking"), (400, "Overall Band Score")],
    [(40, "6.5"), (130, "6.0"), (220, "6.0"), (310, "6.5"), (400, "6.5")],
    "",
    [(40, "CEFR Level"), (280, "B2")],
    [(40, "Jakarta, 25 January 2024"), (320, "Test Centre ID072")],
    [(40, "TRF No"), (280, "24ID072118SANB011A")],
]

# --------------------------------------------------------------------------------------------------
# TOEFL iBT
# --------------------------------------------------------------------------------------------------

TOEFL_E1_BR_MYBEST: list[Row] = [
    "ETS   TOEFL iBT®   Test Taker Score Report",
    [(40, "Name:"), (150, "SOUZA, Rafael Augusto")],
    [(40, "Date of Birth:"), (150, "March 4, 1993")],
    [(40, "Email:"), (150, "r.souza@example.com.br")],
    [(40, "Country:"), (150, "Brazil")],
    [(40, "Native Language:"), (150, "Portuguese")],
    [(40, "Registration No:"), (150, "0000 4481 2209 7713")],
    "",
    [(40, "Test Date Scores"), (330, "MyBest™ Scores")],
    [(40, "Test Date: October 12, 2024"), (330, "From 05/18/2024 to 10/12/2024")],
    [(40, "Reading"), (200, "26"), (330, "Reading"), (490, "27")],
    [(40, "Listening"), (200, "28"), (330, "Listening"), (490, "28")],
    [(40, "Speaking"), (200, "23"), (330, "Speaking"), (490, "24")],
    [(40, "Writing"), (200, "25"), (330, "Writing"), (490, "25")],
    [(40, "Total Score"), (200, "102"), (330, "Total Score"), (490, "104")],
    "",
    "Score report date: October 22, 2024. Scores are valid for two years after the test date.",
]

TOEFL_E2_KR_BANDS: list[Row] = [
    "TOEFL iBT®  Score Report   토플 성적표",
    [(40, "Test Taker / 응시자"), (250, "KIM, MIN-JUN")],
    [(40, "Date of Birth / 생년월일"), (250, "14 Feb 1998")],
    [(40, "Test Date / 시험일"), (250, "2026-03-07")],
    [(40, "Registration No. / 등록번호"), (250, "0000 7719 3320 0614")],
    "Scores are reported on the 1-6 band scale in half bands (from January 2026).",
    "",
    [(40, "Section / 영역"), (250, "Band Score"), (400, "CEFR")],
    [(40, "Reading / 읽기"), (250, "5.5"), (400, "C1")],
    [(40, "Listening / 듣기"), (250, "6.0"), (400, "C2")],
    [(40, "Speaking / 말하기"), (250, "5.0"), (400, "C1")],
    [(40, "Writing / 쓰기"), (250, "5.5"), (400, "C1")],
    [(40, "Overall / 총점"), (250, "5.5"), (400, "C1")],
    "",
    "Report issued 2026-03-17 by ETS, Princeton, NJ 08541, USA",
]

TOEFL_E3_ONE_LINE: list[Row] = [
    "TOEFL iBT Official Score Report - Institutional copy",
    "Candidate: AL-RASHIDI, AHMED KHALID   DOB 01-DEC-1989   Test Date 07-SEP-2024",
    "Native country: Saudi Arabia   Native language: Arabic   ID: Passport K1183920",
    "Reading 22 | Listening 19 | Speaking 21 | Writing 20 | Total 82 (of 120)",
    "Institution code 3471. Scores are valid for two years from the test date.",
    "Report issued 2024-09-19",
]

# --------------------------------------------------------------------------------------------------
# HSK
# --------------------------------------------------------------------------------------------------

HSK_E1_ZH_ONLY: list[Row] = [
    "汉语水平考试（HSK）成绩报告",
    "HSK（五级）",
    [(40, "姓名"), (120, "NGUYEN THI LAN")],
    [(40, "性别"), (120, "女"), (300, "国籍"), (380, "越南")],
    [(40, "证件号码"), (120, "C4518822")],
    [(40, "准考证号"), (120, "241208500117")],
    [(40, "考试时间"), (120, "2024年12月08日")],
    [(40, "考点"), (120, "河内大学孔子学院")],
    "",
    [(40, "考试科目"), (200, "满分"), (320, "你的分数"), (440, "百分等级")],
    [(40, "听力"), (200, "100"), (320, "82"), (440, "79%")],
    [(40, "阅读"), (200, "100"), (320, "88"), (440, "85%")],
    [(40, "书写"), (200, "100"), (320, "71"), (440, "64%")],
    [(40, "总分"), (200, "300"), (320, "241"), (440, "80%")],
    "总分180分为合格",
    "",
    [(40, "成绩报告编号"), (150, "H52412080347")],
    [(40, "汉考国际"), (150, "2025年01月10日")],
]

HSK_E2_KR_LEVEL2: list[Row] = [
    "HSK 汉语水平考试  Score Report / 성적표",
    [(40, "Level 考试级别 / 급수"), (260, "HSK 二级 (Level 2)")],
    [(40, "Name 姓名 / 성명"), (260, "PARK JI-HOON")],
    [(40, "한글 성명"), (260, "박지훈")],
    [(40, "Examination Date 考试时间"), (260, "2023.10.21")],
    [(40, "Test Centre 考点"), (260, "Seoul Confucius Institute")],
    [(40, "Report No. 报告编号"), (260, "H22310210526")],
    "",
    [(40, "听力 Listening"), (260, "88"), (360, "/ 100")],
    [(40, "阅读 Reading"), (260, "91"), (360, "/ 100")],
    [(40, "总分 Total"), (260, "179"), (360, "/ 200")],
    "Passing score 120 / 合格分数线 120",
    "Date of issue 2023.11.24",
]

HSK_E3_EN_ONE_LINE: list[Row] = [
    "Chinese Proficiency Test (HSK) - Score Report",
    "Candidate: Sophie Marie DUBOIS     Nationality: France     Gender: Female",
    "Level: HSK 6     Exam date: 18 May 2025     Test centre: Paris (Institut Confucius)",
    "Listening 79   Reading 85   Writing 76   Total Score 240 / 300",
    "Pass mark: 180    Result: PASS",
    "Certificate No.: H62505180043     Issued on 2025-06-20",
]

# --------------------------------------------------------------------------------------------------
# PSC (普通话水平测试)
# --------------------------------------------------------------------------------------------------

PSC_E1_CN_NUMERALS: list[Row] = [
    "普通话水平测试等级证书",
    [(40, "姓名"), (120, "李娜"), (300, "性别"), (380, "女")],
    [(40, "身份证号"), (120, "440306199302150627")],
    [(40, "测试成绩"), (120, "87.5分")],
    [(40, "等级"), (120, "二级甲等")],
    [(40, "测试时间"), (120, "二〇一九年六月十五日")],
    [(40, "证书编号"), (120, "4401119001234")],
    [(40, "发证单位"), (120, "广东省语言文字工作委员会")],
    [(40, "发证日期"), (120, "2019年7月20日")],
]

PSC_E2_TABLE: list[Row] = [
    "普通话水平测试  等级证书",
    [(40, "姓名"), (140, "性别"), (220, "出生日期"), (340, "测试日期"), (460, "等级")],
    [(40, "王建国"), (140, "男"), (220, "1998年3月2日"), (340, "2021年11月6日"), (460, "一级乙等")],
    [(40, "得分"), (140, "93.2")],
    [(40, "证书编号"), (140, "3200121001567")],
    [(40, "测试站"), (140, "南京师范大学普通话培训测试站")],
    "江苏省语言文字工作委员会   二〇二一年十二月",
]

PSC_E3_TRANSLATION: list[Row] = [
    "Putonghua Proficiency Test Grade Certificate (Certified English Translation)",
    [(40, "Name:"), (200, "周敏 (ZHOU Min)")],
    [(40, "Sex:"), (200, "Female")],
    [(40, "ID Card No.:"), (200, "510104199508223144")],
    [(40, "Score:"), (200, "82.3")],
    [(40, "Grade:"), (200, "Level 2, Class B (二级乙等)")],
    [(40, "Date of Test:"), (200, "12 April 2017")],
    [(40, "Certificate No.:"), (200, "5100117000982")],
    [(40, "Issued by:"), (200, "Sichuan Provincial Language Commission")],
    "Translated on 3 September 2026 by Chengdu Zhongxin Translation Co., Ltd.",
]

# --------------------------------------------------------------------------------------------------
# Degree certificates
# --------------------------------------------------------------------------------------------------

DEGREE_E1_SCOTTISH: list[Row] = [
    "THE UNIVERSITY OF EDINBURGH",
    "",
    "Be it known that",
    "JAMES ALEXANDER MACLEOD",
    "having fulfilled all the requirements prescribed by the Senatus Academicus",
    "was on the twenty-eighth day of June 2019 admitted to the degree of",
    "MASTER OF SCIENCE",
    "in",
    "ARTIFICIAL INTELLIGENCE",
    "with Distinction",
    "",
    [(40, "Sir Alasdair Fairbairn"), (330, "Dr Morag Lindsay")],
    [(40, "Principal and Vice-Chancellor"), (330, "Secretary to the University")],
    "Matriculation number s1784523   Matriculated 11 September 2017",
]

DEGREE_E2_MX: list[Row] = [
    "UNIVERSIDAD NACIONAL AUTÓNOMA DE MÉXICO",
    "(National Autonomous University of Mexico)",
    "La Universidad Nacional Autónoma de México otorga a / confers upon",
    "LUIS FERNANDO RAMÍREZ ORTEGA",
    "el título de Ingeniero Civil / the degree of",
    "Bachelor of Engineering in Civil Engineering",
    "por haber concluido los estudios correspondientes en la Facultad de Ingeniería y",
    "aprobado el examen profesional el día 3 de junio de 2015.",
    "Ciudad Universitaria, a 14 de agosto de 2015 / Mexico City, August 14, 2015",
    "",
    [(40, "Dr. Arturo Salcedo Villa"), (330, "Mtro. Ricardo Ibarra Nava")],
    [(40, "El Rector / The Rector"), (330, "El Secretario General")],
    "Folio 0154873",
]

DEGREE_E3_ZH_DOCTORATE: list[Row] = [
    "博士学位证书",
    "DOCTORAL DEGREE CERTIFICATE",
    "刘洋，男，1987年5月生。在浙江大学材料科学与工程学科完成博士研究生学业，",
    "通过论文答辩，经审核符合《中华人民共和国学位条例》的规定，授予工学博士学位。",
    "LIU Yang, male, born in May 1987, has completed the doctoral programme in",
    "Materials Science and Engineering at Zhejiang University and, having satisfied the",
    "Regulations on Academic Degrees of the People's Republic of China, is hereby awarded",
    "the degree of Doctor of Philosophy.",
    "",
    [(40, "浙江大学 Zhejiang University"), (330, "学位评定委员会主席 Chairman")],
    [(40, "校长 President: 张振华"), (330, "Degree Evaluation Committee")],
    "证书编号 Certificate No. 1033542021000123",
    "二〇二一年三月二十五日 / 25 March 2021",
]

DEGREE_E4_US_SPELLED_YEAR: list[Row] = [
    "GEORGETOWN UNIVERSITY",
    "",
    "The President and Directors of Georgetown College, by virtue of the authority",
    "vested in them by the Congress of the United States, have conferred upon",
    "Priyanka Nair Menon",
    "the degree of",
    "Bachelor of Science in Business Administration",
    "Summa Cum Laude",
    "with all the rights, privileges and honors thereunto appertaining.",
    "Given at Washington, in the District of Columbia, on the twenty-second day of May,",
    "in the year of Our Lord two thousand and sixteen.",
    "",
    [(40, "Dean, McDonough School of Business"), (360, "President")],
]

# --------------------------------------------------------------------------------------------------
# Transcripts
# --------------------------------------------------------------------------------------------------

TRANSCRIPT_E1_US: list[Row] = [
    "PURDUE UNIVERSITY   Office of the Registrar   West Lafayette, Indiana 47907",
    "OFFICIAL ACADEMIC TRANSCRIPT",
    [(40, "Student Name: Chen, Yu-Ting"), (330, "Student ID: 0029384411")],
    [(40, "Birth Date: 04/23/1995"), (330, "Issued: 01/14/2020")],
    "Program: Master of Science, Electrical and Computer Engineering",
    "Fall 2017   (08/21/2017 - 12/16/2017)",
    [(40, "ECE 60200"), (120, "Lumped System Theory"), (400, "3.00"), (460, "A")],
    [(40, "ECE 63700"), (120, "Digital Image Processing I"), (400, "3.00"), (460, "A-")],
    [(40, "MA 51100"), (120, "Linear Algebra with Applications"), (400, "3.00"), (460, "B+")],
    "Spring 2018   (01/08/2018 - 05/05/2018)",
    [(40, "ECE 66100"), (120, "Computer Vision"), (400, "3.00"), (460, "A")],
    [(40, "ECE 59500"), (120, "Deep Learning"), (400, "3.00"), (460, "A")],
    "Fall 2018   (08/20/2018 - 12/15/2018)",
    [(40, "ECE 69500"), (120, "Advanced Machine Learning"), (400, "3.00"), (460, "A-")],
    [(40, "ECE 69900"), (120, "MS Thesis Research"), (400, "6.00"), (460, "S")],
    "Spring 2019   (01/07/2019 - 05/04/2019)",
    [(40, "ECE 69900"), (120, "MS Thesis Research"), (400, "6.00"), (460, "S")],
    "Cumulative GPA 3.78    Credits Earned 30.00",
    "DEGREE AWARDED: Master of Science in Electrical and Computer Engineering",
    "Degree conferred: May 11, 2019",
    "This transcript is official only when it bears the Registrar's signature and seal.",
]

TRANSCRIPT_E2_IN: list[Row] = [
    "ANNA UNIVERSITY, CHENNAI - 600 025",
    "CONSOLIDATED GRADE SHEET",
    [(40, "Name of the Candidate"), (230, "ARJUN KRISHNAMURTHY")],
    [(40, "Register Number"), (230, "312210106015")],
    [(40, "Date of Birth"), (230, "19-08-1992")],
    [(40, "Degree & Branch"), (230, "B.E. Electronics and Communication Engg.")],
    [(40, "College"), (230, "Sri Venkateswara College of Engineering")],
    [(40, "Sem"), (80, "Sub Code"), (160, "Subject Title"), (420, "Grade"), (480, "Month/Year")],
    [(40, "01"), (80, "MA2111"), (160, "Mathematics - I"), (420, "A"), (480, "NOV 2010")],
    [(40, "02"), (80, "EC2151"), (160, "Electric Circuits"), (420, "B"), (480, "MAY 2011")],
    [(40, "05"), (80, "EC2301"), (160, "Digital Communication"), (420, "S"), (480, "NOV 2012")],
    [(40, "07"), (80, "EC2401"), (160, "Wireless Communication"), (420, "A"), (480, "NOV 2013")],
    [(40, "08"), (80, "EC2451"), (160, "Project Work"), (420, "S"), (480, "APR 2014")],
    "Total Credits 182    CGPA 8.41    Classification: FIRST CLASS WITH DISTINCTION",
    [(40, "Month & Year of Passing"), (230, "APRIL 2014")],
    [(40, "Date of Award of Degree"), (230, "27.06.2014")],
    [(40, "Date of Issue"), (230, "14.07.2014")],
    [(40, "Controller of Examinations"), (330, "Dr. S. Ravichandran")],
]

TRANSCRIPT_E3_DE: list[Row] = [
    "Technische Universität Berlin",
    "Leistungsübersicht / Transcript of Records",
    [(40, "Name, Vorname / Name:"), (260, "Schmidt, Anna-Lena")],
    [(40, "Geburtsdatum / Date of birth:"), (260, "17.09.1996")],
    [(40, "Matrikelnummer / Student ID:"), (260, "392817")],
    [(40, "Studiengang / Programme:"), (260, "Physik (Master of Science)")],
    [(40, "Modul / Module"), (330, "LP/ECTS"), (400, "Note"), (460, "Datum / Date")],
    [(40, "Quantenmechanik II"), (330, "9"), (400, "1,3"), (460, "14.02.2020")],
    [(40, "Festkörperphysik"), (330, "9"), (400, "1,7"), (460, "22.07.2020")],
    [(40, "Statistische Physik"), (330, "9"), (400, "1,0"), (460, "18.02.2021")],
    [(40, "Computational Physics"), (330, "6"), (400, "2,0"), (460, "28.07.2021")],
    [(40, "Masterarbeit / Master's thesis"), (330, "30"), (400, "1,0"), (460, "21.09.2022")],
    "Gesamtnote / Overall grade: 1,3 (sehr gut / very good)",
    [(40, "Abschluss / Degree:"), (260, "Master of Science (M.Sc.)")],
    [(40, "Datum des Abschlusses / Date of degree:"), (290, "30.09.2022")],
    "Berlin, den 12.10.2022    Der Vorsitzende des Prüfungsausschusses",
]

# --------------------------------------------------------------------------------------------------
# Bank statements
# --------------------------------------------------------------------------------------------------

BANK_E1_CH: list[Row] = [
    "Glarner Alpenbank AG   Hauptstrasse 12   8750 Glarus   BIC GLARCH22",
    "Kontoauszug / Relevé de compte / Account statement",
    "Herr",
    "Thomas Keller-Brunner",
    "Landstrasse 41",
    "8750 Glarus",
    "",
    [(40, "Kontoinhaber / Titulaire"), (220, "Thomas Keller-Brunner")],
    [(40, "IBAN"), (220, "CH56 0483 5012 3456 7800 9")],
    [(40, "Währung / Devise"), (220, "CHF")],
    [(40, "Periode / Période"), (220, "01.10.2026 - 31.10.2026")],
    [(40, "Zinssatz / Taux"), (220, "0.125%")],
    [(40, "Datum"), (110, "Text"), (330, "Belastung"), (420, "Gutschrift"), (510, "Saldo")],
    [(40, "01.10.2026"), (110, "Saldovortrag"), (510, "48'210.35")],
    [(40, "02.10.2026"), (110, "Dauerauftrag Miete Oktober"), (330, "2'450.00"), (510, "45'760.35")],
    [(40, "05.10.2026"), (110, "Debitkarte Migros Glarus"), (330, "187.60"), (510, "45'572.75")],
    [(40, "25.10.2026"), (110, "Lohn Alpenwerk AG"), (420, "9'875.40"), (510, "55'448.15")],
    [(40, "27.10.2026"), (110, "LSV Krankenkasse"), (330, "412.85"), (510, "55'035.30")],
    [(40, "31.10.2026"), (110, "Kontoführungsgebühr"), (330, "5.00"), (510, "55'030.30")],
    [(40, "31.10.2026"), (110, "Schlusssaldo zu Ihren Gunsten"), (510, "55'030.30")],
    [(40, "Umsatz / Mouvements"), (330, "3'055.45"), (420, "9'875.40")],
]

BANK_E2_MY: list[Row] = [
    "STRAITS HARIMAU BANK BERHAD (198201000123)",
    "PENYATA AKAUN / STATEMENT OF ACCOUNT",
    [(40, "MOHD FAIZAL BIN ABDULLAH"), (330, "Nombor Akaun / Account No.")],
    [(40, "NO. 18, JALAN SS 2/24"), (330, "5621-0044-3318")],
    [(40, "47300 PETALING JAYA"), (330, "Tempoh / Period")],
    [(40, "SELANGOR"), (330, "01 SEP 2026 - 30 SEP 2026")],
    "Mata Wang / Currency: RM (Ringgit Malaysia)",
    "",
    [(40, "Tarikh"), (110, "Butiran / Description"), (360, "Amaun (RM)"), (470, "Baki (RM)")],
    [(40, "01/09"), (110, "BAKI AWAL / OPENING BALANCE"), (470, "15,482.90")],
    [(40, "03/09"), (110, "IBG PAYMENT TNB BILL"), (360, "245.30-"), (470, "15,237.60")],
    [(40, "05/09"), (110, "DUITNOW TRF AHMAD KAMAL"), (360, "1,200.00-"), (470, "14,037.60")],
    [(40, "15/09"), (110, "SALARY CREDIT MYDIGITAL SB"), (360, "8,650.00+"), (470, "22,687.60")],
    [(40, "20/09"), (110, "ATM WITHDRAWAL SS2"), (360, "500.00-"), (470, "22,187.60")],
    [(40, "28/09"), (110, "CARD PURCHASE AEON BU"), (360, "312.45-"), (470, "21,875.15")],
    [(40, "30/09"), (110, "BAKI AKHIR / CLOSING BALANCE"), (470, "21,875.15")],
    "",
    "JUMLAH DEBIT / TOTAL DEBIT 2,257.75      JUMLAH KREDIT / TOTAL CREDIT 8,650.00",
    "Dilindungi oleh PIDM setakat RM250,000 bagi setiap pendeposit.",
]

BANK_E3_ID: list[Row] = [
    "PT BANK NUSANTARA SEJAHTERA Tbk",
    "REKENING KORAN / ACCOUNT STATEMENT",
    [(40, "Nama / Name"), (200, ": SITI RAHAYU")],
    [(40, "No. Rekening / Account No."), (200, ": 0987 6543 2105")],
    [(40, "Mata Uang / Currency"), (200, ": IDR")],
    [(40, "Periode / Period"), (200, ": 01 Agustus 2026 s/d 31 Agustus 2026")],
    [(40, "Cabang / Branch"), (200, ": KCP Bandung Dago")],
    "",
    [(40, "Tanggal"), (110, "Keterangan"), (300, "Debet"), (390, "Kredit"), (480, "Saldo")],
    [(40, "01/08"), (110, "SALDO AWAL"), (480, "32.415.750,00")],
    [(40, "02/08"), (110, "TRSF E-BANKING PLN"), (300, "1.250.000,00"), (480, "31.165.750,00")],
    [(40, "05/08"), (110, "TARIK TUNAI ATM"), (300, "2.000.000,00"), (480, "29.165.750,00")],
    [(40, "25/08"), (110, "GAJI PT TELKOMSEL"), (380, "18.750.000,00"), (480, "47.915.750,00")],
    [(40, "28/08"), (110, "BIAYA ADM"), (300, "15.000,00"), (480, "47.900.750,00")],
    [(40, "31/08"), (110, "BUNGA"), (390, "21.450,00"), (480, "47.922.200,00")],
    [(40, "31/08"), (110, "PAJAK BUNGA"), (300, "4.290,00"), (480, "47.917.910,00")],
    [(40, "31/08"), (110, "SALDO AKHIR"), (480, "47.917.910,00")],
    "",
    "Mutasi Debet: Rp 3.269.290,00    Mutasi Kredit: Rp 18.771.450,00",
]

BANK_E4_UK_OVERDRAWN: list[Row] = [
    "Wessex Solent Bank plc",
    "Your Current Account statement",
    [(40, "MS OLIVIA J BRENNAN"), (330, "Sort code 20-45-77")],
    [(40, "Flat 4, 22 Clifton Road"), (330, "Account number 43917706")],
    [(40, "Bristol BS8 1AQ"), (330, "Statement no. 117")],
    [(330, "3 July to 2 August 2026")],
    "Arranged overdraft limit £500.00. Overdrawn balances are shown in brackets.",
    [(40, "Date"), (100, "Description"), (320, "Paid out £"), (410, "Paid in £"), (500, "Balance £")],
    [(40, "03 Jul"), (100, "Balance brought forward"), (500, "1,204.18")],
    [(40, "04 Jul"), (100, "DD BRISTOL COUNCIL TAX"), (320, "168.00"), (500, "1,036.18")],
    [(40, "10 Jul"), (100, "CARD TESCO STORES 2291"), (320, "96.42"), (500, "939.76")],
    [(40, "15 Jul"), (100, "SO HOMELET RENT"), (320, "1,450.00"), (500, "(510.24)")],
    [(40, "28 Jul"), (100, "BGC NHS BRISTOL SALARY"), (410, "2,980.34"), (500, "2,470.10")],
    [(40, "30 Jul"), (100, "FPO SAVINGS POT"), (320, "2,500.00"), (500, "(29.90)")],
    [(40, "01 Aug"), (100, "CARD GWR TRAINS"), (320, "83.76"), (500, "(113.66)")],
    [(40, "02 Aug"), (100, "Balance carried forward"), (500, "(113.66)")],
    "",
    "Money in £2,980.34    Money out £4,298.18",
]

BANK_ARITHMETIC: dict[str, tuple[float, list[float], float]] = {
    "bank E1 ch-apostrophe": (48210.35, [-2450.00, -187.60, 9875.40, -412.85, -5.00], 55030.30),
    "bank E2 my-trailing-sign": (15482.90, [-245.30, -1200.00, 8650.00, -500.00, -312.45], 21875.15),
    "bank E3 id-rupiah": (
        32415750.00,
        [-1250000.00, -2000000.00, 18750000.00, -15000.00, 21450.00, -4290.00],
        47917910.00,
    ),
    "bank E4 uk-overdrawn": (1204.18, [-168.00, -96.42, -1450.00, 2980.34, -2500.00, -83.76], -113.66),
}
BANK_STYLE = {"bank E1 ch-apostrophe": "ch", "bank E3 id-rupiah": "de"}

# --------------------------------------------------------------------------------------------------
# Reference letters
# --------------------------------------------------------------------------------------------------

REF_E1_JP: list[Row] = [
    "SAKURA PRECISION INDUSTRIES CO., LTD.",
    "さくら精密工業株式会社",
    "1-2-3 Meieki, Nakamura-ku, Nagoya, Aichi 450-0002, Japan",
    "",
    [(40, "在職証明書"), (300, "Date: 2026年10月1日")],
    [(40, "CERTIFICATE OF EMPLOYMENT"), (300, "(1 October 2026)")],
    "",
    "This is to certify that the person named below is currently employed by our company.",
    [(40, "Name:"), (180, "Kenji Watanabe (渡辺 健二)")],
    [(40, "Date of Birth:"), (180, "April 12, 1985")],
    [(40, "Date of Joining:"), (180, "April 1, 2015")],
    [(40, "Department:"), (180, "Production Engineering Department")],
    [(40, "Position:"), (180, "Section Manager (課長)")],
    [(40, "Employment Type:"), (180, "Full-time, permanent (正社員)")],
    "",
    "Mr. Watanabe manages a section of 9 engineers responsible for CNC process design.",
    "We hereby certify that the above is true and correct.",
    "",
    [(300, "Hiroshi Yamamoto")],
    [(300, "General Manager, Human Resources")],
    [(300, "Sakura Precision Industries Co., Ltd.")],
]

REF_E2_US: list[Row] = [
    "CASCADE RIDGE SOFTWARE, INC.",
    "1200 Westlake Ave N, Suite 700, Seattle, WA 98109",
    "",
    "September 18, 2026",
    "",
    "To Whom It May Concern:",
    "Re: Employment Verification - Danielle M. Ortiz",
    "",
    "This letter confirms that Danielle M. Ortiz was employed by Cascade Ridge Software, Inc.",
    "at our Seattle, Washington office from June 3, 2019 through August 29, 2025. She joined",
    "the company as a Software Engineer I and was promoted to Software Engineer II effective",
    "March 1, 2021, the position she held until her last day of employment. In that role she",
    "built and maintained billing services on our payments platform and reported to the",
    "Payments Engineering Manager.",
    "",
    "Her final base salary was USD 148,500 per year for a 40-hour week. Danielle left on good",
    "terms and is eligible for rehire. Please contact me at (206) 555-0142 with any questions.",
    "",
    "Sincerely,",
    "Marcus T. Bell",
    "Director, People Operations",
]

REF_E3_IN: list[Row] = [
    "INFOQUEST TECHNOLOGIES PVT. LTD.",
    "CIN: U72200KA2009PTC051234 | Prestige Tech Park, Outer Ring Road, Bengaluru 560103",
    [(40, "Ref: IQT/HR/EC/2026/1184"), (420, "Date: 05-Oct-2026")],
    "",
    "TO WHOMSOEVER IT MAY CONCERN",
    "",
    "This is to certify that Mr. Rahul Verma (Employee Code: IQ-22310), S/o Shri Mahesh",
    "Chand Verma, has been working with Infoquest Technologies Pvt. Ltd., Bengaluru, India",
    "since 16th January 2017. He joined us as Senior Software Engineer and is presently",
    "designated as Lead Architect - Cloud Platforms, reporting to the Chief Technology",
    "Officer. He leads a team of 18 engineers.",
    "",
    "His conduct during his tenure has been good. This certificate is issued at his request",
    "for immigration purposes.",
    "",
    "For Infoquest Technologies Pvt. Ltd.",
    "Authorised Signatory",
    "Kavitha Subramanian, Vice President - Human Resources",
]

REF_E4_DE_ZEUGNIS: list[Row] = [
    "Nordlicht Logistik GmbH   Überseeallee 10   20457 Hamburg   Germany",
    "Certified translation from German",
    "",
    "EMPLOYMENT REFERENCE (Arbeitszeugnis)",
    "",
    "Ms Katharina Weber, born on 3 March 1990 in Lübeck, was employed by our company from",
    "1 October 2016 to 30 June 2024 as a Logistics Analyst at our Hamburg headquarters.",
    "Nordlicht Logistik GmbH is a contract logistics provider with 1,400 employees at eleven",
    "sites in northern Germany.",
    "Ms Weber's duties comprised demand forecasting for our retail customers, route",
    "optimisation and the preparation of monthly KPI reports for the regional management.",
    "She always performed the tasks assigned to her to our fullest satisfaction. Her conduct",
    "towards superiors, colleagues and customers was always exemplary.",
    "Ms Weber is leaving our company at her own request. We regret her decision and wish her",
    "every success and all the best for her future.",
    "",
    "Hamburg, 30 June 2024",
    [(40, "Dr. Jens Petersen"), (330, "Birte Hansen")],
    [(40, "Managing Director"), (330, "Head of Human Resources")],
]

# --------------------------------------------------------------------------------------------------
# PRC resident identity cards
# --------------------------------------------------------------------------------------------------

PRC_E1_FRONT: list[Row] = [
    [(40, "姓名"), (100, "王芳")],
    [(40, "性别"), (100, "女"), (180, "民族"), (240, "汉")],
    [(40, "出生"), (100, "1992 年 7 月 19 日")],
    [(40, "住址"), (100, "广州市天河区天河路385号")],
    [(100, "太古汇二座1808房")],
    "",
    [(40, "公民身份号码"), (160, "440106199207190427")],
]

PRC_E2_BACK_AND_FRONT: list[Row] = [
    "中华人民共和国",
    "居民身份证",
    [(40, "签发机关"), (140, "银川市公安局兴庆区分局")],
    [(40, "有效期限"), (140, "2016.03.05-2036.03.05")],
    "",
    "姓名 马强",
    [(40, "性别 男"), (160, "民族 回")],
    "出生 1985年1月23日",
    "住址 宁夏银川市兴庆区解放东街128号",
    "公民身份号码 640104198501233176",
    "",
    "此复印件仅供申请使用 2026.09.01",
]

PRC_E3_TRANSLATION: list[Row] = [
    "Resident Identity Card of the People's Republic of China (Translation)",
    [(40, "Name"), (220, "赵雪梅 ZHAO Xuemei")],
    [(40, "Sex"), (220, "Female")],
    [(40, "Ethnicity"), (220, "Han")],
    [(40, "Date of Birth"), (220, "December 30, 1979")],
    [(40, "Address"), (220, "No. 8 Zhongshan Road, Xuanwu District")],
    [(40, "Citizen ID Number"), (220, "32010219791230108X")],
    [(40, "Issuing Authority"), (220, "Nanjing PSB Xuanwu Branch")],
    [(40, "Valid Period"), (220, "2019.06.11 - Long-term")],
    "Translation certified by Nanjing Notary Public Office on 2026-09-14.",
]

# --------------------------------------------------------------------------------------------------
# The cases
# --------------------------------------------------------------------------------------------------

CASES: list[tuple[str, DocType, list[Row], dict[str, Any]]] = [
    (
        "ielts E1 es-bilingual",
        DocType.ielts,
        IELTS_E1_ES,
        {
            "candidate_name": "MARÍA FERNANDA GARCÍA LÓPEZ",
            "date_of_birth": "1994-11-23",
            "module": "academic",
            "listening": 8.0,
            "reading": 7.5,
            "writing": 6.5,
            "speaking": 7.0,
            "overall": 7.5,
            "test_date": "2024-03-09",
            "trf_number": "24ES013877GARM004A",
        },
    ),
    (
        "ielts E2 jp-one-line",
        DocType.ielts,
        IELTS_E2_JP,
        {
            "candidate_name": "HARUKI TANAKA",
            "date_of_birth": "1990-07-30",
            "module": "general_training",
            "listening": 6.5,
            "reading": 7.0,
            "writing": 6.0,
            "speaking": 6.5,
            "overall": 6.5,
            "test_date": "2025-02-08",
            "trf_number": "25JP501122TANH008G",
        },
    ),
    (
        "ielts E3 id-columns",
        DocType.ielts,
        IELTS_E3_ID,
        {
            "candidate_name": "BUDI HARTONO SANTOSO",
            "date_of_birth": "1996-08-05",
            "module": "academic",
            "listening": 6.5,
            "reading": 6.0,
            "writing": 6.0,
            "speaking": 6.5,
            "overall": 6.5,
            "test_date": "2024-01-13",
            "trf_number": "24ID072118SANB011A",
        },
    ),
    (
        "toefl E1 br-mybest",
        DocType.toefl,
        TOEFL_E1_BR_MYBEST,
        {
            "candidate_name": "Rafael Augusto Souza",
            "date_of_birth": "1993-03-04",
            "test_date": "2024-10-12",
            "reading": 26,
            "listening": 28,
            "speaking": 23,
            "writing": 25,
            "total": 102,
            "scale": "0-120",
        },
    ),
    (
        "toefl E2 kr-bands",
        DocType.toefl,
        TOEFL_E2_KR_BANDS,
        {
            "candidate_name": "MIN-JUN KIM",
            "date_of_birth": "1998-02-14",
            "test_date": "2026-03-07",
            "reading": 5.5,
            "listening": 6.0,
            "speaking": 5.0,
            "writing": 5.5,
            "total": 5.5,
            "scale": "1-6",
        },
    ),
    (
        "toefl E3 one-line",
        DocType.toefl,
        TOEFL_E3_ONE_LINE,
        {
            "candidate_name": "AHMED KHALID AL-RASHIDI",
            "date_of_birth": "1989-12-01",
            "test_date": "2024-09-07",
            "reading": 22,
            "listening": 19,
            "speaking": 21,
            "writing": 20,
            "total": 82,
            "scale": "0-120",
        },
    ),
    (
        "hsk E1 zh-only-report",
        DocType.hsk,
        HSK_E1_ZH_ONLY,
        {
            "candidate_name": "NGUYEN THI LAN",
            "level": 5,
            "total": 241,
            "listening": 82,
            "reading": 88,
            "writing": 71,
            "test_date": "2024-12-08",
            "certificate_number": "H52412080347",
        },
    ),
    (
        "hsk E2 kr-level2",
        DocType.hsk,
        HSK_E2_KR_LEVEL2,
        {
            "candidate_name": ("PARK JI-HOON", "박지훈"),
            "level": 2,
            "total": 179,
            "listening": 88,
            "reading": 91,
            "writing": None,
            "test_date": "2023-10-21",
            "certificate_number": "H22310210526",
        },
    ),
    (
        "hsk E3 en-one-line",
        DocType.hsk,
        HSK_E3_EN_ONE_LINE,
        {
            "candidate_name": "Sophie Marie DUBOIS",
            "level": 6,
            "total": 240,
            "listening": 79,
            "reading": 85,
            "writing": 76,
            "test_date": "2025-05-18",
            "certificate_number": "H62505180043",
        },
    ),
    (
        "psc E1 cn-numeral-date",
        DocType.psc,
        PSC_E1_CN_NUMERALS,
        {
            "candidate_name": "李娜",
            "grade": "二级甲等",
            "test_date": "2019-06-15",
            "certificate_number": "4401119001234",
        },
    ),
    (
        "psc E2 header-table",
        DocType.psc,
        PSC_E2_TABLE,
        {
            "candidate_name": "王建国",
            "grade": "一级乙等",
            "test_date": "2021-11-06",
            "certificate_number": "3200121001567",
        },
    ),
    (
        "psc E3 translation",
        DocType.psc,
        PSC_E3_TRANSLATION,
        {
            "candidate_name": ("周敏", "ZHOU Min", "周敏 ZHOU Min"),
            "grade": "二级乙等",
            "test_date": "2017-04-12",
            "certificate_number": "5100117000982",
        },
    ),
    (
        "degree E1 scottish-ceremonial",
        DocType.degree,
        DEGREE_E1_SCOTTISH,
        {
            "holder_name": "JAMES ALEXANDER MACLEOD",
            "level": "master",
            "title": "Master of Science",
            "field": "Artificial Intelligence",
            "institution": "The University of Edinburgh",
            "award_date": "2019-06-28",
        },
    ),
    (
        "degree E2 mx-bilingual",
        DocType.degree,
        DEGREE_E2_MX,
        {
            "holder_name": "LUIS FERNANDO RAMÍREZ ORTEGA",
            "level": "bachelor",
            "title": "Bachelor of Engineering",
            "field": "Civil Engineering",
            "institution": (
                "Universidad Nacional Autónoma de México",
                "National Autonomous University of Mexico",
            ),
            "award_date": "2015-08-14",
        },
    ),
    (
        "degree E3 zh-doctorate",
        DocType.degree,
        DEGREE_E3_ZH_DOCTORATE,
        {
            "holder_name": ("LIU Yang", "刘洋"),
            "level": "doctorate",
            "title": ("Doctor of Philosophy", "PhD"),
            "field": "Materials Science and Engineering",
            "institution": ("Zhejiang University", "浙江大学"),
            "award_date": "2021-03-25",
        },
    ),
    (
        "degree E4 us-spelled-year",
        DocType.degree,
        DEGREE_E4_US_SPELLED_YEAR,
        {
            "holder_name": "Priyanka Nair Menon",
            "level": "bachelor",
            "title": "Bachelor of Science",
            "field": "Business Administration",
            "institution": "Georgetown University",
            "award_date": "2016-05-22",
        },
    ),
    (
        "transcript E1 us-terms",
        DocType.transcript,
        TRANSCRIPT_E1_US,
        {
            "holder_name": "Yu-Ting Chen",
            "institution": "Purdue University",
            "level": "master",
            "award_date": "2019-05-11",
        },
    ),
    (
        "transcript E2 in-grade-sheet",
        DocType.transcript,
        TRANSCRIPT_E2_IN,
        {
            "holder_name": "ARJUN KRISHNAMURTHY",
            "institution": ("Anna University", "Anna University, Chennai"),
            "level": "bachelor",
            "award_date": "2014-06-27",
        },
    ),
    (
        "transcript E3 de-records",
        DocType.transcript,
        TRANSCRIPT_E3_DE,
        {
            "holder_name": "Anna-Lena Schmidt",
            "institution": ("Technische Universität Berlin", "TU Berlin"),
            "level": "master",
            "award_date": "2022-09-30",
        },
    ),
    (
        "bank E1 ch-apostrophe",
        DocType.bank_statement,
        BANK_E1_CH,
        {
            "holder_name": "Thomas Keller-Brunner",
            "bank_name": "Glarner Alpenbank AG",
            "account_number_last4": "8009",
            "currency": "CHF",
            "statement_start": "2026-10-01",
            "statement_end": "2026-10-31",
            "closing_balance": 55030.30,
        },
    ),
    (
        "bank E2 my-trailing-sign",
        DocType.bank_statement,
        BANK_E2_MY,
        {
            "holder_name": "MOHD FAIZAL BIN ABDULLAH",
            "bank_name": "Straits Harimau Bank Berhad",
            "account_number_last4": "3318",
            "currency": "MYR",
            "statement_start": "2026-09-01",
            "statement_end": "2026-09-30",
            "closing_balance": 21875.15,
        },
    ),
    (
        "bank E3 id-rupiah",
        DocType.bank_statement,
        BANK_E3_ID,
        {
            "holder_name": "SITI RAHAYU",
            "bank_name": ("PT Bank Nusantara Sejahtera Tbk", "Bank Nusantara Sejahtera"),
            "account_number_last4": "2105",
            "currency": "IDR",
            "statement_start": "2026-08-01",
            "statement_end": "2026-08-31",
            "closing_balance": 47917910.00,
        },
    ),
    (
        "bank E4 uk-overdrawn",
        DocType.bank_statement,
        BANK_E4_UK_OVERDRAWN,
        {
            "holder_name": "OLIVIA J BRENNAN",
            "bank_name": "Wessex Solent Bank plc",
            "account_number_last4": "7706",
            "currency": "GBP",
            "statement_start": "2026-07-03",
            "statement_end": "2026-08-02",
            "closing_balance": -113.66,
        },
    ),
    (
        "ref E1 jp-zaishoku",
        DocType.reference_letter,
        REF_E1_JP,
        {
            "employee_name": ("Kenji Watanabe", "渡辺 健二", "Kenji Watanabe 渡辺 健二"),
            "employer": "Sakura Precision Industries Co., Ltd.",
            "position": ("Section Manager", "Section Manager (課長)"),
            "start_date": "2015-04-01",
            "end_date": None,
            "country": "JPN",
            "letter_date": "2026-10-01",
            "senior_role": True,
        },
    ),
    (
        "ref E2 us-verification",
        DocType.reference_letter,
        REF_E2_US,
        {
            "employee_name": "Danielle M. Ortiz",
            "employer": ("Cascade Ridge Software, Inc.", "Cascade Ridge Software Inc."),
            "position": "Software Engineer II",
            "start_date": "2019-06-03",
            "end_date": "2025-08-29",
            "country": "USA",
            "letter_date": "2026-09-18",
            "senior_role": False,
        },
    ),
    (
        "ref E3 in-whomsoever",
        DocType.reference_letter,
        REF_E3_IN,
        {
            "employee_name": "Rahul Verma",
            "employer": "Infoquest Technologies Pvt. Ltd.",
            "position": ("Lead Architect - Cloud Platforms", "Lead Architect"),
            "start_date": "2017-01-16",
            "end_date": None,
            "country": "IND",
            "letter_date": "2026-10-05",
            "senior_role": True,
        },
    ),
    (
        "ref E4 de-zeugnis",
        DocType.reference_letter,
        REF_E4_DE_ZEUGNIS,
        {
            "employee_name": "Katharina Weber",
            "employer": "Nordlicht Logistik GmbH",
            "position": "Logistics Analyst",
            "start_date": "2016-10-01",
            "end_date": "2024-06-30",
            "country": "DEU",
            "letter_date": "2024-06-30",
            "senior_role": False,
        },
    ),
    (
        "prc E1 front",
        DocType.prc_id_card,
        PRC_E1_FRONT,
        {"name": "王芳", "id_number": "440106199207190427", "date_of_birth": "1992-07-19", "sex": "F"},
    ),
    (
        "prc E2 back-and-front",
        DocType.prc_id_card,
        PRC_E2_BACK_AND_FRONT,
        {"name": "马强", "id_number": "640104198501233176", "date_of_birth": "1985-01-23", "sex": "M"},
    ),
    (
        "prc E3 translation",
        DocType.prc_id_card,
        PRC_E3_TRANSLATION,
        {
            "name": ("赵雪梅", "ZHAO Xuemei", "赵雪梅 ZHAO Xuemei"),
            "id_number": "32010219791230108X",
            "date_of_birth": "1979-12-30",
            "sex": "F",
        },
    ),
]


def score() -> tuple[int, int, list[tuple], list[tuple]]:
    """(right, total, misses, wrong_accepted) over every expected fact of every case."""
    return harness.score(CASES)


# --------------------------------------------------------------------------------------------------
# Self-consistency of the documents themselves
# --------------------------------------------------------------------------------------------------


def test_issuer_family_e_documents_are_self_consistent() -> None:
    kinds = {doc_type for _, doc_type, _, _ in CASES}
    assert kinds == {
        DocType.ielts,
        DocType.toefl,
        DocType.hsk,
        DocType.psc,
        DocType.degree,
        DocType.transcript,
        DocType.bank_statement,
        DocType.reference_letter,
        DocType.prc_id_card,
    }
    contract_fields = {
        DocType.ielts: {
            "candidate_name", "date_of_birth", "overall", "listening", "reading", "writing", "speaking",
            "test_date", "trf_number", "module",
        },
        DocType.toefl: {
            "candidate_name", "date_of_birth", "total", "reading", "listening", "speaking", "writing",
            "test_date", "scale",
        },
        DocType.hsk: {
            "candidate_name", "level", "total", "listening", "reading", "writing", "test_date",
            "certificate_number",
        },
        DocType.psc: {"candidate_name", "grade", "test_date", "certificate_number"},
        DocType.degree: {"holder_name", "level", "title", "field", "institution", "award_date"},
        DocType.transcript: {"holder_name", "institution", "level", "award_date"},
        DocType.bank_statement: {
            "holder_name", "bank_name", "account_number_last4", "currency", "statement_start",
            "statement_end", "closing_balance",
        },
        DocType.reference_letter: {
            "employee_name", "employer", "position", "start_date", "end_date", "country", "letter_date",
            "senior_role",
        },
        DocType.prc_id_card: {"name", "id_number", "date_of_birth", "sex"},
    }  # fmt: skip
    labels = [label for label, _, _, _ in CASES]
    assert len(labels) == len(set(labels))
    for label, doc_type, rows, expected in CASES:
        # every field of the contract is expected, and no other
        assert set(expected) == contract_fields[doc_type], label
        # cells of one row never overlap and stay on the 600pt page
        for row in rows:
            cells = [(40.0, row)] if isinstance(row, str) else sorted(row)
            for (x0, t0), (x1, _) in itertools.pairwise(cells):
                assert x0 + CHAR_W * len(t0) < x1, (label, t0)
            last_x, last_text = cells[-1]
            assert last_x + CHAR_W * len(last_text) <= 600, (label, last_text)
        # dates are ISO and real
        for field, want in expected.items():
            dated = field.endswith("date") or field in {"date_of_birth", "statement_start", "statement_end"}
            if dated and want is not None:
                date.fromisoformat(_first(want))
        if doc_type == DocType.ielts:
            bands = [expected[k] for k in ("listening", "reading", "writing", "speaking")]
            assert all(b * 2 == int(b * 2) and 0 <= b <= 9 for b in bands), label
            assert ielts_overall(bands) == expected["overall"], label
        if doc_type == DocType.toefl:
            sections = [expected[k] for k in ("reading", "listening", "speaking", "writing")]
            if expected["scale"] == "0-120":
                assert all(0 <= s <= 30 for s in sections), label
                assert sum(sections) == expected["total"], label
            else:
                assert expected["scale"] == "1-6"
                assert ielts_overall(sections) == expected["total"], label
        if doc_type == DocType.hsk:
            parts = [expected[k] for k in ("listening", "reading", "writing") if expected[k] is not None]
            assert sum(parts) == expected["total"], label
            assert (expected["writing"] is None) == (expected["level"] <= 2), label
            assert expected["total"] <= (200 if expected["level"] <= 2 else 300), label
            # report number: H + level + test date as YYMMDD + serial
            cert = expected["certificate_number"]
            assert cert[:2] == f"H{expected['level']}", label
            assert cert[2:8] == expected["test_date"][2:].replace("-", ""), label
        if doc_type == DocType.psc:
            assert re.fullmatch(r"[一二三]级[甲乙]等", expected["grade"]), label
        if doc_type == DocType.prc_id_card:
            number = expected["id_number"]
            assert len(number) == 18 and prc_check_char(number[:17]) == number[17], label
            assert number[6:14] == expected["date_of_birth"].replace("-", ""), label
            assert ("M" if int(number[16]) % 2 else "F") == expected["sex"], label
            assert number in _row_text(rows), label
        if doc_type == DocType.bank_statement:
            opening, moves, closing = BANK_ARITHMETIC[label]
            credits = sum(m for m in moves if m > 0)
            debits = -sum(m for m in moves if m < 0)
            assert round(opening + credits - debits, 2) == closing, label
            assert closing == expected["closing_balance"], label
            style = BANK_STYLE.get(label, "en")
            text = _row_text(rows)
            balance = opening
            for amount in [opening, *moves, closing, credits, debits]:
                assert _amount_in(text, amount, style), (label, amount)
            for move in moves:  # the running balance printed after each transaction adds up too
                balance = round(balance + move, 2)
                assert _amount_in(text, balance, style), (label, balance)
            digits = re.sub(r"\D", "", text)
            assert expected["account_number_last4"] in digits, label
        if doc_type == DocType.reference_letter:
            assert "end_date" in expected  # None means: still employed, must not be accepted with a value
            assert isinstance(expected["senior_role"], bool), label
            assert re.fullmatch(r"[A-Z]{3}", expected["country"]), label
    # the PRC numbers printed on the PSC certificates are valid too
    for psc_id in ("440306199302150627", "510104199508223144"):
        assert prc_check_char(psc_id[:17]) == psc_id[17]


def test_issuer_family_e_scores_at_least_90_percent() -> None:
    right, total, misses, _ = score()
    assert right / total >= 0.90, f"{right}/{total}; misses: {misses}"


def test_issuer_family_e_accepts_no_wrong_value() -> None:
    _, _, _, wrong_accepted = score()
    assert not wrong_accepted, wrong_accepted


if __name__ == "__main__":
    right, total, misses, wrong_accepted = score()
    print(f"issuer family E: {right}/{total} = {100 * right / total:.1f}%")
    print(f"wrong values accepted: {len(wrong_accepted)}")
    for label, field, want, got, status in misses:
        shown = getattr(status, "value", status)
        print(f"  MISS {label:36} {field:22} expected={want!r} got={got!r} status={shown}")
