"""Issuer family AD: 27 held-out documents written blind, to measure generalisation.

Written by a helper session under independence rules: it did not open the extractors, the readers,
the validators, the scoring code, the pipeline, the sample-document generator, the bench, the scripts,
the docs folder, or the documents of any other test family (family Z was read only for the structure
of its module: its constants, CASES, BANK_ARITHMETIC, DISTRACTOR_PRC_IDS, its tests and __main__),
and it ran no git log, diff or show; it read only the output contract, DOCUMENTS.md, core/models.py,
the page builder in test_extract_toolkit.py, the spelling of values in sample_docs/truth, and the
shared harness (reused unchanged). The documents and their expected values were written first, passed
the self-consistency checks as first written, were scored once, and were not changed afterwards.

Three documents of every kind, as a Hong Kong QMAS consultancy receives them, weighted towards
mainland Chinese professionals (Beijing, Shanghai, Shenzhen, Guangzhou, Hangzhou, Nanjing, Wuhan,
Chengdu, Xi'an, Suzhou) with study and work in Hong Kong, Singapore, the US, the UK, Australia,
Canada, Japan and Korea. What varies: IELTS as a Beijing Academic e-TRF (module notes on top, centre /
"13/SEP/2025" / candidate number in one row, bands, overall and CEFR as heads over values, a second
"Date" of issue by the signature, day-first "07/04/1994"); a Melbourne computer-delivered General
Training TRF with the candidate's details as captions over values and label-left bands; a London
IELTS for UKVI form with colon labels in two columns, bands as colon pairs in one row and the overall
(mean 6.75 rounding up) in the next. TOEFL as a Shanghai 2025 report ("Zhao, Yifan", US long dates)
with test-date scores and then MyBest scores in the same heads-over-values shape with their dates; a
Hangzhou 2026 home-edition report on the 1-6 band scale only (captions over values, a section / score /
CEFR table, overall 5.5 from a mean of 5.25); a Toronto institutional report with US numeric dates and a
section / score / level table. HSK 5 from Seoul with Chinese / English / Korean labels, the name in
Latin and Hangul, 2025年03月16日 and a vertical score / percentile table; HSK 4 for an American at BLCU
in the real layout (sections as heads, a full-score row above the candidate's row); HSK 2 from Sydney
as an online inquiry printout (no writing, a pass result, ISO date, query time). PSC as a Shanghai paper
certificate (score with 分 attached, the holder's ID, an issue date); a Guangzhou query printout with
two label / value pairs a row, a masked ID and an admission number; a Wuhan certificate copy with its
translation ("Level 1, Grade B", "May 18, 2017"). Degrees: a Zhejiang University 学士学位证书 in prose
with Chinese-numeral dates (二〇一七年六月三十日) and a certified translation; a 学信网 online degree
verification report for a HUST master's (Chinese rows with the holder's X-checked ID, an update date
and a validity date, then the English version); an NUS PhD parchment in centred prose. Transcripts: a
bilingual Nanjing University transcript (graduation and conferral dates side by side, a two-column
course table, print date); a University of Melbourne master's transcript (title in the name, subject
table, completion date before the conferral date); a UC San Diego graduate transcript ("FENG, HAOYU",
US numeric dates, the PhD and an en-route MS, a prior institution). Bank statements: an ICBC Xi'an
debit-card history in Chinese (19-digit card, 起始日期 / 截止日期, signed amounts, counterparty column,
income and expense totals); a BOCHK integrated statement with HKD and USD savings, a position summary
with a total in HKD equivalent, B/F and C/F rows and "01SEP" dates; a Bank of Communications Suzhou
statement with Chinese and English labels and slash dates. Reference letters: a Shenzhen 在职证明 for a
current technical director (自 2014年8月4日 起 ... 至今, leads 25, reports to the CTO) with a certified
translation dated three days later; a Chengdu Chinese-only 工作证明 for a former software engineer
(于 2015年7月6日 至 2021年3月31日, income, reason for leaving); a Tokyo 在籍証明書 / certificate of
employment with a positions table (software engineer, then section manager 課長 leading 14). PRC ID
cards: a Wuhan sheet with the applicant's and the spouse's cards (fronts with backs beside them, an X
check character); a Shenzhen translation company's English translation with the original's fields
below; a Nanjing temporary card (born 29 February) with the application receipt naming the father who
collects it, with his ID number.

First contact (2026-11-27): 166/180 = 92.2%, 6 wrong values accepted: the HUST verification report's
institution taken as "Degree Awarding Institut" and its award date as the report's validity date
2027-03-28; the UC San Diego institution cut to "University of California"; the Tokyo position
"Section Manager Connected Vehicle Platform Section" (the expected forms keep the comma), start date
"2016-04" and end date "2023-08" taken from the positions table's months rather than the letter's
"1 April 2016 to 31 August 2023". Misses then, besides those six: the Melbourne TRF's module (General
Training, not read); the ICBC card's last four digits and its start and end dates (colon labels
"起始日期：" / "截止日期："); the Chengdu 工作证明's position, start date, end date and seniority. No
expected value or document was changed after first contact.

Written against commit 3f71b15.

The extractors were then fixed with general rules (tests/test_families_ac_ad_rules.py): "Degree
Awarding Institution" is a label, not an institution; a date a report is valid until ("有效期至",
"Valid until") is never the award, and "获学位日期" labels it; a campus after the university's comma
(", SAN DIEGO") sends the name to review; prose dating the employment to the day refines a positions
table by month; the comma after the other script's part of a title stays; "，任X，" names the post of
a Chinese certificate. That reached 175/180 = 97.2%, none accepted wrong. Left alone: the Melbourne
module, the ICBC card's last four digits and period, the UC San Diego name (now for review).
Later general rules (a module named with a capital only; a card statement's 卡号, 起始日期/截止日期, a column
that prints "+" for deposits, 合计 and 余额 rows) reached 179/180.
"""

from __future__ import annotations

from typing import Any

from core.models import DocType
from tests import issuer_family_harness as harness
from tests.issuer_family_harness import Row

FIRST_CONTACT = {"date": "2026-11-27", "right": 166, "total": 180, "wrong_accepted": 6}
AFTER_FIXES = 179

# --------------------------------------------------------------------------------------------------
# IELTS
# --------------------------------------------------------------------------------------------------

# Beijing: an Academic e-TRF; the notes on the modules above the candidate, the centre number, test
# date and candidate number in one row, the four bands with the overall and CEFR level as a table of
# heads over values, the day-first birth date "07/04/1994", and a second "Date" (of issue) beside the
# administrator's signature above the TRF number.
IELTS_CN_BEIJING_ETRF: list[Row] = [
    [(40, "IELTS"), (420, "Test Report Form")],
    [(40, "ACADEMIC")],
    "NOTE Admission to undergraduate and post graduate courses should be based on the ACADEMIC",
    "Reading and Writing Modules. GENERAL TRAINING Reading and Writing Modules are not designed",
    "to test the full range of language skills required for academic purposes.",
    [(40, "Centre Number"), (130, "CN112"), (200, "Date"), (240, "13/SEP/2025"), (340, "Candidate Number"),
     (450, "004217")],
    "Candidate Details",
    [(40, "Family Name"), (190, "GUO")],
    [(40, "First Name(s)"), (190, "JIAHUI")],
    [(40, "Candidate ID"), (190, "EH4821937")],
    [(40, "Date of Birth"), (190, "07/04/1994"), (330, "Sex (M/F)"), (400, "F"), (440, "Scheme Code"),
     (520, "Private")],
    [(40, "Country or Region of Origin"), (220, "CHINA (PEOPLE'S REPUBLIC OF)")],
    [(40, "Country of Nationality"), (220, "CHINA (PEOPLE'S REPUBLIC OF)")],
    [(40, "First Language"), (220, "CHINESE")],
    "Test Results",
    [(40, "Listening"), (120, "Reading"), (200, "Writing"), (280, "Speaking"), (370, "Overall Band Score"),
     (500, "CEFR Level")],
    [(52, "8.0"), (132, "7.5"), (212, "6.5"), (292, "7.0"), (410, "7.5"), (515, "C1")],
    "Administrator Comments",
    "Test taken at Beijing Foreign Studies University (West Campus), Haidian District, Beijing.",
    [(40, "Centre stamp"), (300, "Validation stamp")],
    [(40, "IDP Education Beijing"), (300, "IELTS")],
    [(40, "Administrator's Signature"), (300, "Date"), (340, "26/09/2025")],
    [(40, "Test Report Form Number"), (300, "25CN004217GUOJ001A")],
]  # fmt: skip

