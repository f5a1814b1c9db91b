"""Issuer family AG: 27 held-out documents written blind, to measure generalisation.

Written by a helper session under independence rules: it did not open the extractors, the readers,
the validators, the scoring code, the pipeline, the flows, the sample-document generator, the bench,
the scripts, the docs folder, or the documents of any other test family (family Z was read only for
its module docstring and the structure of its module, not its documents' layouts or wordings), and
it ran no git log, diff, show or blame; it read only the output contract, DOCUMENTS.md,
core/models.py, the page builder in test_extract_toolkit.py, the spelling of values in
sample_docs/truth, and the shared comparison harness (reused unchanged). The documents and their
expected values were written first; the self-consistency test passed at its first run, so nothing
was changed for it, and no document or expected value was changed after the first score.

Three documents of every kind, as a Hong Kong QMAS consultancy receives them from applicants in
Bangladesh, Serbia, Cambodia, Hungary, Kyrgyzstan, Argentina, Tanzania, Myanmar, the Czech Republic,
Belgium, New Zealand, Denmark, Georgia and Mongolia, and from mainland China (Heilongjiang, Jilin,
Inner Mongolia, Gansu, Guangxi and Hainan). What varies: IELTS as a Bangladeshi paper Academic TRF
(the module note naming both modules, "09/AUG/2025" in the centre row, bands and overall in one
row, an administrator's date above the TRF number); a Serbian General Training e-TRF with every
label above its value in a three-column grid and an issue date; a Cambodian computer-delivered
Academic result with colon labels in two columns, "18 OCT 2025" dates, a result date and a skill /
band / CEFR table (mean 6.375 rounding to 6.5). TOEFL as a Hungarian test taker report with the
test-date and MyBest scores side by side and the birth date as "June 2, 1994"; a Kyrgyz institution
copy with "15-NOV-2025" dates, a report date and each section's performance level with its score
range; an Argentine 2026 report on the 1-6 band scale with the comparable 0-120 scores and CEFR
levels in further columns (expected on the 1-6 scale, as sample_docs/truth records such a report),
whole bands printed as "5" and "4". HSK 1 from Tanzania (out of 200, no writing) with a full-score
column before the score, a pass mark and an issue date; HSK 3 from Myanmar with slash-separated
bilingual labels, "16 March 2025" and a percentile column; HSK 5 from the Czech Republic with a
Chinese name under the passport name, "2024年10月20日", heads in two languages over the scores and
the maxima in brackets below. PSC as a Heilongjiang paper certificate (spaced labels, the holder's
PRC ID, the score with 分, an issue date); a Jilin online-query printout (masked ID, score to two
decimals, certificate status, print time); a Hainan electronic certificate written as one sentence
with the name, ID, date, score and grade inside it. Degrees: a Ghent University master's diploma in
Dutch ("Gent, 6 juli 2018", birth date, diploma number) with a sworn English translation dated 2026;
a Jilin University 工学博士 certificate in Chinese only with the birth and award dates in Chinese
numerals (二〇二〇年六月三十日); a University of Canterbury BE(Hons) in Civil Engineering with the
Maori name, honours class, ceremony date, student ID and certificate number. Transcripts: a DTU
master's transcript of records with dd-mm-yyyy dates, ECTS, 7-point grades, exam dates and a print
date; a bilingual Guangxi University bachelor's transcript with admission, graduation and print
dates and a term / course / credit / score table; an English Tbilisi State University transcript
with a personal number, dd.mm.yyyy dates, the period of study, the award date, a diploma number and
an issue date. Bank statements: a New Zealand everyday account in NZD with the account number as
bank-branch-account-suffix (last four accepted as 2731 or 3100), a statement date and column totals;
a Mongolian / English statement with MNT and USD accounts, the holder in Cyrillic (patronymic first)
and Latin letters, a register number, YYYY.MM.DD dates and an exchange rate line; a Heilongjiang
bilingual CNY transaction list with 支出 / 存入 columns, a payee column, interest on the 21st, totals
and a print date. Reference letters: a Danish prose confirmation for a current Head of Data Science
(team of 11, reports to the CTO: senior, no end date) with a birth date, two promotions, a salary and
a CVR number; an Inner Mongolia 离职证明 in Chinese only for a former 软件工程师 (not senior) with
his PRC ID, joining and leaving dates and an HR contact; a Tanzanian certificate of service for a
former Field Operations Manager (14 officers, reports to the MD: senior) with ordinal dates, a
reference number, a TIN and an HR manager's signature. PRC ID cards: a Heilongjiang phone-app scan
of front and back (watermark, card layout, validity period); a Gansu translation company's English
rendering ("MA Lan (马兰)", "October 5, 1993", an 18-character unified social credit code, a
translator's name and date); a Yanbian Korean / Chinese bilingual card.

First contact (2026-11-28): 175/180 = 97.2%, no wrong value accepted. Misses: the Argentine TOEFL
listening and speaking bands, printed as whole bands "5" and "4" (no value); the Czech HSK
candidate name (no value); the Hainan PSC candidate name inside the certifying sentence (no value);
the Mongolian statement's holder name, printed in Cyrillic with the Latin form on the row below
(no value). No expected value or document was changed after first contact.

Written against commit 7820ada.

The extractors were then fixed with general rules (tests/test_families_ag_ah_rules.py): on a report
known to be on the 1-6 scale a whole band ("5") is a band; a bilingual label tight round its slash
may end in a colon ("姓名/Name:"); a PSC certificate may space the name out of its sentence ("兹证明
符海燕 ，女，"), for review; a holder label's value in another script with its Latin form on the
line under it gives the Latin form, for review. That reached 180/180, none accepted wrong.
"""

from __future__ import annotations

from typing import Any

from core.models import DocType
from tests import issuer_family_harness as harness
from tests.issuer_family_harness import Row

FIRST_CONTACT = {"date": "2026-11-28", "right": 175, "total": 180, "wrong_accepted": 0}
AFTER_FIXES = 180

# --------------------------------------------------------------------------------------------------
# IELTS
# --------------------------------------------------------------------------------------------------

# Bangladesh: a paper Academic TRF from Dhaka; the module note that names both modules, the test
# date as "09/AUG/2025" in the centre row, all four bands and the overall in one row, the CEFR level
# below, and the administrator's date in the row above the TRF number.
IELTS_BD_PAPER_ACADEMIC: list[Row] = [
    [(40, "IELTS"), (300, "British Council")],
    [(40, "TEST REPORT FORM"), (300, "ACADEMIC")],
    "NOTE Admission to undergraduate and post graduate courses should be based on the ACADEMIC",
    "Reading and Writing Modules. GENERAL TRAINING Reading and Writing Modules are not designed",
    "to test the full range of language skills required for academic purposes.",
    [(40, "Centre Number"), (130, "BD004"), (200, "Date"), (240, "09/AUG/2025"),
     (330, "Candidate Number"), (440, "001822")],
    "Candidate Details",
    [(40, "Family Name"), (200, "ISLAM")],
    [(40, "First Name(s)"), (200, "MOHAMMAD RAFIQUL")],
    [(40, "Candidate ID"), (200, "EB0418273")],
    [(40, "Date of Birth"), (200, "17/04/1990"), (330, "Sex (M/F)"), (400, "M"), (440, "Scheme Code"),
     (520, "Private")],
    [(40, "Country or Region of Origin"), (220, "BANGLADESH")],
    [(40, "Country of Nationality"), (220, "BANGLADESH")],
    [(40, "First Language"), (220, "BENGALI")],
    "Test Results",
    [(40, "Listening"), (100, "7.5"), (130, "Reading"), (180, "7.0"), (210, "Writing"), (260, "6.0"),
     (290, "Speaking"), (346, "6.5"), (380, "Overall Band Score"), (496, "7.0")],
    [(40, "CEFR Level"), (130, "C1")],
    "Administrator Comments",
    [(40, "Centre stamp"), (330, "Validation stamp")],
    [(40, "Administrator's Signature"), (330, "Date"), (370, "21/08/2025")],
    [(40, "Test Report Form Number"), (220, "25BD004417ISLA002A")],
]  # fmt: skip

