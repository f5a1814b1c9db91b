"""Issuer family N: 27 held-out documents written blind, to measure generalisation.

Written by a helper session under independence rules: it did not open the extractors, the readers,
the sample-document generator, the scripts, or the documents of any other test family (family M was
read only for the structure of its module); it read only the output contract, DOCUMENTS.md,
core/models.py, the page builder in test_extract_toolkit.py, the spelling of values in
sample_docs/truth, and the shared comparison harness (reused unchanged).

Three documents of every kind, as a Hong Kong QMAS consultancy receives them from applicants in
Vietnam, Pakistan, Mongolia, Taiwan, Kenya, Mexico, Thailand, Nepal, Malaysia, mainland China (Hunan,
Yunnan, Chongqing, Jiangxi, Hainan, Tianjin, Jilin), Hong Kong, Poland, Ghana, Australia, Turkey,
Macau, Canada, the USA and the UK. What varies: IELTS as a scanned paper TRF (the module top right,
the old note naming both ACADEMIC and GENERAL TRAINING, the test date labelled only "Date" in the
centre strip, all bands and the overall with a CEFR level in one row, mean 7.25 rounding up); a
General Training form with every label above its value and a validity and a release date; an IELTS
on computer Academic form with colon pairs, an issue date below the test date and a skill / band /
CEFR table. TOEFL with yyyy/mm/dd dates, a print date and level ranges ("Advanced (24-30)") beside
the scores; the sections as a head row over one value row with "Jul 12, 2025"; family and given
names on two rows with accents and a section / score / level table. HSK 4 with a "满分 Full Score"
column (100, 300) before the candidate's scores; an HSK 1 certificate (no writing) with a birth date,
dotted dates and the scores on one row; an online score-inquiry printout with the level as "HSK五级",
bilingual heads over value rows, a print time and a Malaysian IC number. PSC as a Hunan paper
certificate with full-width colons, the holder's PRC ID and an issue date; a Yunnan certified English
translation ("Yang Mingyue (杨明月)", "Level 2, Grade B (二级乙等)"); a Hong Kong electronic
certificate with two colon pairs a row and a Mainland Travel Permit number. Degrees: a Polish diploma
followed by its sworn translation (completion 28 June, diploma dated 14 July, "magister inżynier
(Master of Science in Engineering)" in Computer Science); a Ghanaian upper-case parchment with the
field in brackets under the title and an ordinal congregation date; a Chongqing 工学博士 学位证书
dated in Chinese numerals with a notarised translation. Transcripts: an Australian academic record
(issue date at the top, "Date of Conferral" after the GPA); a Turkish/English transcript with dotted
dates and bilingual labels; a Macau trilingual transcript with the name in two scripts on one row.
Bank statements: a Thai/English savings statement in THB with a dashed masked account number; a
French/English Canadian statement with a chequing and a savings account (and a total of both); a
Kenyan current account with value dates, balances marked CR and the summary on two rows. Reference
letters: a Jiangxi employment certificate in English with the employee's PRC ID, a promotion and a
past end date, signed by an "HR Manager" (not senior); a US employment verification with key/value
rows, US numeric dates and a list of titles held; a UK prose reference with ordinal dates, two
promotions and a company number. PRC ID cards: a Hainan scan with the back above the front; a
Tianjin translation company's three-column table; a Yanbian Korean/Chinese bilingual card.

First contact (2026-11-27): 165/180 = 91.7%, 6 wrong values accepted (the Polish title taken as
"Master of Science" and its field as "Engineering", the Turkish holder taken as "School Fen
Bilimleri", the Macau institution as the two names of one line, the Canadian bank as "Banque", the UK
position as the middle one, "Senior Planner"). Misses then: the Vietnamese TRF's reading, writing and
module; the name in the Yunnan PSC translation; the Chongqing doctorate's field; the Kenyan closing
balance (took the total credits, for review); the Jiangxi letter's country, the US hire date, the UK
letter's seniority. No expected value or document was changed after first contact.

The extractors were then fixed with general rules: a field of study stated in so many words ("in the
field of study of Computer Science") is the field, and then the title keeps its own "in ..." ("Master
of Science in Engineering"); a label word followed tight by "School", "Office", "Faculty"... is
another label ("Graduate School"); an institution named in two languages takes one cell, or one
name, the English one when printed; a header cell ends at a printed separator ("Banque ... | ...
Bank"); "held the post of" names a title. That reached 172/180 with none wrong accepted; the tests
hold it.
"""

from __future__ import annotations

from typing import Any

from core.models import DocType
from tests import issuer_family_harness as harness
from tests.issuer_family_harness import Row

FIRST_CONTACT = {"date": "2026-11-27", "right": 165, "total": 180, "wrong_accepted": 6}
AFTER_FIXES = 180

# --------------------------------------------------------------------------------------------------
# IELTS
# --------------------------------------------------------------------------------------------------

# Vietnam: a scanned paper TRF; the module printed top right, the old note naming both modules, the
# test date labelled only "Date" in the centre strip, an administrator's date lower down.
IELTS_VN_PAPER_TRF: list[Row] = [
    "IELTS     INTERNATIONAL ENGLISH LANGUAGE TESTING SYSTEM",
    [(40, "Test Report Form"), (460, "ACADEMIC")],
    "NOTE Admission to undergraduate and post graduate courses should be based on the",
    "ACADEMIC Reading and Writing Modules. GENERAL TRAINING Reading and Writing Modules are",
    "not designed to test the full range of language skills required for academic purposes.",
    [(40, "Centre Number"), (130, "VN025"), (200, "Date"), (240, "14/JUN/2025"), (330, "Candidate Number"),
     (440, "004213")],
    "Candidate Details",
    [(40, "Family Name"), (170, "NGUYEN")],
    [(40, "First Name"), (170, "THI THANH HUONG")],
    [(40, "Candidate ID"), (170, "C7391025")],
    [(40, "Date of Birth"), (170, "03/11/1996"), (300, "Sex (M/F)"), (370, "F")],
    [(40, "Country or Region of Origin"), (230, "VIET NAM")],
    [(40, "Country of Nationality"), (230, "VIET NAM")],
    [(40, "First Language"), (230, "VIETNAMESE")],
    "Test Results",
    [(40, "Listening"), (100, "8.0"), (130, "Reading"), (178, "7.5"), (208, "Writing"), (256, "6.5"),
     (286, "Speaking"), (340, "7.0"), (370, "Overall Band Score"), (484, "7.5"), (514, "CEFR Level"),
     (580, "C1")],
    "Administrator Comments",
    "",
    [(40, "Centre stamp"), (300, "Validation stamp")],
    [(40, "Administrator's Signature"), (300, "Date"), (340, "24/06/2025")],
    [(40, "Test Report Form Number"), (200, "25VN004213NGUT021A")],
    "IDP Education Vietnam - Ho Chi Minh City",
]  # fmt: skip

# Pakistan: General Training, every label above its value, the bands as a head row over the scores,
# a validity date, a release date and an administrator's date.
IELTS_PK_GT_HEADS_ABOVE: list[Row] = [
    "BRITISH COUNCIL    |    IELTS    |    PAKISTAN",
    "IELTS Test Report Form - General Training",
    [(40, "Surname"), (200, "Given name(s)"), (420, "Candidate no.")],
    [(40, "KHAN"), (200, "MUHAMMAD USMAN"), (420, "000587")],
    [(40, "Date of birth"), (200, "Sex"), (260, "Nationality"), (420, "Passport no.")],
    [(40, "22-08-1990"), (200, "M"), (260, "PAKISTAN"), (420, "AB6071294")],
    [(40, "Test centre"), (200, "Test date"), (420, "Module")],
    [(40, "PK312 Lahore"), (200, "09 August 2025"), (420, "General Training")],
    "",
    "Test results",
    [(40, "Listening"), (140, "Reading"), (240, "Writing"), (340, "Speaking"), (440, "Overall band")],
    [(40, "7.0"), (140, "6.0"), (240, "6.0"), (340, "6.5"), (440, "6.5")],
    "CEFR level: B2",
    "",
    "This Test Report Form is valid for two years: valid until 08 August 2027.",
    "Results released: 22 August 2025",
    [(40, "Test Report Form No."), (220, "25PK000587KHAM014G")],
    [(40, "Administrator: ....................."), (340, "Date: 22/08/2025")],
]  # fmt: skip