# Melbourne: a computer-delivered General Training TRF for a Chinese engineer working in Australia;
# the candidate's details as captions over values in two columns ("28 JUN 2025", "22/11/1989"), the
# bands as label-left rows, and the issue date and TRF number as captions over values at the foot.
IELTS_AU_MELBOURNE_GT: list[Row] = [
    [(40, "IELTS"), (380, "GENERAL TRAINING")],
    [(40, "Test Report Form"), (380, "Computer-delivered test")],
    [(40, "Test Centre"), (330, "Test Date")],
    [(40, "AU760 IDP Education Melbourne"), (330, "28 JUN 2025")],
    [(40, "Family Name"), (330, "First Name(s)")],
    [(40, "ZHU"), (330, "MINGXUAN")],
    [(40, "Date of Birth"), (180, "Sex"), (330, "Candidate ID")],
    [(40, "22/11/1989"), (180, "M"), (330, "EK7730418")],
    [(40, "Country of Nationality"), (330, "First Language")],
    [(40, "CHINA (PEOPLE'S REPUBLIC OF)"), (330, "MANDARIN CHINESE")],
    "Test Results",
    [(40, "Listening"), (200, "8.5")],
    [(40, "Reading"), (200, "7.0")],
    [(40, "Writing"), (200, "6.5")],
    [(40, "Speaking"), (200, "7.5")],
    [(40, "Overall Band Score"), (200, "7.5"), (300, "CEFR Level"), (380, "C1")],
    "The General Training module is not designed to assess the language skills needed for",
    "academic study. Recognising organisations should verify this result online.",
    [(40, "Administrator Comments"), (330, "Validation stamp")],
    [(40, "Date of Issue"), (330, "Test Report Form Number")],
    [(40, "07/07/2025"), (330, "25AU760118ZHUM004G")],
]

# London: an IELTS for UKVI Academic form with colon labels in two columns (surname and forenames on
# separate rows, the passport number, a UKVI reference), the bands as colon pairs in one row and the
# overall with its CEFR level in the next (mean 6.75 rounding up), the TRF number and issue date below.
IELTS_UK_UKVI_COLON: list[Row] = [
    "British Council",
    [(40, "IELTS for UKVI"), (400, "Test Report Form")],
    "Module: Academic",
    "Test centre: GB750 London Stratford",
    [(40, "Candidate surname:"), (170, "SHEN"), (330, "Candidate number:"), (440, "012336")],
    [(40, "Candidate forenames:"), (170, "HAORAN"), (330, "Sex:"), (440, "M")],
    [(40, "Date of birth:"), (170, "30/08/1991"), (330, "Passport no.:"), (440, "EJ0926517")],
    [(40, "Nationality:"), (170, "Chinese"), (330, "First language:"), (440, "Chinese")],
    [(40, "Test date:"), (170, "14/12/2024"), (330, "UKVI number:"), (440, "ELTS/0048213")],
    "Results",
    [(40, "Listening:"), (110, "7.0"), (170, "Reading:"), (230, "7.0"), (290, "Writing:"), (350, "6.5"),
     (410, "Speaking:"), (480, "6.5")],
    [(40, "Overall band score:"), (170, "7.0"), (290, "CEFR level:"), (370, "C1")],
    "Scores are reported in whole and half bands on a nine-band scale.",
    "The candidate's identity was verified against the passport and biometric data at the test",
    "session. This form is not valid unless it bears the validation stamp of the test centre.",
    [(40, "Test Report Form number:"), (200, "24GB012336SHEH003A")],
    [(40, "Date of issue:"), (200, "27/12/2024")],
    [(40, "Authorised by:"), (200, "Centre Administrator, British Council London")],
]  # fmt: skip

# --------------------------------------------------------------------------------------------------
# TOEFL
# --------------------------------------------------------------------------------------------------

# Shanghai, 2025: a test-taker score report, "Last, First" name, US long dates, the test-date scores
# as heads over values with performance levels below, then the MyBest scores in the same shape with
# the date each came from.
TOEFL_CN_SHANGHAI_MYBEST: list[Row] = [
    [(40, "ETS"), (330, "TOEFL iBT(R) Test Taker Score Report")],
    [(40, "Name:"), (150, "Zhao, Yifan")],
    [(40, "Date of Birth:"), (150, "August 3, 1997")],
    [(40, "Gender:"), (150, "Female")],
    [(40, "ETS ID:"), (150, "8826 4410 73")],
    [(40, "Native Country:"), (150, "China"), (330, "Native Language:"), (440, "Chinese")],
    [(40, "Address:"), (150, "Room 502, No. 18 Lane 1299, Dingxiang Road, Pudong, Shanghai")],
    "Test Date Scores",
    [(40, "Test Date:"), (150, "October 11, 2025"), (330, "Test Center:"), (410, "STN80012A Shanghai")],
    [(40, "Reading"), (150, "Listening"), (260, "Speaking"), (380, "Writing"), (480, "Total Score")],
    [(50, "28"), (160, "27"), (270, "22"), (390, "25"), (490, "102")],
    [(40, "Advanced"), (150, "Advanced"), (260, "High-Intermediate"), (380, "Advanced")],
    "MyBest(TM) Scores",
    "Your highest section scores from all valid test dates in the last 2 years.",
    [(40, "Reading"), (150, "Listening"), (260, "Speaking"), (380, "Writing"), (480, "Total Score")],
    [(50, "29"), (160, "27"), (270, "23"), (390, "25"), (490, "104")],
    [(40, "Jun 14, 2025"), (150, "Oct 11, 2025"), (260, "Jun 14, 2025"), (380, "Oct 11, 2025")],
    "Scores are valid for two years after the test date. Institutions should verify scores",
    "through the ETS Data Manager.",
    [(40, "Report Date:"), (150, "October 21, 2025")],
]  # fmt: skip

# Hangzhou, 2026: a home-edition report on the new band scale only; captions over values in two
# columns (name in given-family order, "March 7, 2026"), then a section / score / CEFR table with
# the overall as its last row (mean 5.25 rounding up to 5.5).
TOEFL_CN_HANGZHOU_BANDS_2026: list[Row] = [
    [(40, "TOEFL iBT(R) Score Report"), (380, "Test Taker Copy")],
    [(40, "Test Taker"), (320, "Test Date")],
    [(40, "Zixuan Huang"), (320, "March 7, 2026")],
    [(40, "Date of Birth"), (320, "ETS ID")],
    [(40, "December 19, 1998"), (320, "7741 0029 3318")],
    [(40, "Test Format"), (320, "Appointment Number")],
    [(40, "TOEFL iBT Home Edition"), (320, "ZH2603070915")],
    [(40, "City / Country"), (320, "Native Language")],
    [(40, "Hangzhou, China"), (320, "Chinese")],
    "Your Scores",
    "Scores are reported on a scale of 1 to 6 in half-band increments, aligned with the CEFR.",
    [(40, "Section"), (200, "Score"), (300, "CEFR Level")],
    [(40, "Reading"), (200, "5.5"), (300, "C1")],
    [(40, "Listening"), (200, "6.0"), (300, "C2")],
    [(40, "Writing"), (200, "5.0"), (300, "C1")],
    [(40, "Speaking"), (200, "4.5"), (300, "B2")],
    [(40, "Overall Score"), (200, "5.5"), (300, "C1")],
    "Scores are valid for two years after the test date.",
    [(40, "Score Release Date:"), (170, "March 13, 2026")],
]

# Toronto, 2024: an institutional score report for a Chinese graduate student in Canada; last and first
# names on separate label-left rows, US numeric dates, a section / score / level table and a total row.
TOEFL_CA_TORONTO_INSTITUTION: list[Row] = [
    [(40, "ETS"), (300, "TOEFL iBT(R) Institutional Score Report")],
    [(40, "Recipient:"), (130, "Harbourview Immigration Consultants Ltd. (DI 7281)")],
    "Test Taker Information",
    [(40, "Last Name"), (170, "Xu")],
    [(40, "First Name"), (170, "Wenjie")],
    [(40, "Date of Birth"), (170, "05/27/1993")],
    [(40, "Gender"), (170, "Male")],
    [(40, "Country of Birth"), (170, "China")],
    [(40, "Native Language"), (170, "Chinese")],
    [(40, "Test Center"), (170, "STN80442A Toronto, ON, Canada")],
    [(40, "Test Date"), (170, "02/17/2024")],
    [(40, "Registration No."), (170, "0000000019460257")],
    "Scores",
    [(40, "Section"), (200, "Score"), (280, "Level")],
    [(40, "Reading"), (200, "26"), (280, "Advanced")],
    [(40, "Listening"), (200, "29"), (280, "Advanced")],
    [(40, "Speaking"), (200, "23"), (280, "High-Intermediate")],
    [(40, "Writing"), (200, "25"), (280, "Advanced")],
    [(40, "Total"), (200, "103")],
    [(40, "Report Date"), (170, "03/01/2024")],
]

# --------------------------------------------------------------------------------------------------
# HSK
# --------------------------------------------------------------------------------------------------