# Serbia: a General Training e-TRF from Belgrade laid out as a grid with every label above its
# value (three columns), an issue date beside the test module, the bands as a heads-over-values
# table, and a verification line at the foot.
IELTS_RS_GT_ETRF: list[Row] = [
    [(40, "IELTS"), (400, "Test Report Form")],
    [(40, "General Training"), (400, "British Council Serbia")],
    "Candidate details",
    [(40, "Family name"), (220, "First name(s)"), (420, "Candidate ID")],
    [(40, "JOVANOVIC"), (220, "MILICA"), (420, "011748293")],
    [(40, "Date of birth"), (220, "Sex"), (420, "Candidate number")],
    [(40, "03/11/1993"), (220, "F"), (420, "000451")],
    [(40, "Nationality"), (220, "First language"), (420, "Centre number")],
    [(40, "SERBIA"), (220, "SERBIAN"), (420, "RS502")],
    [(40, "Test date"), (220, "Test module"), (420, "Date of issue")],
    [(40, "24/05/2025"), (220, "General Training"), (420, "04/06/2025")],
    "Test results",
    [(40, "Listening"), (150, "Reading"), (260, "Writing"), (370, "Speaking"), (480, "Overall band")],
    [(40, "8.0"), (150, "7.5"), (260, "6.5"), (370, "7.0"), (480, "7.5")],
    [(40, "CEFR level"), (150, "C1")],
    "General Training Reading and Writing tests are not designed to test the full range of",
    "language skills required for academic purposes.",
    [(40, "Test Report Form number"), (240, "25RS000512JOVA008G")],
    "Results are reported in whole and half bands. Verify this result at ielts.ucles.org.uk",
]  # fmt: skip

# Cambodia: an IDP computer-delivered Academic result from Phnom Penh; colon labels in two columns,
# test and result dates as "18 OCT 2025", a skill / band / CEFR table ending in the overall, the TRF
# number under it and an issue date in the footer.
IELTS_KH_CD_ACADEMIC: list[Row] = [
    [(40, "IDP IELTS"), (380, "Computer-delivered test")],
    [(40, "Test Report Form"), (380, "Academic")],
    [(40, "Family name:"), (160, "CHAN"), (320, "Candidate ID:"), (420, "N01927465")],
    [(40, "Given name(s):"), (160, "SOPHEAKTRA"), (320, "Date of birth:"), (420, "29/01/1996")],
    [(40, "Sex:"), (160, "M"), (320, "Nationality:"), (420, "CAMBODIA")],
    [(40, "Test centre:"), (160, "KH001 Phnom Penh"), (320, "First language:"), (420, "KHMER")],
    [(40, "Test date:"), (160, "18 OCT 2025"), (320, "Result date:"), (420, "22 OCT 2025")],
    [(40, "Skill"), (200, "Band score"), (320, "CEFR")],
    [(40, "Listening"), (200, "6.5"), (320, "B2")],
    [(40, "Reading"), (200, "7.0"), (320, "C1")],
    [(40, "Writing"), (200, "6.0"), (320, "B2")],
    [(40, "Speaking"), (200, "6.0"), (320, "B2")],
    [(40, "Overall band score"), (200, "6.5"), (320, "B2")],
    [(40, "TRF number:"), (160, "25KH000233CHAN004A")],
    "This Test Report Form is valid for two years from the test date shown above.",
    [(40, "Page 1 of 1"), (400, "Issued: 22 OCT 2025")],
]  # fmt: skip

# --------------------------------------------------------------------------------------------------
# TOEFL
# --------------------------------------------------------------------------------------------------

# Hungary: a test taker score report; last and first names on separate rows, the birth date as
# "June 2, 1994", a registration number in groups of four, and the test-date scores beside the
# MyBest scores with their date range above the section rows; a print date at the foot.
TOEFL_HU_MYBEST: list[Row] = [
    [(40, "ETS"), (200, "TOEFL iBT Test Taker Score Report")],
    [(40, "Last Name"), (180, "Nagy")],
    [(40, "First Name"), (180, "Eszter Katalin")],
    [(40, "Date of Birth"), (180, "June 2, 1994")],
    [(40, "Gender"), (180, "Female")],
    [(40, "Country of Citizenship"), (180, "Hungary")],
    [(40, "Native Language"), (180, "Hungarian")],
    [(40, "Registration Number"), (180, "0000 0000 5738 2914")],
    [(40, "Test Center"), (180, "STN81422A Budapest")],
    [(40, "Test Date"), (180, "March 22, 2025")],
    [(40, "Section"), (200, "Test Date Scores"), (380, "MyBest Scores")],
    [(200, "Mar 22, 2025"), (380, "Oct 12, 2024 - Mar 22, 2025")],
    [(40, "Reading"), (200, "27"), (380, "28")],
    [(40, "Listening"), (200, "25"), (380, "26")],
    [(40, "Speaking"), (200, "23"), (380, "23")],
    [(40, "Writing"), (200, "26"), (380, "26")],
    [(40, "Total Score"), (200, "101"), (380, "103")],
    "MyBest scores combine your highest section scores from valid tests in the last 2 years.",
    "Date printed: April 3, 2025",
]  # fmt: skip

# Kyrgyzstan: an institution copy; the name as "SURNAME, GIVEN", dates as "15-NOV-2025" with a report
# date beside the test date, an institution code, and each section score followed by its
# performance level and that level's score range.
TOEFL_KG_INSTITUTION: list[Row] = [
    [(40, "TOEFL iBT Official Score Report"), (420, "INSTITUTION COPY")],
    [(40, "Name"), (200, "ABDYKADYROV, NURLAN")],
    [(40, "Date of Birth"), (200, "07-AUG-1992")],
    [(40, "ETS Test Taker ID"), (200, "7719 2048 3365")],
    [(40, "Test Date"), (200, "15-NOV-2025"), (340, "Report Date"), (440, "27-NOV-2025")],
    [(40, "Country of Birth"), (200, "Kyrgyzstan")],
    [(40, "Native Language"), (200, "Kyrgyz")],
    [(40, "Institution Code"), (200, "B331"), (340, "Department"), (440, "99")],
    [(40, "Reason for Taking Test"), (200, "Immigration")],
    "Scores",
    [(40, "READING"), (160, "24"), (220, "Advanced (24-30)")],
    [(40, "LISTENING"), (160, "26"), (220, "Advanced (22-30)")],
    [(40, "SPEAKING"), (160, "22"), (220, "High-Intermediate (20-24)")],
    [(40, "WRITING"), (160, "21"), (220, "High-Intermediate (17-23)")],
    [(40, "TOTAL SCORE"), (160, "93"), (220, "out of 120")],
    "Institution score reports are sent by ETS directly to the score recipient named above.",
    [(40, "Page 1 of 1"), (420, "Printed 27-NOV-2025")],
]  # fmt: skip

# Argentina: a 2026 report on the 1-6 band scale with the comparable 0-120 scores in the next column
# and a CEFR column; the name as "SURNAME, GIVEN", the birth date as "9 December 1996" and a score
# release date beside the test date.
TOEFL_AR_BAND_SCALE: list[Row] = [
    [(40, "TOEFL iBT Score Report"), (400, "ETS")],
    [(40, "Name:"), (120, "FERNANDEZ, LUCIA BELEN")],
    [(40, "Date of Birth:"), (140, "9 December 1996")],
    [(40, "Test Date:"), (140, "April 11, 2026"), (320, "Score Release Date:"), (450, "April 21, 2026")],
    [(40, "Appointment Number:"), (180, "AR2604118871")],
    [(40, "Test Center:"), (140, "Buenos Aires, Argentina")],
    "Scores on the 1-6 scale; comparable scores on the 0-120 scale are shown for reference.",
    [(40, "Section"), (200, "Score (1-6)"), (320, "0-120 scale"), (440, "CEFR level")],
    [(40, "Reading"), (200, "4.5"), (320, "23"), (440, "B2")],
    [(40, "Listening"), (200, "5"), (320, "24"), (440, "C1")],
    [(40, "Speaking"), (200, "4"), (320, "21"), (440, "B2")],
    [(40, "Writing"), (200, "4.5"), (320, "22"), (440, "B2")],
    [(40, "Total"), (200, "4.5"), (320, "90"), (440, "B2")],
    "Scores are valid for two years after the test date.",
]  # fmt: skip