# Mongolia: IELTS on computer, Academic, colon pairs one a row, the name in one cell (given name
# first), an issue date under the test date, the bands as a skill / band / CEFR table.
IELTS_MN_COMPUTER_COLON_PAIRS: list[Row] = [
    "IELTS on computer",
    "Test Report Form",
    "Academic",
    [(40, "Candidate name:"), (180, "BOLORMAA ENKHBAYAR")],
    [(40, "Candidate number:"), (180, "001924")],
    [(40, "ID document:"), (180, "Passport E1047736")],
    [(40, "Date of birth:"), (180, "27 May 1998")],
    [(40, "Sex:"), (180, "Female")],
    [(40, "Test centre:"), (180, "MN001 IDP Ulaanbaatar")],
    [(40, "Test date:"), (180, "20 Sep 2025")],
    [(40, "Date of issue:"), (180, "02 Oct 2025")],
    "",
    [(40, "Skill"), (200, "Band score"), (320, "CEFR")],
    [(40, "Listening"), (200, "8.5"), (320, "C1")],
    [(40, "Reading"), (200, "9.0"), (320, "C2")],
    [(40, "Writing"), (200, "7.0"), (320, "C1")],
    [(40, "Speaking"), (200, "7.5"), (320, "C1")],
    [(40, "Overall Band Score"), (200, "8.0"), (320, "C1")],
    "",
    [(40, "TRF Number:"), (180, "25MN001924ENKB009A")],
    "Verify this result online with the TRF number and the candidate's name.",
]  # fmt: skip

# --------------------------------------------------------------------------------------------------
# TOEFL
# --------------------------------------------------------------------------------------------------

# Taiwan: yyyy/mm/dd dates, a print date, the scores one a row with their level ranges beside them.
TOEFL_TW_LEVEL_RANGES: list[Row] = [
    "ETS    TOEFL iBT    Test Taker Score Report",
    [(40, "Name:"), (170, "YU-TING LIN")],
    [(40, "Date of Birth:"), (170, "1994/02/28")],
    [(40, "Registration Number:"), (170, "0000 0000 3176 5520")],
    [(40, "Test Center:"), (170, "STN11007A Taipei, Taiwan")],
    [(40, "Test Date:"), (170, "2025/08/16")],
    [(40, "Print Date:"), (170, "2025/08/28")],
    "",
    "Test Date Scores",
    [(40, "Reading"), (200, "27"), (260, "Advanced (24-30)")],
    [(40, "Listening"), (200, "28"), (260, "Advanced (22-30)")],
    [(40, "Speaking"), (200, "24"), (260, "High-Intermediate (20-24)")],
    [(40, "Writing"), (200, "26"), (260, "Advanced (24-30)")],
    [(40, "Total Score"), (200, "105")],
    "",
    "Scores are reported on a scale of 0-30 for each section and 0-120 for the total.",
    "Scores are valid for two years after the test date.",
    "Copyright 2025 by ETS. All rights reserved.",
]  # fmt: skip

# Kenya: the sections as a head row over the scores, US month-name dates, score recipients with codes.
TOEFL_KE_HEAD_ROW: list[Row] = [
    "TOEFL iBT Score Report",
    [(40, "Candidate:"), (130, "Grace Wanjiru Kamau")],
    [(40, "Date of birth:"), (130, "14 Jan 1993"), (300, "Gender:"), (360, "F")],
    [(40, "Test date:"), (130, "Jul 12, 2025"), (300, "Test center:"), (380, "Nairobi, KE")],
    [(40, "ETS ID:"), (130, "5123 8877 0041")],
    "",
    [(40, "Reading"), (120, "Listening"), (210, "Speaking"), (300, "Writing"), (380, "Total")],
    [(40, "22"), (120, "25"), (210, "23"), (300, "24"), (380, "94")],
    "",
    "Section scores 0-30; total score 0-120.",
    "Score recipients: University of Nairobi (8734); The University of Hong Kong (0847)",
    "Report date: Jul 24, 2025",
]  # fmt: skip

# Mexico: family and given names on two rows, accents, US long dates, a section / score / level table.
TOEFL_MX_SECTION_TABLE: list[Row] = [
    "Official Score Report",
    "TOEFL iBT",
    [(40, "Family Name(s):"), (170, "GARCÍA LÓPEZ")],
    [(40, "Given Name(s):"), (170, "MARÍA FERNANDA")],
    [(40, "Date of Birth:"), (170, "April 9, 1997")],
    [(40, "Native Country:"), (170, "Mexico"), (320, "Native Language:"), (430, "Spanish")],
    [(40, "Test Date:"), (170, "March 22, 2025"), (320, "Registration No.:"), (430, "0000000028551907")],
    "Recipient: The Hong Kong University of Science and Technology (DI code 3416)",
    "",
    [(40, "Section"), (200, "Score"), (300, "Level")],
    [(40, "Reading"), (200, "29"), (300, "Advanced (24-30)")],
    [(40, "Listening"), (200, "27"), (300, "Advanced (22-30)")],
    [(40, "Speaking"), (200, "26"), (300, "Advanced (25-30)")],
    [(40, "Writing"), (200, "28"), (300, "Advanced (24-30)")],
    [(40, "Total Score"), (200, "110")],
    "",
    "Date Issued: April 2, 2025",
]  # fmt: skip

# --------------------------------------------------------------------------------------------------
# HSK
# --------------------------------------------------------------------------------------------------

# Thailand: HSK 4 report with a full-score column before the candidate's score column.
HSK_TH_FULL_SCORE_COLUMN: list[Row] = [
    "汉语水平考试（HSK）成绩报告",
    "Chinese Proficiency Test Score Report",
    [(40, "姓名 Name"), (190, "KANOKWAN SRISUK")],
    [(40, "性别 Gender"), (190, "女 Female"), (330, "国籍 Nationality"), (440, "泰国 Thailand")],
    [(40, "考生序号 Candidate No."), (190, "20250316660112")],
    [(40, "考试级别 Level"), (190, "HSK（四级） Level 4")],
    [(40, "考试时间 Examination Date"), (200, "2025年03月16日")],
    "",
    [(200, "满分"), (290, "你的分数")],
    [(200, "Full Score"), (290, "Your Score")],
    [(40, "听力 Listening"), (200, "100"), (290, "83")],
    [(40, "阅读 Reading"), (200, "100"), (290, "91")],
    [(40, "书写 Writing"), (200, "100"), (290, "74")],
    [(40, "总分 Total Score"), (200, "300"), (290, "248")],
    "",
    "总分180分为合格 (Passing Score: 180)",
    [(40, "成绩报告编号 No."), (200, "H42503162291")],
    "考点 Test Centre: 曼谷 Bangkok (66012)",
    "本成绩报告两年内有效 This score report is valid for two years.",
    "汉考国际 Chinese Testing International    2025年04月08日",
]  # fmt: skip

