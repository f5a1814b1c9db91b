"""Issuer family L: 27 held-out documents (180 facts) written blind, to measure generalisation.

Written by a helper session under independence rules: it did not open the extractors, the readers,
the sample-document generator, or the documents of any other test family (family K was read only
for the structure of its module); it read only the output contract, DOCUMENTS.md, core/models.py,
the page builder in test_extract_toolkit.py, the spelling of values in sample_docs/truth, and the
shared comparison harness (reused unchanged).

Three documents of every kind, as a Hong Kong QMAS consultancy receives them from applicants in
Vietnam, Russia, Nigeria, Thailand, Kazakhstan, Pakistan, Hong Kong, Macau, Taiwan, mainland China
(Sichuan, Guangdong, Beijing, Zhejiang, Guangxi), Indonesia, Germany, Australia, Canada and France.
What varies: IELTS as a paper TRF with the module in its title, the TRF's note naming both modules
and a component/band/CEFR table, as a printout of the online results page (overall above the
skills, remark and retake deadlines), and as a notarised copy with all bands in one line (mean
6.25 rounding up); TOEFL with the total above a two-by-two section grid, a Home Edition copy with
the name in three fields and a section/score/level table, a "View Scores" page with US month-first
dates and a validity date; HSK 5 with "/100" and percentile ranks, HSK 2 without writing and a
dotted date, an HSK 4 certificate in bilingual prose; PSC as two label/value pairs a row with a
Hong Kong ID, an e-certificate printout with the holder's PRC ID number, a certified translation
("Level Two, Grade B (二级乙等)"); a bilingual Indonesian ijazah, a German-only Urkunde with a
dated certification stamp, a Pakistani PhD conferred "on the 17th day of November, 2018" with a
later issue date; an Australian research transcript (commencement, examination, issue dates), a
Taiwanese bilingual graduate transcript (ROC terms, oral defence date), a Vietnamese bilingual
bachelor transcript; a Thai/English statement with two-digit-year rows, a Canadian statement with
two accounts and a cycle across months, a Nigerian quarter with the summary first and value dates;
a Macau certificate with promotions in prose, a certified translation of a French certificat de
travail (left the company), an Indonesian key/value letter with a career table ending "present";
PRC ID cards on a consultancy scan sheet (received date, spaced birth date), a temporary card with
check character X, a photocopy of both sides with a "for this use only" annotation.

First contact (2026-11-27): 154/180 = 85.6%, 4 wrong values accepted. Misses then: IELTS reading,
writing and module of the CEFR-table TRF; the US month-first TOEFL dates (birth and test); names in
certifying prose (HSK 4) and in a translation with the Chinese in brackets (PSC); degree fields of
the ijazah, the Urkunde and the "DOCTOR OF PHILOSOPHY IN PHYSICS" line (whose title was accepted with
the field attached), the Urkunde's holder after "Frau"; transcript levels from "Doctor of
Philosophy - Engineering" and "Cử nhân / Bachelor", the Vietnamese holder; the Thai and Nigerian
closing balances; employers of all three letters, the Macau letter's current position (took the
middle promotion), the French translation's country and letter date, the Indonesian letter's
position ("Join Date") and letter date (took the join date); the scan sheet's received date offered
as the birth date (for review). No expected value or document was changed after first contact.

The extractors were then fixed against its wrong values and its reference-letter and degree misses
with general rules (a heading whose value cell opens with a colon is a form's label, not a table's
head; "Join Date" is a start label and any other "... Date:" row ends the search for the letter's
date; "Since D she has served as X" names a role dated D, and a role's date may stand inside the
words that name it; "in"/"with" after a title in capitals; a company's place in brackets, Indonesia's
"PT" before the name, "SAS", a translator's "[Letterhead]" mark; "Issued in Lyon on D" dates a
letter; " - " separates a letterhead's parts), reaching 164/180 with none wrong accepted. The tests
hold that.
"""

from __future__ import annotations

from typing import Any

from core.models import DocType
from tests import issuer_family_harness as harness
from tests.issuer_family_harness import Row

FIRST_CONTACT = {"date": "2026-11-27", "right": 154, "total": 180, "wrong_accepted": 4}
AFTER_FIXES = 176

# --------------------------------------------------------------------------------------------------
# IELTS
# --------------------------------------------------------------------------------------------------

# Vietnam, paper TRF from a British Council centre: module in the title line, the TRF's own note
# naming both modules, scores as a component table with a CEFR column, the administrator's date
IELTS_VN_PAPER_CEFR_TABLE: list[Row] = [
    [(40, "IELTS"), (330, "TEST REPORT FORM")],
    [(40, "GENERAL TRAINING MODULE"), (330, "British Council Viet Nam")],
    "NOTE Admission to undergraduate and post graduate courses should be based on the",
    "ACADEMIC Reading and Writing Modules. GENERAL TRAINING Reading and Writing Modules",
    "are not designed to test the full range of language skills required for academic purposes.",
    [
        (40, "Centre Number"),
        (140, "VN012"),
        (220, "Date"),
        (260, "18/JAN/2025"),
        (360, "Candidate No."),
        (450, "004871"),
    ],
    "Candidate Details",
    [(40, "Family Name"), (180, "NGUYEN")],
    [(40, "First Name(s)"), (180, "THI MAI ANH")],
    [(40, "Candidate ID"), (180, "C8372106")],
    [(40, "Date of Birth"), (180, "07/11/1993"), (300, "Sex (M/F)"), (380, "F")],
    [(40, "Scheme Code"), (180, "Private Candidate")],
    [(40, "Country or Region of Origin"), (240, "VIET NAM")],
    [(40, "Country of Nationality"), (240, "VIET NAM")],
    [(40, "First Language"), (240, "VIETNAMESE")],
    "Test Results",
    [(40, "Component"), (220, "Band Score"), (340, "CEFR Level")],
    [(40, "Listening"), (220, "7.5"), (340, "C1")],
    [(40, "Reading"), (220, "8.0"), (340, "C1")],
    [(40, "Writing"), (220, "6.5"), (340, "B2")],
    [(40, "Speaking"), (220, "7.0"), (340, "C1")],
    [(40, "Overall Band Score"), (220, "7.5"), (340, "C1")],
    [(40, "Administrator Comments"), (240, "-")],
    [(40, "Centre stamp"), (300, "Validation stamp")],
    [(40, "Date"), (100, "31/01/2025"), (300, "Test Report Form Number"), (450, "25VN004871NGUY012G")],
    "Administrator signature  ..........................",
]

