"""Issuer family AF: a Hong Kong QMAS consultancy's everyday intake, measured blind.

Written by a helper session under independence rules: it did not open the extractors, the readers,
the validators, the scoring code, the sample-document generator, the bench, the scripts, the docs
folder, or the documents of any other test family (family Z was read only for its docstring and the
structure of its module), and it ran no git log, diff or show; it read only the output contract,
DOCUMENTS.md, core/models.py, the page builder in test_extract_toolkit.py, the spelling of values in
sample_docs/truth, and the shared comparison harness (reused unchanged). The documents and their
expected values were written first, then only fixed for self-consistency (one row too wide), and
not changed after the first score.

Three documents of every kind, weighted to the consultancy's most common applicants: mainland
professionals and graduates (Shenzhen, Chongqing, Beijing, Shanghai, Hangzhou, Nanjing, Wuhan,
Xiamen, Dalian, Qingdao), Hong Kong residents, and graduates of Australia, Singapore, the UK and
Canada. What varies: IELTS as a Shenzhen Academic e-TRF (colon labels, "22/FEB/2025", the bands as
label/value pairs in one row, an issue date by the signature); a Hong Kong General Training paper
form with every caption in the row above its value, the bands as a header row over a value row;
a Chongqing IELTS for UKVI Academic report with "ZHOU, ZIHAN", a leap-day birth date 29-02-1996 and
a skill / band / CEFR table (mean 6.375 rounding up). TOEFL as a Beijing 0-120 report with test-date
and MyBest columns side by side (MyBest with the dates of their tests); a Shanghai 2026 report on the
1-6 band scale only, captions over values, overall 5.5 from a mean of 5.25; a Hangzhou Home Edition
report with US numeric dates and "24 / 30" scores with performance levels. HSK 5 from Hong Kong
(bilingual captions in one cell, 2025年03月16日, scores under a header row with a full-marks row);
HSK 3 from London (Chinese label on one row, its English label under it, the date with dots, an
admission-ticket number); an online HSK 2 from Vancouver with "86/100" scores and the pass mark 120
in a footnote. PSC as a Nanjing paper certificate (spaced labels, the holder's PRC ID, the grade
only inside the sentence "经测试…为二级甲等", an issue date); a Wuhan online-query printout with a
header row over one result row and a query time; a Xiamen translation company's English version
("Grade Two, Level B (二级乙等)", "5 December 2020"). Degrees: a CHSI 学位在线验证报告 for a Nanjing
University 工学硕士 in Chinese only (label/value pairs in two columns); a Hong Kong PolyU bilingual
prose certificate (degree, major and honours on separate rows, the Chinese date in characters
二零一六年十一月三十日); a University of Sydney PhD testamur (discipline in brackets, the date in
"Given under the Seal" prose). Transcripts: a Wuhan University bilingual transcript (name with
pinyin in one cell, graduation and conferral on different days, a print date); an HKUST MPhil
record (dates as 15-NOV-2019, term headings, an issue date after conferment); an NUS Bachelor of
Computing record ("NAME :" labels, honours class on its own row, "08 JUL 2019"). Bank statements:
an ICBC Chongqing 流水 in Chinese only (counterparty column, "2026-06-01 至 2026-08-31", totals row);
a China Merchants Bank bilingual 对账单 with CNY and USD sub-accounts, the period as 2026年07月01日
- 2026年09月30日; a Hang Seng HKD statement ("MS" before the name, day-month dates, B/F and C/F).
Reference letters: a Hangzhou 在职及收入证明 with "至今", the employee's PRC ID and the company's
English translation (current, not senior); a Dalian 离职证明 in Chinese only for a department manager
leading 12 people, dated 二〇二二年一月五日 (senior); a Hong Kong engineering consultancy's letter for
a former engineer promoted once, dated "15th August 2024", signed by an HR manager (not senior). PRC
ID cards: a Shanghai front-then-back copy with the birth date's year, month and day in separate
cells; a Qingdao copy with front and back side by side and label and value in one cell; a Chongqing
notarial certificate with the card's English translation, its agent's own ID number printed first.

First contact (2026-11-27): 165/180 = 91.7%, no wrong value accepted. Misses then: the London HSK's
admission-ticket number (as certificate number); the Vancouver HSK 2 total and listening, and its
reading taken as the pass mark 120 (for review); the Nanjing CHSI verification report's holder,
level, title and field; the HKUST and NUS transcripts' award dates ("Date of Conferment",
"DATE CONFERRED :"); the ICBC card's last four digits ("卡号：6222 0231 **** 5862"); the Dalian
离职证明's position, start date, end date and seniority. No expected value or document was changed
after first contact.

Written against commit a435d27.

The extractors were then fixed with general rules (tests/test_families_ac_ad_rules.py): a Chinese
card statement's 卡号 and labelled period (起始日期 / 截止日期); a date with its month in capitals
("15-NOV-2019", "08 JUL 2019") is no course code; a post after a wrapped comma ("， 任…经理一职"); a
Chinese-only verification report's rows (姓名, 所授学位, 学科/专业) and a Chinese degree's name giving its
level (工学硕士); HSK scores printed with their scale ("86/100"); the admission ticket's CTI number, for
review, when no certificate number is printed. That reached 180/180, none accepted wrong.
"""

from __future__ import annotations

from typing import Any

from core.models import DocType
from tests import issuer_family_harness as harness
from tests.issuer_family_harness import Row

FIRST_CONTACT = {"date": "2026-11-27", "right": 165, "total": 180, "wrong_accepted": 0}
AFTER_FIXES = 180

# --------------------------------------------------------------------------------------------------
# IELTS
# --------------------------------------------------------------------------------------------------

# Shenzhen: an IDP-run Academic e-TRF; colon labels on the left, the four bands in one row of
# label/value pairs, the overall with CEFR below, the test date as "22/FEB/2025" and an issue date
# ("Date 06/MAR/2025") beside the administrator's signature.
IELTS_SZ_ACADEMIC_ETRF: list[Row] = [
    [(40, "IELTS"), (330, "Test Report Form")],
    [(40, "ACADEMIC"), (330, "IDP Education - Shenzhen")],
    [(40, "Centre Number"), (140, "CN142"), (300, "Date"), (350, "22/FEB/2025")],
    [(40, "Candidate Number"), (160, "012736")],
    "Candidate Details",
    [(40, "Family Name:"), (200, "LIU")],
    [(40, "First Name(s):"), (200, "XINYI")],
    [(40, "Candidate ID:"), (200, "EK2736150")],
    [(40, "Date of Birth:"), (200, "08/11/1993"), (330, "Sex (M/F):"), (410, "F")],
    [(40, "Scheme Code:"), (200, "Private Candidate")],
    [(40, "Country or Region of Origin:"), (230, "China (People's Republic of)")],
    [(40, "Country of Nationality:"), (230, "CHINA (PEOPLE'S REPUBLIC OF)")],
    [(40, "First Language:"), (230, "Chinese")],
    "Test Results",
    [(40, "Listening"), (110, "8.0"), (160, "Reading"), (220, "7.5"), (280, "Writing"), (340, "6.5"),
     (400, "Speaking"), (460, "6.5")],
    [(40, "Overall Band Score"), (170, "7.0"), (240, "CEFR Level"), (320, "C1")],
    [(40, "Administrator Comments"), (230, "-")],
    [(40, "Centre stamp"), (300, "Validation stamp")],
    [(40, "Administrator's Signature"), (300, "Date"), (350, "06/MAR/2025")],
    [(40, "Test Report Form Number"), (220, "25CN012736LIUX001A")],
    "This e-TRF can be verified at the IELTS TRF Verification Service.",
]  # fmt: skip