# --------------------------------------------------------------------------------------------------
# HSK
# --------------------------------------------------------------------------------------------------

# Tanzania: HSK 1 (no writing, out of 200) from the Confucius Institute in Dar es Salaam; bilingual
# labels, ISO dates, a full-score column before the candidate's score, a pass mark and an issue date.
HSK_TZ_LEVEL1: list[Row] = [
    "汉语水平考试 HSK（一级）成绩报告",
    "Chinese Proficiency Test HSK (Level 1) Score Report",
    [(40, "姓名 Name"), (200, "ASHA HAMISI JUMA")],
    [(40, "性别 Gender"), (200, "女 Female"), (320, "国籍 Nationality"), (440, "坦桑尼亚 Tanzania")],
    [(40, "考试时间 Examination Date"), (200, "2025-05-18")],
    [(40, "考点 Test Centre"), (200, "达累斯萨拉姆大学孔子学院 Confucius Institute at UDSM")],
    [(40, "成绩报告编号 No."), (200, "H12505180327")],
    [(40, "科目 Section"), (200, "满分 Full Score"), (360, "成绩 Score")],
    [(40, "听力 Listening"), (200, "100"), (360, "88")],
    [(40, "阅读 Reading"), (200, "100"), (360, "79")],
    [(40, "总分 Total"), (200, "200"), (360, "167")],
    "合格标准 Passing score: 120",
    [(40, "发证日期 Date of Issue"), (200, "2025-06-20")],
    "成绩自考试之日起两年内作为外国留学生进入中国院校学习的汉语能力证明。",
    "Scores can be verified at www.chinesetest.cn",
]  # fmt: skip

# Myanmar: HSK 3 from Yangon; "Chinese / English" labels with slashes, the date as "16 March 2025",
# the candidate's passport number, and a score table with a percentile column beside the scores.
HSK_MM_LEVEL3: list[Row] = [
    [(40, "HSK"), (120, "汉语水平考试（三级）")],
    "Chinese Proficiency Test (Level 3) Score Report",
    [(40, "姓名 / Name"), (200, "AUNG KYAW MIN")],
    [(40, "国籍 / Nationality"), (200, "缅甸 Myanmar")],
    [(40, "证件号码 / ID No."), (200, "MD482917")],
    [(40, "考试时间 / Exam Date"), (200, "16 March 2025")],
    [(40, "考点 / Test Centre"), (200, "仰光福星语言与电脑学苑 Yangon")],
    [(40, "报告编号 / Report No."), (200, "H32503160412")],
    [(40, "科目 / Section"), (220, "成绩 / Score"), (340, "百分等级 / Percentile")],
    [(40, "听力 / Listening"), (220, "78"), (340, "61%")],
    [(40, "阅读 / Reading"), (220, "85"), (340, "74%")],
    [(40, "书写 / Writing"), (220, "72"), (340, "58%")],
    [(40, "总分 / Total"), (220, "235"), (340, "66%")],
    "满分 Full score: 300    合格分数线 Pass mark: 180",
    "本成绩自考试日期起两年内有效。",
]  # fmt: skip

# Czech Republic: HSK 5 from the Confucius Institute in Olomouc; a Chinese name under the passport
# name, the level as "五级 HSK 5", the date as "2024年10月20日", the section heads in Chinese and
# English above the scores with the maxima in brackets below, and a print date.
HSK_CZ_LEVEL5: list[Row] = [
    "汉语水平考试 成绩报告",
    "HSK Score Report",
    [(40, "姓名/Name:"), (180, "DVORAKOVA TEREZA")],
    [(40, "中文姓名:"), (180, "德泰瑞")],
    [(40, "国籍/Nationality:"), (180, "捷克 Czech Republic")],
    [(40, "考试级别/Level:"), (180, "五级 HSK 5")],
    [(40, "考试日期/Date:"), (180, "2024年10月20日")],
    [(40, "考点/Test Centre:"), (180, "Palacky University Olomouc Confucius Institute")],
    [(40, "准考证号/Admission No.:"), (180, "H52410200086")],
    [(40, "听力"), (140, "阅读"), (240, "书写"), (340, "总分")],
    [(40, "Listening"), (140, "Reading"), (240, "Writing"), (340, "Total")],
    [(40, "81"), (140, "88"), (240, "70"), (340, "239")],
    [(40, "(100)"), (140, "(100)"), (240, "(100)"), (340, "(300)")],
    "合格标准：总分180分 / Pass mark: 180 of 300",
    [(40, "打印日期 Printed:"), (180, "2024-11-28")],
]  # fmt: skip

# --------------------------------------------------------------------------------------------------
# PSC
# --------------------------------------------------------------------------------------------------

# Heilongjiang: a paper certificate in Chinese only; spaced two-character labels, the holder's PRC
# ID, the score with 分, the test station, the certificate number and an issue date after it.
PSC_HL_PAPER: list[Row] = [
    "普通话水平测试等级证书",
    [(40, "姓    名"), (140, "刘思雨")],
    [(40, "性    别"), (140, "女")],
    [(40, "身份证号"), (140, "230102199508163022")],
    [(40, "测试成绩"), (140, "88.9 分")],
    [(40, "等    级"), (140, "二级甲等")],
    [(40, "测试时间"), (140, "2017年11月25日")],
    [(40, "测 试 站"), (140, "黑龙江大学普通话水平测试站")],
    [(40, "证书编号"), (140, "2300117004381")],
    "经测试，该同志普通话水平达到上述等级，特发此证。",
    [(40, "发证单位"), (140, "黑龙江省语言文字工作委员会")],
    [(40, "发证日期"), (140, "2017年12月28日")],
    "国家语言文字工作委员会 监制",
]  # fmt: skip

# Jilin: a printout of the online certificate query from Yanbian; label-value rows, a masked ID
# number, the score to two decimals, a certificate status, a disclaimer and a print time.
PSC_JL_ONLINE_QUERY: list[Row] = [
    "普通话水平测试证书查询",
    "查询结果",
    [(40, "姓名"), (140, "金美善")],
    [(40, "性别"), (140, "女")],
    [(40, "证件号码"), (140, "2224********1829")],
    [(40, "测试站"), (140, "延边大学普通话水平测试站")],
    [(40, "测试时间"), (140, "2021-10-16")],
    [(40, "成绩"), (140, "92.35")],
    [(40, "等级"), (140, "一级乙等")],
    [(40, "证书编号"), (140, "22002121000457")],
    [(40, "发证单位"), (140, "吉林省语言文字工作委员会")],
    [(40, "证书状态"), (140, "有效")],
    "温馨提示：本查询结果仅供参考，以纸质证书或电子证书为准。",
    [(40, "打印时间：2026-10-30 14:22:07"), (420, "第 1 页 / 共 1 页")],
]  # fmt: skip

# Hainan: an electronic certificate written as a sentence ("符海燕 ，女，身份证件号码 ... 于
# 2023年06月10日 参加 ... 等级为 二级乙等"), then colon-labelled certificate number, station, issuer
# and issue date, and a verification code.
PSC_HI_E_CERT: list[Row] = [
    "普通话水平测试等级证书（电子证书）",
    "兹证明 符海燕 ，女，身份证件号码 460106199811022423 ，",
    "于 2023年06月10日 参加普通话水平测试，成绩为 83.45 分，",
    "等级为 二级乙等 。",
    "特发此证。",
    [(40, "证书编号："), (120, "46000223001126")],
    [(40, "测试机构："), (120, "海南师范大学普通话水平测试站")],
    [(40, "发证单位："), (120, "海南省语言文字工作委员会")],
    [(40, "发证日期："), (120, "2023年07月20日")],
    "电子证书与纸质证书具有同等效力，可登录国家普通话水平测试网站查询验证。",
    [(40, "验证码：8F2K91Q7"), (400, "（二维码）")],
]  # fmt: skip