# Russia, a printout of the online results page: greeting, a test-taker profile block, the
# overall score on its own line above the four skills, release and remark deadlines as noise
IELTS_RU_RESULTS_PORTAL: list[Row] = [
    [(40, "IELTS by IDP"), (380, "My Account | Sign out")],
    "Home > My tests > Results",
    "Hello, Dmitrii",
    "Your results are ready",
    [
        (40, "IELTS Academic"),
        (200, "Computer-delivered"),
        (340, "Test date"),
        (406, "Saturday, 9 August 2025"),
    ],
    [(40, "Test centre"), (200, "IDP Education Moscow (RU501)")],
    [(40, "Results released"), (200, "12 August 2025")],
    "Test taker details",
    [(40, "Name"), (200, "SOKOLOV, DMITRII ALEKSANDROVICH")],
    [(40, "Date of birth"), (200, "21/05/1989")],
    [(40, "Identification"), (200, "Passport 75 4418203")],
    [(40, "Candidate number"), (200, "000412")],
    [(40, "Test Report Form (TRF) number"), (240, "25RU501093SOKD001A")],
    "Overall band score",
    [(40, "8.0"), (100, "CEFR C1")],
    [(40, "Listening"), (200, "8.5")],
    [(40, "Reading"), (200, "9.0")],
    [(40, "Writing"), (200, "7.0")],
    [(40, "Speaking"), (200, "7.5")],
    "Not happy with your result? Request an Enquiry on Results by 06 October 2025,",
    "or book a One Skill Retake within 60 days of your test date.",
    "Download e-TRF (PDF)      Send results to organisations",
    "Printed 14/10/2026 11:42",
]

# Nigeria, a notarised copy of an Academic TRF: the four bands and the overall in a single line,
# a certification stamp with its own date over the top
IELTS_NG_CERTIFIED_ONE_LINE: list[Row] = [
    "CERTIFIED TRUE COPY OF THE ORIGINAL SEEN BY ME",
    "Commissioner for Oaths, High Court of Lagos State, Ikeja   Date: 14/09/2026",
    [(40, "IELTS"), (300, "Test Report Form")],
    [(40, "ACADEMIC"), (300, "British Council Nigeria, Lagos")],
    [
        (40, "Centre Number"),
        (140, "NG011"),
        (220, "Date"),
        (260, "22/FEB/2025"),
        (360, "Candidate Number"),
        (470, "001287"),
    ],
    [(40, "Family Name"), (180, "OKONKWO")],
    [(40, "First Name"), (180, "CHIDIEBERE EMMANUEL")],
    [(40, "Candidate ID"), (180, "A11290443")],
    [(40, "Date of Birth"), (180, "30/06/1988"), (320, "Sex (M/F)"), (400, "M")],
    [(40, "Country of Nationality"), (200, "NIGERIA"), (320, "First Language"), (420, "IGBO")],
    "Test Results",
    [
        (40, "Listening"),
        (104, "6.5"),
        (140, "Reading"),
        (194, "6.0"),
        (230, "Writing"),
        (284, "5.5"),
        (320, "Speaking"),
        (380, "7.0"),
        (416, "Overall Band Score"),
        (536, "6.5"),
    ],
    [(416, "CEFR Level"), (536, "B2")],
    "Administrator Comments",
    [(40, "Validation stamp"), (300, "Date"), (340, "08/03/2025")],
    [(40, "Test Report Form Number"), (300, "25NG011287OKOC005A")],
    "STAMP: NOTARY PUBLIC - BARR. F. A. ADEYEMI - LAGOS - REG NO 4471",
]

# --------------------------------------------------------------------------------------------------
# TOEFL
# --------------------------------------------------------------------------------------------------

# Thailand, test-taker score report: the total above a two-by-two grid of the sections
TOEFL_TH_TOTAL_OVER_GRID: list[Row] = [
    [(40, "ETS"), (100, "TOEFL iBT(R) Test")],
    "Test Taker Score Report",
    [(40, "Name"), (180, "KAEWMANEE, SIRIPORN")],
    [(40, "Date of Birth"), (180, "February 19, 1994"), (340, "Gender"), (400, "Female")],
    [(40, "Native Country"), (180, "Thailand"), (340, "Native Language"), (440, "Thai")],
    [(40, "Registration Number"), (180, "0000000018462317")],
    [(40, "Test Date"), (180, "June 14, 2025")],
    [(40, "Test Center"), (180, "STN80421A Bangkok, Thailand")],
    "TOTAL SCORE",
    [(40, "101"), (80, "out of 120")],
    [(40, "Reading"), (120, "26"), (260, "Listening"), (340, "27")],
    [(40, "Speaking"), (120, "23"), (260, "Writing"), (340, "25")],
    "Scores are reported for two years after the test date.",
    "Report date: June 24, 2025",
]

# Kazakhstan, Home Edition examinee copy: name in three fields, a section/score/level table
TOEFL_KZ_HOME_EDITION_TABLE: list[Row] = [
    "TOEFL iBT Home Edition",
    "Examinee Score Report - unofficial copy",
    [
        (40, "Last Name:"),
        (110, "ZHUMABEKOV"),
        (220, "First Name:"),
        (296, "YERLAN"),
        (370, "Middle Name:"),
        (450, "-"),
    ],
    [(40, "Date of Birth:"), (140, "Aug 30, 1992"), (300, "Country:"), (360, "Kazakhstan")],
    [(40, "Test Date:"), (140, "Nov 8, 2025"), (300, "Appointment No.:"), (410, "874412093")],
    [(40, "Section"), (200, "Score"), (300, "Level")],
    [(40, "Reading"), (200, "29"), (300, "Advanced")],
    [(40, "Listening"), (200, "28"), (300, "Advanced")],
    [(40, "Speaking"), (200, "24"), (300, "High-Intermediate")],
    [(40, "Writing"), (200, "27"), (300, "Advanced")],
    [(40, "Total Score"), (200, "108")],
    "This copy is for the test taker's information. Institutions get official reports from ETS.",
]

# Pakistan, printed "View Scores" page: a greeting in prose, US month-first dates, a score row
# beside its test date, a validity date and a print date
TOEFL_PK_VIEW_SCORES_US_DATES: list[Row] = [
    [(40, "ETS Account"), (400, "Printed 10/14/2025")],
    "Dear Ayesha,",
    "Your scores for the TOEFL iBT test you took on September 27, 2025 are now available.",
    [(40, "Test taker"), (180, "MALIK, AYESHA SIDDIQUI")],
    [(40, "Date of birth"), (180, "03/22/1996")],
    [(40, "Test center"), (180, "Islamabad, Pakistan (STN52107B)")],
    [
        (40, "Test Date"),
        (120, "Reading"),
        (190, "Listening"),
        (270, "Speaking"),
        (350, "Writing"),
        (420, "Total"),
    ],
    [(40, "09/27/2025"), (120, "22"), (190, "25"), (270, "21"), (350, "24"), (420, "92")],
    "Scores are valid until 09/27/2027.",
    "Send your scores to more institutions for a fee.",
]

# --------------------------------------------------------------------------------------------------
# HSK
# --------------------------------------------------------------------------------------------------

# Vietnam, HSK 5 score report: each score followed by "/100" and a percentile rank
HSK_VN_LEVEL5_PERCENTILE: list[Row] = [
    "汉语水平考试 HSK（五级）成绩报告",
    "Chinese Proficiency Test HSK (Level 5) Score Report",
    [(40, "姓名 Name"), (200, "NGUYEN DUC THANH")],
    [(40, "性别 Gender"), (200, "男 Male"), (300, "国籍 Nationality"), (420, "越南 Vietnam")],
    [(40, "证件号码 ID No."), (200, "C7263514")],
    [(40, "考试时间 Examination Date"), (200, "2025年3月16日")],
    [(40, "考点 Test Centre"), (200, "河内大学孔子学院 Confucius Institute at Hanoi University")],
    [(40, "科目 Section"), (200, "分数 Score"), (320, "百分等级 Percentile Rank")],
    [(40, "听力 Listening"), (200, "87 /100"), (320, "81%")],
    [(40, "阅读 Reading"), (200, "92 /100"), (320, "86%")],
    [(40, "书写 Writing"), (200, "71 /100"), (320, "64%")],
    [(40, "总分 Total Score"), (200, "250 /300"), (320, "80%")],
    "合格标准：总分180分 Passing Score: 180",
    [(40, "成绩报告编号 No."), (200, "H52503160417")],
    "中国教育部中外语言交流合作中心 Center for Language Education and Cooperation",
]