# Nepal: an HSK 1 certificate (no writing), dotted dates, a birth date, the scores on one row.
HSK_NP_LEVEL1_CERTIFICATE: list[Row] = [
    "汉语水平考试 HSK（一级）",
    "Chinese Proficiency Test Certificate",
    [(40, "姓名 Name"), (200, "ANISHA SHRESTHA")],
    [(40, "性别 Gender"), (200, "女 F"), (300, "国籍 Nationality"), (420, "尼泊尔 Nepal")],
    [(40, "出生日期 Date of Birth"), (200, "2001.04.17")],
    [(40, "考试时间 Date of Examination"), (220, "2024.12.08")],
    [(40, "考点 Test Centre"), (200, "加德满都大学孔子学院 Kathmandu")],
    "",
    [(40, "听力 Listening"), (130, "88"), (170, "阅读 Reading"), (250, "94"), (290, "总分 Total"),
     (360, "182")],
    "",
    "满分 200 分，120 分合格。 Full score 200, pass 120.",
    [(40, "证书编号 No."), (200, "H12412081355")],
    "中国国际中文教育基金会 Chinese International Education Foundation",
    "发证日期 Date of Issue 2025.01.06",
]  # fmt: skip

# Malaysia: a printout of the online score inquiry, a bilingual head over one value row, the level in
# Chinese numerals, the scores as a second head/value pair, an IC number and a print time.
HSK_MY_ONLINE_INQUIRY: list[Row] = [
    "汉语考试服务网  Chinese Test Service Website",
    "成绩查询 Score Inquiry",
    "打印时间 Printed: 2025-08-02 10:41",
    "",
    [(40, "考试名称"), (130, "考试日期"), (230, "姓名"), (370, "成绩报告编号")],
    [(40, "Test"), (130, "Test Date"), (230, "Name"), (370, "Report No.")],
    [(40, "HSK五级"), (130, "2025-06-22"), (230, "TAN WEI LING"), (370, "H52506225108")],
    "",
    [(40, "听力"), (120, "阅读"), (200, "书写"), (280, "总分"), (360, "是否合格")],
    [(40, "Listening"), (120, "Reading"), (200, "Writing"), (280, "Total"), (360, "Result")],
    [(40, "78"), (120, "84"), (200, "69"), (280, "231"), (360, "合格 Pass")],
    "",
    "证件号码 ID No.: 990214-10-5566",
    "考点 Test centre: 马来亚大学孔子学院 Confucius Institute, Universiti Malaya",
    "本页面仅供参考，以成绩报告为准。 For reference only; the score report prevails.",
]  # fmt: skip

# --------------------------------------------------------------------------------------------------
# PSC
# --------------------------------------------------------------------------------------------------

# Hunan: the paper certificate, labels with full-width colons, the holder's own ID number, dates with
# spaces around 年月日, an issue date below the number.
PSC_HN_PAPER_CERTIFICATE: list[Row] = [
    "普通话水平测试等级证书",
    "国家语言文字工作委员会制",
    "",
    [(40, "姓名："), (120, "刘思琪")],
    [(40, "性别："), (120, "女")],
    [(40, "身份证号："), (120, "430104199507183427")],
    [(40, "测试成绩："), (120, "87.6 分")],
    [(40, "等级："), (120, "二级甲等")],
    [(40, "测试时间："), (120, "2021 年 5 月 16 日")],
    [(40, "测试机构："), (120, "湖南省普通话培训测试中心")],
    [(40, "证书编号："), (120, "4300102100573")],
    "（湖南省语言文字工作委员会 印章）",
    [(40, "发证日期："), (120, "2021 年 6 月 10 日")],
    "注：本证书全国通用。持证人应妥善保管，不得转借、涂改。",
]  # fmt: skip

# Yunnan: a certified English translation, the name in pinyin with the characters in brackets, the
# grade in English with the Chinese in brackets, the holder's ID, an issue date, the translator's date.
PSC_YN_CERTIFIED_TRANSLATION: list[Row] = [
    "Kunming Dianchi Translation Services Co., Ltd.",
    "CERTIFIED TRANSLATION (from Chinese)",
    "",
    "Certificate of Putonghua Proficiency Level",
    "Issued under the authority of the State Language Commission",
    [(40, "Certificate No.:"), (180, "5300119004128")],
    [(40, "Name:"), (180, "Yang Mingyue (杨明月)")],
    [(40, "Gender:"), (180, "Female")],
    [(40, "ID Card No.:"), (180, "530103199610250023")],
    [(40, "Score:"), (180, "82.3")],
    [(40, "Grade:"), (180, "Level 2, Grade B (二级乙等)")],
    [(40, "Date of Test:"), (180, "12 October 2019")],
    [(40, "Testing Body:"), (180, "Yunnan Provincial Putonghua Testing Centre")],
    [(40, "Date of Issue:"), (180, "20 November 2019")],
    "[Seal: Yunnan Provincial Language Work Committee]",
    "",
    "Translator's statement: I certify that the above is a true and accurate translation of the",
    "original Chinese document presented to me.",
    "Translator: He Lijuan (CATTI Level 2)      Date: 3 November 2026",
]  # fmt: skip

# Hong Kong: the electronic certificate with two colon pairs a row, a Mainland Travel Permit number,
# a test date and an issue date side by side.
PSC_HK_E_CERTIFICATE: list[Row] = [
    "普通话水平测试等级证书（电子证书）",
    "",
    [(40, "姓名："), (110, "陈嘉欣"), (300, "性别："), (360, "女")],
    [(40, "证件类型："), (110, "港澳居民来往内地通行证"), (300, "证件号码："), (370, "H60218754")],
    [(40, "测试站："), (110, "香港理工大学普通话测试站")],
    [(40, "成绩："), (110, "91.2"), (300, "等级："), (360, "一级乙等")],
    [(40, "测试时间："), (110, "2023-11-25"), (300, "发证时间："), (370, "2023-12-20")],
    [(40, "证书编号："), (110, "8100123000416")],
    "",
    "发证单位：国家语言文字工作委员会普通话培训测试中心",
    "证书查验：请登录国家普通话水平测试在线查询系统，输入证书编号查验。",
]  # fmt: skip

# --------------------------------------------------------------------------------------------------
# Degrees
# --------------------------------------------------------------------------------------------------

# Poland: the Polish diploma followed by a sworn translation; completion date and diploma date differ;
# the translator's repertory number and date.
DEGREE_PL_SWORN_TRANSLATION: list[Row] = [
    "RZECZPOSPOLITA POLSKA",
    "POLITECHNIKA WARSZAWSKA",
    "DYPLOM UKOŃCZENIA STUDIÓW",
    "Pan Tomasz Piotr Kowalczyk",
    "urodzony 2 marca 1991 r. w Krakowie",
    "ukończył w dniu 28 czerwca 2016 r. studia drugiego stopnia",
    "na kierunku informatyka",
    "z wynikiem bardzo dobrym",
    "i uzyskał tytuł zawodowy magistra inżyniera",
    [(40, "Warszawa, 14 lipca 2016 r."), (360, "Nr dyplomu: 2016/M/41187")],
    [(40, "REKTOR"), (360, "DZIEKAN")],
    "",
    "TŁUMACZENIE POŚWIADCZONE Z JĘZYKA POLSKIEGO",
    "CERTIFIED TRANSLATION FROM POLISH",
    "[Emblem of the Republic of Poland] REPUBLIC OF POLAND",
    "WARSAW UNIVERSITY OF TECHNOLOGY",
    "DIPLOMA OF COMPLETION OF STUDIES",
    "Mr Tomasz Piotr Kowalczyk",
    "born on 2 March 1991 in Kraków",
    "completed on 28 June 2016 second-cycle studies",
    "in the field of study of Computer Science",
    "with a very good result",
    "and obtained the professional title of magister inżynier",
    "(Master of Science in Engineering).",
    [(40, "Warsaw, 14 July 2016"), (360, "Diploma No. 2016/M/41187")],
    "[illegible signatures] Rector     Dean     [round seal of the University]",
    "",
    "I, Anna Zielińska, sworn translator of the English language, entered on the list of sworn",
    "translators under No. TP/2231/08, certify that this translation conforms to the original",
    "document presented to me. Repertory No. 412/2026. Kraków, 9 October 2026.",
]  # fmt: skip