# --------------------------------------------------------------------------------------------------
# Degree certificates
# --------------------------------------------------------------------------------------------------

# Belgium: a Ghent University master's diploma in Dutch (birth place and date, the Dutch programme
# name, "met grote onderscheiding", "Gent, 6 juli 2018", a diploma number) followed by a sworn
# English translation on the same page, dated by the translator in 2026.
DEGREE_BE_GHENT: list[Row] = [
    "UNIVERSITEIT GENT",
    "De rector van de Universiteit Gent verklaart dat",
    "Pieter Jan VERMEULEN",
    "geboren te Brugge op 14 maart 1994",
    "na het met vrucht beëindigen van de opleiding het diploma heeft behaald van",
    "Master of Science in de ingenieurswetenschappen: werktuigkunde-elektrotechniek",
    "met grote onderscheiding.",
    [(40, "Gent, 6 juli 2018"), (380, "Diplomanummer 2018/EA/04417")],
    [(40, "De decaan"), (380, "De rector")],
    "Beëdigde vertaling uit het Nederlands / Sworn translation from Dutch",
    "GHENT UNIVERSITY",
    "The Rector of Ghent University declares that",
    "Pieter Jan VERMEULEN",
    "born in Bruges on 14 March 1994",
    "having successfully completed the programme, has obtained the degree of",
    "Master of Science in Electromechanical Engineering",
    "with great distinction.",
    [(40, "Ghent, 6 July 2018"), (380, "Diploma number 2018/EA/04417")],
    [(40, "The Dean"), (380, "The Rector")],
    "I, the undersigned sworn translator at the Court of First Instance of East Flanders,",
    "certify that this translation is true and faithful to the original. Ghent, 14 October 2026.",
]  # fmt: skip

# Jilin: a Jilin University doctoral degree certificate in Chinese only; the holder's birth date and
# the award date in Chinese numerals (一九八九年 / 二〇二〇年六月三十日), the discipline and the
# degree title (工学博士) inside the certifying sentence, and a certificate number.
DEGREE_JL_DOCTORATE: list[Row] = [
    "博 士 学 位 证 书",
    "孙浩宇 ，男， 一九八九 年 五 月 十二 日生。在 吉林大学 材料科学与工程",
    "学科（专业）已通过博士学位的课程考试和论文答辩，成绩合格。",
    "根据《中华人民共和国学位条例》的规定，授予 工学博士 学位。",
    [(300, "吉 林 大 学")],
    [(300, "校长")],
    [(300, "学位评定委员会主席 （签名）")],
    [(40, "证书编号：1018342020000215"), (300, "二〇二〇年六月三十日")],
]  # fmt: skip

# New Zealand: a University of Canterbury certificate with its Maori name under the English one,
# "was admitted to the degree of BACHELOR OF ENGINEERING WITH HONOURS in Civil Engineering with
# First Class Honours at a graduation ceremony held on 16 April 2015", a student ID and a
# certificate number.
DEGREE_NZ_CANTERBURY: list[Row] = [
    "UNIVERSITY OF CANTERBURY",
    "Te Whare Wānanga o Waitaha",
    "CHRISTCHURCH NEW ZEALAND",
    "This is to certify that",
    "TAMATI JAMES WALKER",
    "having completed the course of study prescribed by the Council of the University",
    "was admitted to the degree of",
    "BACHELOR OF ENGINEERING WITH HONOURS",
    "in Civil Engineering",
    "with First Class Honours",
    "at a graduation ceremony held on 16 April 2015",
    [(40, "Chancellor"), (240, "Vice-Chancellor"), (440, "Registrar")],
    [(40, "Student ID 52817364"), (440, "Certificate no. 0157722")],
]  # fmt: skip

# --------------------------------------------------------------------------------------------------
# Transcripts
# --------------------------------------------------------------------------------------------------

# Denmark: a DTU transcript of records for an MSc in Engineering; dd-mm-yyyy dates (birth, enrolment,
# degree), a course table with ECTS, 7-point-scale grades and exam dates, and a print date.
TRANSCRIPT_DK_DTU: list[Row] = [
    [(40, "DTU"), (300, "Technical University of Denmark")],
    "Anker Engelunds Vej 1, 2800 Kgs. Lyngby, Denmark",
    "TRANSCRIPT OF RECORDS",
    [(40, "Name"), (200, "Mads Holm Kristensen")],
    [(40, "Date of birth"), (200, "23-09-1995")],
    [(40, "Student number"), (200, "s193482")],
    [(40, "Programme"), (200, "MSc in Engineering, Wind Energy")],
    [(40, "Degree awarded"), (200, "Master of Science in Engineering (Wind Energy)")],
    [(40, "Enrolled"), (200, "01-09-2019")],
    [(40, "Date of degree"), (200, "31-01-2021")],
    [(40, "Course"), (90, "Title"), (380, "ECTS"), (420, "Grade"), (470, "Date")],
    [(40, "46100"), (90, "Wind Turbine Technology and Aerodynamics"), (380, "10"), (420, "12"),
     (470, "18-12-2019")],
    [(40, "46200"), (90, "Planning and Development of Wind Farms"), (380, "5"), (420, "10"),
     (470, "09-01-2020")],
    [(40, "46115"), (90, "Turbulence Theory and Modelling"), (380, "5"), (420, "7"), (470, "10-01-2020")],
    [(40, "46300"), (90, "Wind Turbine Design"), (380, "10"), (420, "10"), (470, "28-05-2020")],
    [(40, "46500"), (90, "Wind Energy Measurements"), (380, "5"), (420, "7"), (470, "15-06-2020")],
    [(40, "46320"), (90, "Loads, Aerodynamics and Control of Wind Turbines"), (380, "10"), (420, "12"),
     (470, "17-12-2020")],
    [(40, "46W99"), (90, "Master Thesis, Wind Energy"), (380, "30"), (420, "12"), (470, "22-01-2021")],
    [(40, "Total ECTS (incl. transferred credits)"), (380, "120")],
    [(40, "Weighted grade point average"), (380, "10.6")],
    "Grading scale: Danish 7-point scale (12, 10, 7, 4, 02, 00, -3).",
    [(40, "Printed 19-10-2026"), (440, "Page 1 of 1")],
]  # fmt: skip

# Guangxi: a Guangxi University undergraduate transcript, bilingual; name, student number, birth
# date, college and major in two columns, admission and graduation dates, the degree in Chinese and
# English, a term / course / credit / score table, totals, a seal line and a print date.
TRANSCRIPT_GX_GXU: list[Row] = [
    "广西大学 本科生成绩单",
    "GUANGXI UNIVERSITY  Undergraduate Academic Transcript",
    [(40, "姓名 Name"), (160, "黄志强 HUANG Zhiqiang"), (360, "学号 Student No."), (480, "1602301215")],
    [(40, "性别 Sex"), (160, "男 Male"), (360, "出生日期 Born"), (480, "1998-02-14")],
    [(40, "学院 College"), (160, "电气工程学院 School of Electrical Engineering")],
    [(40, "专业 Major"), (160, "电气工程及其自动化 Electrical Engineering and Automation")],
    [(40, "入学日期 Admission"), (160, "2016-09-05"), (360, "学制 Length"), (480, "4 年 years")],
    [(40, "毕业日期 Graduation"), (160, "2020-06-30")],
    [(40, "授予学位 Degree"), (160, "工学学士 Bachelor of Engineering")],
    [(40, "学期 Term"), (120, "课程名称 Course"), (380, "学分 Cr."), (460, "成绩 Score")],
    [(40, "2016-2017-1"), (120, "高等数学A(上) Advanced Mathematics A (I)"), (380, "5.0"), (460, "86")],
    [(40, "2016-2017-1"), (120, "大学英语(一) College English (I)"), (380, "3.0"), (460, "82")],
    [(40, "2016-2017-2"), (120, "电路原理 Principles of Circuits"), (380, "4.0"), (460, "79")],
    [(40, "2017-2018-1"), (120, "模拟电子技术 Analog Electronics"), (380, "3.5"), (460, "84")],
    [(40, "2017-2018-2"), (120, "电机学 Electric Machinery"), (380, "4.0"), (460, "77")],
    [(40, "2018-2019-1"), (120, "自动控制原理 Automatic Control Theory"), (380, "3.5"), (460, "88")],
    [(40, "2018-2019-2"), (120, "电力系统分析 Power System Analysis"), (380, "4.0"), (460, "81")],
    [(40, "2019-2020-2"), (120, "毕业设计 Graduation Project"), (380, "8.0"), (460, "优 Excellent")],
    [(40, "总学分 Total Credits"), (380, "172.5")],
    [(40, "平均学分绩点 GPA"), (380, "3.41")],
    "广西大学教务处（盖章） Office of Academic Affairs, Guangxi University (seal)",
    [(40, "打印日期 Printed"), (160, "2026-09-14")],
]  # fmt: skip