# Hong Kong: a British Council paper General Training form; every label sits on its own row with
# its value in the row below (three fields to a row), the bands and overall as a header row over a
# value row, a Hong Kong passport number as the candidate ID.
IELTS_HK_GT_LABELS_ABOVE: list[Row] = [
    [(40, "British Council Hong Kong"), (420, "IELTS")],
    "TEST REPORT FORM - GENERAL TRAINING",
    [(40, "Test Date"), (200, "Centre Number"), (360, "Candidate Number")],
    [(40, "12 APR 2025"), (200, "HK001"), (360, "007315")],
    "CANDIDATE DETAILS",
    [(40, "Family Name"), (300, "First Name(s)")],
    [(40, "CHAN"), (300, "HOI YING KAREN")],
    [(40, "Date of Birth"), (200, "Sex"), (300, "Candidate ID")],
    [(40, "03 SEP 1990"), (200, "F"), (300, "KJ0381262")],
    [(40, "Country or Region of Origin"), (300, "Country of Nationality")],
    [(40, "Hong Kong SAR"), (300, "CHINA")],
    [(40, "First Language"), (300, "Scheme Code")],
    [(40, "CANTONESE"), (300, "Private Candidate")],
    "TEST RESULTS",
    [(40, "Listening"), (140, "Reading"), (240, "Writing"), (340, "Speaking"), (440, "Overall Band")],
    [(40, "7.5"), (140, "6.5"), (240, "6.0"), (340, "7.0"), (440, "7.0")],
    [(40, "CEFR Level"), (440, "C1")],
    [(40, "Administrator Comments")],
    [(40, "Date"), (200, "Test Report Form Number")],
    [(40, "25/04/2025"), (200, "25HK007315CHAH007G")],
    [(40, "Centre stamp"), (300, "Validation stamp")],
]  # fmt: skip

# Chongqing: an IELTS for UKVI Academic report; "Family name, Given names" as one cell, a leap-day
# birth date as 29-02-1996, the test date spelt out, the results as a skill / band / CEFR table
# (mean 6.375 rounding up to 6.5).
IELTS_CQ_UKVI_TABLE: list[Row] = [
    "IELTS for UKVI (Academic) - Test Report Form",
    [(40, "Test Centre"), (180, "CN816 Chongqing Test Centre")],
    [(40, "Test Date"), (180, "25 October 2025")],
    [(40, "Candidate Name"), (180, "ZHOU, ZIHAN")],
    [(40, "Date of Birth"), (180, "29-02-1996"), (330, "Sex"), (380, "M")],
    [(40, "Passport Number"), (180, "EJ4419027")],
    [(40, "Nationality"), (180, "China")],
    [(40, "Module"), (180, "Academic")],
    "",
    [(40, "Skill"), (200, "Band Score"), (330, "CEFR")],
    [(40, "Listening"), (200, "6.0"), (330, "B2")],
    [(40, "Reading"), (200, "7.0"), (330, "C1")],
    [(40, "Writing"), (200, "6.0"), (330, "B2")],
    [(40, "Speaking"), (200, "6.5"), (330, "B2")],
    [(40, "Overall"), (200, "6.5"), (330, "B2")],
    "",
    [(40, "TRF Number"), (180, "25CN031204ZHOZ010A")],
    [(40, "Issue Date"), (180, "06 November 2025")],
    "The validity of this result should be verified with the test centre or online.",
]  # fmt: skip

# --------------------------------------------------------------------------------------------------
# TOEFL
# --------------------------------------------------------------------------------------------------

# Beijing: a 0-120 test taker report with the test-date scores on the left and the MyBest scores,
# each with the date of the test it came from, on the right; the name as "WANG, YUTONG".
TOEFL_BJ_MYBEST: list[Row] = [
    "TOEFL iBT Test Taker Score Report",
    [(40, "Name:"), (140, "WANG, YUTONG")],
    [(40, "Date of Birth:"), (140, "July 14, 1998")],
    [(40, "Registration No.:"), (160, "0000 0000 2718 4402")],
    [(40, "Test Center:"), (140, "Beijing Haidian Test Center STN80251A")],
    [(40, "Native Country:"), (140, "China")],
    "",
    [(40, "Test Date Scores"), (300, "MyBest Scores")],
    [(40, "Test Date: March 8, 2025"), (300, "From tests 2023-11-18 to 2025-03-08")],
    [(40, "Reading"), (160, "27"), (300, "Reading"), (420, "28"), (470, "2024-06-22")],
    [(40, "Listening"), (160, "26"), (300, "Listening"), (420, "27"), (470, "2023-11-18")],
    [(40, "Speaking"), (160, "22"), (300, "Speaking"), (420, "23"), (470, "2024-06-22")],
    [(40, "Writing"), (160, "25"), (300, "Writing"), (420, "25"), (470, "2025-03-08")],
    [(40, "Total Score"), (160, "100"), (300, "Total Score"), (420, "103")],
    "",
    "MyBest scores combine your highest section scores from all valid test dates in the last two",
    "years. Institutions decide whether to accept MyBest scores.",
]  # fmt: skip

# Shanghai: a 2026 report on the 1-6 band scale only; name and birth date as captions over their
# values, the bands with CEFR levels in a table (mean 5.25 rounding up to 5.5).
TOEFL_SH_2026_BANDS: list[Row] = [
    [(40, "ETS"), (330, "TOEFL iBT Score Report")],
    "Scores reported on the 1-6 band scale, aligned to the CEFR (effective January 2026)",
    [(40, "Last Name"), (200, "First Name"), (380, "Date of Birth")],
    [(40, "ZHAO"), (200, "MINGYUE"), (380, "1999-04-03")],
    [(40, "Test Date"), (200, "Test Center"), (380, "ETS ID")],
    [(40, "February 28, 2026"), (200, "Shanghai STN81307B"), (380, "7731-0042-8815")],
    "",
    [(40, "Section"), (200, "Band Score"), (330, "CEFR Level")],
    [(40, "Reading"), (200, "5.5"), (330, "C1")],
    [(40, "Listening"), (200, "6.0"), (330, "C2")],
    [(40, "Speaking"), (200, "4.5"), (330, "B2")],
    [(40, "Writing"), (200, "5.0"), (330, "C1")],
    [(40, "Overall Score"), (200, "5.5"), (330, "C1")],
    "",
    "The overall score is the average of the four section scores, rounded to the nearest half",
    "band.",
    "Scores on the 1-6 scale are not directly comparable with 0-120 scores from earlier tests.",
]  # fmt: skip

# Hangzhou: a Home Edition report read by a US-based programme; US numeric dates, each section as
# "24 / 30" with its performance level, the total as "93 / 120".
TOEFL_HZ_HOME_EDITION: list[Row] = [
    "TOEFL iBT Home Edition - Official Score Report",
    [(40, "Candidate:"), (140, "Jiarui Huang")],
    [(40, "Date of Birth:"), (140, "05/23/1998"), (300, "Gender:"), (360, "Female")],
    [(40, "Test Date:"), (140, "11/16/2024"), (300, "Appointment No.:"), (410, "HE4128870")],
    [(40, "Native Language:"), (140, "Chinese"), (300, "City:"), (360, "Hangzhou")],
    "",
    [(40, "Section"), (200, "Score"), (300, "Performance Level")],
    [(40, "Reading"), (200, "24 / 30"), (300, "High-Intermediate")],
    [(40, "Listening"), (200, "25 / 30"), (300, "Advanced")],
    [(40, "Speaking"), (200, "21 / 30"), (300, "Low-Intermediate")],
    [(40, "Writing"), (200, "23 / 30"), (300, "High-Intermediate")],
    [(40, "Total Score"), (200, "93 / 120")],
    "",
    [(40, "Report issued:"), (140, "11/27/2024")],
    "Institution copy sent to: University of Southern California, Graduate Admission (4852)",
]  # fmt: skip