# Thailand, HSK 2 (internet-based) with no writing section, a dotted date and a 200 maximum
HSK_TH_LEVEL2_DOTTED_DATE: list[Row] = [
    "HSK 二级 成绩报告 HSK Level 2 Score Report (网考 Internet-based)",
    [(40, "Name 姓名"), (180, "KANYARAT SRISUK")],
    [(40, "Nationality 国籍"), (180, "Thailand 泰国")],
    [(40, "Test Date 考试日期"), (180, "2024.09.22")],
    [(40, "Test Centre 考点"), (180, "Confucius Institute of Chiang Mai University (6601)")],
    [(40, "Listening 听力"), (180, "88"), (260, "full marks 100")],
    [(40, "Reading 阅读"), (180, "95"), (260, "full marks 100")],
    [(40, "Total 总分"), (180, "183"), (260, "full marks 200")],
    "Passing score 120 及格分数线",
    [(40, "Report No. 报告编号"), (180, "H22409220035")],
    "Verify at www.chinesetest.cn with the report number and your name.",
]

# Russia, an HSK 4 certificate in prose: the name and date inside a certifying sentence in both
# languages, the four scores on one line, an issue date
HSK_RU_LEVEL4_CERTIFICATE_PROSE: list[Row] = [
    "汉语水平考试证书",
    "CHINESE PROFICIENCY TEST CERTIFICATE",
    "兹证明 IVANOVA ANNA SERGEEVNA 于 2025 年 4 月 19 日参加汉语水平考试 HSK（四级），成绩如下：",
    "This is to certify that IVANOVA ANNA SERGEEVNA took the HSK (Level 4) on 19 April 2025,",
    "with the following scores:",
    [
        (40, "听力 Listening"),
        (130, "78"),
        (160, "阅读 Reading"),
        (240, "84"),
        (270, "书写 Writing"),
        (350, "69"),
        (380, "总分 Total"),
        (450, "231"),
    ],
    [(40, "出生日期 Date of Birth"), (200, "1998-01-27")],
    [(40, "证书编号 Certificate No."), (200, "H42504190518")],
    [(40, "发证日期 Date of Issue"), (200, "2025年5月30日")],
    "考点：莫斯科国立大学孔子学院 Test Centre: Confucius Institute at Moscow State University",
]

# --------------------------------------------------------------------------------------------------
# PSC (普通话水平测试)
# --------------------------------------------------------------------------------------------------

# Hong Kong, a certificate taken at a Hong Kong test station: two label/value pairs a row,
# a Hong Kong identity card number, an issue date
PSC_HK_TWO_PAIRS_A_ROW: list[Row] = [
    "普通话水平测试等级证书",
    "国家语言文字工作委员会 制",
    [(40, "姓名"), (100, "李嘉欣"), (300, "性别"), (360, "女")],
    [(40, "证件号码"), (100, "Y381274(5)")],
    [(40, "成绩"), (100, "88.6分"), (300, "等级"), (360, "二级甲等")],
    [(40, "测试机构"), (100, "香港理工大学普通话水平测试站")],
    [(40, "测试时间"), (100, "2019年10月26日")],
    [(40, "证书编号"), (100, "8100119003371")],
    [(40, "发证日期"), (100, "2019年12月10日")],
    "（钢印）",
]

# Sichuan, an electronic certificate printed from the national query site: the holder's PRC
# identity number beside the certificate number, a print timestamp and a verification code
PSC_SC_E_CERTIFICATE_PRINTOUT: list[Row] = [
    "国家普通话水平测试 电子证书",
    "查询结果",
    [(40, "姓名："), (140, "王晓彤")],
    [(40, "性别："), (140, "女")],
    [(40, "证件号码："), (140, "510106199404172322")],
    [(40, "测试成绩："), (140, "92.35")],
    [(40, "等级："), (140, "一级乙等")],
    [(40, "测试时间："), (140, "2021-06-19")],
    [(40, "证书编号："), (140, "51101210010876")],
    [(40, "发证单位："), (140, "四川省语言文字工作委员会")],
    [(40, "打印时间："), (140, "2026-10-09 14:22:31"), (340, "验证码："), (400, "7KQ4M2")],
]

# Guangzhou, a certified English translation: grade as "Level Two, Grade B" with the Chinese grade
# in brackets, the translator's own date and registration number
PSC_GD_CERTIFIED_TRANSLATION: list[Row] = [
    "[Translation]",
    "PUTONGHUA PROFICIENCY TEST GRADE CERTIFICATE",
    "Issued under the State Language Work Committee",
    [(40, "Name:"), (160, "HUANG Meiling (黄美玲)"), (340, "Gender:"), (400, "Female")],
    [(40, "ID Card No.:"), (160, "440106198711250420")],
    [(40, "Score:"), (160, "83.7")],
    [(40, "Grade:"), (160, "Level Two, Grade B (二级乙等)")],
    [(40, "Test Date:"), (160, "18 May 2013")],
    [(40, "Test Centre:"), (160, "Guangdong Putonghua Training and Testing Centre")],
    [(40, "Certificate No.:"), (160, "4400113005127")],
    [(40, "Date of Issue:"), (160, "30 June 2013")],
    "We certify that this is a true and complete translation of the Chinese original.",
    "Guangzhou Huayi Translation Services Co., Ltd.   Translator No. GZT-0931",
    "Date: 3 October 2026   (Company seal)",
]

# --------------------------------------------------------------------------------------------------
# Degree certificates
# --------------------------------------------------------------------------------------------------

# Indonesia, a bilingual ijazah: national diploma number and student number near the name, the
# birth date, Indonesian and English wording alternating, place and date at the foot
DEGREE_ID_BILINGUAL_IJAZAH: list[Row] = [
    "KEMENTERIAN PENDIDIKAN, KEBUDAYAAN, RISET, DAN TEKNOLOGI",
    "UNIVERSITAS INDONESIA",
    "IJAZAH / DIPLOMA",
    [(40, "Nomor Ijazah Nasional"), (240, "0011920140012345")],
    "Dengan ini menyatakan bahwa / This is to certify that",
    "RIZKY ADITYA PRATAMA",
    [(40, "NPM / Student ID"), (240, "1006671234")],
    "lahir di Bandung, tanggal 12 Maret 1992 / born in Bandung on 12 March 1992",
    "telah menyelesaikan dan memenuhi segala syarat pendidikan pada Program Studi Teknik Sipil,",
    "Fakultas Teknik, dan kepadanya diberikan gelar",
    "has completed all requirements of the Civil Engineering study programme, Faculty of",
    "Engineering, and has been awarded the degree of",
    "SARJANA TEKNIK (S.T.)",
    "Bachelor of Engineering",
    "beserta segala hak dan kewajiban yang melekat pada gelar tersebut.",
    "with all the rights and obligations attached to the degree.",
    "Depok, 29 Agustus 2014 / Depok, 29 August 2014",
    [(40, "Dekan / Dean"), (340, "Rektor / Rector")],
]