# Georgia: an English transcript of Ivane Javakhishvili Tbilisi State University; surname and name
# on separate rows beside a personal number and a dd.mm.yyyy birth date, the period of study, a
# course / ECTS / score / grade table, and the award date, diploma number and issue date at the end.
TRANSCRIPT_GE_TSU: list[Row] = [
    "IVANE JAVAKHISHVILI TBILISI STATE UNIVERSITY",
    "1 Ilia Chavchavadze Avenue, 0179 Tbilisi, Georgia",
    "ACADEMIC TRANSCRIPT (English version)",
    [(40, "Surname:"), (160, "BERIDZE"), (320, "Personal No.:"), (420, "01019054123")],
    [(40, "Name:"), (160, "NINO"), (320, "Date of Birth:"), (420, "05.03.1995")],
    [(40, "Faculty:"), (160, "Exact and Natural Sciences")],
    [(40, "Programme:"), (160, "Computer Science (Bachelor)")],
    [(40, "Qualification:"), (160, "Bachelor of Computer Science")],
    [(40, "Period of study:"), (160, "15.09.2013 - 30.06.2017")],
    [(40, "Course"), (330, "ECTS"), (390, "Score"), (450, "Grade")],
    [(40, "Calculus I"), (330, "6"), (390, "88"), (450, "B")],
    [(40, "Introduction to Programming (C++)"), (330, "6"), (390, "95"), (450, "A")],
    [(40, "Discrete Mathematics"), (330, "6"), (390, "84"), (450, "B")],
    [(40, "Data Structures and Algorithms"), (330, "6"), (390, "91"), (450, "A")],
    [(40, "Operating Systems"), (330, "6"), (390, "78"), (450, "C")],
    [(40, "Databases"), (330, "6"), (390, "93"), (450, "A")],
    [(40, "Computer Networks"), (330, "6"), (390, "86"), (450, "B")],
    [(40, "Bachelor's Thesis"), (330, "10"), (390, "92"), (450, "A")],
    [(40, "Total ECTS credits"), (330, "240")],
    [(40, "GPA"), (330, "3.62")],
    [(40, "Date of award of the qualification:"), (260, "14.07.2017")],
    [(40, "Diploma No.:"), (260, "TSU-B 0041827")],
    [(40, "Date of issue:"), (260, "02.09.2026")],
    [(40, "Head of Registry Office"), (330, "signature / seal")],
]  # fmt: skip

# --------------------------------------------------------------------------------------------------
# Bank statements
# --------------------------------------------------------------------------------------------------

# New Zealand: an everyday account e-statement in NZD; the holder with title and a postal address,
# the account number in the bank-branch-account-suffix form, the period as "1 August 2026 to 31
# August 2026", a statement date, a date / details / withdrawals / deposits / balance table with
# opening and closing rows, and column totals.
BANK_NZ_EVERYDAY: list[Row] = [
    [(40, "Aotearoa Mutual Bank Limited"), (400, "Statement")],
    [(40, "PO Box 10-442, Wellington 6143"), (400, "Page 1 of 1")],
    "MS OLIVIA GRACE THOMPSON",
    "14 Kowhai Street",
    "Ponsonby, Auckland 1011",
    [(40, "Account"), (200, "Everyday Account")],
    [(40, "Account number"), (200, "12-3140-0592731-00")],
    [(40, "Statement period"), (200, "1 August 2026 to 31 August 2026")],
    [(40, "Statement date"), (200, "2 September 2026")],
    "All amounts are in New Zealand dollars (NZD).",
    [(40, "Date"), (110, "Transaction details"), (330, "Withdrawals"), (420, "Deposits"), (500, "Balance")],
    [(40, "01 Aug"), (110, "Opening balance"), (500, "24,610.55")],
    [(40, "05 Aug"), (110, "Salary TAWHITI CONSULT"), (420, "6,842.10"), (500, "31,452.65")],
    [(40, "06 Aug"), (110, "AP Rent Ponsonby Flats"), (330, "2,150.00"), (500, "29,302.65")],
    [(40, "11 Aug"), (110, "EFTPOS Countdown Ponsonby"), (330, "187.43"), (500, "29,115.22")],
    [(40, "18 Aug"), (110, "DD Mercury Energy"), (330, "96.20"), (500, "29,019.02")],
    [(40, "25 Aug"), (110, "TFR to Notice Saver"), (330, "1,000.00"), (500, "28,019.02")],
    [(40, "31 Aug"), (110, "Credit interest"), (420, "12.87"), (500, "28,031.89")],
    [(40, "31 Aug"), (110, "Closing balance"), (500, "28,031.89")],
    [(40, "Totals"), (330, "3,433.63"), (420, "6,854.97")],
    "Please check your statement and tell us about any errors within 30 days.",
]  # fmt: skip

# Mongolia: a bilingual Mongolian / English statement with two accounts (MNT and USD); the holder in
# Cyrillic with the patronymic first and in Latin letters below, a register number, YYYY.MM.DD dates,
# a print time, each account's table with totals and closing balance, and the exchange rate used.
BANK_MN_TWO_ACCOUNTS: list[Row] = [
    [(40, "ТУУЛ РИВЕР БАНК ХХК"), (360, "TUUL RIVER BANK LLC")],
    "Дансны хуулга / Account statement",
    [(40, "Харилцагч / Customer:"), (200, "ГАНБОЛДЫН БАТ-ЭРДЭНЭ")],
    [(200, "GANBOLD BAT-ERDENE")],
    [(40, "Регистр / Reg. No.:"), (200, "УБ91061418")],
    [(40, "Хугацаа / Period:"), (200, "2026.09.01 - 2026.09.30")],
    [(40, "Хэвлэсэн / Printed:"), (200, "2026.10.02 09:41")],
    [(40, "Данс / Account:"), (200, "5012 0348 7765"), (360, "Валют / Currency:"), (480, "MNT")],
    [(40, "Огноо Date"), (130, "Гүйлгээний утга Description"), (330, "Debit"), (420, "Credit"),
     (500, "Balance")],
    [(40, "2026.09.01"), (130, "Эхний үлдэгдэл Opening"), (500, "48,250,300.00")],
    [(40, "2026.09.05"), (130, "Цалин / Salary"), (420, "6,500,000.00"), (500, "54,750,300.00")],
    [(40, "2026.09.08"), (130, "Түрээс / Rent"), (330, "1,850,000.00"), (500, "52,900,300.00")],
    [(40, "2026.09.14"), (130, "Картын гүйлгээ / Card"), (330, "235,400.00"), (500, "52,664,900.00")],
    [(40, "2026.09.20"), (130, "Валют арилжаа / FX to USD"), (330, "3,000,000.00"), (500, "49,664,900.00")],
    [(40, "2026.09.30"), (130, "Хүү / Interest"), (420, "12,760.50"), (500, "49,677,660.50")],
    [(40, "Нийт / Total"), (330, "5,085,400.00"), (420, "6,512,760.50")],
    [(40, "Эцсийн үлдэгдэл / Closing balance"), (500, "49,677,660.50")],
    [(40, "Данс / Account:"), (200, "5012 0348 9102"), (360, "Валют / Currency:"), (480, "USD")],
    [(40, "Огноо Date"), (130, "Гүйлгээний утга Description"), (330, "Debit"), (420, "Credit"),
     (500, "Balance")],
    [(40, "2026.09.01"), (130, "Эхний үлдэгдэл Opening"), (500, "8,120.45")],
    [(40, "2026.09.20"), (130, "Валют арилжаа / FX from MNT"), (420, "836.12"), (500, "8,956.57")],
    [(40, "2026.09.23"), (130, "Картын гүйлгээ / Card"), (330, "250.00"), (500, "8,706.57")],
    [(40, "2026.09.30"), (130, "Хүү / Interest"), (420, "2.11"), (500, "8,708.68")],
    [(40, "Нийт / Total"), (330, "250.00"), (420, "838.23")],
    [(40, "Эцсийн үлдэгдэл / Closing balance"), (500, "8,708.68")],
    "Ханш / Rate 2026.09.20: 1 USD = 3,588.00 MNT",
]  # fmt: skip