# --------------------------------------------------------------------------------------------------
# HSK
# --------------------------------------------------------------------------------------------------

# Hong Kong: a level 5 report, bilingual labels in one cell, the date as 2025年03月16日, the scores
# as a header row over a value row with a full-marks row and the pass mark beneath.
HSK_HK_LEVEL5: list[Row] = [
    "汉语水平考试 HSK（五级）成绩报告",
    "HSK (Level 5) Examination Score Report",
    [(40, "姓名 Name"), (170, "LAM TSZ HIN")],
    [(40, "性别 Gender"), (170, "男 Male"), (300, "国籍 Nationality"), (420, "中国香港")],
    [(40, "考试时间 Examination Date"), (220, "2025年03月16日")],
    [(40, "编号 No."), (170, "H52503160412")],
    [(40, "考点 Test Centre"), (170, "香港 Hong Kong")],
    "",
    [(40, "听力 Listening"), (170, "阅读 Reading"), (300, "书写 Writing"), (430, "总分 Total")],
    [(40, "88"), (170, "92"), (300, "79"), (430, "259")],
    [(40, "满分 100"), (170, "满分 100"), (300, "满分 100"), (430, "满分 300")],
    "",
    "总分180分为合格 Passing Score: 180",
    "成绩报告有效期为两年 This score report is valid for two years.",
    [(40, "汉考国际"), (300, "Chinese Testing International")],
]  # fmt: skip

# London: a level 3 report with the Chinese label on one row and its English label under it,
# the value right of the Chinese label; the date with dots; each score on its own row.
HSK_UK_LEVEL3: list[Row] = [
    "汉语水平考试（三级）成绩报告",
    "Chinese Proficiency Test (HSK Level 3) Score Report",
    [(40, "姓名"), (200, "HUGHES ELEANOR ROSE")],
    [(40, "Name")],
    [(40, "国籍"), (200, "英国")],
    [(40, "Nationality"), (200, "United Kingdom")],
    [(40, "考试时间"), (200, "2024.10.20")],
    [(40, "Test Date")],
    [(40, "考点"), (200, "伦敦")],
    [(40, "Test Centre"), (200, "London")],
    [(40, "准考证号"), (200, "H32410200157")],
    [(40, "Admission Ticket No.")],
    "",
    [(40, "听力"), (120, "Listening"), (300, "95")],
    [(40, "阅读"), (120, "Reading"), (300, "89")],
    [(40, "书写"), (120, "Writing"), (300, "81")],
    [(40, "总分"), (120, "Total Score"), (300, "265")],
    "",
    "Full marks 300; a total of 180 or above is a pass.",
]  # fmt: skip

# Vancouver: an online HSK 2 (no writing), the level in words and figures, the scores as
# "86/100" in a one-row table and the total out of 200.
HSK_CA_LEVEL2_ONLINE: list[Row] = [
    "HSK（网考）二级 成绩报告 HSK Level 2 (Internet-based) Score Report",
    [(40, "Candidate:"), (140, "MARTIN LUCAS")],
    [(40, "考试级别 Level:"), (160, "二级 HSK 2")],
    [(40, "考试日期 Test Date:"), (170, "2025-05-18")],
    [(40, "考点 Test Centre:"), (170, "Vancouver, Canada")],
    [(40, "证书编号 Certificate No.:"), (200, "H22505180033")],
    "",
    [(40, "听力 Listening"), (200, "阅读 Reading"), (360, "总分 Total")],
    [(40, "86/100"), (200, "91/100"), (360, "177/200")],
    "",
    "总分120分为合格。A total score of 120 or above is a pass.",
]  # fmt: skip

# --------------------------------------------------------------------------------------------------
# PSC
# --------------------------------------------------------------------------------------------------

# Nanjing: a paper certificate; spaced labels, the holder's PRC ID, the grade only inside the
# sentence "经测试…为二级甲等", an issue date after the test date.
PSC_NJ_CERTIFICATE: list[Row] = [
    "普通话水平测试等级证书",
    "国家语言文字工作委员会 制",
    "",
    [(40, "姓 名"), (130, "陈思远")],
    [(40, "性 别"), (130, "女")],
    [(40, "身份证号"), (130, "320102199505186626")],
    [(40, "测试时间"), (130, "2019年11月23日")],
    [(40, "测试成绩"), (130, "87.6分")],
    "",
    "经测试，该同志普通话水平为二级甲等。",
    "",
    [(40, "证书编号"), (130, "3200119030417")],
    [(40, "发证单位"), (130, "江苏省语言文字工作委员会（章）")],
    [(40, "发证日期"), (130, "2019年12月20日")],
]  # fmt: skip

# Wuhan: an online query printout; a header row over one result row with the ID masked, the score,
# the grade and certificate number, the query time on top.
PSC_WH_QUERY_PRINTOUT: list[Row] = [
    "国家普通话水平测试等级证书查询结果",
    "查询时间：2026-10-09 14:32:07",
    "",
    [(40, "姓名"), (100, "证件号码"), (230, "测试时间"), (310, "分数"), (360, "等级"), (420, "证书编号")],
    [(40, "黄佳怡"), (100, "420106********2723"), (230, "2021-06-12"), (310, "93.4"), (360, "一级乙等"),
     (420, "4200121013857")],
    "",
    [(40, "测试站："), (110, "武汉大学普通话水平测试站")],
    [(40, "发证单位："), (120, "湖北省语言文字工作委员会")],
    "注：本查询结果仅供参考，以纸质证书或电子证书为准。",
]  # fmt: skip

# Xiamen: a translation company's English version; "Grade Two, Level B (二级乙等)", the test date
# spelt "5 December 2020", the issue date after it, the name in pinyin only.
PSC_XM_TRANSLATION: list[Row] = [
    "TRANSLATION",
    "CERTIFICATE OF PUTONGHUA PROFICIENCY TEST",
    "Supervised by the State Language Commission of the People's Republic of China",
    "",
    [(40, "Name:"), (160, "Lin Yuqing"), (320, "Sex:"), (380, "Female")],
    [(40, "ID No.:"), (160, "350203********0024")],
    [(40, "Date of Test:"), (160, "5 December 2020")],
    [(40, "Test Score:"), (160, "85.2")],
    [(40, "Grade:"), (160, "Grade Two, Level B (二级乙等)")],
    [(40, "Certificate No.:"), (160, "3502120100932")],
    [(40, "Issued by:"), (160, "Fujian Provincial Language Commission (seal)")],
    [(40, "Date of Issue:"), (160, "28 January 2021")],
    "",
    "We hereby certify that this is a true and accurate translation of the original Chinese",
    "certificate.",
    "Xiamen Tongyi Translation Co., Ltd. (translation seal)",
    [(40, "Translator: Zheng Hui"), (330, "Date: 10 October 2026")],
]  # fmt: skip

# --------------------------------------------------------------------------------------------------
# Degrees
# --------------------------------------------------------------------------------------------------