# Seoul: an HSK 5 report with Chinese, English and Korean labels, the name in Latin and Hangul, the
# date as 2025年03月16日, the scores as a vertical section / score / percentile table.
HSK5_KR_SEOUL: list[Row] = [
    [(40, "汉语水平考试 HSK（五级）"), (300, "성적표 Score Report")],
    "Chinese Proficiency Test / 한어수평고시",
    [(40, "姓名 Name 성명"), (260, "PARK JIHOON"), (360, "박지훈")],
    [(40, "性别 Gender 성별"), (260, "男 Male 남")],
    [(40, "国籍 Nationality 국적"), (260, "韩国 Korea 한국")],
    [(40, "考试时间 Examination Date 시험일자"), (260, "2025年03月16日")],
    [(40, "考点 Test Centre 시험장"), (260, "首尔 Seoul 서울 (KR01003)")],
    [(40, "证书编号 Certificate No. 증서번호"), (260, "H52503161047")],
    [(40, "分项 Section 영역"), (240, "分数 Score 점수"), (380, "百分等级 Percentile 백분위")],
    [(40, "听力 Listening 듣기"), (260, "88"), (410, "84%")],
    [(40, "阅读 Reading 읽기"), (260, "91"), (410, "89%")],
    [(40, "书写 Writing 쓰기"), (260, "79"), (410, "72%")],
    [(40, "总分 Total 총점"), (260, "258"), (410, "86%")],
    "HSK（五级）满分300分，180分为合格。 Full score 300, pass 180.",
    "成绩报告自考试日期起两年内有效。 Valid for two years from the examination date.",
    [(40, "发放日期 Issue Date 발급일"), (260, "2025年04月25日")],
    "中国 北京 汉考国际 Chinese Testing International",
]

# Beijing: an HSK 4 report for an American working in Shanghai, tested at BLCU; the real report's
# table with the sections as heads, a "full score" row and then "your score" row.
HSK4_US_BLCU: list[Row] = [
    "汉语水平考试 HSK（四级）成绩报告",
    "Chinese Proficiency Test HSK (Level 4) Score Report",
    [(40, "姓名 Name"), (250, "MILLER, JACOB ANDREW")],
    [(40, "性别 Gender"), (250, "男 Male"), (340, "国籍 Nationality"), (450, "美国 USA")],
    [(40, "考试时间 Examination Date"), (250, "2025年05月18日")],
    [(40, "编号 No."), (250, "H42505180362")],
    [(40, "考点 Test Center"), (250, "北京语言大学 Beijing Language and Culture University")],
    [(160, "听力 Listening"), (270, "阅读 Reading"), (380, "书写 Writing"), (490, "总分 Total")],
    [(40, "满分 Full Score"), (180, "100"), (290, "100"), (400, "100"), (510, "300")],
    [(40, "你的分数 Your Score"), (180, "85"), (290, "92"), (400, "71"), (510, "248")],
    "总分180分为合格 (Passing Score: 180)",
    "成绩报告有效期：两年 Validity: two years from the examination date",
    [(40, "汉考国际 Chinese Testing International"), (380, "2025年06月20日")],
]

# Sydney: an HSK 2 online score-inquiry printout for an Australian; colon labels, an ISO date, a
# one-row score table with a pass result, no writing section, a query time at the foot.
HSK2_AU_INQUIRY: list[Row] = [
    "汉语考试服务网 Chinese Testing International www.chinesetest.cn",
    "成绩查询结果 Score Inquiry Result",
    [(40, "考生姓名 Name:"), (170, "THOMPSON GRACE ELEANOR")],
    [(40, "证件号码 ID No.:"), (170, "PA4417029")],
    [(40, "考试级别 Level:"), (170, "HSK二级 HSK Level 2")],
    [(40, "考试日期 Date:"), (170, "2025-10-19")],
    [(40, "考点 Centre:"), (170, "悉尼大学孔子学院 Confucius Institute at the University of Sydney")],
    [(40, "听力 Listening"), (160, "阅读 Reading"), (280, "总分 Total"), (400, "结果 Result")],
    [(60, "92"), (180, "87"), (300, "179"), (400, "合格 Pass")],
    [(40, "证书编号 Certificate No.:"), (200, "H22510190517")],
    "注：查询结果仅供参考，以成绩报告原件为准。",
    "Note: for reference only; the official score report prevails.",
    [(40, "查询时间 Query time:"), (170, "2026-10-03 21:47:12")],
]

# --------------------------------------------------------------------------------------------------
# PSC
# --------------------------------------------------------------------------------------------------

# Shanghai: a paper certificate; labels left of values without colons, the holder's ID number, the
# score with 分 attached, a Chinese test date and an issue date below the issuing committee.
PSC_SH_CERTIFICATE: list[Row] = [
    [(190, "普通话水平测试等级证书")],
    [(40, "姓名"), (110, "顾晨曦"), (420, "（照片）")],
    [(40, "性别"), (110, "女")],
    [(40, "身份证号"), (110, "310115199402186025")],
    [(40, "测试成绩"), (110, "88.6分")],
    [(40, "等级"), (110, "二级甲等")],
    [(40, "测试时间"), (110, "2015年12月19日")],
    [(40, "证书编号"), (110, "3100115004873")],
    "此证书在全国范围内通用。",
    [(40, "发证单位"), (110, "上海市语言文字工作委员会（印）")],
    [(40, "发证日期"), (110, "2016年01月22日")],
    "说明：普通话水平划分为三级六等，本证书由国家语言文字工作委员会统一印制。",
    [(300, "国家语言文字工作委员会制")],
]

# Guangzhou: a provincial online query printout; two label / value pairs a row, the ID number masked,
# an admission number and a test station, the score with two decimals, an issue time, a print time.
PSC_GD_QUERY_PAIRS: list[Row] = [
    "广东省普通话培训测试中心",
    "普通话水平测试成绩及证书查询",
    "查询结果",
    [(40, "姓名"), (120, "梁嘉欣"), (300, "性别"), (380, "女")],
    [(40, "身份证号"), (120, "440106********2826"), (300, "准考证号"), (380, "19440100130207")],
    [(40, "测试站"), (120, "广州市普通话水平测试站（天河）")],
    [(40, "测试时间"), (120, "2019-04-13"), (300, "成绩"), (380, "83.40")],
    [(40, "等级"), (120, "二级乙等"), (300, "证书编号"), (380, "4400119007215")],
    [(40, "证书状态"), (120, "已发放"), (300, "发证时间"), (380, "2019-06-05")],
    "提示：以上信息仅供查询参考，请以纸质证书或电子证书为准。",
    [(40, "打印时间：2026-10-09 10:31"), (380, "第1页/共1页")],
]

# Wuhan: a certificate copy with colon labels followed by a translation company's English version
# ("Level 1, Grade B"), a US-style test date and the translator's date.
PSC_HB_TRANSLATION: list[Row] = [
    "普通话水平测试等级证书（复印件）",
    [(40, "姓名："), (80, "张雨桐"), (250, "性别："), (290, "女")],
    [(40, "身份证号："), (110, "420106199505186027")],
    [(40, "等级："), (80, "一级乙等"), (250, "成绩："), (290, "93.2")],
    [(40, "测试时间："), (110, "2017年5月18日")],
    [(40, "证书编号："), (110, "4210117000356")],
    "湖北省语言文字工作委员会",
    "TRANSLATION",
    "Certificate of Putonghua Proficiency Test",
    [(40, "Name:"), (160, "ZHANG Yutong"), (330, "Sex:"), (380, "Female")],
    [(40, "ID Card No.:"), (160, "420106199505186027")],
    [(40, "Grade:"), (160, "Level 1, Grade B")],
    [(40, "Score:"), (160, "93.2")],
    [(40, "Date of Test:"), (160, "May 18, 2017")],
    [(40, "Certificate No.:"), (160, "4210117000356")],
    [(40, "Issued by:"), (160, "Hubei Provincial Language Work Committee")],
    "I hereby certify that the above translation is true and faithful to the original.",
    [(40, "Translator:"), (130, "Wuhan Yiwen Translation Co., Ltd. (seal)")],
    [(40, "Date:"), (130, "October 10, 2026")],
]

# --------------------------------------------------------------------------------------------------
# Degrees
# --------------------------------------------------------------------------------------------------

# Hangzhou: a 学士学位证书 in prose with the birth and conferral dates in Chinese numerals, a
# certificate number, and a translation company's English version with US long dates.
DEGREE_CN_ZJU_BILINGUAL: list[Row] = [
    [(250, "学士学位证书")],
    "陈思远，男，一九九五年三月二日生。在浙江大学计算机科学与技术专业完成了本科学业，",
    "成绩合格。依照《中华人民共和国学位条例》的规定，授予工学学士学位。",
    [(40, "浙江大学"), (300, "校长")],
    [(300, "学位评定委员会主席")],
    [(40, "证书编号：1033542017008126"), (330, "二〇一七年六月三十日")],
    "CERTIFIED ENGLISH TRANSLATION",
    "Bachelor's Degree Certificate",
    "CHEN Siyuan, male, born on March 2, 1995, has completed the undergraduate program in",
    "Computer Science and Technology at Zhejiang University with satisfactory results. In",
    "accordance with the Regulations on Academic Degrees of the People's Republic of China, he",
    "is hereby awarded the degree of Bachelor of Engineering.",
    [(40, "Zhejiang University"), (300, "President")],
    [(300, "Chairman, Academic Degree Committee")],
    [(40, "Certificate No.: 1033542017008126"), (330, "June 30, 2017")],
    "We certify that this translation is true and consistent with the Chinese original.",
    [(40, "Hangzhou Zhiyu Translation Co., Ltd. (seal)"), (360, "Date: 2026-09-22")],
]