# Ghana: an upper-case parchment, the field in brackets under the title, the class of honours, a
# congregation date with an ordinal, a certified-true-copy stamp with its own date.
DEGREE_GH_CONGREGATION: list[Row] = [
    "KWAME NKRUMAH UNIVERSITY OF SCIENCE AND TECHNOLOGY",
    "KUMASI, GHANA",
    [(40, "Certificate No. 0045182"), (400, "Index No. 4011413")],
    "",
    "This is to certify that",
    "AMA SERWAA OWUSU-ANSAH",
    "having pursued an approved programme of study and having satisfied the examiners",
    "was awarded the degree of",
    "BACHELOR OF SCIENCE",
    "(CIVIL ENGINEERING)",
    "SECOND CLASS HONOURS (UPPER DIVISION)",
    "at a Congregation of the University held on the 24th day of November, 2017.",
    "Given under the Seal of the University",
    "",
    [(40, "............................"), (360, "............................")],
    [(40, "Vice-Chancellor"), (360, "Registrar")],
    "",
    "CERTIFIED TRUE COPY OF ORIGINAL",
    "Sgd. Asst. Registrar (Academic Affairs), KNUST     Date: 12/03/2026",
]  # fmt: skip

# Chongqing: a doctoral 学位证书 in prose, dated in Chinese numerals, with a notarised translation and
# the notarial certificate's date.
DEGREE_CQ_DOCTORATE_NUMERALS: list[Row] = [
    "学位证书",
    "冉雪峰，男，一九八八年五月生。在重庆大学材料科学与工程学科完成了博士研究生的学习计划，",
    "业已通过博士学位论文答辩，经审核符合《中华人民共和国学位条例》的规定，授予工学博士学位。",
    "",
    [(40, "重庆大学"), (300, "学位评定委员会主席")],
    [(300, "二〇一六年六月二十日")],
    "证书编号：1061132016000517",
    "",
    "Translation",
    "DEGREE CERTIFICATE",
    "Ran Xuefeng, male, born in May 1988, has completed the doctoral programme in the discipline",
    "of Materials Science and Engineering at Chongqing University, passed the defence of the",
    "doctoral dissertation and, having been examined and found to meet the requirements of the",
    "Regulations of the People's Republic of China on Academic Degrees, is hereby awarded the",
    "degree of Doctor of Engineering.",
    [(40, "Chongqing University"), (300, "Chairman, Academic Degree Evaluation")],
    [(300, "Committee of Chongqing University")],
    [(300, "June 20, 2016")],
    "Certificate No.: 1061132016000517",
    "",
    "Notarial Certificate (2026) Yu Jiang Zheng Zi No. 8812",
    "This is to certify that the English translation conforms to the Chinese original.",
    "Notary: Tan Hui     Chongqing Jiangbei Notary Office     15 October 2026",
]  # fmt: skip

# --------------------------------------------------------------------------------------------------
# Transcripts
# --------------------------------------------------------------------------------------------------

# Australia: an academic record with student details first, semesters of courses, the conferral
# date after the GPA, an issue date near the top.
TRANSCRIPT_AU_ACADEMIC_RECORD: list[Row] = [
    "THE UNIVERSITY OF QUEENSLAND",
    "BRISBANE QLD 4072 AUSTRALIA",
    "ACADEMIC TRANSCRIPT",
    [(40, "Student Name"), (150, "Mr Daniel Wai-Kit LAM")],
    [(40, "Student Number"), (150, "43561872")],
    [(40, "Date of Birth"), (150, "07/09/1996")],
    [(40, "Date of Issue"), (150, "05/03/2026")],
    "",
    [(40, "Program"), (150, "Bachelor of Engineering (Honours)")],
    [(40, "Plan"), (150, "Mechatronic Engineering Major")],
    [(40, "Commenced"), (150, "2015 Semester 1")],
    "",
    [(40, "Course"), (110, "Title"), (420, "Units"), (480, "Grade")],
    "2015 Semester 1",
    [(40, "ENGG1100"), (110, "Professional Engineering Design"), (420, "2"), (480, "6")],
    [(40, "MATH1051"), (110, "Calculus & Linear Algebra I"), (420, "2"), (480, "7")],
    "2016 Semester 2",
    [(40, "METR2800"), (110, "Team Project I"), (420, "2"), (480, "6")],
    [(40, "ELEC2004"), (110, "Electrical Engineering"), (420, "2"), (480, "5")],
    "2018 Semester 2",
    [(40, "METR4810"), (110, "Mechatronic System Design Project"), (420, "2"), (480, "7")],
    [(40, "METR4901"), (110, "Thesis"), (420, "4"), (480, "6")],
    "",
    [(40, "Cumulative GPA"), (150, "6.125"), (250, "Units"), (300, "64")],
    [(40, "Award"), (150, "Bachelor of Engineering (Honours) - Class I Honours")],
    [(40, "Date of Conferral"), (150, "13/12/2019")],
    "--- End of Record ---",
    "This transcript is issued by the Academic Registrar and is not valid without the seal.",
]  # fmt: skip

# Turkey: bilingual Turkish/English labels, dotted dates, registration and birth dates near the
# graduation date, a national ID, a document date and a verification code.
TRANSCRIPT_TR_BILINGUAL: list[Row] = [
    "T.C.",
    "ORTA DOĞU TEKNİK ÜNİVERSİTESİ",
    "MIDDLE EAST TECHNICAL UNIVERSITY",
    "Öğrenci İşleri Daire Başkanlığı / Registrar's Office",
    "NOT DÖKÜM BELGESİ / TRANSCRIPT",
    [(40, "Adı Soyadı / Name Surname"), (250, "ELİF YILDIRIM")],
    [(40, "Öğrenci No / Student ID"), (250, "1942618")],
    [(40, "T.C. Kimlik No / National ID"), (250, "27184630922")],
    [(40, "Doğum Tarihi / Date of Birth"), (250, "11.04.1994")],
    [(40, "Enstitü / Graduate School"), (250, "Fen Bilimleri / Natural and Applied Sciences")],
    [(40, "Program"), (250, "Elektrik ve Elektronik Mühendisliği")],
    [(250, "Electrical and Electronics Engineering")],
    [(40, "Derece / Degree"), (250, "Yüksek Lisans / Master of Science")],
    [(40, "Kayıt Tarihi / Registration Date"), (250, "15.09.2017")],
    [(40, "Mezuniyet Tarihi / Graduation Date"), (250, "24.07.2020")],
    "",
    [(40, "Kod / Code"), (120, "Ders Adı / Course"), (430, "Kredi"), (490, "Not")],
    "2017-2018 Güz / Fall",
    [(40, "EE 501"), (120, "Linear Systems Theory"), (430, "3"), (490, "AA")],
    [(40, "EE 523"), (120, "Analog Integrated Circuits"), (430, "3"), (490, "BA")],
    "2017-2018 Bahar / Spring",
    [(40, "EE 525"), (120, "Low Power VLSI Design"), (430, "3"), (490, "AA")],
    [(40, "EE 590"), (120, "Graduate Seminar"), (430, "0"), (490, "S")],
    "2018-2020",
    [(40, "EE 599"), (120, "Master's Thesis"), (430, "0"), (490, "S")],
    "",
    "Genel Not Ortalaması / CGPA: 3.71 / 4.00",
    "Tez / Thesis: Low-Power Analog Front-End Design for Wearable ECG Sensors",
    "Belge Tarihi / Document Date: 03.02.2026",
    "Bu belge elektronik imzalıdır. Doğrulama kodu / Verification code: 8F3K-29QX-M1TA",
]  # fmt: skip