# Heilongjiang: a Harbin bank's bilingual transaction list in CNY; name in Chinese and pinyin, the
# full card-style account number, currency and cash/remittance type, the period with 至, the branch,
# a two-row bilingual header with a payee column, quarterly interest on the 21st, totals, the
# closing balance, a print date and a page count.
BANK_HL_CNY: list[Row] = [
    [(40, "哈尔滨松江商业银行"), (300, "Harbin Songjiang Commercial Bank")],
    "个人账户交易明细 Personal Account Transaction Details",
    [(40, "户名 Name:"), (160, "王建国 WANG JIANGUO")],
    [(40, "账号 Account No.:"), (160, "6217 8801 2046 5126")],
    [(40, "币种 Currency:"), (160, "人民币 CNY"), (320, "钞汇 Cash/Remit:"), (440, "钞 Cash")],
    [(40, "起止日期 Period:"), (160, "2026-06-01 至 2026-06-30")],
    [(40, "开户网点 Branch:"), (160, "南岗支行 Nangang Sub-branch")],
    [(40, "交易日期"), (110, "摘要"), (250, "支出"), (340, "存入"), (430, "余额"), (510, "对方户名")],
    [(40, "Date"), (110, "Description"), (250, "Debit"), (340, "Credit"), (430, "Balance"), (510, "Payee")],
    [(40, "2026-06-01"), (110, "期初余额 Opening"), (430, "86,420.37")],
    [(40, "2026-06-03"), (110, "房贷还款 Mortgage"), (250, "3,200.00"), (430, "83,220.37")],
    [(40, "2026-06-10"), (110, "工资 Salary"), (340, "15,800.00"), (430, "99,020.37"), (510, "龙江电力")],
    [(40, "2026-06-12"), (110, "消费 POS"), (250, "468.50"), (430, "98,551.87")],
    [(40, "2026-06-18"), (110, "转账 Transfer"), (250, "1,250.00"), (430, "97,301.87"), (510, "王丽")],
    [(40, "2026-06-21"), (110, "结息 Interest"), (340, "21.63"), (430, "97,323.50")],
    [(40, "2026-06-21"), (110, "缴费 Utilities"), (250, "89.90"), (430, "97,233.60")],
    [(40, "2026-06-25"), (110, "定期转存 To deposit"), (250, "5,000.00"), (430, "92,233.60")],
    [(40, "合计 Total"), (250, "10,008.40"), (340, "15,821.63")],
    [(40, "期末余额 Closing Balance:"), (250, "92,233.60")],
    [(40, "打印日期 Print Date: 2026-07-02"), (360, "第1页/共1页 Page 1/1")],
    "本明细仅供参考，加盖业务专用章有效。 Valid with the bank's business seal.",
]  # fmt: skip

# --------------------------------------------------------------------------------------------------
# Reference letters
# --------------------------------------------------------------------------------------------------

# Denmark: an English employment confirmation from a Copenhagen company for a current employee, in
# prose; the birth date, joining date, two promotions, the current title as Head of Data Science,
# a team of 11 and reporting to the CTO, a salary, and the company's CVR number in the letterhead.
REF_DK_CURRENT_HEAD: list[Row] = [
    [(40, "Nordlys Analytics ApS"), (400, "Store Kongensgade 68")],
    [(40, "CVR 39417258"), (400, "1264 Copenhagen K, Denmark")],
    [(400, "21 October 2026")],
    "To whom it may concern",
    "Employment confirmation - Sofie Kjær Andersen",
    "We hereby confirm that Sofie Kjær Andersen, born 4 May 1990, has been employed by Nordlys",
    "Analytics ApS in Copenhagen since 15 August 2016. She joined us as Data Scientist and was",
    "promoted to Senior Data Scientist on 1 January 2019. Since 1 February 2021 she has held the",
    "position of Head of Data Science.",
    "As Head of Data Science, Sofie leads a team of 11 data scientists and engineers and reports",
    "directly to our Chief Technology Officer. She is responsible for our forecasting products",
    "and for the hiring and development of the team.",
    "Sofie is employed on a permanent, full-time contract (37 hours per week), and her employment",
    "is ongoing. Her current annual salary is DKK 912,000 before tax.",
    "Please do not hesitate to contact us should you require further information.",
    "Yours faithfully,",
    "Henrik Dahl Mortensen",
    "Chief People Officer",
    "Nordlys Analytics ApS | +45 33 12 48 90 | hr@nordlys-analytics.dk",
]  # fmt: skip

# Inner Mongolia: a 离职证明 (leaving certificate) in Chinese only from a Hohhot company; the former
# employee's PRC ID in the first sentence, joining and leaving dates as 2015年7月1日, the department
# and position, an HR contact with a phone number, the seal line and the letter date at the right.
REF_NM_LIZHI: list[Row] = [
    "内蒙古草原云数据科技有限公司",
    "离 职 证 明",
    "兹证明 赵磊 （性别：男，身份证号码：150102199107213017）于 2015年7月1日 入职我公司，",
    "在 研发中心 担任 软件工程师 职务，于 2022年3月31日 因个人原因离职。",
    "该员工在职期间工作认真负责，与我公司不存在任何劳动纠纷，已办理完毕全部离职交接手续。",
    "特此证明。",
    "联系人：人力资源部 其木格 电话：0471-6928315",
    [(340, "内蒙古草原云数据科技有限公司（盖章）")],
    [(340, "2026年10月12日")],
    "公司地址：内蒙古自治区呼和浩特市赛罕区敕勒川大街19号",
]  # fmt: skip

# Tanzania: a certificate of service from an Arusha exporter for a former employee; a P.O. Box and
# TIN in the letterhead, a reference number beside the date "12th September 2026", ordinal dates
# ("1st March 2014"), a promotion to Field Operations Manager managing 14 officers and reporting to
# the Managing Director, and an HR manager's signature.
REF_TZ_FORMER_MANAGER: list[Row] = [
    "KILIMA AGRO EXPORTS LIMITED",
    "P.O. Box 1187, Njiro Road, Arusha, Tanzania | TIN 105-482-377",
    [(40, "Our Ref: KAE/HR/2026/118"), (400, "12th September 2026")],
    "TO WHOM IT MAY CONCERN",
    "RE: CERTIFICATE OF SERVICE - MS. NEEMA JOSEPH MOLLEL",
    "This is to certify that Ms. Neema Joseph Mollel (Passport No. TAE418273) was employed by",
    "Kilima Agro Exports Limited from 1st March 2014 to 30th June 2024.",
    "She joined the company as Field Officer and was promoted to Field Operations Manager on",
    "1st July 2018, the position she held until she left. In that role she managed a team of",
    "14 field officers across Arusha and Manyara regions and reported to the Managing Director.",
    "Ms. Mollel left the company of her own accord to pursue further studies. We found her",
    "honest, hardworking and reliable, and we wish her success in her future endeavours.",
    "Yours faithfully,",
    "For: KILIMA AGRO EXPORTS LIMITED",
    "Grace A. Lyimo",
    "Human Resources Manager",
]  # fmt: skip

# --------------------------------------------------------------------------------------------------
# PRC resident identity cards
# --------------------------------------------------------------------------------------------------