# Wuhan: a CHSI / 学信网 online degree verification report, Chinese label-left rows with the holder's
# ID, 年月日 dates and an update date, followed by the English version of the same report.
DEGREE_CN_CHSI_VERIFICATION: list[Row] = [
    [(40, "学信网"), (400, "www.chsi.com.cn")],
    "中国高等教育学位在线验证报告",
    [(40, "更新日期："), (110, "2026年09月28日")],
    [(40, "姓名"), (140, "何俊杰"), (300, "性别"), (380, "男")],
    [(40, "证件号码"), (140, "42011119910723651X")],
    [(40, "出生日期"), (140, "1991年07月23日")],
    [(40, "获学位日期"), (140, "2017年06月20日")],
    [(40, "学位授予单位"), (140, "华中科技大学")],
    [(40, "所授学位"), (140, "工学硕士学位")],
    [(40, "学科/专业"), (140, "机械工程")],
    [(40, "学位证书编号"), (140, "1048732017001864")],
    [(40, "在线验证码"), (140, "A7KQ9C2H3XW5F8")],
    "本报告记载的学位信息来源于全国学位授予信息库。验证报告有效期至：2027年03月28日",
    "Online Verification Report of Higher Education Degree",
    [(40, "Name"), (220, "HE Junjie"), (330, "Gender"), (400, "Male")],
    [(40, "Date of Birth"), (220, "July 23, 1991")],
    [(40, "Date of Degree Conferred"), (220, "June 20, 2017")],
    [(40, "Degree Awarding Institution"), (220, "Huazhong University of Science and Technology")],
    [(40, "Degree"), (220, "Master of Engineering")],
    [(40, "Major"), (220, "Mechanical Engineering")],
    [(40, "Degree Certificate No."), (220, "1048732017001864")],
    [(40, "Online Verification Code"), (220, "A7KQ9C2H3XW5F8")],
    "Valid until: March 28, 2027",
]

# Singapore: a centred English PhD parchment ("was conferred the degree of"), the field on its own
# line, the conferral date in prose, signatories and a matriculation and serial number at the foot.
DEGREE_SG_NUS_PHD: list[Row] = [
    [(170, "NATIONAL UNIVERSITY OF SINGAPORE")],
    [(230, "This is to certify that")],
    [(250, "LUO QINGYANG")],
    [(110, "having satisfied all the requirements prescribed by the University")],
    [(210, "was conferred the degree of")],
    [(220, "DOCTOR OF PHILOSOPHY")],
    [(170, "in Chemical and Biomolecular Engineering")],
    [(250, "on 8 July 2021")],
    [(40, "President"), (470, "Registrar")],
    [(40, "Matriculation No. A0176543X"), (400, "Serial No. 21P004318")],
]

# --------------------------------------------------------------------------------------------------
# Transcripts
# --------------------------------------------------------------------------------------------------

# Nanjing: a bilingual undergraduate transcript; label / value pairs with Chinese and English labels,
# graduation and conferral dates side by side, a two-column course table, GPA and a print date.
TRANSCRIPT_CN_NJU_BILINGUAL: list[Row] = [
    [(40, "南京大学本科生成绩单"), (300, "NANJING UNIVERSITY")],
    [(300, "Academic Transcript for Undergraduates")],
    [(40, "姓名 Name"), (130, "刘佳琪 LIU Jiaqi"), (320, "学号 Student No."), (430, "131070254")],
    [(40, "性别 Sex"), (130, "女 Female"), (320, "出生日期 Date of Birth"), (460, "1995-05-09")],
    [(40, "院系 School"), (130, "商学院 Business School")],
    [(40, "专业 Major"), (130, "金融学 Finance")],
    [(40, "学制 Length"), (130, "4年 4 years"), (320, "入学日期 Enrolled"), (440, "2013-09-01")],
    [(40, "学位 Degree"), (130, "经济学学士 Bachelor of Economics")],
    [(40, "毕业日期 Graduated"), (170, "2017-06-30"), (320, "学位授予日期 Conferred"), (470, "2017-06-30")],
    [(40, "课程 Course"), (200, "学分 Cr."), (245, "成绩 Gr."), (300, "课程 Course"), (470, "学分 Cr."),
     (525, "成绩 Gr.")],
    [(40, "高等数学 Calculus"), (210, "5"), (250, "91"), (300, "线性代数 Linear Algebra"), (480, "3"),
     (530, "86")],
    [(40, "微观经济学 Microeconomics"), (210, "3"), (250, "88"), (300, "概率论与数理统计 Statistics"),
     (480, "4"), (530, "89")],
    [(40, "宏观经济学 Macroeconomics"), (210, "3"), (250, "85"), (300, "金融市场学 Financial Markets"),
     (480, "3"), (530, "90")],
    [(40, "计量经济学 Econometrics"), (210, "3"), (250, "90"), (300, "国际金融 International Finance"),
     (480, "3"), (530, "87")],
    [(40, "公司金融 Corporate Finance"), (210, "3"), (250, "87"), (300, "大学英语 College English"),
     (480, "4"), (530, "85")],
    [(40, "投资学 Investments"), (210, "3"), (250, "92"), (300, "毕业论文 Thesis"), (480, "8"),
     (530, "优")],
    [(40, "总学分 Total Credits: 152"), (300, "平均学分绩点 GPA: 3.61 / 4.0")],
    "南京大学教务处（印） Office of Academic Affairs, Nanjing University (Seal)",
    [(40, "打印日期 Date Printed:"), (180, "2026-09-14")],
]  # fmt: skip

# Melbourne: a postgraduate transcript; the student's name with a title, a subject table by year and
# study period (codes, points, marks, grades), the course completion date and then the conferral date.
TRANSCRIPT_AU_UNIMELB: list[Row] = [
    [(40, "THE UNIVERSITY OF MELBOURNE"), (400, "ACADEMIC TRANSCRIPT")],
    [(40, "Student Name"), (170, "Ms Yuqing TAN")],
    [(40, "Student Number"), (170, "1023847")],
    [(40, "Date of Birth"), (170, "11 February 1995")],
    [(40, "Date Printed"), (170, "3 October 2026")],
    "Course: MC-IT Master of Information Technology (Distributed Computing)",
    "Course Status: Completed",
    [(40, "Year"), (80, "Study Period"), (170, "Subject Code"), (250, "Subject Name"), (450, "Points"),
     (500, "Mark"), (545, "Grade")],
    [(40, "2020"), (80, "Semester 1"), (170, "COMP90038"), (250, "Algorithms and Complexity"), (455, "12.50"),
     (505, "81"), (550, "H1")],
    [(40, "2020"), (80, "Semester 1"), (170, "COMP90041"), (250, "Programming and Software Dev."),
     (455, "12.50"), (505, "84"), (550, "H1")],
    [(40, "2020"), (80, "Semester 1"), (170, "COMP90007"), (250, "Internet Technologies"), (455, "12.50"),
     (505, "76"), (550, "H2A")],
    [(40, "2020"), (80, "Semester 1"), (170, "INFO90002"), (250, "Database Systems & Information"),
     (455, "12.50"), (505, "79"), (550, "H2A")],
    [(40, "2020"), (80, "Semester 2"), (170, "COMP90015"), (250, "Distributed Systems"), (455, "12.50"),
     (505, "83"), (550, "H1")],
    [(40, "2020"), (80, "Semester 2"), (170, "COMP90048"), (250, "Declarative Programming"), (455, "12.50"),
     (505, "72"), (550, "H2B")],
    [(40, "2020"), (80, "Semester 2"), (170, "SWEN90016"), (250, "Software Processes & Management"),
     (455, "12.50"), (505, "78"), (550, "H2A")],
    [(40, "2020"), (80, "Semester 2"), (170, "COMP90054"), (250, "AI Planning for Autonomy"), (455, "12.50"),
     (505, "75"), (550, "H2A")],
    [(40, "2021"), (80, "Semester 1"), (170, "COMP90024"), (250, "Cluster and Cloud Computing"),
     (455, "12.50"), (505, "86"), (550, "H1")],
    [(40, "2021"), (80, "Semester 1"), (170, "COMP90043"), (250, "Cryptography and Security"), (455, "12.50"),
     (505, "77"), (550, "H2A")],
    [(40, "2021"), (80, "Semester 1"), (170, "COMP90020"), (250, "Distributed Algorithms"), (455, "12.50"),
     (505, "80"), (550, "H1")],
    [(40, "2021"), (80, "Semester 2"), (170, "COMP90082"), (250, "Software Project"), (455, "25.00"),
     (505, "82"), (550, "H1")],
    [(40, "2021"), (80, "Semester 2"), (170, "COMP90055"), (250, "Computing Project"), (455, "25.00"),
     (505, "79"), (550, "H2A")],
    "Weighted Average Mark: 79.8",
    "Course Completed: 26 November 2021",
    "Award Conferred: Master of Information Technology (Distributed Computing), 15 December 2021",
    "This is an official record of the University of Melbourne. Academic Registrar",
]  # fmt: skip