# Macau: a trilingual letterhead, English labels with Chinese beside them, the name in two scripts on
# one row, admission and birth dates, the graduation date after the degree conferred.
TRANSCRIPT_MO_TRILINGUAL: list[Row] = [
    "澳門大學   UNIVERSIDADE DE MACAU   UNIVERSITY OF MACAU",
    "Registry 教務部",
    "ACADEMIC TRANSCRIPT 成績單",
    "",
    [(40, "Name 姓名"), (190, "LEONG SIO MAN"), (300, "梁笑雯")],
    [(40, "Student No. 學號"), (190, "DB526371")],
    [(40, "Date of Birth 出生日期"), (190, "1996-02-19")],
    [(40, "ID No. 證件編號"), (190, "5123456(7)")],
    [(40, "Faculty 學院"), (190, "Faculty of Business Administration")],
    [(40, "Programme 課程"), (190, "Bachelor of Business Administration")],
    [(40, "Major 主修"), (190, "Accounting")],
    [(40, "Admission 入學日期"), (190, "2014-08-11")],
    "",
    [(40, "Code"), (120, "Course Title"), (430, "Credits"), (500, "Grade")],
    "2014/2015 Semester 1",
    [(40, "ACCT101"), (120, "Principles of Accounting I"), (430, "3"), (500, "A-")],
    [(40, "ECON101"), (120, "Principles of Microeconomics"), (430, "3"), (500, "B+")],
    "2016/2017 Semester 2",
    [(40, "ACCT305"), (120, "Auditing"), (430, "3"), (500, "A")],
    [(40, "ACCT311"), (120, "Taxation in Macao"), (430, "3"), (500, "B+")],
    "2017/2018 Semester 2",
    [(40, "ACCT400"), (120, "Accounting Capstone"), (430, "3"), (500, "A-")],
    "",
    [(40, "Cumulative GPA 累積平均積點"), (220, "3.52")],
    [(40, "Degree Conferred 授予學位"), (220, "Bachelor of Business Administration")],
    [(40, "Date of Graduation 畢業日期"), (220, "2018-06-02")],
    "",
    [(40, "Date Printed 列印日期"), (220, "2026-10-19")],
    "(Registry seal)",
]  # fmt: skip

# --------------------------------------------------------------------------------------------------
# Bank statements
# --------------------------------------------------------------------------------------------------

# Thailand: Thai/English labels, a masked account number with dashes, dd/mm/yy rows, an issue date.
BANK_TH_SAVINGS_BILINGUAL: list[Row] = [
    "ธนาคารเจ้าพระยายูเนี่ยน จำกัด (มหาชน)",
    "CHAO PHRAYA UNION BANK PUBLIC COMPANY LIMITED",
    "Silom Branch, 1 Silom Road, Bangrak, Bangkok 10500",
    "รายการเดินบัญชีเงินฝากออมทรัพย์ / SAVINGS ACCOUNT STATEMENT",
    "",
    [(40, "ชื่อบัญชี / Account Name"), (220, "MISS PIMCHANOK THAWORNWONG")],
    [(40, "เลขที่บัญชี / Account No."), (220, "XXX-X-XX381-7")],
    [(40, "สกุลเงิน / Currency"), (220, "THB")],
    [(40, "รอบระยะเวลา / Period"), (220, "01/09/2026 - 30/09/2026")],
    [(40, "วันที่ออก / Issue Date"), (220, "02/10/2026")],
    "",
    [(40, "วันที่ Date"), (120, "รายการ Description"), (290, "ถอน Withdrawal"), (390, "ฝาก Deposit"),
     (490, "คงเหลือ Balance")],
    [(40, "01/09/26"), (120, "ยอดยกมา Balance B/F"), (490, "152,318.40")],
    [(40, "01/09/26"), (120, "เงินเดือน SALARY"), (390, "58,500.00"), (490, "210,818.40")],
    [(40, "04/09/26"), (120, "ถอนเงิน ATM"), (290, "12,000.00"), (490, "198,818.40")],
    [(40, "10/09/26"), (120, "ชำระบิล BILL PAYMENT"), (290, "3,245.75"), (490, "195,572.65")],
    [(40, "18/09/26"), (120, "โอนเงิน PROMPTPAY"), (290, "25,000.00"), (490, "170,572.65")],
    [(40, "25/09/26"), (120, "รับโอน TRANSFER IN"), (390, "1,200.00"), (490, "171,772.65")],
    [(40, "30/09/26"), (120, "ดอกเบี้ย INTEREST"), (390, "37.62"), (490, "171,810.27")],
    "",
    [(40, "ยอดยกมา Opening Balance"), (300, "152,318.40")],
    [(40, "รวมฝาก Total Deposits (3)"), (300, "59,737.62")],
    [(40, "รวมถอน Total Withdrawals (3)"), (300, "40,245.75")],
    [(40, "ยอดคงเหลือ Closing Balance"), (300, "171,810.27")],
    "",
    "เอกสารนี้ออกโดยระบบคอมพิวเตอร์ This statement is computer generated.",
]  # fmt: skip

# Canada: French/English labels, a chequing and a savings account in one statement, a summary total of
# both, month-day rows without the year.
BANK_CA_TWO_ACCOUNTS_BILINGUAL: list[Row] = [
    "Banque Saint-Maurice du Canada  |  St. Maurice Bank of Canada",
    "1250, boul. René-Lévesque O., Montréal (Québec) H3B 4W8",
    "Relevé de comptes / Statement of Accounts",
    [(40, "Période / Period:"), (200, "September 1, 2026 to September 30, 2026")],
    [(40, "Client / Customer:"), (200, "MME ÉMILIE GAGNON-TREMBLAY")],
    [(200, "4471, rue Saint-Denis, Montréal (Québec) H2J 2L2")],
    [(40, "Devise / Currency:"), (200, "Dollars canadiens (CAD)")],
    [(40, "Sommaire / Summary - Actif total / Total assets:"), (340, "56,276.15")],
    "",
    "Compte chèques / Chequing Account     Transit 00417   Account 2293046",
    [(40, "Date"), (90, "Description"), (330, "Retraits"), (410, "Dépôts"), (490, "Solde")],
    [(330, "Withdrawals"), (410, "Deposits"), (490, "Balance")],
    [(40, "Sep 01"), (90, "Solde d'ouverture / Opening balance"), (490, "8,214.66")],
    [(40, "Sep 02"), (90, "Paie / Payroll Groupe Lavoie inc."), (410, "4,380.25"), (490, "12,594.91")],
    [(40, "Sep 05"), (90, "Loyer / Rent e-Transfer"), (330, "1,650.00"), (490, "10,944.91")],
    [(40, "Sep 12"), (90, "Épicerie / Grocery Metro #412"), (330, "186.43"), (490, "10,758.48")],
    [(40, "Sep 16"), (90, "Paie / Payroll Groupe Lavoie inc."), (410, "4,380.25"), (490, "15,138.73")],
    [(40, "Sep 21"), (90, "Virement / Transfer to 5518702"), (330, "2,500.00"), (490, "12,638.73")],
    [(40, "Sep 30"), (90, "Frais mensuels / Monthly fee"), (330, "16.95"), (490, "12,621.78")],
    [(90, "Totaux / Totals"), (330, "4,353.38"), (410, "8,760.50")],
    [(40, "Sep 30"), (90, "Solde de clôture / Closing balance"), (490, "12,621.78")],
    "",
    "Épargne à intérêt élevé / High Interest Savings     Transit 00417   Account 5518702",
    [(40, "Sep 01"), (90, "Solde d'ouverture / Opening balance"), (490, "41,093.10")],
    [(40, "Sep 21"), (90, "Virement / Transfer from 2293046"), (410, "2,500.00"), (490, "43,593.10")],
    [(40, "Sep 30"), (90, "Intérêts / Interest"), (410, "61.27"), (490, "43,654.37")],
    [(90, "Totaux / Totals"), (330, "0.00"), (410, "2,561.27")],
    [(40, "Sep 30"), (90, "Solde de clôture / Closing balance"), (490, "43,654.37")],
    "",
    "Membre de la Société d'assurance-dépôts du Canada / Member of CDIC",
]  # fmt: skip