# Heilongjiang: a phone-app scan of front and back; the scanning app's watermark, the front laid out
# like the card (name, sex and ethnicity on one row, birth as "1987 年 9 月 3 日", a two-row
# address, the number at the bottom) and the back with the issuing office and the validity period.
PRC_HL_SCAN: list[Row] = [
    "扫描全能王 创建",
    [(40, "姓名"), (90, "李红梅")],
    [(40, "性别"), (90, "女"), (150, "民族"), (200, "汉")],
    [(40, "出生"), (90, "1987 年 9 月 3 日")],
    [(40, "住址"), (90, "黑龙江省哈尔滨市南岗区学府路")],
    [(90, "74号3单元502室")],
    [(40, "公民身份号码"), (200, "230103198709032848")],
    [(200, "中华人民共和国")],
    [(200, "居民身份证")],
    [(40, "签发机关"), (120, "哈尔滨市公安局南岗分局")],
    [(40, "有效期限"), (120, "2016.05.18-2036.05.18")],
    "扫描全能王 创建",
]  # fmt: skip

# Gansu: a translation company's English rendering of front and back; "MA Lan (马兰)", the birth date
# as "October 5, 1993", a Hui ethnicity, the address over two rows, the validity period, and the
# company's 18-character unified social credit code beside a translator's name and date.
PRC_GS_TRANSLATION: list[Row] = [
    "Translation",
    "RESIDENT IDENTITY CARD OF THE PEOPLE'S REPUBLIC OF CHINA",
    "(Front)",
    [(40, "Name:"), (200, "MA Lan (马兰)")],
    [(40, "Sex:"), (200, "Female"), (320, "Ethnicity:"), (420, "Hui")],
    [(40, "Date of Birth:"), (200, "October 5, 1993")],
    [(40, "Address:"), (200, "No. 3, Unit 2, Building 11, Tianshui South Road,")],
    [(200, "Chengguan District, Lanzhou, Gansu Province")],
    [(40, "Citizen ID Number:"), (200, "620102199310050666")],
    "(Back)",
    [(40, "Issuing Authority:"), (200, "Chengguan Branch, Lanzhou Public Security Bureau")],
    [(40, "Period of Validity:"), (200, "2019.03.11 - 2029.03.11")],
    "We hereby certify that the above English translation is true and accurate to the original.",
    "Lanzhou Longyuan Translation Service Co., Ltd. (translation seal)",
    [(40, "Unified Social Credit Code:"), (240, "91620102MA71Q8X42D")],
    [(40, "Translator:"), (140, "ZHANG Min"), (320, "Date:"), (360, "2026-10-08")],
]  # fmt: skip

# Jilin: a Yanbian Korean / Chinese bilingual card; the name in Hangul above the Chinese, each label
# in Korean and Chinese, ethnicity 조선 朝鲜, and the back with the issuing office and validity.
PRC_JL_YANBIAN: list[Row] = [
    [(40, "성명"), (90, "박성호")],
    [(40, "姓名"), (90, "朴成浩")],
    [(40, "성별 性别"), (110, "남 男"), (170, "민족 民族"), (240, "조선 朝鲜")],
    [(40, "출생 出生"), (110, "1985 年 6 月 14 日")],
    [(40, "주소 住址"), (110, "吉林省延吉市河南街道")],
    [(110, "光明街 328 号 4-2")],
    [(40, "공민신분번호")],
    [(40, "公民身份号码"), (200, "222401198506141538")],
    [(200, "중화인민공화국 주민신분증")],
    [(200, "中华人民共和国 居民身份证")],
    [(40, "발급기관 签发机关"), (160, "延吉市公安局")],
    [(40, "유효기간 有效期限"), (160, "2025.07.20-2045.07.20")],
]  # fmt: skip

# PRC ID numbers on documents other than the ID cards: the Heilongjiang and Hainan PSC holders', and
# the Inner Mongolia leaving certificate's.
DISTRACTOR_PRC_IDS = ["230102199508163022", "460106199811022423", "150102199107213017"]

# --------------------------------------------------------------------------------------------------
# The cases
# --------------------------------------------------------------------------------------------------