# San Diego: a graduate transcript in capitals; "LAST, FIRST", US numeric dates, two degrees awarded
# (the PhD and the MS earned on the way, PhD first), a prior institution line, term course lines.
TRANSCRIPT_US_UCSD_PHD: list[Row] = [
    [(40, "UNIVERSITY OF CALIFORNIA, SAN DIEGO"), (380, "OFFICE OF THE REGISTRAR")],
    [(40, "OFFICIAL TRANSCRIPT - GRADUATE"), (380, "9500 GILMAN DRIVE")],
    [(380, "LA JOLLA, CA 92093")],
    [(40, "NAME:"), (120, "FENG, HAOYU"), (300, "STUDENT ID:"), (380, "A53209817")],
    [(40, "BIRTHDATE:"), (120, "09/14/1992"), (300, "DATE ISSUED:"), (380, "09/22/2026")],
    "DEGREES AWARDED",
    [(40, "DOCTOR OF PHILOSOPHY"), (300, "CONFERRED:"), (380, "06/12/2020")],
    [(40, "MAJOR: BIOENGINEERING")],
    [(40, "MASTER OF SCIENCE"), (300, "CONFERRED:"), (380, "06/16/2017")],
    [(40, "MAJOR: BIOENGINEERING")],
    "PRIOR INSTITUTION: SICHUAN UNIVERSITY, CHENGDU, CHINA B.ENG. 2015",
    "FALL 2015 GRADUATE BIOENGINEERING",
    [(40, "BENG 281"), (110, "PROBABILITY & STATISTICS"), (330, "4.00"), (380, "A")],
    [(40, "BENG 230A"), (110, "BIOCHEMISTRY"), (330, "4.00"), (380, "A-")],
    [(40, "BENG 261"), (110, "CELL AND TISSUE ENGINEERING"), (330, "4.00"), (380, "A")],
    "WINTER 2016 GRADUATE BIOENGINEERING",
    [(40, "BENG 282"), (110, "BIOMEDICAL IMAGING"), (330, "4.00"), (380, "A")],
    [(40, "BENG 247A"), (110, "ADVANCED BIOPHOTONICS"), (330, "4.00"), (380, "A")],
    [(40, "BENG 299"), (110, "GRADUATE RESEARCH"), (330, "8.00"), (380, "S")],
    "SPRING 2016 - SPRING 2020 GRADUATE RESEARCH (BENG 299) 96.00 UNITS S",
    "CUMULATIVE GPA: 3.912",
    "*** END OF TRANSCRIPT ***",
]

# --------------------------------------------------------------------------------------------------
# Bank statements
# --------------------------------------------------------------------------------------------------

# Xi'an: an ICBC debit-card history printout in Chinese; colon labels with the 19-digit card number,
# 户名, 币种 人民币, start and end dates, signed amounts in one column, a counterparty column, income and
# expense totals and the closing balance at the foot, a print date and branch.
BANK_CN_ICBC_XIAN: list[Row] = [
    [(40, "中国工商银行"), (300, "借记卡账户历史明细清单")],
    [(40, "卡号："), (80, "6222 0237 0011 4837 596")],
    [(40, "户名："), (80, "王浩然"), (300, "币种："), (340, "人民币"), (420, "钞/汇："), (470, "钞")],
    [(40, "开户网点："), (110, "西安高新技术产业开发区支行")],
    [(40, "起始日期："), (110, "2026-06-01"), (300, "截止日期："), (370, "2026-08-31")],
    [(40, "期初余额："), (110, "126,380.45")],
    [(40, "交易日期"), (110, "摘要"), (190, "交易金额"), (290, "账户余额"), (390, "对方户名")],
    [(40, "2026-06-03"), (110, "消费"), (190, "-1,268.50"), (290, "125,111.95"), (390, "财付通-美团外卖")],
    [(40, "2026-06-10"), (110, "代发工资"), (190, "+42,600.00"), (290, "167,711.95"),
     (390, "西安秦岭芯科技有限公司")],
    [(40, "2026-06-15"), (110, "个贷还款"), (190, "-8,932.17"), (290, "158,779.78"), (390, "个人住房贷款")],
    [(40, "2026-06-21"), (110, "利息"), (190, "+87.36"), (290, "158,867.14")],
    [(40, "2026-06-28"), (110, "转账"), (190, "-15,000.00"), (290, "143,867.14"), (390, "王建平")],
    [(40, "2026-07-10"), (110, "代发工资"), (190, "+42,600.00"), (290, "186,467.14"),
     (390, "西安秦岭芯科技有限公司")],
    [(40, "2026-07-15"), (110, "个贷还款"), (190, "-8,932.17"), (290, "177,534.97"), (390, "个人住房贷款")],
    [(40, "2026-08-10"), (110, "代发工资"), (190, "+42,600.00"), (290, "220,134.97"),
     (390, "西安秦岭芯科技有限公司")],
    [(40, "2026-08-15"), (110, "个贷还款"), (190, "-8,932.17"), (290, "211,202.80"), (390, "个人住房贷款")],
    [(40, "2026-08-26"), (110, "信用卡还款"), (190, "-6,415.83"), (290, "204,786.97"), (390, "工银信用卡")],
    [(40, "收入合计："), (110, "127,887.36"), (300, "支出合计："), (370, "49,480.84")],
    [(40, "期末余额："), (110, "204,786.97")],
    "本清单仅作为客户账户交易的记录，不作为任何收付款的凭证。",
    [(40, "打印日期："), (110, "2026-09-02"), (300, "打印网点："), (370, "西安高新技术产业开发区支行")],
    "中国工商银行股份有限公司西安高新技术产业开发区支行（业务专用章）",
]  # fmt: skip

# Hong Kong: a BOCHK integrated statement for a mainland professional working in Hong Kong; English and
# traditional Chinese labels, a financial position summary (HKD and USD savings, a total in HKD
# equivalent), then each account's table with B/F and C/F rows, deposits and withdrawals columns and
# totals, "01SEP" dates.
BANK_HK_BOCHK_TWO_CURRENCIES: list[Row] = [
    [(40, "中國銀行（香港）有限公司"), (330, "BANK OF CHINA (HONG KONG) LIMITED")],
    "綜合月結單 Integrated Account Statement",
    [(40, "MS ZHAO XINYI"), (330, "Statement Date 結單日期"), (480, "30 SEP 2026")],
    [(40, "FLAT 18B, TOWER 2, THE MERTON"), (330, "Branch 分行"), (480, "Kennedy Town")],
    [(40, "38 NEW PRAYA KENNEDY TOWN"), (330, "Page 頁數"), (480, "1 of 1")],
    [(40, "HONG KONG")],
    [(40, "Statement Period 結單期"), (200, "01 SEP 2026 - 30 SEP 2026")],
    "Financial Position Summary 財務狀況摘要",
    [(40, "Account 戶口"), (220, "Account No. 戶口號碼"), (380, "Currency 貨幣"), (480, "Balance 結餘")],
    [(40, "HKD Savings 港元儲蓄"), (220, "012-582-4-716093"), (380, "HKD"), (480, "110,645.50")],
    [(40, "USD Savings 美元儲蓄"), (220, "012-582-4-716107"), (380, "USD"), (480, "13,261.47")],
    [(40, "Total in HKD equivalent 港元等值總額"), (480, "214,065.07")],
    "HKD Savings 港元儲蓄 012-582-4-716093",
    [(40, "Date 日期"), (110, "Transaction Details 交易摘要"), (300, "Deposit 存入"),
     (390, "Withdrawal 提取"), (490, "Balance 結餘")],
    [(40, "01SEP"), (110, "B/F BALANCE 承上結餘"), (490, "86,420.15")],
    [(40, "01SEP"), (110, "PAYROLL SINO-PAC ASSET MGT"), (300, "68,500.00"), (490, "154,920.15")],
    [(40, "03SEP"), (110, "FPS WONG TAI PROPERTY"), (390, "18,800.00"), (490, "136,120.15")],
    [(40, "08SEP"), (110, "OCTOPUS AAVS"), (390, "500.00"), (490, "135,620.15")],
    [(40, "15SEP"), (110, "BOC CREDIT CARD PAYMENT"), (390, "9,346.72"), (490, "126,273.43")],
    [(40, "22SEP"), (110, "TRF TO USD SAV 716107"), (390, "15,640.00"), (490, "110,633.43")],
    [(40, "30SEP"), (110, "CREDIT INTEREST 利息"), (300, "12.07"), (490, "110,645.50")],
    [(40, "30SEP"), (110, "C/F BALANCE 轉下結餘"), (490, "110,645.50")],
    [(110, "Total 總額"), (300, "68,512.07"), (390, "44,286.72")],
    "USD Savings 美元儲蓄 012-582-4-716107",
    [(40, "Date 日期"), (110, "Transaction Details 交易摘要"), (300, "Deposit 存入"),
     (390, "Withdrawal 提取"), (490, "Balance 結餘")],
    [(40, "01SEP"), (110, "B/F BALANCE 承上結餘"), (490, "12,508.33")],
    [(40, "22SEP"), (110, "TRF FROM HKD SAV 716093"), (300, "2,000.00"), (490, "14,508.33")],
    [(40, "25SEP"), (110, "TT OUTWARD CHASE NY"), (390, "1,250.00"), (490, "13,258.33")],
    [(40, "30SEP"), (110, "CREDIT INTEREST 利息"), (300, "3.14"), (490, "13,261.47")],
    [(40, "30SEP"), (110, "C/F BALANCE 轉下結餘"), (490, "13,261.47")],
    [(110, "Total 總額"), (300, "2,003.14"), (390, "1,250.00")],
    "Reference exchange rate 參考匯率: USD 1 = HKD 7.7985",
    "Please examine this statement and report any discrepancy to the Bank within 90 days.",
]  # fmt: skip