# Germany, a German-only Urkunde with a certified-copy stamp (its own dotted date) under it
DEGREE_DE_URKUNDE_BEGLAUBIGT: list[Row] = [
    "TECHNISCHE UNIVERSITÄT MÜNCHEN",
    "URKUNDE",
    "Die Technische Universität München verleiht",
    "Frau Lena Sophie Hoffmann",
    "geboren am 3. Mai 1990 in Augsburg",
    "aufgrund der bestandenen Masterprüfung im Studiengang Maschinenwesen",
    "den akademischen Grad",
    "Master of Science (M.Sc.)",
    "München, den 14. Oktober 2016",
    [(40, "Der Präsident"), (340, "Der Studiendekan")],
    "(Siegel)",
    "Beglaubigte Abschrift. Die Übereinstimmung dieser Abschrift mit der Urschrift wird hiermit",
    "beglaubigt. Augsburg, 21.08.2026   Stadt Augsburg, Bürgerbüro   (Dienstsiegel)",
]

# Pakistan, a PhD degree: serial and registration numbers, "son of", the degree and field on one
# line in capitals, the conferral date in words, a later issue date
DEGREE_PK_PHD_CONFERRED_ON: list[Row] = [
    "QUAID-I-AZAM UNIVERSITY",
    "ISLAMABAD",
    [(40, "Serial No. 018736"), (340, "Registration No. 03-PHY-0512")],
    "THIS IS TO CERTIFY THAT",
    "Muhammad Usman Tariq",
    "Son of Tariq Mehmood",
    "having fulfilled all the requirements prescribed by the University and having",
    "successfully defended his dissertation, has been awarded the degree of",
    "DOCTOR OF PHILOSOPHY IN PHYSICS",
    "The degree was conferred on the 17th day of November, 2018.",
    [(40, "Controller of Examinations"), (340, "Vice-Chancellor")],
    "Date of issue: 05-02-2019",
]

# --------------------------------------------------------------------------------------------------
# Transcripts
# --------------------------------------------------------------------------------------------------

# Australia, a research doctorate's academic record: commencement, examination and issue dates
# around the conferral, name surname-first
TRANSCRIPT_AU_RESEARCH_RECORD: list[Row] = [
    "THE UNIVERSITY OF MELBOURNE",
    "ACADEMIC TRANSCRIPT",
    [(40, "Student Number"), (160, "731044"), (300, "Date of Issue"), (400, "02 September 2026")],
    [(40, "Name"), (160, "GALLAGHER, Thomas Patrick")],
    [(40, "Date of Birth"), (160, "11/02/1987")],
    [(40, "Course"), (160, "Doctor of Philosophy - Engineering")],
    [(40, "Commenced"), (160, "01 March 2015")],
    [(40, "Course Status"), (160, "Completed - Conferred 14 December 2019")],
    "Thesis: Fatigue behaviour of additively manufactured titanium lattice structures",
    [(40, "Year"), (90, "Study Period"), (180, "Subject"), (460, "Result")],
    [(40, "2015"), (90, "Semester 1"), (180, "ENGR90035 Research Integrity"), (460, "Pass")],
    [(40, "2015"), (90, "Semester 2"), (180, "ENGR90041 Research Methods"), (460, "H1 (86)")],
    [(40, "2016"), (90, "Year Long"), (180, "Confirmation of Candidature"), (460, "Confirmed")],
    [(40, "2019"), (90, "Semester 1"), (180, "Thesis examined 23 August 2019"), (460, "Passed")],
    "*** END OF RECORD ***",
    "This transcript is not valid unless it bears the University seal.",
]

# Taiwan, a bilingual graduate transcript: ROC-year terms, an oral defence date, print date
TRANSCRIPT_TW_BILINGUAL_GRADUATE: list[Row] = [
    "國立臺灣大學 研究生歷年成績單",
    "NATIONAL TAIWAN UNIVERSITY GRADUATE ACADEMIC TRANSCRIPT",
    [(40, "學號 Student ID"), (200, "R03921047"), (330, "列印日期 Printed"), (450, "2026/09/18")],
    [(40, "姓名 Name"), (200, "陳怡君 CHEN, YI-CHUN")],
    [(40, "出生日期 Date of Birth"), (200, "1991/08/05")],
    [(40, "系所 Department"), (200, "電機工程學研究所 Graduate Institute of")],
    [(200, "Electrical Engineering")],
    [(40, "學位 Degree"), (200, "碩士 Master of Science")],
    [(40, "學年 Term"), (130, "課程 Course"), (400, "學分 Cr"), (460, "成績 Grade")],
    [(40, "103-1"), (130, "Random Processes 隨機過程"), (400, "3"), (460, "A+")],
    [(40, "103-1"), (130, "Digital Communications 數位通訊"), (400, "3"), (460, "A")],
    [(40, "103-2"), (130, "Detection and Estimation 偵測與估計"), (400, "3"), (460, "A-")],
    [(40, "104-1"), (130, "Seminar 專題討論"), (400, "1"), (460, "Pass")],
    [(40, "104-2"), (130, "Thesis 碩士論文"), (400, "0"), (460, "Pass")],
    [(40, "學位考試 Oral Defense"), (200, "2016/06/14")],
    [(40, "畢業日期 Date of Graduation"), (200, "2016/06/30")],
    [(40, "總學分 Total Credits"), (200, "30")],
    "註冊組 Office of the Registrar",
]