# Nanjing: a CHSI online degree verification report, Chinese only; label/value pairs in two
# columns, the verification date on top, the ID masked.
DEGREE_NJU_CHSI_VERIFICATION: list[Row] = [
    "中国高等教育学位在线验证报告",
    [(40, "在线验证码："), (130, "DK7P3M2QXW8R4TNA")],
    [(40, "更新日期："), (110, "2026年09月18日")],
    "",
    [(40, "姓名"), (140, "吴俊杰"), (300, "性别"), (380, "男")],
    [(40, "证件号码"), (140, "321***********3114"), (300, "出生日期"), (380, "1992年03月05日")],
    [(40, "获学位日期"), (140, "2018年06月20日")],
    [(40, "学位授予单位"), (140, "南京大学")],
    [(40, "所授学位"), (140, "工学硕士")],
    [(40, "学科/专业"), (140, "计算机科学与技术")],
    [(40, "学位证书编号"), (140, "1028432018001234")],
    "",
    "本报告内容与全国学位授予信息数据库一致，在线验证有效期内可登录学信网查询。",
    [(40, "学信网"), (300, "全国高等学校学生信息咨询与就业指导中心")],
]  # fmt: skip

# Hong Kong PolyU: a bilingual certificate in prose; the degree on one row and the major on the
# next, honours after them, the Chinese conferral date in characters and the English one in words.
DEGREE_POLYU_BILINGUAL: list[Row] = [
    "香港理工大學",
    "THE HONG KONG POLYTECHNIC UNIVERSITY",
    "",
    "This is to certify that",
    "WONG Tsz Ching",
    "黃芷晴",
    "having completed the approved programme of study and satisfied the examiners",
    "was conferred the degree of",
    "Bachelor of Business Administration (Honours)",
    "in Accountancy",
    "with First Class Honours",
    "on 30 November 2016",
    "",
    "茲證明 黃芷晴 修畢本校核准課程，考核合格，",
    "於二零一六年十一月三十日獲授 工商管理（榮譽）學士學位（會計學）一級榮譽",
    "",
    [(40, "President 校長"), (330, "Registrar 教務長")],
    [(40, "Certificate No. 16004127")],
]  # fmt: skip

# Sydney: a doctoral testamur; the candidate's name in capitals after "This is to certify that",
# the discipline in brackets under the degree, the date inside "Given under the Seal" prose.
DEGREE_USYD_PHD: list[Row] = [
    "THE UNIVERSITY OF SYDNEY",
    "",
    "This is to certify that",
    "MINGXUAN LIU",
    "having satisfied all the requirements of the University",
    "was admitted to the degree of",
    "Doctor of Philosophy",
    "(Chemical Engineering)",
    "in the Faculty of Engineering",
    "",
    "Given under the Seal of the University of Sydney on 14 December 2021",
    "",
    [(40, "Chancellor"), (230, "Vice-Chancellor and President"), (450, "Registrar")],
    [(40, "Testamur No. 2021-PHD-008841")],
]  # fmt: skip

# --------------------------------------------------------------------------------------------------
# Transcripts
# --------------------------------------------------------------------------------------------------

# Wuhan University: a bilingual undergraduate transcript; name with pinyin in one cell, a course
# table, graduation and degree conferral on different days, a print date.
TRANSCRIPT_WHU_BILINGUAL: list[Row] = [
    "武汉大学本科生成绩单",
    "WUHAN UNIVERSITY UNDERGRADUATE ACADEMIC TRANSCRIPT",
    [(40, "姓名 Name:"), (140, "何雨桐 He Yutong"), (330, "学号 Student No.:"), (450, "2012301500118")],
    [(40, "学院 School:"), (140, "测绘学院 School of Geodesy and Geomatics")],
    [(40, "专业 Major:"), (140, "测绘工程 Surveying and Mapping Engineering")],
    [(40, "入学日期 Enrolment:"), (170, "2012-09-01"), (330, "毕业日期 Graduation:"), (460, "2016-06-28")],
    "",
    [(40, "课程名称 Course"), (330, "学分 Credit"), (420, "成绩 Grade"), (500, "学期 Term")],
    [(40, "高等数学 Advanced Mathematics"), (330, "6.0"), (420, "91"), (500, "2012-1")],
    [(40, "大学英语 College English"), (330, "4.0"), (420, "88"), (500, "2012-1")],
    [(40, "大地测量学基础 Geodesy"), (330, "3.0"), (420, "85"), (500, "2013-2")],
    [(40, "误差理论与测量平差 Survey Adjustment"), (330, "4.0"), (420, "93"), (500, "2013-2")],
    [(40, "卫星导航定位 GNSS Positioning"), (330, "3.0"), (420, "90"), (500, "2014-1")],
    [(40, "摄影测量学 Photogrammetry"), (330, "3.0"), (420, "87"), (500, "2014-2")],
    [(40, "毕业设计 Graduation Project"), (330, "8.0"), (420, "优 A"), (500, "2015-2")],
    "",
    [(40, "总学分 Total Credits:"), (170, "162.5"), (330, "平均学分绩点 GPA:"), (450, "3.62")],
    [(40, "学位 Degree:"), (140, "工学学士 Bachelor of Engineering")],
    [(40, "学位授予日期 Date of Conferral:"), (240, "2016-06-30")],
    "",
    [(40, "武汉大学本科生院（章）"), (300, "Undergraduate School (seal)")],
    [(40, "打印日期 Printed:"), (170, "2026-09-22")],
]  # fmt: skip

# HKUST: an MPhil record; "CHEUNG, Wing Yan", dates as 17-JAN-1994, term headings with course rows,
# the degree and conferment date at the end and an issue date after them.
TRANSCRIPT_HKUST_MPHIL: list[Row] = [
    "THE HONG KONG UNIVERSITY OF SCIENCE AND TECHNOLOGY",
    "香港科技大學",
    "OFFICIAL TRANSCRIPT OF ACADEMIC RECORD",
    [(40, "Name"), (140, "CHEUNG, Wing Yan"), (330, "Student ID"), (430, "20381274")],
    [(40, "Date of Birth"), (140, "17-JAN-1994")],
    [(40, "Program"), (140, "Master of Philosophy in Physics")],
    [(40, "Admitted"), (140, "01-SEP-2017")],
    "",
    "2017-18 Fall",
    [(40, "PHYS 5120"), (120, "Quantum Mechanics I"), (380, "3.0"), (440, "A-")],
    [(40, "PHYS 5210"), (120, "Statistical Mechanics"), (380, "3.0"), (440, "A")],
    "2017-18 Spring",
    [(40, "PHYS 5310"), (120, "Condensed Matter Physics"), (380, "3.0"), (440, "A")],
    [(40, "PHYS 6990"), (120, "MPhil Thesis Research"), (380, "0.0"), (440, "PP")],
    "2018-19 Fall",
    [(40, "PHYS 6810"), (120, "Topics in Quantum Materials"), (380, "3.0"), (440, "A+")],
    [(40, "PHYS 6990"), (120, "MPhil Thesis Research"), (380, "0.0"), (440, "PP")],
    "",
    [(40, "Cumulative GPA"), (200, "3.812")],
    [(40, "Degree Conferred"), (200, "Master of Philosophy (Physics)")],
    [(40, "Date of Conferment"), (200, "15-NOV-2019")],
    "",
    [(40, "Date of Issue"), (200, "03-OCT-2026"), (380, "Registrar")],
    "This transcript is not valid without the University seal.",
]  # fmt: skip