# Kenya: a current account with value dates beside transaction dates, balances marked CR, a P.O. box
# and a branch code, the summary on two rows.
BANK_KE_CURRENT_CR: list[Row] = [
    "RIFT VALLEY COMMERCIAL BANK LIMITED",
    "Kenyatta Avenue Branch, P.O. Box 30417-00100, Nairobi, Kenya",
    "CURRENT ACCOUNT STATEMENT",
    "",
    [(40, "Customer Name"), (180, "BRIAN OTIENO OCHIENG")],
    [(40, "Account Number"), (180, "01204577300912")],
    [(40, "Currency"), (180, "KES")],
    [(40, "Branch"), (180, "Kenyatta Avenue (012)")],
    [(40, "Statement Date"), (180, "01-OCT-2026")],
    [(40, "Period"), (180, "01-SEP-2026 TO 30-SEP-2026")],
    "",
    [(40, "Txn Date"), (110, "Value Date"), (180, "Narrative"), (330, "Debit"), (410, "Credit"),
     (490, "Balance")],
    [(40, "01-SEP-26"), (180, "BALANCE B/F"), (490, "284,615.20 CR")],
    [(40, "02-SEP-26"), (110, "02-SEP-26"), (180, "MPESA B2C TRF"), (330, "35,000.00"),
     (490, "249,615.20 CR")],
    [(40, "05-SEP-26"), (110, "05-SEP-26"), (180, "SALARY SEP 2026"), (410, "212,400.00"),
     (490, "462,015.20 CR")],
    [(40, "09-SEP-26"), (110, "09-SEP-26"), (180, "POWER TOKENS"), (330, "48,250.00"),
     (490, "413,765.20 CR")],
    [(40, "15-SEP-26"), (110, "15-SEP-26"), (180, "LEDGER FEES+EXCISE"), (330, "1,850.00"),
     (490, "411,915.20 CR")],
    [(40, "22-SEP-26"), (110, "22-SEP-26"), (180, "RTGS TO SACCO"), (330, "60,000.00"),
     (490, "351,915.20 CR")],
    [(40, "26-SEP-26"), (110, "29-SEP-26"), (180, "CHQ DEP 000318"), (410, "15,000.00"),
     (490, "366,915.20 CR")],
    "",
    [(40, "Opening Balance"), (160, "284,615.20 CR"), (300, "Total Debits"), (400, "145,100.00")],
    [(40, "Closing Balance"), (160, "366,915.20 CR"), (300, "Total Credits"), (400, "227,400.00")],
    "",
    "Please examine this statement and report any discrepancy within 14 days.",
]  # fmt: skip

# --------------------------------------------------------------------------------------------------
# Reference letters
# --------------------------------------------------------------------------------------------------

# Jiangxi: an English certificate on a bilingual letterhead, the employee's PRC ID and birth date in
# the first sentence, a promotion, a past end date, signed by an HR manager.
REF_JX_LEFT_WITH_ID: list[Row] = [
    "江西赣江新能源科技有限公司",
    "Jiangxi Ganjiang New Energy Technology Co., Ltd.",
    "No. 88 Jinsha Avenue, Xiaolan Economic Development Zone, Nanchang, Jiangxi 330200",
    "Tel: +86 791 8512 6630",
    "",
    "Date: 16 October 2026",
    "",
    "EMPLOYMENT CERTIFICATE",
    "",
    "To Whom It May Concern,",
    "",
    "This is to certify that Mr. Zou Wenbin (ID No. 360102198807154411), born on 15 July 1988,",
    "was employed by our company from 1 August 2012 to 31 March 2020.",
    "He joined us as a Process Engineer and was promoted to Senior Process Engineer in",
    "January 2016, the position he held until he left the company of his own accord.",
    "During his employment he was responsible for electrolyte formulation and for cell process",
    "optimisation on our lithium battery production lines.",
    "His last monthly salary was RMB 21,500. This certificate is issued at his request for his",
    "application to the Quality Migrant Admission Scheme of Hong Kong.",
    "",
    "Contact: Human Resources Department, +86 791 8512 6630",
    "(Company seal)",
    "Xiong Lan",
    "HR Manager",
]  # fmt: skip

# USA: an employment verification with key/value rows, US numeric dates, a list of titles held with
# their periods, "present" for the current one, a verification ID.
REF_US_VERIFICATION: list[Row] = [
    "NORTHSOUND ROBOTICS, INC.",
    "1401 Western Avenue, Suite 900, Seattle, WA 98101",
    "",
    "November 3, 2026",
    "",
    "EMPLOYMENT VERIFICATION",
    "",
    [(40, "Employee name"), (200, "Hannah M. Kowalski")],
    [(40, "Employee ID"), (200, "NR-004417")],
    [(40, "Job title"), (200, "Principal Controls Engineer")],
    [(40, "Department"), (200, "Autonomy Platform")],
    [(40, "Original hire date"), (200, "06/15/2015")],
    [(40, "Employment status"), (200, "Active, full-time (40 hours/week)")],
    [(40, "Work location"), (200, "Seattle, Washington, USA")],
    [(40, "Base salary"), (200, "USD 212,000 per year")],
    "",
    "Titles held:",
    [(60, "Controls Engineer II"), (300, "06/15/2015 - 03/31/2018")],
    [(60, "Senior Controls Engineer"), (300, "04/01/2018 - 12/31/2021")],
    [(60, "Principal Controls Engineer"), (300, "01/01/2022 - present")],
    "",
    "Ms. Kowalski leads a team of nine engineers and reports to our Vice President of Engineering.",
    "This letter confirms employment only and is not a guarantee of continued employment.",
    "",
    "Sincerely,",
    "Marcus T. Hale",
    "Director, People Operations",
    "Verification ID: EV-2026-110387",
]  # fmt: skip

# UK: a prose reference with ordinal dates, two promotions, a past end date, a company number and a
# VAT number in the letterhead, signed by a director.
REF_UK_PROSE_ORDINALS: list[Row] = [
    "HALDEN & CREWE LOGISTICS LTD",
    "Unit 4, Thamesmead Business Park, London SE28 0LY",
    "Registered in England and Wales No. 08812734    VAT No. GB 219 4471 06",
    "",
    "12th October 2026",
    "",
    "To whom it may concern",
    "",
    "Reference: Mr Kofi Mensah-Bonsu",
    "",
    "I am writing to confirm that Mr Kofi Mensah-Bonsu was employed by Halden & Crewe Logistics",
    "Ltd from 4th January 2016 until 30th June 2023, when he resigned to relocate abroad.",
    "He joined us as a Transport Planner. In March 2018 he was promoted to Senior Planner and,",
    "from 1st September 2020, he held the post of Network Planning Team Lead, leading a team of",
    "six planners and reporting to me.",
    "Kofi was reliable, well organised and respected by colleagues and customers alike. His",
    "salary on leaving was £58,500 per annum. I recommend him without reservation.",
    "",
    "Yours faithfully,",
    "",
    "Sarah Pennington",
    "Director of Operations",
    "Halden & Crewe Logistics Ltd, London, United Kingdom",
]  # fmt: skip

# --------------------------------------------------------------------------------------------------
# PRC identity cards
# --------------------------------------------------------------------------------------------------

# Hainan: a scan with the back (issuing authority, validity) above the front, the address on two rows,
# a scanning app's footer.
PRC_HI_BACK_THEN_FRONT: list[Row] = [
    "中华人民共和国",
    "居民身份证",
    [(40, "签发机关"), (130, "海口市公安局龙华分局")],
    [(40, "有效期限"), (130, "2017.08.14-2037.08.14")],
    "",
    "",
    [(40, "姓名"), (100, "符海燕")],
    [(40, "性别"), (100, "女"), (160, "民族"), (210, "黎")],
    [(40, "出生"), (100, "1989年6月15日")],
    [(40, "住址"), (100, "海南省海口市龙华区金贸中路")],
    [(100, "28号3栋1502房")],
    [(40, "公民身份号码"), (140, "460106198906152621")],
    "",
    "扫描全能王 创建",
]  # fmt: skip