# Suzhou: a Bank of Communications statement with Chinese and English labels, the holder in hanzi and
# pinyin, slash dates, separate credit and debit columns, an opening row, totals and a closing line.
BANK_CN_BOCOM_SUZHOU: list[Row] = [
    [(40, "交通银行"), (100, "BANK OF COMMUNICATIONS"), (380, "交通银行苏州分行")],
    "个人账户对账单 Personal Account Statement",
    [(40, "户名 Name:"), (150, "孙明哲 SUN MINGZHE")],
    [(40, "账号 Account No.:"), (150, "6222 6209 1002 3386 715")],
    [(40, "币种 Currency:"), (150, "人民币 CNY"), (330, "账户类型 Type:"), (430, "借记卡 Debit Card")],
    [(40, "起止日期 Period:"), (150, "2026/07/01 - 2026/09/30")],
    [(40, "开户行 Branch:"), (150, "苏州工业园区支行 Suzhou Industrial Park Sub-branch")],
    [(40, "日期 Date"), (120, "摘要 Description"), (300, "收入 Credit"), (390, "支出 Debit"),
     (480, "余额 Balance")],
    [(40, "2026/07/01"), (120, "上期余额 Opening"), (480, "58,216.90")],
    [(40, "2026/07/05"), (120, "工资 Salary"), (300, "31,250.00"), (480, "89,466.90")],
    [(40, "2026/07/08"), (120, "支付宝 Alipay"), (390, "2,316.45"), (480, "87,150.45")],
    [(40, "2026/07/20"), (120, "ATM取款 ATM Withdrawal"), (390, "2,000.00"), (480, "85,150.45")],
    [(40, "2026/08/05"), (120, "工资 Salary"), (300, "31,250.00"), (480, "116,400.45")],
    [(40, "2026/08/18"), (120, "财付通 WeChat Pay"), (390, "3,872.10"), (480, "112,528.35")],
    [(40, "2026/08/30"), (120, "保险费 Insurance"), (390, "5,600.00"), (480, "106,928.35")],
    [(40, "2026/09/05"), (120, "工资 Salary"), (300, "31,250.00"), (480, "138,178.35")],
    [(40, "2026/09/21"), (120, "结息 Interest"), (300, "41.27"), (480, "138,219.62")],
    [(40, "2026/09/25"), (120, "转账 Transfer"), (390, "10,000.00"), (480, "128,219.62")],
    [(40, "合计 Total"), (300, "93,791.27"), (390, "23,788.55")],
    [(40, "期末余额 Closing Balance:"), (200, "128,219.62")],
    "如对本对账单有疑问，请于收到后30日内致电95559。",
    "Please contact 95559 within 30 days if you have any questions about this statement.",
    [(40, "交通银行股份有限公司苏州分行（电子印章）"), (380, "2026/10/08")],
]  # fmt: skip

# --------------------------------------------------------------------------------------------------
# Reference letters
# --------------------------------------------------------------------------------------------------

# Shenzhen: a 在职证明 on letterhead for a current technical director ("至今", reports to the CTO,
# leads 25 people) with the ID number and monthly salary, then a certified English translation dated
# three days after the letter.
REF_CN_SZ_ZAIZHI_BILINGUAL: list[Row] = [
    "深圳鹏程智联科技有限公司",
    "Shenzhen Pengcheng Zhilian Technology Co., Ltd.",
    "地址：广东省深圳市南山区粤海街道科技南十二路18号 邮编：518057",
    [(260, "在职证明")],
    "兹证明 林志远 先生（身份证号码：440305198710254416）自 2014年8月4日 起在我公司工作至今，",
    "现任 研发中心技术总监，负责自动驾驶感知算法团队（25人）的技术及人员管理工作，直接向公司",
    "首席技术官汇报。该员工目前月薪为人民币 65,000 元（税前）。",
    "特此证明。",
    "本证明仅用于申请香港优秀人才入境计划，不作其他用途。",
    [(330, "深圳鹏程智联科技有限公司（盖章）")],
    [(330, "人力资源部")],
    [(330, "2026年10月12日")],
    [(40, "联系人：陈女士"), (200, "联系电话：0755-8666 2310")],
    "[English Translation]",
    [(230, "Certificate of Employment")],
    "This is to certify that Mr. LIN Zhiyuan (ID Card No.: 440305198710254416) has been working",
    "for our company since August 4, 2014 up to the present. He currently serves as Technical",
    "Director of the R&D Center, responsible for the technical and personnel management of the",
    "autonomous driving perception algorithm team (25 people), and reports directly to the Chief",
    "Technology Officer of the company. His current monthly salary is RMB 65,000 (before tax).",
    "This certificate is issued solely for his application under the Quality Migrant Admission",
    "Scheme of Hong Kong and for no other purpose.",
    [(330, "Shenzhen Pengcheng Zhilian Technology")],
    [(330, "Co., Ltd. (Company Seal)")],
    [(330, "Human Resources Department")],
    [(330, "October 12, 2026")],
    "Translator's declaration: I certify that this is a true and complete translation of the",
    "Chinese original. Translated by Shenzhen Yixin Translation Co., Ltd. on October 15, 2026.",
]

# Chengdu: a Chinese-only 工作证明 for a former software engineer; the company and its credit code at
# the head, prose with the period "2015年7月6日 至 2021年3月31日", income, reason for leaving, and the
# company, address, handler and date as colon lines at the foot.
REF_CN_CD_GONGZUO_FORMER: list[Row] = [
    "成都天府云数科技有限公司",
    "统一社会信用代码：91510100MA6C8Y2K7P",
    [(260, "工作证明")],
    "兹证明 罗文博，男，身份证号码 510107199003143519，于 2015年7月6日 至 2021年3月31日",
    "在我单位工作，任软件研发部 软件工程师，主要从事企业云平台后端开发工作。",
    "在职期间月均税前收入为人民币 18,500 元。该同志在职期间遵纪守法，工作认真负责。",
    "因个人原因于 2021年3月31日 离职，已办理完离职手续，与我单位无劳动纠纷。",
    "特此证明。",
    [(300, "单位名称（盖章）：成都天府云数科技有限公司")],
    [(300, "单位地址：成都市高新区天府大道中段1268号")],
    [(300, "经办人：何丽 电话：028-8531 6620")],
    [(300, "日期：2026年10月20日")],
]

# Tokyo: a Japanese company's 在籍証明書 / Certificate of Employment in English with Japanese; the issue
# date in both, prose with day-month-year dates and the Japanese period in brackets, a positions table
# (software engineer, then section manager 課長 leading 14), signed by the HR manager.
REF_JP_TOKYO_ZAISEKI: list[Row] = [
    "株式会社さくらモビリティシステムズ",
    "Sakura Mobility Systems Co., Ltd.",
    "〒108-0023 東京都港区芝浦3-4-1 / 3-4-1 Shibaura, Minato-ku, Tokyo 108-0023, Japan",
    [(340, "発行日：2026年9月30日")],
    [(340, "Date: 30 September 2026")],
    [(250, "在籍証明書")],
    [(200, "Certificate of Employment")],
    "To whom it may concern,",
    "We hereby certify that Mr. ZHOU Kai (周凯), holder of PRC passport no. EA3391026, was employed",
    "by Sakura Mobility Systems Co., Ltd. as a full-time regular employee from 1 April 2016 to",
    "31 August 2023 (在籍期間：2016年4月1日～2023年8月31日).",
    "Positions held:",
    [(60, "April 2016 - March 2019"), (230, "Software Engineer, Connected Vehicle Department")],
    [(60, "April 2019 - August 2023"), (230, "Section Manager (課長), Connected Vehicle Platform Section")],
    "As Section Manager, Mr. Zhou led a team of 14 engineers responsible for our over-the-air",
    "update platform and reported to the General Manager of the Connected Vehicle Division.",
    "He left the company at his own request.",
    "Should you require further information, please contact the Human Resources Department at",
    "hr-cert@sakura-mobility.co.jp.",
    [(330, "Human Resources Department")],
    [(330, "Manager Yuki TANAKA (印)")],
    [(330, "人事部 部長 田中 由紀")],
]

# --------------------------------------------------------------------------------------------------
# PRC ID cards
# --------------------------------------------------------------------------------------------------