# NUS: a bachelor's record; "NAME :" colon labels, a day-first birth date, semester tables, the
# honours class in the degree line and the conferral date as "08 JUL 2019".
TRANSCRIPT_NUS_BCOMP: list[Row] = [
    "NATIONAL UNIVERSITY OF SINGAPORE",
    "Office of the Registrar",
    "TRANSCRIPT OF ACADEMIC RECORD",
    [(40, "NAME :"), (150, "TAN JUN HAO, RYAN")],
    [(40, "STUDENT NO :"), (150, "A0123456X")],
    [(40, "DATE OF BIRTH :"), (150, "02/06/1995")],
    [(40, "PROGRAMME :"), (150, "Bachelor of Computing (Honours) - Computer Science")],
    "",
    "ACADEMIC YEAR 2015/2016 SEMESTER 1",
    [(40, "CS1010"), (110, "Programming Methodology"), (400, "4"), (450, "A")],
    [(40, "MA1521"), (110, "Calculus for Computing"), (400, "4"), (450, "A-")],
    "ACADEMIC YEAR 2016/2017 SEMESTER 2",
    [(40, "CS2103T"), (110, "Software Engineering"), (400, "4"), (450, "A+")],
    [(40, "CS3230"), (110, "Design and Analysis of Algorithms"), (400, "4"), (450, "B+")],
    "ACADEMIC YEAR 2018/2019 SEMESTER 2",
    [(40, "CS4248"), (110, "Natural Language Processing"), (400, "4"), (450, "A")],
    "",
    [(40, "CUMULATIVE AVERAGE POINT :"), (220, "4.62")],
    [(40, "DEGREE CONFERRED :"), (180, "Bachelor of Computing (Honours)")],
    [(180, "Honours (Highest Distinction)")],
    [(40, "DATE CONFERRED :"), (180, "08 JUL 2019")],
    "",
    [(40, "Date of Issue : 14 SEP 2026"), (380, "Registrar")],
]  # fmt: skip

# --------------------------------------------------------------------------------------------------
# Bank statements
# --------------------------------------------------------------------------------------------------

# Chongqing: an ICBC debit-card history in Chinese only; holder and card on one row, the period
# "2026-06-01 至 2026-08-31", columns for counterparty, income, expense and balance, totals.
BANK_ICBC_CQ_LIUSHUI: list[Row] = [
    "中国工商银行借记卡账户历史明细清单",
    [(40, "户名：卢天宇"), (300, "卡号：6222 0231 **** 5862")],
    [(40, "币种：人民币"), (300, "钞汇标志：钞")],
    [(40, "起止日期：2026-06-01 至 2026-08-31")],
    "",
    [(40, "交易日期"), (110, "摘要"), (170, "对方户名"), (350, "收入"), (430, "支出"), (510, "余额")],
    [(40, "2026-06-01"), (110, "期初余额"), (510, "126,540.30")],
    [(40, "2026-06-10"), (110, "工资"), (170, "重庆渝新智造科技有限公司"), (350, "28,600.00"),
      (510, "155,140.30")],
    [(40, "2026-06-15"), (110, "转账"), (170, "陈建国"), (430, "4,500.00"), (510, "150,640.30")],
    [(40, "2026-06-21"), (110, "利息"), (350, "96.52"), (510, "150,736.82")],
    [(40, "2026-06-22"), (110, "消费"), (170, "财付通"), (430, "1,286.45"), (510, "149,450.37")],
    [(40, "2026-07-10"), (110, "工资"), (170, "重庆渝新智造科技有限公司"), (350, "28,600.00"),
      (510, "178,050.37")],
    [(40, "2026-07-15"), (110, "转账"), (170, "陈建国"), (430, "4,500.00"), (510, "173,550.37")],
    [(40, "2026-07-28"), (110, "转账"), (170, "卢建平"), (430, "15,000.00"), (510, "158,550.37")],
    [(40, "2026-08-10"), (110, "工资"), (170, "重庆渝新智造科技有限公司"), (350, "28,600.00"),
      (510, "187,150.37")],
    [(40, "2026-08-15"), (110, "转账"), (170, "陈建国"), (430, "4,500.00"), (510, "182,650.37")],
    [(40, "2026-08-26"), (110, "消费"), (170, "支付宝"), (430, "2,318.70"), (510, "180,331.67")],
    "",
    [(40, "收入合计：85,896.52"), (230, "支出合计：32,105.15"), (420, "期末余额：180,331.67")],
    "",
    [(40, "打印时间：2026-09-02 10:15"), (300, "打印网点：重庆解放碑支行")],
    "本清单加盖业务专用章后有效。",
]  # fmt: skip

# Shanghai: a China Merchants Bank bilingual statement for one account with a CNY and a USD
# sub-account, the period as 2026年07月01日 - 2026年09月30日, debit before credit columns.
BANK_CMB_SH_TWO_CURRENCIES: list[Row] = [
    [(40, "招商银行"), (300, "China Merchants Bank")],
    "个人账户对账单 Personal Account Statement",
    [(40, "户名 Name:"), (150, "钱嘉琪"), (250, "QIAN JIAQI")],
    [(40, "账号 Account No.:"), (150, "6214 83** **** 7350")],
    [(40, "对账期间 Period:"), (150, "2026年07月01日 - 2026年09月30日")],
    [(40, "开户行 Branch:"), (150, "上海陆家嘴支行 Shanghai Lujiazui Sub-branch")],
    "",
    "人民币 CNY 活期储蓄 Savings",
    [(40, "日期 Date"), (110, "摘要 Description"), (300, "支出 Debit"), (380, "存入 Credit"),
     (470, "余额 Balance")],
    [(40, "2026-07-01"), (110, "上期余额 B/F"), (470, "85,312.66")],
    [(40, "2026-07-10"), (110, "代发工资 Payroll"), (380, "42,000.00"), (470, "127,312.66")],
    [(40, "2026-07-12"), (110, "房贷还款 Mortgage"), (300, "8,800.00"), (470, "118,512.66")],
    [(40, "2026-07-25"), (110, "信用卡还款 Card"), (300, "3,265.90"), (470, "115,246.76")],
    [(40, "2026-08-10"), (110, "代发工资 Payroll"), (380, "42,000.00"), (470, "157,246.76")],
    [(40, "2026-08-18"), (110, "转出 Transfer"), (300, "20,000.00"), (470, "137,246.76")],
    [(40, "2026-08-25"), (110, "信用卡还款 Card"), (300, "1,870.25"), (470, "135,376.51")],
    [(40, "2026-09-10"), (110, "代发工资 Payroll"), (380, "42,000.00"), (470, "177,376.51")],
    [(40, "2026-09-12"), (110, "房贷还款 Mortgage"), (300, "8,800.00"), (470, "168,576.51")],
    [(40, "2026-09-21"), (110, "结息 Interest"), (380, "71.38"), (470, "168,647.89")],
    [(40, "合计 Total"), (300, "42,736.15"), (380, "126,071.38"), (470, "168,647.89")],
    "",
    "美元 USD 现汇 Savings",
    [(40, "日期 Date"), (110, "摘要 Description"), (300, "支出 Debit"), (380, "存入 Credit"),
     (470, "余额 Balance")],
    [(40, "2026-07-01"), (110, "上期余额 B/F"), (470, "12,480.00")],
    [(40, "2026-07-19"), (110, "汇入 Inward Remit"), (380, "5,000.00"), (470, "17,480.00")],
    [(40, "2026-08-30"), (110, "汇出 Outward Remit"), (300, "2,300.00"), (470, "15,180.00")],
    [(40, "2026-09-21"), (110, "结息 Interest"), (380, "37.44"), (470, "15,217.44")],
    [(40, "合计 Total"), (300, "2,300.00"), (380, "5,037.44"), (470, "15,217.44")],
    "",
    "本对账单由系统生成，加盖电子印章有效。Generated by system with e-seal.",
    [(40, "打印日期 Print Date: 2026-10-03")],
]  # fmt: skip