CASES: list[tuple[str, DocType, list[Row], dict[str, Any]]] = [
    ("ag_ielts_bd_paper_academic", DocType.ielts, IELTS_BD_PAPER_ACADEMIC, {
        "candidate_name": "MOHAMMAD RAFIQUL ISLAM", "date_of_birth": "1990-04-17", "overall": 7.0,
        "listening": 7.5, "reading": 7.0, "writing": 6.0, "speaking": 6.5, "test_date": "2025-08-09",
        "trf_number": "25BD004417ISLA002A", "module": "academic"}),
    ("ag_ielts_rs_gt_etrf", DocType.ielts, IELTS_RS_GT_ETRF, {
        "candidate_name": "MILICA JOVANOVIC", "date_of_birth": "1993-11-03", "overall": 7.5,
        "listening": 8.0, "reading": 7.5, "writing": 6.5, "speaking": 7.0, "test_date": "2025-05-24",
        "trf_number": "25RS000512JOVA008G", "module": "general_training"}),
    ("ag_ielts_kh_cd_academic", DocType.ielts, IELTS_KH_CD_ACADEMIC, {
        "candidate_name": "SOPHEAKTRA CHAN", "date_of_birth": "1996-01-29", "overall": 6.5,
        "listening": 6.5, "reading": 7.0, "writing": 6.0, "speaking": 6.0, "test_date": "2025-10-18",
        "trf_number": "25KH000233CHAN004A", "module": "academic"}),
    ("ag_toefl_hu_mybest", DocType.toefl, TOEFL_HU_MYBEST, {
        "candidate_name": "Eszter Katalin Nagy", "date_of_birth": "1994-06-02", "total": 101, "reading": 27,
        "listening": 25, "speaking": 23, "writing": 26, "test_date": "2025-03-22", "scale": "0-120"}),
    ("ag_toefl_kg_institution", DocType.toefl, TOEFL_KG_INSTITUTION, {
        "candidate_name": "NURLAN ABDYKADYROV", "date_of_birth": "1992-08-07", "total": 93, "reading": 24,
        "listening": 26, "speaking": 22, "writing": 21, "test_date": "2025-11-15", "scale": "0-120"}),
    ("ag_toefl_ar_band_scale", DocType.toefl, TOEFL_AR_BAND_SCALE, {
        "candidate_name": "LUCIA BELEN FERNANDEZ", "date_of_birth": "1996-12-09", "total": 4.5,
        "reading": 4.5, "listening": 5.0, "speaking": 4.0, "writing": 4.5, "test_date": "2026-04-11",
        "scale": "1-6"}),
    ("ag_hsk_tz_level1", DocType.hsk, HSK_TZ_LEVEL1, {
        "candidate_name": "ASHA HAMISI JUMA", "level": 1, "total": 167, "listening": 88, "reading": 79,
        "writing": None, "test_date": "2025-05-18", "certificate_number": "H12505180327"}),
    ("ag_hsk_mm_level3", DocType.hsk, HSK_MM_LEVEL3, {
        "candidate_name": "AUNG KYAW MIN", "level": 3, "total": 235, "listening": 78, "reading": 85,
        "writing": 72, "test_date": "2025-03-16", "certificate_number": "H32503160412"}),
    ("ag_hsk_cz_level5", DocType.hsk, HSK_CZ_LEVEL5, {
        "candidate_name": ("DVORAKOVA TEREZA", "德泰瑞"), "level": 5, "total": 239, "listening": 81,
        "reading": 88, "writing": 70, "test_date": "2024-10-20", "certificate_number": "H52410200086"}),
    ("ag_psc_hl_paper", DocType.psc, PSC_HL_PAPER, {
        "candidate_name": "刘思雨", "grade": "二级甲等", "test_date": "2017-11-25",
        "certificate_number": "2300117004381"}),
    ("ag_psc_jl_online_query", DocType.psc, PSC_JL_ONLINE_QUERY, {
        "candidate_name": "金美善", "grade": "一级乙等", "test_date": "2021-10-16",
        "certificate_number": "22002121000457"}),
    ("ag_psc_hi_e_cert", DocType.psc, PSC_HI_E_CERT, {
        "candidate_name": "符海燕", "grade": "二级乙等", "test_date": "2023-06-10",
        "certificate_number": "46000223001126"}),
    ("ag_degree_be_ghent", DocType.degree, DEGREE_BE_GHENT, {
        "holder_name": "Pieter Jan VERMEULEN", "level": "master", "title": "Master of Science",
        "field": ("Electromechanical Engineering", "werktuigkunde-elektrotechniek",
                  "ingenieurswetenschappen: werktuigkunde-elektrotechniek"),
        "institution": ("Ghent University", "Universiteit Gent"), "award_date": "2018-07-06"}),
    ("ag_degree_jl_doctorate", DocType.degree, DEGREE_JL_DOCTORATE, {
        "holder_name": ("孙浩宇", "Sun Haoyu"), "level": "doctorate",
        "title": ("工学博士", "Doctor of Engineering"),
        "field": ("材料科学与工程", "Materials Science and Engineering"),
        "institution": ("吉林大学", "Jilin University"), "award_date": "2020-06-30"}),
    ("ag_degree_nz_canterbury", DocType.degree, DEGREE_NZ_CANTERBURY, {
        "holder_name": "TAMATI JAMES WALKER", "level": "bachelor",
        "title": ("Bachelor of Engineering with Honours", "Bachelor of Engineering", "BE(Hons)"),
        "field": "Civil Engineering", "institution": "University of Canterbury",
        "award_date": "2015-04-16"}),
    ("ag_transcript_dk_dtu", DocType.transcript, TRANSCRIPT_DK_DTU, {
        "holder_name": "Mads Holm Kristensen",
        "institution": ("Technical University of Denmark", "DTU", "Danmarks Tekniske Universitet"),
        "level": "master", "award_date": "2021-01-31"}),
    ("ag_transcript_gx_gxu", DocType.transcript, TRANSCRIPT_GX_GXU, {
        "holder_name": ("HUANG Zhiqiang", "黄志强"), "institution": ("Guangxi University", "广西大学"),
        "level": "bachelor", "award_date": "2020-06-30"}),
    ("ag_transcript_ge_tsu", DocType.transcript, TRANSCRIPT_GE_TSU, {
        "holder_name": "NINO BERIDZE",
        "institution": ("Ivane Javakhishvili Tbilisi State University", "Tbilisi State University"),
        "level": "bachelor", "award_date": "2017-07-14"}),
    ("ag_bank_nz_everyday", DocType.bank_statement, BANK_NZ_EVERYDAY, {
        "holder_name": "OLIVIA GRACE THOMPSON",
        "bank_name": ("Aotearoa Mutual Bank Limited", "Aotearoa Mutual Bank"),
        "account_number_last4": ("2731", "3100"), "currency": "NZD", "statement_start": "2026-08-01",
        "statement_end": "2026-08-31", "closing_balance": 28031.89}),
    ("ag_bank_mn_two_accounts", DocType.bank_statement, BANK_MN_TWO_ACCOUNTS, {
        "holder_name": ("BAT-ERDENE GANBOLD", "ГАНБОЛДЫН БАТ-ЭРДЭНЭ"),
        "bank_name": ("Tuul River Bank LLC", "Tuul River Bank", "ТУУЛ РИВЕР БАНК ХХК"),
        "account_number_last4": ("7765", "9102"), "currency": ("MNT", "USD"),
        "statement_start": "2026-09-01", "statement_end": "2026-09-30",
        "closing_balance": (49677660.50, 8708.68)}),
    ("ag_bank_hl_cny", DocType.bank_statement, BANK_HL_CNY, {
        "holder_name": ("WANG JIANGUO", "王建国"),
        "bank_name": ("Harbin Songjiang Commercial Bank", "哈尔滨松江商业银行"),
        "account_number_last4": "5126", "currency": "CNY", "statement_start": "2026-06-01",
        "statement_end": "2026-06-30", "closing_balance": 92233.60}),
    ("ag_ref_dk_current_head", DocType.reference_letter, REF_DK_CURRENT_HEAD, {
        "employee_name": ("Sofie Kjær Andersen", "Sofie Kjaer Andersen"),
        "employer": ("Nordlys Analytics ApS", "Nordlys Analytics"),
        "position": "Head of Data Science", "start_date": "2016-08-15", "end_date": None,
        "country": "DNK", "letter_date": "2026-10-21", "senior_role": True}),
    ("ag_ref_nm_lizhi", DocType.reference_letter, REF_NM_LIZHI, {
        "employee_name": ("赵磊", "Zhao Lei"), "employer": "内蒙古草原云数据科技有限公司",
        "position": ("软件工程师", "Software Engineer"), "start_date": "2015-07-01",
        "end_date": "2022-03-31", "country": "CHN", "letter_date": "2026-10-12", "senior_role": False}),
    ("ag_ref_tz_former_manager", DocType.reference_letter, REF_TZ_FORMER_MANAGER, {
        "employee_name": "Neema Joseph Mollel",
        "employer": ("Kilima Agro Exports Limited", "Kilima Agro Exports"),
        "position": "Field Operations Manager", "start_date": "2014-03-01", "end_date": "2024-06-30",
        "country": "TZA", "letter_date": "2026-09-12", "senior_role": True}),
    ("ag_prc_hl_scan", DocType.prc_id_card, PRC_HL_SCAN, {
        "name": "李红梅", "id_number": "230103198709032848", "date_of_birth": "1987-09-03", "sex": "F"}),
    ("ag_prc_gs_translation", DocType.prc_id_card, PRC_GS_TRANSLATION, {
        "name": ("马兰", "MA Lan"), "id_number": "620102199310050666", "date_of_birth": "1993-10-05",
        "sex": "F"}),
    ("ag_prc_jl_yanbian", DocType.prc_id_card, PRC_JL_YANBIAN, {
        "name": ("朴成浩", "박성호"), "id_number": "222401198506141538", "date_of_birth": "1985-06-14",
        "sex": "M"}),
]  # fmt: skip

# Every account of every statement: (opening, transactions in order, closing)
BANK_ARITHMETIC: dict[str, list[tuple[float, list[float], float]]] = {
    "ag_bank_nz_everyday": [
        (24610.55, [6842.10, -2150.00, -187.43, -96.20, -1000.00, 12.87], 28031.89),
    ],
    "ag_bank_mn_two_accounts": [
        (48250300.00, [6500000.00, -1850000.00, -235400.00, -3000000.00, 12760.50], 49677660.50),
        (8120.45, [836.12, -250.00, 2.11], 8708.68),
    ],
    "ag_bank_hl_cny": [
        (86420.37, [-3200.00, 15800.00, -468.50, -1250.00, 21.63, -89.90, -5000.00], 92233.60),
    ],
}


def score() -> tuple[int, int, list[tuple], list[tuple]]:
    """(right, total, misses, wrong_accepted) over every expected fact of every case."""
    return harness.score(CASES)


# --------------------------------------------------------------------------------------------------
# Self-consistency of the documents themselves
# --------------------------------------------------------------------------------------------------


def test_issuer_family_ag_documents_are_self_consistent() -> None:
    harness.check_consistent_family(CASES, BANK_ARITHMETIC, DISTRACTOR_PRC_IDS)


def test_issuer_family_ag_scores_at_least_90_percent() -> None:
    right, total, misses, _ = score()
    assert total == FIRST_CONTACT["total"]
    assert right / total >= 0.90, f"{right}/{total}; misses: {misses}"


def test_issuer_family_ag_never_falls_below_its_figure_after_the_fixes() -> None:
    right, total, misses, _ = score()
    assert total == FIRST_CONTACT["total"]
    assert right >= AFTER_FIXES, f"{right}/{total}; misses: {misses}"


def test_issuer_family_ag_accepts_no_wrong_value() -> None:
    _, _, _, wrong_accepted = score()
    assert not wrong_accepted, wrong_accepted


if __name__ == "__main__":
    right, total, misses, wrong_accepted = score()
    print(f"issuer family AG: {right}/{total} = {100 * right / total:.1f}%")
    print(f"wrong values accepted: {len(wrong_accepted)}")
    for label, field, want, got, status in misses:
        shown = getattr(status, "value", status)
        print(f"  MISS {label:40} {field:22} expected={want!r} got={got!r} status={shown}")