# Wuhan: the applicant's and the spouse's cards copied on one sheet, each front with its back to the
# right (issuing authority, validity), the birth date in spaced parts, an X check character, and the
# applicant's signed "true copy" line.
PRC_WH_APPLICANT_AND_SPOUSE: list[Row] = [
    "居民身份证复印件 ID Card Copies (Applicant and Spouse)",
    "申请人 Applicant",
    [(40, "姓名"), (90, "何俊杰"), (330, "中华人民共和国")],
    [(40, "性别"), (90, "男"), (150, "民族"), (200, "汉"), (330, "居民身份证")],
    [(40, "出生"), (90, "1991 年 7 月 23 日")],
    [(40, "住址"), (90, "湖北省武汉市洪山区珞喻路"), (330, "签发机关"), (390, "武汉市公安局洪山分局")],
    [(90, "1037号华中科技大学"), (330, "有效期限"), (390, "2018.05.14-2038.05.14")],
    [(40, "公民身份号码"), (130, "42011119910723651X")],
    "配偶 Spouse",
    [(40, "姓名"), (90, "杜欣然"), (330, "中华人民共和国")],
    [(40, "性别"), (90, "女"), (150, "民族"), (200, "汉"), (330, "居民身份证")],
    [(40, "出生"), (90, "1992 年 11 月 3 日")],
    [(40, "住址"), (90, "湖北省武汉市江岸区沿江大道"), (330, "签发机关"), (390, "武汉市公安局江岸分局")],
    [(90, "188号"), (330, "有效期限"), (390, "2020.08.21-2040.08.21")],
    [(40, "公民身份号码"), (130, "420102199211033222")],
    "以上复印件与原件相符。 本人签名：何俊杰 2026年10月8日",
]

# Shenzhen: a translation company's English translation of a card (front and back), a US long birth
# date, the translator's statement, CATTI number and date, with the Chinese original's fields below.
PRC_SZ_TRANSLATION: list[Row] = [
    "Shenzhen Huayu Translation Service Co., Ltd.",
    [(250, "TRANSLATION")],
    "Resident Identity Card of the People's Republic of China",
    "(Front side)",
    [(40, "Name"), (200, "LIN Xiaoyu")],
    [(40, "Sex"), (200, "Female"), (330, "Ethnicity"), (420, "Han")],
    [(40, "Date of Birth"), (200, "November 15, 1993")],
    [(40, "Address"), (200, "Room 1203, Building 6, Haiyue Garden,")],
    [(200, "Nanshan District, Shenzhen, Guangdong")],
    [(40, "Citizen ID Number"), (200, "440305199311150040")],
    "(Back side)",
    [(40, "Issuing Authority"), (200, "Nanshan Branch, Shenzhen Public Security Bureau")],
    [(40, "Valid Period"), (200, "2019.06.20 - 2029.06.20")],
    "Translator's Statement",
    "I hereby certify that the above is a true and accurate English translation of the attached",
    "Resident Identity Card of LIN Xiaoyu.",
    [(40, "Translator"), (200, "ZHENG Hui")],
    [(40, "CATTI Certificate No."), (200, "1803440311000517")],
    [(40, "Date"), (200, "October 9, 2026")],
    "Shenzhen Huayu Translation Service Co., Ltd. (Special Seal for Translation)",
    "Attached original: 姓名 林晓雨 性别 女 民族 汉 出生 1993年11月15日",
    "住址 深圳市南山区海月花园6栋1203 公民身份号码 440305199311150040",
]

# Nanjing: a temporary resident ID card (leap-day birth, three-month validity) scanned with the
# application receipt for the permanent card, which names a proxy collector (the father) and his ID.
PRC_NJ_TEMPORARY_WITH_RECEIPT: list[Row] = [
    [(220, "临时居民身份证")],
    [(40, "姓名"), (100, "吴诗涵")],
    [(40, "性别"), (100, "女"), (180, "民族"), (230, "汉")],
    [(40, "出生"), (100, "1996年2月29日")],
    [(40, "住址"), (100, "江苏省南京市鼓楼区汉中门大街58号")],
    [(100, "3幢602室")],
    [(40, "公民身份号码"), (130, "320106199602290025")],
    [(40, "签发机关"), (100, "南京市公安局鼓楼分局")],
    [(40, "有效期限"), (100, "2026.09.10-2026.12.10")],
    "居民身份证申领受理回执",
    [(40, "受理编号"), (130, "NJGL-20260910-0173")],
    [(40, "申领人"), (130, "吴诗涵"), (260, "公民身份号码"), (350, "320106199602290025")],
    [(40, "代领人"), (130, "吴建国"), (260, "公民身份号码"), (350, "320106196805170038")],
    [(40, "与申领人关系"), (130, "父女")],
    [(40, "申领原因"), (130, "换领（有效期满）")],
    [(40, "受理日期"), (130, "2026年09月10日"), (260, "领证日期"), (350, "2026年10月10日")],
    [(40, "受理单位"), (130, "南京市公安局鼓楼分局宁海路派出所")],
    "请凭此回执及临时居民身份证领取居民身份证。",
]

# Valid PRC ID numbers of other people printed in the family's documents: the spouse on the Wuhan
# sheet, the father collecting the Nanjing card.
DISTRACTOR_PRC_IDS = ["420102199211033222", "320106196805170038"]

# --------------------------------------------------------------------------------------------------
# The cases
# --------------------------------------------------------------------------------------------------