# Hong Kong: a Hang Seng Integrated Account statement for one HKD savings account; "MS" before the
# name, the statement date and the period in words, day-month dates in the table, B/F and C/F.
BANK_HANGSENG_HK: list[Row] = [
    [(40, "HANG SENG BANK"), (330, "恒生銀行")],
    "Integrated Account Statement 綜合戶口結單",
    [(40, "MS LAM HIU TUNG"), (330, "Statement Date"), (450, "31 Jul 2026")],
    [(40, "FLAT 12B, BLOCK 3"), (330, "Page"), (450, "1 of 1")],
    [(40, "TAI KOO SHING, HONG KONG")],
    "",
    [(40, "Integrated Account No."), (200, "239-456789-883")],
    [(40, "Statement Period"), (200, "01 Jul 2026 to 31 Jul 2026")],
    "",
    "HKD Statement Savings 港元結單儲蓄",
    [(40, "Date"), (100, "Transaction Details"), (300, "Deposit"), (380, "Withdrawal"), (470, "Balance")],
    [(40, "01 Jul"), (100, "B/F BALANCE"), (470, "243,118.95")],
    [(40, "02 Jul"), (100, "SALARY KOWLOON RE LTD"), (300, "52,300.00"), (470, "295,418.95")],
    [(40, "05 Jul"), (100, "FPS TO LANDLORD"), (380, "16,800.00"), (470, "278,618.95")],
    [(40, "12 Jul"), (100, "CREDIT CARD PAYMENT"), (380, "3,200.00"), (470, "275,418.95")],
    [(40, "18 Jul"), (100, "AUTOPAY CLP POWER"), (380, "845.60"), (470, "274,573.35")],
    [(40, "24 Jul"), (100, "TFR TO 239-112233-001"), (380, "12,000.00"), (470, "262,573.35")],
    [(40, "31 Jul"), (100, "CREDIT INTEREST"), (300, "18.77"), (470, "262,592.12")],
    [(40, "31 Jul"), (100, "C/F BALANCE"), (470, "262,592.12")],
    "",
    [(40, "Total Deposits"), (200, "52,318.77"), (300, "Total Withdrawals"), (430, "32,845.60")],
    "",
    "Hang Seng Bank Limited, 83 Des Voeux Road Central, Hong Kong",
]  # fmt: skip

# --------------------------------------------------------------------------------------------------
# Reference letters
# --------------------------------------------------------------------------------------------------

# Hangzhou: a 在职证明 with income, the employee's PRC ID, "至今", then the company's own English
# translation; a current, non-managerial engineer.
REF_HZ_ZAIZHI_TRANSLATED: list[Row] = [
    "在职及收入证明",
    "",
    "兹证明 周逸凡 （身份证号：330106199307224510）自2019年7月8日起至今在我公司工作，",
    "现任数据平台部 软件开发工程师 职务，为我公司正式员工。",
    "其月收入为税前人民币叁万伍仟元整（¥35,000.00）。",
    "本证明仅用于其申请香港优秀人才入境计划，特此证明。",
    "",
    "杭州云栖智联科技有限公司（盖章）",
    "人力资源部",
    "2026年10月08日",
    "",
    "English Translation",
    "CERTIFICATE OF EMPLOYMENT AND INCOME",
    "This is to certify that Mr. ZHOU Yifan (ID No. 330106199307224510) has worked for our company",
    "since July 8, 2019 to date and currently holds the position of Software Development Engineer",
    "in the Data Platform Department. He is a full-time employee of the company.",
    "His monthly salary before tax is RMB 35,000.00.",
    "This certificate is issued for his application under the Quality Migrant Admission Scheme.",
    "Hangzhou Yunqi Zhilian Technology Co., Ltd. (Company Seal)",
    "Human Resources Department",
    "October 8, 2026",
    "Address: 18/F, Building 5, No. 998 Wenyi West Road, Xihu District, Hangzhou, Zhejiang, China",
]  # fmt: skip

# Dalian: a 离职证明 in Chinese only; a department manager who led 12 people, with the employee's
# PRC ID, start and leaving dates in figures and the letter date in Chinese numerals.
REF_DL_LIZHI: list[Row] = [
    "大连星海港航物流有限公司",
    "地址：辽宁省大连市中山区人民路52号  电话：0411-8271 6600",
    "",
    "离职证明",
    "",
    "兹证明 孙丽娜 女士（身份证号码：210203198708150326）于2013年4月1日入职我公司，",
    "任国际业务部经理一职，于2021年12月31日因个人原因离职。",
    "在职期间，该员工负责公司日韩航线业务，管理12人团队，直接向总经理汇报。",
    "其已与我公司解除劳动合同，双方无任何劳动纠纷。",
    "",
    "特此证明。",
    "",
    [(300, "大连星海港航物流有限公司（公章）")],
    [(300, "二〇二二年一月五日")],
]  # fmt: skip

# Hong Kong: an engineering consultancy's letter for a former engineer promoted once; the date as
# "15th August 2024", the HKID in the subject line, HR manager and project manager as signatory
# and supervisor (not the employee's own seniority).
REF_HK_CONSULTANCY: list[Row] = [
    "Harbourfront Engineering Consultants Limited",
    "25/F, Island Place Tower, 510 King's Road, North Point, Hong Kong  Tel: +852 2811 0000",
    "",
    "15th August 2024",
    "",
    "TO WHOM IT MAY CONCERN",
    "",
    "Re: Employment Certificate - Mr. LEUNG Ka Chun (HKID: Y123456(7))",
    "",
    "We confirm that Mr. LEUNG Ka Chun was employed by our company from 2 May 2017 to",
    "31 July 2024. He joined us as Assistant Engineer and was promoted to Engineer (Civil) on",
    "1 April 2020, the position he held until his departure. He worked on the site supervision",
    "of drainage improvement works in Tseung Kwan O and reported to the Project Manager.",
    "",
    "This letter is issued at the request of Mr. Leung.",
    "",
    "Yours faithfully,",
    "For and on behalf of",
    "Harbourfront Engineering Consultants Limited",
    "",
    "Grace Ho",
    "Human Resources Manager",
]  # fmt: skip

# --------------------------------------------------------------------------------------------------
# PRC ID cards
# --------------------------------------------------------------------------------------------------

# Shanghai: a copy of front then back; the birth date with year, month and day in separate cells,
# the address on two rows, a "copy conforms to the original" note.
PRC_SH_FRONT_BACK: list[Row] = [
    [(40, "姓名"), (100, "王思琪")],
    [(40, "性别"), (100, "女"), (170, "民族"), (230, "汉")],
    [(40, "出生"), (100, "1994"), (140, "年"), (160, "8"), (180, "月"), (200, "7"), (220, "日")],
    [(40, "住址"), (100, "上海市浦东新区张江镇")],
    [(100, "碧波路123弄8号502室")],
    [(40, "公民身份号码"), (160, "310115199408070322")],
    "",
    "",
    "中华人民共和国",
    "居民身份证",
    [(40, "签发机关"), (120, "上海市公安局浦东分局")],
    [(40, "有效期限"), (120, "2015.03.10-2035.03.10")],
    "",
    "复印件与原件一致",
]  # fmt: skip