# Tianjin: a translation company's three-column table (item, Chinese, English), the validity period in
# both forms, the company's date.
PRC_TJ_TRANSLATION_TABLE: list[Row] = [
    "TRANSLATION",
    "Resident Identity Card of the People's Republic of China",
    "Translated by Tianjin Haihe Translation Co., Ltd.",
    "",
    [(40, "Item"), (180, "Original (Chinese)"), (380, "English")],
    [(40, "Name"), (180, "赵一帆"), (380, "ZHAO Yifan")],
    [(40, "Sex"), (180, "男"), (380, "Male")],
    [(40, "Ethnicity"), (180, "汉"), (380, "Han")],
    [(40, "Date of Birth"), (180, "1985年12月4日"), (380, "4 December 1985")],
    [(40, "Address"), (180, "天津市南开区鞍山西道"), (380, "Anshan West Road, Nankai")],
    [(180, "217号"), (380, "District, Tianjin, No. 217")],
    [(40, "Citizen ID Number"), (180, "120104198512040036"), (380, "120104198512040036")],
    [(40, "Issuing Authority"), (180, "天津市公安局南开分局"), (380, "Tianjin PSB Nankai Branch")],
    [(40, "Period of Validity"), (180, "2016.05.11-2036.05.11"), (380, "11 May 2016 - 11 May 2036")],
    "",
    "We certify that this is a true and complete translation of the attached copy.",
    "Tianjin Haihe Translation Co., Ltd. (seal)     Date: 2026-10-28",
]  # fmt: skip

# Jilin (Yanbian): a Korean/Chinese bilingual card, Korean label before the Chinese one, the name in
# both scripts.
PRC_JL_YANBIAN_BILINGUAL: list[Row] = [
    [(40, "성명"), (80, "姓名"), (130, "김민철"), (190, "金敏哲")],
    [(40, "성별"), (80, "性别"), (130, "남 男"), (200, "민족"), (240, "民族"), (290, "조선 朝鲜")],
    [(40, "출생"), (80, "出生"), (130, "1987年2月14日")],
    [(40, "주소"), (80, "住址"), (130, "吉林省延吉市河南街道")],
    [(130, "光明街团结委12组")],
    [(40, "공민신분번호"), (120, "公民身份号码"), (220, "222401198702140014")],
    "",
    "중화인민공화국 中华人民共和国",
    "주민신분증 居民身份证",
    [(40, "발급기관 签发机关"), (200, "延吉市公安局")],
    [(40, "유효기간 有效期限"), (200, "2019.03.02-2039.03.02")],
]  # fmt: skip

# Other valid PRC identity numbers printed in documents that are not the PRC ID card's holder's
DISTRACTOR_PRC_IDS = ["430104199507183427", "530103199610250023", "360102198807154411"]

# --------------------------------------------------------------------------------------------------
# The cases
# --------------------------------------------------------------------------------------------------