CASES: list[tuple[str, DocType, list[Row], dict[str, Any]]] = [
    ("ad_ielts_cn_beijing_etrf", DocType.ielts, IELTS_CN_BEIJING_ETRF, {
        "candidate_name": "JIAHUI GUO", "date_of_birth": "1994-04-07", "overall": 7.5, "listening": 8.0,
        "reading": 7.5, "writing": 6.5, "speaking": 7.0, "test_date": "2025-09-13",
        "trf_number": "25CN004217GUOJ001A", "module": "academic"}),
    ("ad_ielts_au_melbourne_gt", DocType.ielts, IELTS_AU_MELBOURNE_GT, {
        "candidate_name": "MINGXUAN ZHU", "date_of_birth": "1989-11-22", "overall": 7.5, "listening": 8.5,
        "reading": 7.0, "writing": 6.5, "speaking": 7.5, "test_date": "2025-06-28",
        "trf_number": "25AU760118ZHUM004G", "module": "general_training"}),
    ("ad_ielts_uk_ukvi_colon", DocType.ielts, IELTS_UK_UKVI_COLON, {
        "candidate_name": "HAORAN SHEN", "date_of_birth": "1991-08-30", "overall": 7.0, "listening": 7.0,
        "reading": 7.0, "writing": 6.5, "speaking": 6.5, "test_date": "2024-12-14",
        "trf_number": "24GB012336SHEH003A", "module": "academic"}),
    ("ad_toefl_cn_shanghai_mybest", DocType.toefl, TOEFL_CN_SHANGHAI_MYBEST, {
        "candidate_name": "Yifan Zhao", "date_of_birth": "1997-08-03", "total": 102, "reading": 28,
        "listening": 27, "speaking": 22, "writing": 25, "test_date": "2025-10-11", "scale": "0-120"}),
    ("ad_toefl_cn_hangzhou_bands_2026", DocType.toefl, TOEFL_CN_HANGZHOU_BANDS_2026, {
        "candidate_name": "Zixuan Huang", "date_of_birth": "1998-12-19", "total": 5.5, "reading": 5.5,
        "listening": 6.0, "speaking": 4.5, "writing": 5.0, "test_date": "2026-03-07", "scale": "1-6"}),
    ("ad_toefl_ca_toronto_institution", DocType.toefl, TOEFL_CA_TORONTO_INSTITUTION, {
        "candidate_name": "Wenjie Xu", "date_of_birth": "1993-05-27", "total": 103, "reading": 26,
        "listening": 29, "speaking": 23, "writing": 25, "test_date": "2024-02-17", "scale": "0-120"}),
    ("ad_hsk5_kr_seoul", DocType.hsk, HSK5_KR_SEOUL, {
        "candidate_name": ("PARK JIHOON", "박지훈"), "level": 5, "total": 258, "listening": 88,
        "reading": 91, "writing": 79, "test_date": "2025-03-16", "certificate_number": "H52503161047"}),
    ("ad_hsk4_us_blcu", DocType.hsk, HSK4_US_BLCU, {
        "candidate_name": "JACOB ANDREW MILLER", "level": 4, "total": 248, "listening": 85, "reading": 92,
        "writing": 71, "test_date": "2025-05-18", "certificate_number": "H42505180362"}),
    ("ad_hsk2_au_inquiry", DocType.hsk, HSK2_AU_INQUIRY, {
        "candidate_name": "GRACE ELEANOR THOMPSON", "level": 2, "total": 179, "listening": 92,
        "reading": 87, "writing": None, "test_date": "2025-10-19", "certificate_number": "H22510190517"}),
    ("ad_psc_sh_certificate", DocType.psc, PSC_SH_CERTIFICATE, {
        "candidate_name": "顾晨曦", "grade": "二级甲等", "test_date": "2015-12-19",
        "certificate_number": "3100115004873"}),
    ("ad_psc_gd_query_pairs", DocType.psc, PSC_GD_QUERY_PAIRS, {
        "candidate_name": "梁嘉欣", "grade": "二级乙等", "test_date": "2019-04-13",
        "certificate_number": "4400119007215"}),
    ("ad_psc_hb_translation", DocType.psc, PSC_HB_TRANSLATION, {
        "candidate_name": ("张雨桐", "ZHANG Yutong"), "grade": "一级乙等", "test_date": "2017-05-18",
        "certificate_number": "4210117000356"}),
    ("ad_degree_cn_zju_bilingual", DocType.degree, DEGREE_CN_ZJU_BILINGUAL, {
        "holder_name": ("陈思远", "CHEN Siyuan"), "level": "bachelor",
        "title": ("工学学士", "Bachelor of Engineering"),
        "field": ("计算机科学与技术", "Computer Science and Technology"),
        "institution": ("浙江大学", "Zhejiang University"), "award_date": "2017-06-30"}),
    ("ad_degree_cn_chsi_verification", DocType.degree, DEGREE_CN_CHSI_VERIFICATION, {
        "holder_name": ("何俊杰", "HE Junjie"), "level": "master",
        "title": ("工学硕士", "工学硕士学位", "Master of Engineering"),
        "field": ("机械工程", "Mechanical Engineering"),
        "institution": ("华中科技大学", "Huazhong University of Science and Technology"),
        "award_date": "2017-06-20"}),
    ("ad_degree_sg_nus_phd", DocType.degree, DEGREE_SG_NUS_PHD, {
        "holder_name": "LUO QINGYANG", "level": "doctorate", "title": "Doctor of Philosophy",
        "field": "Chemical and Biomolecular Engineering", "institution": "National University of Singapore",
        "award_date": "2021-07-08"}),
    ("ad_transcript_cn_nju_bilingual", DocType.transcript, TRANSCRIPT_CN_NJU_BILINGUAL, {
        "holder_name": ("刘佳琪", "LIU Jiaqi"), "institution": ("南京大学", "Nanjing University"),
        "level": "bachelor", "award_date": "2017-06-30"}),
    ("ad_transcript_au_unimelb", DocType.transcript, TRANSCRIPT_AU_UNIMELB, {
        "holder_name": "Yuqing TAN", "institution": "The University of Melbourne", "level": "master",
        "award_date": "2021-12-15"}),
    ("ad_transcript_us_ucsd_phd", DocType.transcript, TRANSCRIPT_US_UCSD_PHD, {
        "holder_name": "Haoyu FENG",
        "institution": ("University of California, San Diego", "University of California San Diego"),
        "level": "doctorate", "award_date": "2020-06-12"}),
    ("ad_bank_cn_icbc_xian", DocType.bank_statement, BANK_CN_ICBC_XIAN, {
        "holder_name": "王浩然",
        "bank_name": ("中国工商银行", "中国工商银行股份有限公司", "Industrial and Commercial Bank of China"),
        "account_number_last4": "7596", "currency": "CNY", "statement_start": "2026-06-01",
        "statement_end": "2026-08-31", "closing_balance": 204786.97}),
    ("ad_bank_hk_bochk_two_currencies", DocType.bank_statement, BANK_HK_BOCHK_TWO_CURRENCIES, {
        "holder_name": "ZHAO XINYI",
        "bank_name": ("Bank of China (Hong Kong) Limited", "Bank of China (Hong Kong)",
                      "中國銀行（香港）有限公司"),
        "account_number_last4": ("6093", "6107"), "currency": ("HKD", "USD"),
        "statement_start": "2026-09-01", "statement_end": "2026-09-30",
        "closing_balance": (110645.50, 13261.47)}),
    ("ad_bank_cn_bocom_suzhou", DocType.bank_statement, BANK_CN_BOCOM_SUZHOU, {
        "holder_name": ("孙明哲", "SUN MINGZHE"),
        "bank_name": ("交通银行", "Bank of Communications", "交通银行股份有限公司"),
        "account_number_last4": "6715", "currency": "CNY", "statement_start": "2026-07-01",
        "statement_end": "2026-09-30", "closing_balance": 128219.62}),
    ("ad_ref_cn_sz_zaizhi_bilingual", DocType.reference_letter, REF_CN_SZ_ZAIZHI_BILINGUAL, {
        "employee_name": ("林志远", "LIN Zhiyuan"),
        "employer": ("深圳鹏程智联科技有限公司", "Shenzhen Pengcheng Zhilian Technology Co., Ltd."),
        "position": ("技术总监", "研发中心技术总监", "Technical Director",
                     "Technical Director of the R&D Center"),
        "start_date": "2014-08-04", "end_date": None, "country": "CHN", "letter_date": "2026-10-12",
        "senior_role": True}),
    ("ad_ref_cn_cd_gongzuo_former", DocType.reference_letter, REF_CN_CD_GONGZUO_FORMER, {
        "employee_name": "罗文博", "employer": "成都天府云数科技有限公司",
        "position": ("软件工程师", "软件研发部软件工程师", "软件研发部 软件工程师"),
        "start_date": "2015-07-06", "end_date": "2021-03-31", "country": "CHN",
        "letter_date": "2026-10-20", "senior_role": False}),
    ("ad_ref_jp_tokyo_zaiseki", DocType.reference_letter, REF_JP_TOKYO_ZAISEKI, {
        "employee_name": ("ZHOU Kai", "周凯"),
        "employer": ("Sakura Mobility Systems Co., Ltd.", "株式会社さくらモビリティシステムズ"),
        "position": ("Section Manager", "Section Manager (課長)", "課長",
                     "Section Manager, Connected Vehicle Platform Section",
                     "Section Manager (課長), Connected Vehicle Platform Section"),
        "start_date": "2016-04-01", "end_date": "2023-08-31", "country": "JPN",
        "letter_date": "2026-09-30", "senior_role": True}),
    ("ad_prc_wh_applicant_and_spouse", DocType.prc_id_card, PRC_WH_APPLICANT_AND_SPOUSE, {
        "name": "何俊杰", "id_number": "42011119910723651X", "date_of_birth": "1991-07-23", "sex": "M"}),
    ("ad_prc_sz_translation", DocType.prc_id_card, PRC_SZ_TRANSLATION, {
        "name": ("林晓雨", "LIN Xiaoyu"), "id_number": "440305199311150040", "date_of_birth": "1993-11-15",
        "sex": "F"}),
    ("ad_prc_nj_temporary_with_receipt", DocType.prc_id_card, PRC_NJ_TEMPORARY_WITH_RECEIPT, {
        "name": "吴诗涵", "id_number": "320106199602290025", "date_of_birth": "1996-02-29", "sex": "F"}),
]  # fmt: skip

# Every account of every statement: (opening, transactions in order, closing)
BANK_ARITHMETIC: dict[str, list[tuple[float, list[float], float]]] = {
    "ad_bank_cn_icbc_xian": [
        (126380.45, [-1268.50, 42600.00, -8932.17, 87.36, -15000.00, 42600.00, -8932.17, 42600.00, -8932.17,
                     -6415.83], 204786.97),
    ],
    "ad_bank_hk_bochk_two_currencies": [
        (86420.15, [68500.00, -18800.00, -500.00, -9346.72, -15640.00, 12.07], 110645.50),
        (12508.33, [2000.00, -1250.00, 3.14], 13261.47),
    ],
    "ad_bank_cn_bocom_suzhou": [
        (58216.90, [31250.00, -2316.45, -2000.00, 31250.00, -3872.10, -5600.00, 31250.00, 41.27, -10000.00],
         128219.62),
    ],
}  # fmt: skip


def score() -> tuple[int, int, list[tuple], list[tuple]]:
    """(right, total, misses, wrong_accepted) over every expected fact of every case."""
    return harness.score(CASES)


# --------------------------------------------------------------------------------------------------
# Self-consistency of the documents themselves
# --------------------------------------------------------------------------------------------------


def test_issuer_family_ad_documents_are_self_consistent() -> None:
    harness.check_consistent_family(CASES, BANK_ARITHMETIC, DISTRACTOR_PRC_IDS)


def test_issuer_family_ad_scores_at_least_90_percent() -> None:
    right, total, misses, _ = score()
    assert total == FIRST_CONTACT["total"]
    assert right / total >= 0.90, f"{right}/{total}; misses: {misses}"


def test_issuer_family_ad_never_falls_below_its_figure_after_the_fixes() -> None:
    right, total, misses, _ = score()
    assert total == FIRST_CONTACT["total"]
    assert right >= AFTER_FIXES, f"{right}/{total}; misses: {misses}"


def test_issuer_family_ad_accepts_no_wrong_value() -> None:
    _, _, _, wrong_accepted = score()
    assert not wrong_accepted, wrong_accepted


if __name__ == "__main__":
    right, total, misses, wrong_accepted = score()
    print(f"issuer family AD: {right}/{total} = {100 * right / total:.1f}%")
    print(f"wrong values accepted: {len(wrong_accepted)}")
    for label, field, want, got, status in misses:
        shown = getattr(status, "value", status)
        print(f"  MISS {label:40} {field:22} expected={want!r} got={got!r} status={shown}")