# Qingdao: front and back photocopied side by side on one sheet; label and value in one cell,
# the birth date as 1991年11月23日.
PRC_QD_SIDE_BY_SIDE: list[Row] = [
    [(40, "姓名 孙浩"), (320, "中华人民共和国")],
    [(40, "性别 男  民族 汉"), (320, "居民身份证")],
    [(40, "出生 1991年11月23日")],
    [(40, "住址 山东省青岛市市南区"), (320, "签发机关 青岛市公安局市南分局")],
    [(40, "香港中路76号3单元1201户"), (320, "有效期限 2012.05.16-2032.05.16")],
    "",
    [(40, "公民身份号码 370202199111234570")],
]  # fmt: skip

# Chongqing: a notarial certificate of a copy of the card, with its English translation; the
# agent who applied for it is named first with her own ID number.
PRC_CQ_NOTARIAL: list[Row] = [
    "NOTARIAL CERTIFICATE",
    "(2026) Yu Yu Zheng Zi No. 08812",
    "",
    "Applicant: LIU Yang, male, born on December 12, 1989",
    "Agent: ZHAO Min, female, Citizen Identity Number: 500103199102150047",
    "Subject: Photocopy of Resident Identity Card",
    "",
    "This is to certify that the photocopy of the Resident Identity Card attached hereto is in",
    "conformity with the original, and that the original is genuine.",
    "",
    "Attachment: Resident Identity Card of the People's Republic of China (translation)",
    [(40, "Name"), (160, "Liu Yang")],
    [(40, "Sex"), (160, "Male"), (260, "Ethnic Group"), (360, "Han")],
    [(40, "Date of Birth"), (160, "December 12, 1989")],
    [(40, "Address"), (160, "No. 18 Minzu Road, Yuzhong District, Chongqing")],
    [(40, "Citizen ID No."), (160, "500103198912120136")],
    [(40, "Issuing Authority"), (160, "Yuzhong Branch, Chongqing Public Security Bureau")],
    [(40, "Valid Period"), (160, "2014.06.20-2034.06.20")],
    "",
    "Chongqing Yuzhong Notary Public Office, the People's Republic of China",
    [(40, "Notary: Tan Li"), (330, "September 28, 2026")],
]  # fmt: skip

# Other valid PRC identity numbers printed in documents that are not the PRC ID card's holder's
DISTRACTOR_PRC_IDS = ["320102199505186626", "330106199307224510", "210203198708150326", "500103199102150047"]

# --------------------------------------------------------------------------------------------------
# The cases
# --------------------------------------------------------------------------------------------------