CASES: list[tuple[str, DocType, list[Row], dict[str, Any]]] = [
    ("n_ielts_vn_paper_trf", DocType.ielts, IELTS_VN_PAPER_TRF, {
        "candidate_name": "THI THANH HUONG NGUYEN", "date_of_birth": "1996-11-03", "overall": 7.5,
        "listening": 8.0, "reading": 7.5, "writing": 6.5, "speaking": 7.0, "test_date": "2025-06-14",
        "trf_number": "25VN004213NGUT021A", "module": "academic"}),
    ("n_ielts_pk_gt_heads_above", DocType.ielts, IELTS_PK_GT_HEADS_ABOVE, {
        "candidate_name": "MUHAMMAD USMAN KHAN", "date_of_birth": "1990-08-22", "overall": 6.5,
        "listening": 7.0, "reading": 6.0, "writing": 6.0, "speaking": 6.5, "test_date": "2025-08-09",
        "trf_number": "25PK000587KHAM014G", "module": "general_training"}),
    ("n_ielts_mn_computer_colon_pairs", DocType.ielts, IELTS_MN_COMPUTER_COLON_PAIRS, {
        "candidate_name": "BOLORMAA ENKHBAYAR", "date_of_birth": "1998-05-27", "overall": 8.0,
        "listening": 8.5, "reading": 9.0, "writing": 7.0, "speaking": 7.5, "test_date": "2025-09-20",
        "trf_number": "25MN001924ENKB009A", "module": "academic"}),
    ("n_toefl_tw_level_ranges", DocType.toefl, TOEFL_TW_LEVEL_RANGES, {
        "candidate_name": "YU-TING LIN", "date_of_birth": "1994-02-28", "total": 105, "reading": 27,
        "listening": 28, "speaking": 24, "writing": 26, "test_date": "2025-08-16", "scale": "0-120"}),
    ("n_toefl_ke_head_row", DocType.toefl, TOEFL_KE_HEAD_ROW, {
        "candidate_name": "Grace Wanjiru Kamau", "date_of_birth": "1993-01-14", "total": 94, "reading": 22,
        "listening": 25, "speaking": 23, "writing": 24, "test_date": "2025-07-12", "scale": "0-120"}),
    ("n_toefl_mx_section_table", DocType.toefl, TOEFL_MX_SECTION_TABLE, {
        "candidate_name": "MARÍA FERNANDA GARCÍA LÓPEZ", "date_of_birth": "1997-04-09", "total": 110,
        "reading": 29, "listening": 27, "speaking": 26, "writing": 28, "test_date": "2025-03-22",
        "scale": "0-120"}),
    ("n_hsk_th_full_score_column", DocType.hsk, HSK_TH_FULL_SCORE_COLUMN, {
        "candidate_name": "KANOKWAN SRISUK", "level": 4, "total": 248, "listening": 83, "reading": 91,
        "writing": 74, "test_date": "2025-03-16", "certificate_number": "H42503162291"}),
    ("n_hsk_np_level1_certificate", DocType.hsk, HSK_NP_LEVEL1_CERTIFICATE, {
        "candidate_name": "ANISHA SHRESTHA", "level": 1, "total": 182, "listening": 88, "reading": 94,
        "writing": None, "test_date": "2024-12-08", "certificate_number": "H12412081355"}),
    ("n_hsk_my_online_inquiry", DocType.hsk, HSK_MY_ONLINE_INQUIRY, {
        "candidate_name": "TAN WEI LING", "level": 5, "total": 231, "listening": 78, "reading": 84,
        "writing": 69, "test_date": "2025-06-22", "certificate_number": "H52506225108"}),
    ("n_psc_hn_paper_certificate", DocType.psc, PSC_HN_PAPER_CERTIFICATE, {
        "candidate_name": "刘思琪", "grade": "二级甲等", "test_date": "2021-05-16",
        "certificate_number": "4300102100573"}),
    ("n_psc_yn_certified_translation", DocType.psc, PSC_YN_CERTIFIED_TRANSLATION, {
        "candidate_name": ("Yang Mingyue", "杨明月"), "grade": "二级乙等", "test_date": "2019-10-12",
        "certificate_number": "5300119004128"}),
    ("n_psc_hk_e_certificate", DocType.psc, PSC_HK_E_CERTIFICATE, {
        "candidate_name": "陈嘉欣", "grade": "一级乙等", "test_date": "2023-11-25",
        "certificate_number": "8100123000416"}),
    ("n_degree_pl_sworn_translation", DocType.degree, DEGREE_PL_SWORN_TRANSLATION, {
        "holder_name": "Tomasz Piotr Kowalczyk", "level": "master",
        "title": ("Master of Science in Engineering", "magister inżynier", "magistra inżyniera"),
        "field": ("Computer Science", "informatyka"),
        "institution": ("Warsaw University of Technology", "Politechnika Warszawska"),
        "award_date": ("2016-06-28", "2016-07-14")}),
    ("n_degree_gh_congregation", DocType.degree, DEGREE_GH_CONGREGATION, {
        "holder_name": "Ama Serwaa Owusu-Ansah", "level": "bachelor", "title": "Bachelor of Science",
        "field": "Civil Engineering", "institution": "Kwame Nkrumah University of Science and Technology",
        "award_date": "2017-11-24"}),
    ("n_degree_cq_doctorate_numerals", DocType.degree, DEGREE_CQ_DOCTORATE_NUMERALS, {
        "holder_name": ("Ran Xuefeng", "冉雪峰"), "level": "doctorate",
        "title": ("Doctor of Engineering", "工学博士"),
        "field": ("Materials Science and Engineering", "材料科学与工程"),
        "institution": ("Chongqing University", "重庆大学"), "award_date": "2016-06-20"}),
    ("n_transcript_au_academic_record", DocType.transcript, TRANSCRIPT_AU_ACADEMIC_RECORD, {
        "holder_name": "Daniel Wai-Kit Lam", "institution": "The University of Queensland",
        "level": "bachelor", "award_date": "2019-12-13"}),
    ("n_transcript_tr_bilingual", DocType.transcript, TRANSCRIPT_TR_BILINGUAL, {
        "holder_name": "Elif Yıldırım",
        "institution": ("Middle East Technical University", "Orta Doğu Teknik Üniversitesi"),
        "level": "master", "award_date": "2020-07-24"}),
    ("n_transcript_mo_trilingual", DocType.transcript, TRANSCRIPT_MO_TRILINGUAL, {
        "holder_name": ("Leong Sio Man", "梁笑雯"),
        "institution": ("University of Macau", "Universidade de Macau", "澳門大學"),
        "level": "bachelor", "award_date": "2018-06-02"}),
    ("n_bank_th_savings_bilingual", DocType.bank_statement, BANK_TH_SAVINGS_BILINGUAL, {
        "holder_name": "PIMCHANOK THAWORNWONG",
        "bank_name": ("Chao Phraya Union Bank Public Company Limited", "Chao Phraya Union Bank",
                      "ธนาคารเจ้าพระยายูเนี่ยน จำกัด (มหาชน)"),
        "account_number_last4": "3817", "currency": "THB", "statement_start": "2026-09-01",
        "statement_end": "2026-09-30", "closing_balance": 171810.27}),
    ("n_bank_ca_two_accounts_bilingual", DocType.bank_statement, BANK_CA_TWO_ACCOUNTS_BILINGUAL, {
        "holder_name": "ÉMILIE GAGNON-TREMBLAY",
        "bank_name": ("St. Maurice Bank of Canada", "Banque Saint-Maurice du Canada"),
        "account_number_last4": ("3046", "8702"), "currency": "CAD", "statement_start": "2026-09-01",
        "statement_end": "2026-09-30", "closing_balance": (12621.78, 43654.37)}),
    ("n_bank_ke_current_cr", DocType.bank_statement, BANK_KE_CURRENT_CR, {
        "holder_name": "BRIAN OTIENO OCHIENG",
        "bank_name": ("Rift Valley Commercial Bank Limited", "Rift Valley Commercial Bank"),
        "account_number_last4": "0912", "currency": "KES", "statement_start": "2026-09-01",
        "statement_end": "2026-09-30", "closing_balance": 366915.20}),
    ("n_ref_jx_left_with_id", DocType.reference_letter, REF_JX_LEFT_WITH_ID, {
        "employee_name": "Zou Wenbin",
        "employer": ("Jiangxi Ganjiang New Energy Technology Co., Ltd.", "江西赣江新能源科技有限公司"),
        "position": "Senior Process Engineer", "start_date": "2012-08-01", "end_date": "2020-03-31",
        "country": "CHN", "letter_date": "2026-10-16", "senior_role": False}),
    ("n_ref_us_verification", DocType.reference_letter, REF_US_VERIFICATION, {
        "employee_name": ("Hannah M. Kowalski", "Hannah Kowalski"),
        "employer": ("Northsound Robotics, Inc.", "Northsound Robotics"),
        "position": "Principal Controls Engineer", "start_date": "2015-06-15", "end_date": None,
        "country": "USA", "letter_date": "2026-11-03", "senior_role": True}),
    ("n_ref_uk_prose_ordinals", DocType.reference_letter, REF_UK_PROSE_ORDINALS, {
        "employee_name": "Kofi Mensah-Bonsu", "employer": "Halden & Crewe Logistics Ltd",
        "position": "Network Planning Team Lead", "start_date": "2016-01-04", "end_date": "2023-06-30",
        "country": "GBR", "letter_date": "2026-10-12", "senior_role": True}),
    ("n_prc_hi_back_then_front", DocType.prc_id_card, PRC_HI_BACK_THEN_FRONT, {
        "name": "符海燕", "id_number": "460106198906152621", "date_of_birth": "1989-06-15", "sex": "F"}),
    ("n_prc_tj_translation_table", DocType.prc_id_card, PRC_TJ_TRANSLATION_TABLE, {
        "name": ("赵一帆", "ZHAO Yifan"), "id_number": "120104198512040036", "date_of_birth": "1985-12-04",
        "sex": "M"}),
    ("n_prc_jl_yanbian_bilingual", DocType.prc_id_card, PRC_JL_YANBIAN_BILINGUAL, {
        "name": ("金敏哲", "김민철"), "id_number": "222401198702140014", "date_of_birth": "1987-02-14",
        "sex": "M"}),
]  # fmt: skip

# Every account of every statement: (opening, transactions in order, closing)
BANK_ARITHMETIC: dict[str, list[tuple[float, list[float], float]]] = {
    "n_bank_th_savings_bilingual": [
        (152318.40, [58500.00, -12000.00, -3245.75, -25000.00, 1200.00, 37.62], 171810.27),
    ],
    "n_bank_ca_two_accounts_bilingual": [
        (8214.66, [4380.25, -1650.00, -186.43, 4380.25, -2500.00, -16.95], 12621.78),
        (41093.10, [2500.00, 61.27], 43654.37),
    ],
    "n_bank_ke_current_cr": [
        (284615.20, [-35000.00, 212400.00, -48250.00, -1850.00, -60000.00, 15000.00], 366915.20),
    ],
}


def score() -> tuple[int, int, list[tuple], list[tuple]]:
    """(right, total, misses, wrong_accepted) over every expected fact of every case."""
    return harness.score(CASES)


# --------------------------------------------------------------------------------------------------
# Self-consistency of the documents themselves
# --------------------------------------------------------------------------------------------------


def test_issuer_family_n_documents_are_self_consistent() -> None:
    harness.check_consistent_family(CASES, BANK_ARITHMETIC, DISTRACTOR_PRC_IDS)


def test_issuer_family_n_scores_at_least_90_percent() -> None:
    right, total, misses, _ = score()
    assert total == FIRST_CONTACT["total"]
    assert right / total >= 0.90, f"{right}/{total}; misses: {misses}"
    assert right >= AFTER_FIXES, f"{right}/{total}; misses: {misses}"


def test_issuer_family_n_accepts_no_wrong_value() -> None:
    _, _, _, wrong_accepted = score()
    assert not wrong_accepted, wrong_accepted


if __name__ == "__main__":
    right, total, misses, wrong_accepted = score()
    print(f"issuer family N: {right}/{total} = {100 * right / total:.1f}%")
    print(f"wrong values accepted: {len(wrong_accepted)}")
    for label, field, want, got, status in misses:
        shown = getattr(status, "value", status)
        print(f"  MISS {label:40} {field:22} expected={want!r} got={got!r} status={shown}")