# Vietnam, a bilingual Vietnamese/English undergraduate transcript: intake years, CPA, a
# graduation decision date and the place-and-date line of signing
TRANSCRIPT_VN_BILINGUAL_BACHELOR: list[Row] = [
    [(40, "BỘ GIÁO DỤC VÀ ĐÀO TẠO"), (300, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")],
    [(40, "TRƯỜNG ĐẠI HỌC BÁCH KHOA HÀ NỘI"), (300, "Độc lập - Tự do - Hạnh phúc")],
    "HANOI UNIVERSITY OF SCIENCE AND TECHNOLOGY",
    "BẢNG ĐIỂM HỌC TẬP TOÀN KHÓA / ACADEMIC TRANSCRIPT",
    [(40, "Họ và tên / Full name:"), (230, "TRẦN MINH ĐỨC")],
    [(40, "Ngày sinh / Date of birth:"), (230, "25/10/1995")],
    [(40, "Mã số sinh viên / Student ID:"), (230, "20134567")],
    [(40, "Ngành / Major:"), (230, "Kỹ thuật Máy tính / Computer Engineering")],
    [(40, "Trình độ / Level:"), (230, "Cử nhân / Bachelor")],
    [(40, "Khóa / Intake:"), (230, "K58 (2013 - 2017)")],
    [(40, "Mã HP / Code"), (130, "Tên học phần / Course"), (420, "TC / Cr"), (480, "Điểm / Grade")],
    [(40, "IT3011"), (130, "Cấu trúc dữ liệu / Data Structures"), (420, "3"), (480, "A")],
    [(40, "IT3080"), (130, "Mạng máy tính / Computer Networks"), (420, "3"), (480, "B+")],
    [(40, "IT4930"), (130, "Đồ án tốt nghiệp / Graduation Thesis"), (420, "12"), (480, "A")],
    [(40, "Tổng số tín chỉ / Credits earned:"), (260, "132"), (320, "CPA:"), (360, "3.21/4.00")],
    [(40, "Xếp loại tốt nghiệp / Classification:"), (270, "Giỏi / Very good")],
    [(40, "Ngày tốt nghiệp / Date of graduation:"), (270, "28/07/2017")],
    "Hà Nội, ngày 10 tháng 08 năm 2017",
    [(300, "TL. HIỆU TRƯỞNG / FOR THE RECTOR")],
]

# --------------------------------------------------------------------------------------------------
# Bank statements
# --------------------------------------------------------------------------------------------------

# Thailand, a Thai/English savings statement: account number in Thai groups, two-digit-year row
# dates, brought-forward row, totals by count
BANK_TH_BILINGUAL_SAVINGS: list[Row] = [
    "ธนาคารเจ้าพระยา จำกัด (มหาชน)",
    "CHAO PHRAYA BANK PUBLIC COMPANY LIMITED",
    "รายการเดินบัญชีเงินฝากออมทรัพย์ / STATEMENT OF SAVINGS ACCOUNT",
    [(40, "ชื่อบัญชี Account Name"), (220, "MS. PIMCHANOK THONGDEE")],
    [(40, "เลขที่บัญชี Account No."), (220, "123-4-56789-0")],
    [(40, "สาขา Branch"), (220, "Silom (0102)")],
    [(40, "ช่วงเวลา Period"), (220, "01/08/2026 - 31/08/2026")],
    [(40, "สกุลเงิน Currency"), (220, "THB")],
    [
        (40, "วันที่ Date"),
        (120, "รายการ Description"),
        (300, "ถอน Withdrawal"),
        (400, "ฝาก Deposit"),
        (490, "คงเหลือ Balance"),
    ],
    [(40, "01/08/26"), (120, "ยอดยกมา BALANCE B/F"), (490, "512,430.18")],
    [(40, "05/08/26"), (120, "รับโอน SALARY ACME TH"), (400, "96,500.00"), (490, "608,930.18")],
    [(40, "09/08/26"), (120, "ชำระบัตร CARD PAYMENT"), (300, "24,318.75"), (490, "584,611.43")],
    [(40, "15/08/26"), (120, "ถอน ATM SIAM PARAGON"), (300, "10,000.00"), (490, "574,611.43")],
    [(40, "22/08/26"), (120, "PromptPay โอนเงิน"), (300, "4,221.25"), (490, "570,390.18")],
    [(40, "31/08/26"), (120, "ดอกเบี้ย INTEREST"), (400, "312.40"), (490, "570,702.58")],
    [(40, "รวมถอน Total Withdrawals"), (200, "3 รายการ items"), (300, "38,540.00")],
    [(40, "รวมฝาก Total Deposits"), (200, "2 รายการ items"), (400, "96,812.40")],
    [(40, "ยอดคงเหลือ Ending Balance"), (490, "570,702.58")],
    "ติดต่อสอบถาม Call Center 1333 / Please examine this statement upon receipt.",
]

# Canada, two accounts in one statement: a cycle crossing months, dates without a year, the
# customer's street address and transit number as noise, a closing line per account
BANK_CA_TWO_ACCOUNTS_CYCLE: list[Row] = [
    [(40, "Maple Harbour Bank"), (360, "Your account statement")],
    "MS EMILY R TREMBLAY",
    "1820 RUE SAINTE-CATHERINE O APT 1204",
    "MONTREAL QC H3H 2T9",
    [(40, "Statement period"), (200, "August 28, 2026 to September 27, 2026")],
    "All amounts are in Canadian dollars (CAD).",
    [(40, "Everyday Chequing"), (200, "Transit 04821"), (340, "Account 5528163")],
    [(40, "Date"), (90, "Description"), (300, "Withdrawals"), (390, "Deposits"), (480, "Balance")],
    [(40, "Aug 28"), (90, "Opening balance"), (480, "12,845.66")],
    [(40, "Sep 1"), (90, "Payroll deposit LUMEN AI"), (390, "6,412.33"), (480, "19,257.99")],
    [(40, "Sep 2"), (90, "Rent e-Transfer"), (300, "2,350.00"), (480, "16,907.99")],
    [(40, "Sep 10"), (90, "Transfer to savings"), (300, "5,000.00"), (480, "11,907.99")],
    [(40, "Sep 15"), (90, "Payroll deposit LUMEN AI"), (390, "6,412.33"), (480, "18,320.32")],
    [(40, "Sep 19"), (90, "Hydro-Quebec bill"), (300, "128.47"), (480, "18,191.85")],
    [(40, "Sep 27"), (90, "Closing balance"), (480, "18,191.85")],
    [(90, "Total withdrawals"), (300, "7,478.47")],
    [(90, "Total deposits"), (390, "12,824.66")],
    [(40, "High Interest Savings"), (200, "Transit 04821"), (340, "Account 7730492")],
    [(40, "Date"), (90, "Description"), (300, "Withdrawals"), (390, "Deposits"), (480, "Balance")],
    [(40, "Aug 28"), (90, "Opening balance"), (480, "40,210.05")],
    [(40, "Sep 10"), (90, "Transfer from chequing"), (390, "5,000.00"), (480, "45,210.05")],
    [(40, "Sep 27"), (90, "Interest paid"), (390, "104.81"), (480, "45,314.86")],
    [(40, "Sep 27"), (90, "Closing balance"), (480, "45,314.86")],
    [(90, "Total withdrawals"), (300, "0.00")],
    [(90, "Total deposits"), (390, "5,104.81")],
    "Please report any errors or omissions within 45 days of the statement date.",
]

# Nigeria, a quarter's customer statement: summary first, value-date column, NIP narrations,
# BVN as noise
BANK_NG_QUARTER_SUMMARY_FIRST: list[Row] = [
    "LAGOS CONTINENTAL BANK PLC",
    "CUSTOMER STATEMENT",
    [(40, "Account Name:"), (160, "ADEOLA FUNMILAYO OGUNLEYE")],
    [(40, "Account Number:"), (160, "0217364598"), (320, "BVN:"), (360, "22184736501")],
    [(40, "Account Type:"), (160, "SAVINGS"), (320, "Currency:"), (400, "NGN")],
    [(40, "Period:"), (160, "01-Jul-2026 to 30-Sep-2026")],
    [(40, "Opening Balance"), (160, "8,412,350.00"), (320, "Total Credit"), (420, "3,950,000.00")],
    [(40, "Closing Balance"), (160, "10,774,884.50"), (320, "Total Debit"), (420, "1,587,465.50")],
    [
        (40, "Trans Date"),
        (120, "Value Date"),
        (200, "Narration"),
        (320, "Debit"),
        (404, "Credit"),
        (488, "Balance"),
    ],
    [(40, "01-Jul-2026"), (200, "Opening Balance"), (488, "8,412,350.00")],
    [
        (40, "03-Jul-2026"),
        (120, "03-Jul-2026"),
        (200, "NIP/SALARY JUL 26"),
        (404, "1,250,000.00"),
        (488, "9,662,350.00"),
    ],
    [
        (40, "11-Jul-2026"),
        (120, "11-Jul-2026"),
        (200, "POS WEB/JUMIA"),
        (320, "87,465.50"),
        (488, "9,574,884.50"),
    ],
    [
        (40, "04-Aug-2026"),
        (120, "04-Aug-2026"),
        (200, "NIP/SALARY AUG 26"),
        (404, "1,250,000.00"),
        (488, "10,824,884.50"),
    ],
    [
        (40, "20-Aug-2026"),
        (120, "21-Aug-2026"),
        (200, "TRF/SCHOOL FEES"),
        (320, "1,200,000.00"),
        (488, "9,624,884.50"),
    ],
    [
        (40, "03-Sep-2026"),
        (120, "03-Sep-2026"),
        (200, "NIP/SALARY SEP 26"),
        (404, "1,450,000.00"),
        (488, "11,074,884.50"),
    ],
    [
        (40, "17-Sep-2026"),
        (120, "17-Sep-2026"),
        (200, "ATM WDL IKEJA"),
        (320, "300,000.00"),
        (488, "10,774,884.50"),
    ],
    "Thank you for banking with us. This is a computer-generated statement.",
]

# --------------------------------------------------------------------------------------------------
# Reference letters
# --------------------------------------------------------------------------------------------------

# Macau, an employment certificate with trilingual heading, Chinese name beside the English one,
# a Macau ID number, promotions in prose and a VP signatory
REF_MO_PROMOTIONS_IN_PROSE: list[Row] = [
    "GRAND LOTUS RESORT (MACAU) LIMITED",
    "Estrada do Istmo, Cotai, Macau",
    "EMPLOYMENT CERTIFICATE / 在職證明書 / DECLARAÇÃO DE EMPREGO",
    [(40, "Date: 22 September 2026"), (360, "Ref: HR/EC/2026/0917")],
    "To Whom It May Concern",
    "This is to certify that Ms. Ho Weng Ian (何詠欣), holder of Macau Resident Identity Card",
    "No. 1234567(8), has been employed by Grand Lotus Resort (Macau) Limited since 2 May 2011.",
    "She joined us as Revenue Analyst and was promoted to Revenue Manager on 1 January 2015.",
    "Since 1 April 2020 she has served as Director of Revenue Management, reporting to the",
    "Chief Financial Officer and leading a team of 14 analysts.",
    "Her current monthly salary is MOP 78,000.",
    "This certificate is issued at her request for her application under the Quality Migrant",
    "Admission Scheme.",
    "Yours faithfully,",
    "Leong Kam Fai",
    "Vice President, Human Resources",
]

# France, a certified translation of a certificat de travail: translator's date after the
# letter's own, company registration numbers, a finished employment
REF_FR_CERTIFICAT_DE_TRAVAIL_TRANSLATED: list[Row] = [
    "CERTIFIED TRANSLATION FROM FRENCH INTO ENGLISH",
    "[Letterhead] ATELIERS RHODANIENS DE MÉCANIQUE SAS",
    "14 quai Perrache, 69002 Lyon, France - RCS Lyon 512 884 903 - SIRET 512 884 903 00027",
    "EMPLOYMENT CERTIFICATE (Certificat de travail)",
    "I, the undersigned, Nathalie Roux, Human Resources Director of Ateliers Rhodaniens de",
    "Mécanique SAS, certify that Mr Karim BENALI, born on 9 January 1986 in Villeurbanne,",
    "residing at 27 rue Garibaldi, 69006 Lyon, was employed by our company from 5 March 2012",
    "to 30 June 2022 as Process Engineer.",
    "Mr BENALI leaves our company free of any commitment.",
    "Issued in Lyon on 30 June 2022, to serve and be used as appropriate.",
    "[Signature] Nathalie Roux   [Company stamp]",
    "Translator's certificate: I, Claire Dubois, sworn translator at the Lyon Court of Appeal,",
    "certify that this translation conforms to the French original.",
    "Lyon, 12 October 2026   Ref. 2026-1184   [Seal of the translator]",
]

# Indonesia, a surat keterangan kerja: key/value block with colons, then a career-history table
# ending "present"
REF_ID_KEY_VALUE_CAREER_TABLE: list[Row] = [
    "PT NUSANTARA LOGISTIK DIGITAL",
    "Graha Mandiri Lt. 12, Jl. Imam Bonjol No. 61, Jakarta Pusat 10310, Indonesia",
    "SURAT KETERANGAN KERJA / CERTIFICATE OF EMPLOYMENT",
    "No: 087/HRD-NLD/IX/2026",
    "The undersigned, Human Capital Manager of PT Nusantara Logistik Digital, certifies that:",
    [(40, "Name"), (200, ": Dewi Kartika Sari")],
    [(40, "Employee ID"), (200, ": NLD-0412")],
    [(40, "Position"), (200, ": Head of Business Intelligence")],
    [(40, "Department"), (200, ": Data & Analytics")],
    [(40, "Join Date"), (200, ": 3 February 2014")],
    [(40, "Employment Status"), (200, ": Permanent, currently employed")],
    "Career history:",
    [(40, "03 Feb 2014 - 31 Dec 2017"), (260, "Data Analyst")],
    [(40, "01 Jan 2018 - 30 Jun 2021"), (260, "Senior Data Analyst")],
    [(40, "01 Jul 2021 - present"), (260, "Head of Business Intelligence")],
    "In her current role she leads a team of 9 analysts and reports to the Chief Operating Officer",
    "This letter is issued at the employee's request for visa application purposes.",
    "Jakarta, 16 September 2026",
    "Bambang Wicaksono",
    "Human Capital Manager",
]

# --------------------------------------------------------------------------------------------------
# PRC identity cards
# --------------------------------------------------------------------------------------------------

# Beijing, the card's front on a consultancy scan sheet with a pinyin name, the birth date in
# spaced parts, an address with house numbers over two lines
PRC_BJ_SCAN_SHEET_FRONT: list[Row] = [
    "QMAS intake - scan sheet   Case QM26-0418   Received 2026-10-14",
    "Applicant: LIU Siyuan   Document: Resident Identity Card (front)",
    [(40, "姓名"), (100, "刘思远")],
    [(40, "性别"), (100, "男"), (180, "民族"), (240, "汉")],
    [(40, "出生"), (100, "1990"), (140, "年"), (160, "7"), (180, "月"), (200, "23"), (220, "日")],
    [(40, "住址"), (100, "北京市朝阳区建国路")],
    [(100, "88号院9号楼1203号")],
    [(40, "公民身份号码"), (160, "110105199007234576")],
]

# Zhejiang, a temporary resident identity card with a check character X and a short validity
PRC_ZJ_TEMPORARY_CARD_X: list[Row] = [
    "中华人民共和国临时居民身份证",
    [(40, "姓名"), (100, "沈雨桐")],
    [(40, "性别"), (100, "女"), (180, "民族"), (240, "汉")],
    [(40, "出生"), (100, "1985年12月9日")],
    [(40, "住址"), (100, "浙江省杭州市西湖区文三路")],
    [(100, "259号3幢1单元502室")],
    [(40, "公民身份号码"), (160, "33010619851209268X")],
    [(40, "签发机关"), (160, "杭州市公安局西湖分局")],
    [(40, "有效期限"), (160, "2026.09.02-2026.12.02")],
]

# Guangxi, a photocopy of both sides with the holder's "for this use only" annotation
PRC_GX_PHOTOCOPY_ANNOTATED: list[Row] = [
    [(40, "姓名"), (100, "韦建华")],
    [(40, "性别"), (100, "男"), (180, "民族"), (240, "壮")],
    [(40, "出生"), (100, "1979年3月30日")],
    [(40, "住址"), (100, "南宁市青秀区民族大道136号")],
    [(100, "5栋2单元701号")],
    [(40, "公民身份号码"), (160, "450103197903305199")],
    "中华人民共和国",
    "居民身份证",
    [(40, "签发机关"), (160, "南宁市公安局青秀分局")],
    [(40, "有效期限"), (160, "2012.05.17-2032.05.17")],
    "此复印件仅供办理香港优秀人才入境计划申请使用，再复印无效。",
    "韦建华 2026.10.08",
]

# Other valid PRC identity numbers printed in documents that are not the PRC ID card's holder's
DISTRACTOR_PRC_IDS = ["510106199404172322", "440106198711250420"]

# --------------------------------------------------------------------------------------------------
# The cases
# --------------------------------------------------------------------------------------------------

CASES: list[tuple[str, DocType, list[Row], dict[str, Any]]] = [
    ("l_ielts_vn_paper_cefr_table", DocType.ielts, IELTS_VN_PAPER_CEFR_TABLE, {
        "candidate_name": "THI MAI ANH NGUYEN", "date_of_birth": "1993-11-07", "overall": 7.5,
        "listening": 7.5, "reading": 8.0, "writing": 6.5, "speaking": 7.0, "test_date": "2025-01-18",
        "trf_number": "25VN004871NGUY012G", "module": "general_training"}),
    ("l_ielts_ru_results_portal", DocType.ielts, IELTS_RU_RESULTS_PORTAL, {
        "candidate_name": "DMITRII ALEKSANDROVICH SOKOLOV", "date_of_birth": "1989-05-21", "overall": 8.0,
        "listening": 8.5, "reading": 9.0, "writing": 7.0, "speaking": 7.5, "test_date": "2025-08-09",
        "trf_number": "25RU501093SOKD001A", "module": "academic"}),
    ("l_ielts_ng_certified_one_line", DocType.ielts, IELTS_NG_CERTIFIED_ONE_LINE, {
        "candidate_name": "CHIDIEBERE EMMANUEL OKONKWO", "date_of_birth": "1988-06-30", "overall": 6.5,
        "listening": 6.5, "reading": 6.0, "writing": 5.5, "speaking": 7.0, "test_date": "2025-02-22",
        "trf_number": "25NG011287OKOC005A", "module": "academic"}),
    ("l_toefl_th_total_over_grid", DocType.toefl, TOEFL_TH_TOTAL_OVER_GRID, {
        "candidate_name": "SIRIPORN KAEWMANEE", "date_of_birth": "1994-02-19", "total": 101,
        "reading": 26, "listening": 27, "speaking": 23, "writing": 25, "test_date": "2025-06-14",
        "scale": "0-120"}),
    ("l_toefl_kz_home_edition_table", DocType.toefl, TOEFL_KZ_HOME_EDITION_TABLE, {
        "candidate_name": "YERLAN ZHUMABEKOV", "date_of_birth": "1992-08-30", "total": 108,
        "reading": 29, "listening": 28, "speaking": 24, "writing": 27, "test_date": "2025-11-08",
        "scale": "0-120"}),
    ("l_toefl_pk_view_scores_us_dates", DocType.toefl, TOEFL_PK_VIEW_SCORES_US_DATES, {
        "candidate_name": "AYESHA SIDDIQUI MALIK", "date_of_birth": "1996-03-22", "total": 92,
        "reading": 22, "listening": 25, "speaking": 21, "writing": 24, "test_date": "2025-09-27",
        "scale": "0-120"}),
    ("l_hsk_vn_level5_percentile", DocType.hsk, HSK_VN_LEVEL5_PERCENTILE, {
        "candidate_name": "NGUYEN DUC THANH", "level": 5, "total": 250, "listening": 87, "reading": 92,
        "writing": 71, "test_date": "2025-03-16", "certificate_number": "H52503160417"}),
    ("l_hsk_th_level2_dotted_date", DocType.hsk, HSK_TH_LEVEL2_DOTTED_DATE, {
        "candidate_name": "KANYARAT SRISUK", "level": 2, "total": 183, "listening": 88, "reading": 95,
        "writing": None, "test_date": "2024-09-22", "certificate_number": "H22409220035"}),
    ("l_hsk_ru_level4_certificate_prose", DocType.hsk, HSK_RU_LEVEL4_CERTIFICATE_PROSE, {
        "candidate_name": "IVANOVA ANNA SERGEEVNA", "level": 4, "total": 231, "listening": 78,
        "reading": 84, "writing": 69, "test_date": "2025-04-19", "certificate_number": "H42504190518"}),
    ("l_psc_hk_two_pairs_a_row", DocType.psc, PSC_HK_TWO_PAIRS_A_ROW, {
        "candidate_name": "李嘉欣", "grade": "二级甲等", "test_date": "2019-10-26",
        "certificate_number": "8100119003371"}),
    ("l_psc_sc_e_certificate_printout", DocType.psc, PSC_SC_E_CERTIFICATE_PRINTOUT, {
        "candidate_name": "王晓彤", "grade": "一级乙等", "test_date": "2021-06-19",
        "certificate_number": "51101210010876"}),
    ("l_psc_gd_certified_translation", DocType.psc, PSC_GD_CERTIFIED_TRANSLATION, {
        "candidate_name": ("HUANG Meiling", "黄美玲", "HUANG Meiling (黄美玲)"), "grade": "二级乙等",
        "test_date": "2013-05-18", "certificate_number": "4400113005127"}),
    ("l_degree_id_bilingual_ijazah", DocType.degree, DEGREE_ID_BILINGUAL_IJAZAH, {
        "holder_name": "Rizky Aditya Pratama", "level": "bachelor",
        "title": ("Bachelor of Engineering", "Sarjana Teknik", "Sarjana Teknik (S.T.)"),
        "field": ("Civil Engineering", "Teknik Sipil"),
        "institution": ("Universitas Indonesia", "University of Indonesia"), "award_date": "2014-08-29"}),
    ("l_degree_de_urkunde_beglaubigt", DocType.degree, DEGREE_DE_URKUNDE_BEGLAUBIGT, {
        "holder_name": "Lena Sophie Hoffmann", "level": "master", "title": "Master of Science",
        "field": ("Maschinenwesen", "Mechanical Engineering"),
        "institution": ("Technische Universität München", "Technical University of Munich"),
        "award_date": "2016-10-14"}),
    ("l_degree_pk_phd_conferred_on", DocType.degree, DEGREE_PK_PHD_CONFERRED_ON, {
        "holder_name": "Muhammad Usman Tariq", "level": "doctorate", "title": "Doctor of Philosophy",
        "field": "Physics",
        "institution": ("Quaid-i-Azam University", "Quaid-i-Azam University, Islamabad"),
        "award_date": "2018-11-17"}),
    ("l_transcript_au_research_record", DocType.transcript, TRANSCRIPT_AU_RESEARCH_RECORD, {
        "holder_name": "Thomas Patrick Gallagher", "institution": "The University of Melbourne",
        "level": "doctorate", "award_date": "2019-12-14"}),
    ("l_transcript_tw_bilingual_graduate", DocType.transcript, TRANSCRIPT_TW_BILINGUAL_GRADUATE, {
        "holder_name": ("CHEN, YI-CHUN", "陳怡君", "陳怡君 CHEN, YI-CHUN"),
        "institution": ("National Taiwan University", "國立臺灣大學"), "level": "master",
        "award_date": "2016-06-30"}),
    ("l_transcript_vn_bilingual_bachelor", DocType.transcript, TRANSCRIPT_VN_BILINGUAL_BACHELOR, {
        "holder_name": ("TRẦN MINH ĐỨC", "TRAN MINH DUC"),
        "institution": ("Hanoi University of Science and Technology", "Trường Đại học Bách khoa Hà Nội",
                        "Đại học Bách khoa Hà Nội"),
        "level": "bachelor", "award_date": "2017-07-28"}),
    ("l_bank_th_bilingual_savings", DocType.bank_statement, BANK_TH_BILINGUAL_SAVINGS, {
        "holder_name": "PIMCHANOK THONGDEE", "bank_name": ("Chao Phraya Bank Public Company Limited",
                                                          "ธนาคารเจ้าพระยา จำกัด (มหาชน)", "Chao Phraya Bank"),
        "account_number_last4": "7890", "currency": "THB", "statement_start": "2026-08-01",
        "statement_end": "2026-08-31", "closing_balance": 570702.58}),
    ("l_bank_ca_two_accounts_cycle", DocType.bank_statement, BANK_CA_TWO_ACCOUNTS_CYCLE, {
        "holder_name": "EMILY R TREMBLAY", "bank_name": "Maple Harbour Bank",
        "account_number_last4": ("8163", "0492"), "currency": "CAD", "statement_start": "2026-08-28",
        "statement_end": "2026-09-27", "closing_balance": (18191.85, 45314.86)}),
    ("l_bank_ng_quarter_summary_first", DocType.bank_statement, BANK_NG_QUARTER_SUMMARY_FIRST, {
        "holder_name": "ADEOLA FUNMILAYO OGUNLEYE", "bank_name": "Lagos Continental Bank Plc",
        "account_number_last4": "4598", "currency": "NGN", "statement_start": "2026-07-01",
        "statement_end": "2026-09-30", "closing_balance": 10774884.50}),
    ("l_ref_mo_promotions_in_prose", DocType.reference_letter, REF_MO_PROMOTIONS_IN_PROSE, {
        "employee_name": ("Ho Weng Ian", "何詠欣", "Ho Weng Ian (何詠欣)"),
        "employer": "Grand Lotus Resort (Macau) Limited",
        "position": "Director of Revenue Management", "start_date": "2011-05-02", "end_date": None,
        "country": "MAC", "letter_date": "2026-09-22", "senior_role": True}),
    ("l_ref_fr_certificat_de_travail_translated", DocType.reference_letter,
     REF_FR_CERTIFICAT_DE_TRAVAIL_TRANSLATED, {
        "employee_name": "Karim Benali", "employer": "Ateliers Rhodaniens de Mécanique SAS",
        "position": "Process Engineer", "start_date": "2012-03-05", "end_date": "2022-06-30",
        "country": "FRA", "letter_date": "2022-06-30", "senior_role": False}),
    ("l_ref_id_key_value_career_table", DocType.reference_letter, REF_ID_KEY_VALUE_CAREER_TABLE, {
        "employee_name": "Dewi Kartika Sari", "employer": "PT Nusantara Logistik Digital",
        "position": "Head of Business Intelligence", "start_date": "2014-02-03", "end_date": None,
        "country": "IDN", "letter_date": "2026-09-16", "senior_role": True}),
    ("l_prc_bj_scan_sheet_front", DocType.prc_id_card, PRC_BJ_SCAN_SHEET_FRONT, {
        "name": ("刘思远", "LIU Siyuan"), "id_number": "110105199007234576", "date_of_birth": "1990-07-23",
        "sex": "M"}),
    ("l_prc_zj_temporary_card_x", DocType.prc_id_card, PRC_ZJ_TEMPORARY_CARD_X, {
        "name": "沈雨桐", "id_number": "33010619851209268X", "date_of_birth": "1985-12-09", "sex": "F"}),
    ("l_prc_gx_photocopy_annotated", DocType.prc_id_card, PRC_GX_PHOTOCOPY_ANNOTATED, {
        "name": "韦建华", "id_number": "450103197903305199", "date_of_birth": "1979-03-30", "sex": "M"}),
]  # fmt: skip

# Every account of every statement: (opening, transactions in order, closing)
BANK_ARITHMETIC: dict[str, list[tuple[float, list[float], float]]] = {
    "l_bank_th_bilingual_savings": [
        (512430.18, [96500.00, -24318.75, -10000.00, -4221.25, 312.40], 570702.58)
    ],
    "l_bank_ca_two_accounts_cycle": [
        (12845.66, [6412.33, -2350.00, -5000.00, 6412.33, -128.47], 18191.85),
        (40210.05, [5000.00, 104.81], 45314.86),
    ],
    "l_bank_ng_quarter_summary_first": [
        (8412350.00, [1250000.00, -87465.50, 1250000.00, -1200000.00, 1450000.00, -300000.00], 10774884.50),
    ],
}


def score() -> tuple[int, int, list[tuple], list[tuple]]:
    """(right, total, misses, wrong_accepted) over every expected fact of every case."""
    return harness.score(CASES)


# --------------------------------------------------------------------------------------------------
# Self-consistency of the documents themselves
# --------------------------------------------------------------------------------------------------


def test_issuer_family_l_documents_are_self_consistent() -> None:
    harness.check_consistent_family(CASES, BANK_ARITHMETIC, DISTRACTOR_PRC_IDS)


def test_issuer_family_l_scores_at_least_90_percent() -> None:
    right, total, misses, _ = score()
    assert total == FIRST_CONTACT["total"]
    assert right / total >= 0.90, f"{right}/{total}; misses: {misses}"
    assert right >= AFTER_FIXES, f"{right}/{total}; misses: {misses}"


def test_issuer_family_l_accepts_no_wrong_value() -> None:
    _, _, _, wrong_accepted = score()
    assert not wrong_accepted, wrong_accepted


if __name__ == "__main__":
    right, total, misses, wrong_accepted = score()
    print(f"issuer family L: {right}/{total} = {100 * right / total:.1f}%")
    print(f"wrong values accepted: {len(wrong_accepted)}")
    for label, field, want, got, status in misses:
        shown = getattr(status, "value", status)
        print(f"  MISS {label:40} {field:22} expected={want!r} got={got!r} status={shown}")