CASES: list[tuple[str, DocType, list[Row], dict[str, Any]]] = [
    ("af_ielts_sz_academic_etrf", DocType.ielts, IELTS_SZ_ACADEMIC_ETRF, {
        "candidate_name": "XINYI LIU", "date_of_birth": "1993-11-08", "overall": 7.0, "listening": 8.0,
        "reading": 7.5, "writing": 6.5, "speaking": 6.5, "test_date": "2025-02-22",
        "trf_number": "25CN012736LIUX001A", "module": "academic"}),
    ("af_ielts_hk_gt_labels_above", DocType.ielts, IELTS_HK_GT_LABELS_ABOVE, {
        "candidate_name": "HOI YING KAREN CHAN", "date_of_birth": "1990-09-03", "overall": 7.0,
        "listening": 7.5, "reading": 6.5, "writing": 6.0, "speaking": 7.0, "test_date": "2025-04-12",
        "trf_number": "25HK007315CHAH007G", "module": "general_training"}),
    ("af_ielts_cq_ukvi_table", DocType.ielts, IELTS_CQ_UKVI_TABLE, {
        "candidate_name": "ZIHAN ZHOU", "date_of_birth": "1996-02-29", "overall": 6.5, "listening": 6.0,
        "reading": 7.0, "writing": 6.0, "speaking": 6.5, "test_date": "2025-10-25",
        "trf_number": "25CN031204ZHOZ010A", "module": "academic"}),
    ("af_toefl_bj_mybest", DocType.toefl, TOEFL_BJ_MYBEST, {
        "candidate_name": "YUTONG WANG", "date_of_birth": "1998-07-14", "total": 100, "reading": 27,
        "listening": 26, "speaking": 22, "writing": 25, "test_date": "2025-03-08", "scale": "0-120"}),
    ("af_toefl_sh_2026_bands", DocType.toefl, TOEFL_SH_2026_BANDS, {
        "candidate_name": "MINGYUE ZHAO", "date_of_birth": "1999-04-03", "total": 5.5, "reading": 5.5,
        "listening": 6.0, "speaking": 4.5, "writing": 5.0, "test_date": "2026-02-28", "scale": "1-6"}),
    ("af_toefl_hz_home_edition", DocType.toefl, TOEFL_HZ_HOME_EDITION, {
        "candidate_name": "Jiarui Huang", "date_of_birth": "1998-05-23", "total": 93, "reading": 24,
        "listening": 25, "speaking": 21, "writing": 23, "test_date": "2024-11-16", "scale": "0-120"}),
    ("af_hsk_hk_level5", DocType.hsk, HSK_HK_LEVEL5, {
        "candidate_name": "LAM TSZ HIN", "level": 5, "total": 259, "listening": 88, "reading": 92,
        "writing": 79, "test_date": "2025-03-16", "certificate_number": "H52503160412"}),
    ("af_hsk_uk_level3", DocType.hsk, HSK_UK_LEVEL3, {
        "candidate_name": "HUGHES ELEANOR ROSE", "level": 3, "total": 265, "listening": 95, "reading": 89,
        "writing": 81, "test_date": "2024-10-20", "certificate_number": "H32410200157"}),
    ("af_hsk_ca_level2_online", DocType.hsk, HSK_CA_LEVEL2_ONLINE, {
        "candidate_name": "MARTIN LUCAS", "level": 2, "total": 177, "listening": 86, "reading": 91,
        "writing": None, "test_date": "2025-05-18", "certificate_number": "H22505180033"}),
    ("af_psc_nj_certificate", DocType.psc, PSC_NJ_CERTIFICATE, {
        "candidate_name": "陈思远", "grade": "二级甲等", "test_date": "2019-11-23",
        "certificate_number": "3200119030417"}),
    ("af_psc_wh_query_printout", DocType.psc, PSC_WH_QUERY_PRINTOUT, {
        "candidate_name": "黄佳怡", "grade": "一级乙等", "test_date": "2021-06-12",
        "certificate_number": "4200121013857"}),
    ("af_psc_xm_translation", DocType.psc, PSC_XM_TRANSLATION, {
        "candidate_name": ("Lin Yuqing", "林雨晴"), "grade": "二级乙等", "test_date": "2020-12-05",
        "certificate_number": "3502120100932"}),
    ("af_degree_nju_chsi_verification", DocType.degree, DEGREE_NJU_CHSI_VERIFICATION, {
        "holder_name": ("吴俊杰", "Wu Junjie"), "level": "master",
        "title": ("工学硕士", "Master of Engineering"),
        "field": ("计算机科学与技术", "Computer Science and Technology"),
        "institution": ("南京大学", "Nanjing University"), "award_date": "2018-06-20"}),
    ("af_degree_polyu_bilingual", DocType.degree, DEGREE_POLYU_BILINGUAL, {
        "holder_name": ("WONG Tsz Ching", "黃芷晴"), "level": "bachelor",
        "title": ("Bachelor of Business Administration", "Bachelor of Business Administration (Honours)"),
        "field": "Accountancy", "institution": "The Hong Kong Polytechnic University",
        "award_date": "2016-11-30"}),
    ("af_degree_usyd_phd", DocType.degree, DEGREE_USYD_PHD, {
        "holder_name": "MINGXUAN LIU", "level": "doctorate", "title": "Doctor of Philosophy",
        "field": "Chemical Engineering", "institution": "The University of Sydney",
        "award_date": "2021-12-14"}),
    ("af_transcript_whu_bilingual", DocType.transcript, TRANSCRIPT_WHU_BILINGUAL, {
        "holder_name": ("何雨桐", "He Yutong", "何雨桐 He Yutong"),
        "institution": ("Wuhan University", "武汉大学"), "level": "bachelor", "award_date": "2016-06-30"}),
    ("af_transcript_hkust_mphil", DocType.transcript, TRANSCRIPT_HKUST_MPHIL, {
        "holder_name": "CHEUNG Wing Yan", "institution": "The Hong Kong University of Science and Technology",
        "level": "master", "award_date": "2019-11-15"}),
    ("af_transcript_nus_bcomp", DocType.transcript, TRANSCRIPT_NUS_BCOMP, {
        "holder_name": "RYAN TAN JUN HAO", "institution": "National University of Singapore",
        "level": "bachelor", "award_date": "2019-07-08"}),
    ("af_bank_icbc_cq_liushui", DocType.bank_statement, BANK_ICBC_CQ_LIUSHUI, {
        "holder_name": ("卢天宇", "LU Tianyu"),
        "bank_name": ("中国工商银行", "Industrial and Commercial Bank of China"),
        "account_number_last4": "5862", "currency": "CNY", "statement_start": "2026-06-01",
        "statement_end": "2026-08-31", "closing_balance": 180331.67}),
    ("af_bank_cmb_sh_two_currencies", DocType.bank_statement, BANK_CMB_SH_TWO_CURRENCIES, {
        "holder_name": ("钱嘉琪", "QIAN JIAQI", "钱嘉琪 QIAN JIAQI"),
        "bank_name": ("招商银行", "China Merchants Bank"), "account_number_last4": "7350",
        "currency": ("CNY", "USD"), "statement_start": "2026-07-01", "statement_end": "2026-09-30",
        "closing_balance": (168647.89, 15217.44)}),
    ("af_bank_hangseng_hk", DocType.bank_statement, BANK_HANGSENG_HK, {
        "holder_name": "LAM HIU TUNG", "bank_name": ("Hang Seng Bank", "Hang Seng Bank Limited"),
        "account_number_last4": "9883", "currency": "HKD", "statement_start": "2026-07-01",
        "statement_end": "2026-07-31", "closing_balance": 262592.12}),
    ("af_ref_hz_zaizhi_translated", DocType.reference_letter, REF_HZ_ZAIZHI_TRANSLATED, {
        "employee_name": ("周逸凡", "ZHOU Yifan"),
        "employer": ("杭州云栖智联科技有限公司", "Hangzhou Yunqi Zhilian Technology Co., Ltd."),
        "position": ("软件开发工程师", "Software Development Engineer"), "start_date": "2019-07-08",
        "end_date": None, "country": "CHN", "letter_date": "2026-10-08", "senior_role": False}),
    ("af_ref_dl_lizhi", DocType.reference_letter, REF_DL_LIZHI, {
        "employee_name": "孙丽娜", "employer": "大连星海港航物流有限公司", "position": "国际业务部经理",
        "start_date": "2013-04-01", "end_date": "2021-12-31", "country": "CHN", "letter_date": "2022-01-05",
        "senior_role": True}),
    ("af_ref_hk_consultancy", DocType.reference_letter, REF_HK_CONSULTANCY, {
        "employee_name": "LEUNG Ka Chun", "employer": "Harbourfront Engineering Consultants Limited",
        "position": ("Engineer (Civil)", "Engineer"), "start_date": "2017-05-02", "end_date": "2024-07-31",
        "country": "HKG", "letter_date": "2024-08-15", "senior_role": False}),
    ("af_prc_sh_front_back", DocType.prc_id_card, PRC_SH_FRONT_BACK, {
        "name": "王思琪", "id_number": "310115199408070322", "date_of_birth": "1994-08-07", "sex": "F"}),
    ("af_prc_qd_side_by_side", DocType.prc_id_card, PRC_QD_SIDE_BY_SIDE, {
        "name": "孙浩", "id_number": "370202199111234570", "date_of_birth": "1991-11-23", "sex": "M"}),
    ("af_prc_cq_notarial", DocType.prc_id_card, PRC_CQ_NOTARIAL, {
        "name": ("Liu Yang", "刘洋"), "id_number": "500103198912120136", "date_of_birth": "1989-12-12",
        "sex": "M"}),
]  # fmt: skip

# Every account of every statement: (opening, transactions in order, closing)
BANK_ARITHMETIC: dict[str, list[tuple[float, list[float], float]]] = {
    "af_bank_icbc_cq_liushui": [
        (126540.30, [28600.00, -4500.00, 96.52, -1286.45, 28600.00, -4500.00, -15000.00, 28600.00,
                     -4500.00, -2318.70], 180331.67),
    ],
    "af_bank_cmb_sh_two_currencies": [
        (85312.66, [42000.00, -8800.00, -3265.90, 42000.00, -20000.00, -1870.25, 42000.00, -8800.00,
                    71.38], 168647.89),
        (12480.00, [5000.00, -2300.00, 37.44], 15217.44),
    ],
    "af_bank_hangseng_hk": [
        (243118.95, [52300.00, -16800.00, -3200.00, -845.60, -12000.00, 18.77], 262592.12),
    ],
}  # fmt: skip


def score() -> tuple[int, int, list[tuple], list[tuple]]:
    """(right, total, misses, wrong_accepted) over every expected fact of every case."""
    return harness.score(CASES)


# --------------------------------------------------------------------------------------------------
# Self-consistency of the documents themselves
# --------------------------------------------------------------------------------------------------


def test_issuer_family_af_documents_are_self_consistent() -> None:
    harness.check_consistent_family(CASES, BANK_ARITHMETIC, DISTRACTOR_PRC_IDS)


def test_issuer_family_af_scores_at_least_90_percent() -> None:
    right, total, misses, _ = score()
    assert total == FIRST_CONTACT["total"]
    assert right / total >= 0.90, f"{right}/{total}; misses: {misses}"


def test_issuer_family_af_never_falls_below_its_figure_after_the_fixes() -> None:
    right, total, misses, _ = score()
    assert total == FIRST_CONTACT["total"]
    assert right >= AFTER_FIXES, f"{right}/{total}; misses: {misses}"


def test_issuer_family_af_accepts_no_wrong_value() -> None:
    _, _, _, wrong_accepted = score()
    assert not wrong_accepted, wrong_accepted


if __name__ == "__main__":
    right, total, misses, wrong_accepted = score()
    print(f"issuer family AF: {right}/{total} = {100 * right / total:.1f}%")
    print(f"wrong values accepted: {len(wrong_accepted)}")
    for label, field, want, got, status in misses:
        shown = getattr(status, "value", status)
        print(f"  MISS {label:40} {field:22} expected={want!r} got={got!r} status={shown}")
