"""Issuer family AJ: 27 held-out documents written blind, to measure generalisation.

Written by a helper session under independence rules: it did not open the extractors, the readers,
the validators, the scoring code, the pipeline, the flows, the bench, the scripts, the docs folder,
the sample-document generator, the tests of rules, or the documents of any other test family
(family Z was read for the structure of its module; a glance at its last lines while reading that
structure showed a few of its PRC card rows, which were not copied), and it ran no git log, diff,
show or blame; it read only the output contract, DOCUMENTS.md, core/models.py, the page builder in
test_extract_toolkit.py, the spelling of values in sample_docs/truth, and the shared comparison
harness (reused unchanged). The documents and their expected values were written first, passed the
self-consistency test at the first run without a change, and were not changed after the first score.

Theme: Hong Kong. Graduates of Hong Kong universities (HKU, CUHK, CityU, Lingnan, EdUHK; HKBU and
HKMU as a score recipient and an employer), statements from a Hong Kong bank, letters from Hong Kong
employers, people from Guangdong (Dongguan, Zhuhai, Shantou, Shenzhen) and Chinese Singaporeans and
Malaysians; English-only, traditional Chinese / English, simplified Chinese / English and
Chinese-only documents; HKD, SGD, CNY and MYR. What varies per kind:
- IELTS: a Hong Kong Academic TRF with the four bands, overall and CEFR level on one row and a note
  naming both modules; a Malaysian computer-delivered Academic e-TRF with two columns of colon pairs,
  a dashed day-first birth date and the bands under their skill names; a Guangzhou General Training
  TRF for a Zhuhai candidate with every caption on the row above its value.
- TOEFL: a Hong Kong test taker report with test-date and MyBest columns, US long dates and score
  recipients with codes; a Singapore 2026 report on the 1-6 scale with the 0-120 equivalents and CEFR
  levels in further columns (expected on the 1-6 scale, as the sample truth records such a report);
  a Dongguan institutional report with captions over values and a "valid through" date.
- HSK: a bilingual Kuala Lumpur HSK 5 report with a full-marks row above the candidate's scores and
  the Chinese name on its own row; a Singapore HSK 6 report of "Label: value" lines, dotted dates
  and "92 / 100" scores; a Chinese-only online query printout of a Malaysian's HSK 2 taken in Hong
  Kong (no writing), with a print time.
- PSC: a Chinese-only Shenzhen paper certificate with the holder's PRC ID, the score in 分 and an
  issue date; a Zhuhai electronic certificate with ISO dates, the certificate number first and a
  generation time; a Hong Kong test station certificate with English beside every Chinese label.
- Degrees: an HKU BEng in English prose (field on the line after the degree, honours, congregation
  date in the sentence); a CityU PhD in traditional Chinese and English, the holder's name in
  traditional characters, the Chinese date in Chinese numerals; a Chinese-only Shantou University
  master's certificate (工学硕士, 机械工程) with the birth and award dates in Chinese numerals.
- Transcripts: a CUHK PhD transcript with dd-Mon-yyyy dates, an oral examination date and the date
  of conferment; a Lingnan BBA transcript with captions above values and a slashed date of award; a
  bilingual EdUHK MEd transcript with dashed dates and the date of award after the GPA.
- Bank statements: a Hong Kong bilingual integrated account (HKD and SGD savings under one number,
  a summary in HKD equivalents, deposit and withdrawal columns, dates without years); a Dongguan
  Chinese-only transaction list with "户名：" style tokens, one signed amount column and totals
  with counts; a Malaysian Malay / English statement with two-digit years and trailing -/+ signs.
- Reference letters: a Hong Kong English prose letter for a Malaysian vice president still employed
  (senior, no end date); a bilingual HKMU certificate of service for a former research assistant
  professor (not senior), signed by an HR director; a Chinese-only Zhuhai 离职证明 in one paragraph
  for a former finance department manager who led a team of 8 (senior), with his PRC ID.
- PRC ID cards: a Dongguan photocopy with the back and the front side by side, so each line mixes
  the two sides; a Zhuhai electronic licence from the Guangdong government app with an ISO birth
  date; a Shantou card copy certified by a Hong Kong solicitor, the number repeated in English.

First contact (2026-11-28): 172/180 = 95.6%, no wrong value accepted. Misses: the Hong Kong IELTS
module (ACADEMIC printed alone on the second row, with a note below naming both modules) not read;
the CityU PhD field ("Materials Science and Engineering" on its own line after "programme of research
in") not read; the HKMU employer (the bilingual university name in the letterhead) not read; and the
Zhuhai 离职证明 read only for name, country and letter date: its employer (in the signature block),
position (财务部经理, the later of two posts), start date (2014年3月3日), end date (2025年11月30日)
and senior role were not read. No expected value or document was changed after first contact.

Written against commit 6a1e63f.

The extractors were then fixed with general rules (tests/test_families_ai_aj_rules.py): "the approved
programme of research in" names the field on the next line; posts held in turn ("先后担任会计主管、
财务部经理") give the last, and a list of duties no post; a company line over its seal's mark
("（盖章）" on the line under it) is the employer. That reached 178/180, none accepted wrong; the
Hong Kong IELTS module (a lone "ACADEMIC" over a note naming both modules) and the HKMU letterhead's
bilingual university name as employer stay unread.
"""

from __future__ import annotations

from typing import Any

from core.models import DocType
from tests import issuer_family_harness as harness
from tests.issuer_family_harness import Row

FIRST_CONTACT = {"date": "2026-11-28", "right": 172, "total": 180, "wrong_accepted": 0}
AFTER_FIXES = 178

# --------------------------------------------------------------------------------------------------
# IELTS
# --------------------------------------------------------------------------------------------------

# Hong Kong: a mainland student's Academic TRF from the Hong Kong centre; the four bands, the overall
# and the CEFR level all on one row, dates as "16/AUG/2025", an administrator's date under it.
IELTS_HK_ACADEMIC_TRF: list[Row] = [
    [(40, "IELTS"), (330, "TEST REPORT FORM")],
    [(40, "ACADEMIC")],
    "NOTE Admission to undergraduate and postgraduate courses should be based on the ACADEMIC",
    "Reading and Writing Modules. GENERAL TRAINING is not designed to test full academic ability.",
    [(40, "Centre Number"), (130, "HK011"), (200, "Date"),
        (240, "16/AUG/2025"), (360, "Candidate Number"), (470, "011853")],
    "Candidate Details",
    [(40, "Family Name"), (200, "SHEN")],
    [(40, "First Name(s)"), (200, "RUOXI")],
    [(40, "Candidate ID"), (200, "EJ5128306")],
    [(40, "Date of Birth"), (200, "17/05/2001"), (330, "Sex (M/F)"), (400, "F")],
    [(40, "Scheme Code"), (200, "Private Candidate")],
    [(40, "Country or Region of Origin"), (220, "CHINA (PEOPLE'S REPUBLIC OF)")],
    [(40, "Country of Nationality"), (220, "CHINA (PEOPLE'S REPUBLIC OF)")],
    [(40, "First Language"), (220, "CHINESE")],
    "Test Results",
    [(40, "Listening"), (100, "8.0"), (126, "Reading"), (174, "7.5"), (200, "Writing"), (250, "6.5"),
        (276, "Speaking"), (330, "7.0"), (360, "Overall Band Score"), (474, "7.5"),
        (500, "CEFR Level"), (566, "C1")],
    "",
    [(40, "Administrator Comments"), (360, "Centre stamp"), (470, "Validation stamp")],
    "",
    [(40, "Administrator's Signature"), (360, "Date"), (400, "29/08/2025")],
    [(40, "Test Report Form Number"), (200, "25HK011853SHEN007A")],
]  # fmt: skip

# Malaysia: a computer-delivered Academic e-TRF; colon pairs in two columns with the DOB dashed
# day first, the bands under their skill names, a date of issue.
IELTS_MY_COMPUTER_ETRF: list[Row] = [
    [(40, "IELTS"), (400, "Test Report Form")],
    [(40, "Academic"), (400, "Computer-delivered")],
    [(40, "Test centre:"), (130, "MY035  Kuala Lumpur, Malaysia")],
    [(40, "Test date:"), (130, "10 January 2026"), (300, "Candidate no.:"), (400, "004518")],
    "",
    [(40, "Family name:"), (130, "WONG"), (300, "Given name(s):"), (400, "MEI LING")],
    [(40, "Date of birth:"), (130, "19-04-1993"), (300, "Sex:"), (400, "Female")],
    [(40, "Passport no.:"), (130, "A51829047"), (300, "Nationality:"), (400, "MALAYSIA")],
    [(40, "First language:"), (140, "Chinese"), (300, "Country/region:"), (400, "MALAYSIA")],
    "",
    "RESULTS",
    [(40, "Listening"), (130, "Reading"), (220, "Writing"), (310, "Speaking"), (400, "Overall Band Score")],
    [(55, "6.5"), (140, "7.0"), (230, "6.0"), (320, "6.5"), (440, "6.5")],
    [(400, "CEFR level: B2")],
    "",
    [(40, "Test Report Form no.:"), (180, "26MY004518WONG102A")],
    [(40, "Date of issue:"), (180, "23 January 2026")],
    "Results can be verified online at the IELTS Results Verification Service.",
]  # fmt: skip

# Guangzhou centre: a General Training TRF for a Zhuhai candidate, every caption in the row above its
# value, the bands and the overall in a table of captions over values.
IELTS_CN_GT_CAPTIONS_ABOVE: list[Row] = [
    [(40, "IELTS"), (250, "GENERAL TRAINING"), (450, "Test Report Form")],
    [(40, "Centre Number"), (200, "Date"), (360, "Candidate Number")],
    [(40, "CN521"), (200, "22/NOV/2025"), (360, "004392")],
    "Candidate Details",
    [(40, "Family Name"), (300, "First Name(s)")],
    [(40, "ZHENG"), (300, "JIAHUI")],
    [(40, "Candidate ID"), (200, "Date of Birth"), (360, "Sex (M/F)")],
    [(40, "EH2051736"), (200, "08/06/1994"), (360, "F")],
    [(40, "Country or Region of Origin"), (300, "Country of Nationality")],
    [(40, "CHINA (PEOPLE'S REPUBLIC OF)"), (300, "CHINA (PEOPLE'S REPUBLIC OF)")],
    [(40, "First Language"), (300, "Scheme Code")],
    [(40, "CHINESE"), (300, "Private Candidate")],
    "Test Results",
    [(40, "Listening"), (120, "Reading"), (200, "Writing"),
        (280, "Speaking"), (370, "Overall Band Score"), (500, "CEFR Level")],
    [(40, "7.0"), (120, "6.5"), (200, "6.5"), (280, "7.5"), (370, "7.0"), (500, "C1")],
    "",
    [(40, "Administrator Comments"), (360, "Centre stamp")],
    [(40, "Administrator's Signature"), (360, "Date")],
    [(360, "05/12/2025")],
    [(40, "Test Report Form Number"), (360, "25CN004392ZHEN004G")],
]  # fmt: skip

# --------------------------------------------------------------------------------------------------
# TOEFL
# --------------------------------------------------------------------------------------------------

# Hong Kong: a test taker score report; test-date scores and MyBest scores side by side, US long
# dates, a registration number, a report date and the score recipients with their codes.
TOEFL_HK_MYBEST: list[Row] = [
    [(40, "TOEFL iBT"), (300, "Test Taker Score Report")],
    "",
    [(40, "Name:"), (170, "DU, MINGXUAN")],
    [(40, "Date of Birth:"), (170, "February 3, 2000")],
    [(40, "Registration Number:"), (170, "0000 0000 4410 2786")],
    [(40, "Test Date:"), (170, "September 20, 2025"), (330, "Date of Report:"), (430, "October 2, 2025")],
    [(40, "Test Center:"), (170, "STN80731A Kowloon Tong, Hong Kong")],
    [(40, "Native Country:"), (170, "China"), (330, "Native Language:"), (430, "Chinese")],
    "",
    [(40, "Section"), (200, "Test Date Scores"), (380, "MyBest Scores")],
    [(200, "09/20/2025"), (380, "03/08/2025 - 09/20/2025")],
    [(40, "Reading"), (200, "26"), (380, "27")],
    [(40, "Listening"), (200, "29"), (380, "29")],
    [(40, "Speaking"), (200, "23"), (380, "24")],
    [(40, "Writing"), (200, "25"), (380, "25")],
    [(40, "Total Score"), (200, "103"), (380, "105")],
    "",
    "MyBest scores combine your highest section scores from valid tests in the last 2 years.",
    "Score Recipients:",
    [(40, "0792"), (100, "Hong Kong Baptist University")],
    [(40, "0813"), (100, "Hong Kong Immigration Department (QMAS)")],
]  # fmt: skip

# Singapore: a 2026 report on the 1-6 band scale with the 0-120 equivalents in the next column and a
# CEFR column; a Singapore passport number and an appointment number.
TOEFL_SG_BAND_SCALE: list[Row] = [
    [(40, "ETS"), (200, "TOEFL iBT Official Score Report")],
    [(200, "Test Taker Copy")],
    "",
    [(40, "Test Taker"), (180, "GOH SHU QI")],
    [(40, "Date of Birth"), (180, "09 Jan 2000")],
    [(40, "ID Document"), (180, "Passport  K1937562Q")],
    [(40, "Test Date"), (180, "14 Mar 2026")],
    [(40, "Test Center"), (180, "STN80112A  Singapore")],
    [(40, "Appointment No."), (180, "ASG260314-88213")],
    "",
    [(40, "Section"), (180, "Score (1-6)"), (300, "0-120 Scale"), (420, "CEFR Level")],
    [(40, "Reading"), (180, "5.5"), (300, "28"), (420, "C1")],
    [(40, "Listening"), (180, "6.0"), (300, "29"), (420, "C2")],
    [(40, "Speaking"), (180, "5.0"), (300, "24"), (420, "C1")],
    [(40, "Writing"), (180, "5.5"), (300, "27"), (420, "C1")],
    [(40, "Overall"), (180, "5.5"), (300, "108"), (420, "C1")],
    "",
    "Since January 2026 scores are reported on a 1-6 scale aligned with the CEFR. During the",
    "transition the comparable score on the former 0-120 scale is shown for reference.",
    [(40, "Report issued"), (180, "24 Mar 2026")],
]  # fmt: skip

# Dongguan: an institutional score report; captions on one row and values on the next throughout,
# abbreviated month dates, an institution code and a department code.
TOEFL_DG_INSTITUTION: list[Row] = [
    [(40, "TOEFL iBT"), (380, "Institutional Score Report")],
    "",
    [(40, "Test Taker Name"), (300, "Test Date")],
    [(40, "HE, ZHIHAO"), (300, "Jun 28, 2025")],
    [(40, "Date of Birth"), (300, "Registration Number")],
    [(40, "Aug 05, 1997"), (300, "0000 0000 3915 2047")],
    [(40, "Native Country"), (300, "Native Language")],
    [(40, "China"), (300, "Chinese")],
    [(40, "Test Center"), (300, "Institution Code / Department")],
    [(40, "STN81734A Dongguan, Guangdong"), (300, "C371 / 99")],
    "",
    [(40, "Reading"), (140, "Listening"), (240, "Speaking"), (340, "Writing"), (440, "Total Score")],
    [(40, "24"), (140, "23"), (240, "22"), (340, "25"), (440, "94")],
    "",
    [(40, "Report Date"), (300, "Scores Valid Through")],
    [(40, "Jul 08, 2025"), (300, "Jun 28, 2027")],
]  # fmt: skip

# --------------------------------------------------------------------------------------------------
# HSK
# --------------------------------------------------------------------------------------------------

# Kuala Lumpur: a bilingual HSK 5 score report; the full marks and the candidate's scores as two
# rows under the section heads, the Chinese name on its own row, an issue date.
HSK_MY_LEVEL5_REPORT: list[Row] = [
    "汉语水平考试（HSK）成绩报告",
    "Chinese Proficiency Test (HSK) Score Report",
    "",
    [(40, "姓名 Name"), (180, "LEE CHEE KEONG")],
    [(40, "中文姓名 Chinese Name"), (180, "李志强")],
    [(40, "性别 Gender"), (180, "男 Male")],
    [(40, "国籍 Nationality"), (180, "马来西亚 Malaysia")],
    [(40, "证件号码 ID No."), (180, "A60381927")],
    [(40, "考试级别 Level"), (180, "HSK 五级 Level 5")],
    [(40, "考试时间 Examination Date"), (200, "2025年5月18日")],
    [(40, "准考证号 Admission No."), (200, "H52505180472")],
    [(40, "考点 Test Centre"), (200, "吉隆坡考点 (MY-0108)")],
    "",
    [(180, "听力"), (280, "阅读"), (380, "书写"), (480, "总分")],
    [(180, "Listening"), (280, "Reading"), (380, "Writing"), (480, "Total")],
    [(40, "满分 Full Score"), (180, "100"), (280, "100"), (380, "100"), (480, "300")],
    [(40, "你的分数 Your Score"), (180, "81"), (280, "88"), (380, "76"), (480, "245")],
    "",
    "总分180分为合格 Passing score: 180",
    [(40, "发证日期 Date of Issue"), (200, "2025年6月18日")],
    "汉考国际 Chinese Testing International",
]  # fmt: skip

# Singapore: an English-first HSK 6 report; plain "Label: value" lines, dotted dates, every score
# written "92 / 100".
HSK_SG_LEVEL6_REPORT: list[Row] = [
    "CHINESE TESTING INTERNATIONAL  汉考国际",
    "HSK Score Report  汉语水平考试成绩报告",
    "",
    "Name: ONG JIA HUI (王佳慧)",
    "Nationality: Singapore",
    "Date of Birth: 1998.02.25",
    "Level: HSK Level 6 (六级)",
    "Test Date: 2025.11.16",
    "Test Centre: Singapore Chinese Cultural Centre (SG0003)",
    "Certificate No.: H62511160215",
    "",
    [(40, "Listening 听力"), (220, "92 / 100")],
    [(40, "Reading 阅读"), (220, "87 / 100")],
    [(40, "Writing 书写"), (220, "79 / 100")],
    [(40, "Total 总分"), (220, "258 / 300")],
    "",
    "Pass mark 合格分数线: 180 / 300",
    "Date of Issue: 2025.12.16",
    "Verify at www.chinesetest.cn with the certificate number and your name.",
]  # fmt: skip

# Hong Kong: a Chinese-only online score query printout for a Malaysian's HSK 2 (no writing); the
# name in Latin letters, ISO dates, the scores in a one-row table, a print time.
HSK_HK_LEVEL2_QUERY: list[Row] = [
    "汉语考试服务网",
    "HSK成绩查询",
    [(40, "打印时间："), (130, "2026-10-27 14:05")],
    "",
    [(40, "姓名"), (140, "MUHAMMAD HAFIZ BIN ROSLAN")],
    [(40, "国籍"), (140, "马来西亚")],
    [(40, "证件号码"), (140, "A52074183")],
    [(40, "考试名称"), (140, "HSK（二级）")],
    [(40, "考试日期"), (140, "2024-12-08")],
    [(40, "准考证号"), (140, "H22412080033")],
    [(40, "考点"), (140, "香港考点（HK-1003）")],
    "",
    [(40, "听力"), (120, "阅读"), (200, "总分"), (280, "是否合格")],
    [(40, "88"), (120, "79"), (200, "167"), (280, "合格")],
    "",
    "注：HSK（二级）满分200分，总分120分为合格。成绩报告自考试日期起两年内有效。",
]  # fmt: skip

# --------------------------------------------------------------------------------------------------
# PSC
# --------------------------------------------------------------------------------------------------

# Shenzhen: a Chinese-only paper certificate; the holder's PRC ID, the score with 分, the issuing
# committee and an issue date, the notes on the back.
PSC_SZ_PAPER: list[Row] = [
    "普通话水平测试等级证书",
    "",
    [(40, "姓名"), (120, "黄嘉欣"), (260, "性别"), (320, "女"), (460, "（照片）")],
    [(40, "身份证号"), (120, "440304199510231525")],
    [(40, "测试时间"), (120, "2019年6月15日")],
    [(40, "测试成绩"), (120, "87.6 分")],
    [(40, "等级"), (120, "二级甲等")],
    [(40, "证书编号"), (120, "4400119012577")],
    "",
    "国家语言文字工作委员会 制",
    [(40, "发证单位"), (120, "广东省语言文字工作委员会（盖章）")],
    [(40, "发证日期"), (120, "2019年7月20日")],
    "",
    "说 明",
    "一、本证书是普通话水平测试成绩的证明，全国通用。",
    "二、本证书应妥善保管，遗失不补，涂改无效。",
    "三、证书查询：国家普通话水平测试在线报名系统",
]  # fmt: skip

# Zhuhai: an electronic certificate printout; the certificate number first, ISO dates, the testing
# station, the holder's PRC ID, an issue date and the time the printout was generated.
PSC_ZH_ELECTRONIC: list[Row] = [
    "普通话水平测试电子证书",
    "",
    [(40, "证书编号"), (140, "4400121035108")],
    [(40, "姓名"), (140, "梁婉婷"), (300, "性别"), (360, "女")],
    [(40, "证件类型"), (140, "居民身份证")],
    [(40, "证件号码"), (140, "440403199807141829")],
    [(40, "测试机构"), (140, "珠海市普通话水平测试站")],
    [(40, "测试时间"), (140, "2021-11-20")],
    [(40, "成绩"), (140, "85.3")],
    [(40, "等级"), (140, "二级乙等")],
    [(40, "发证机关"), (140, "广东省语言文字工作委员会")],
    [(40, "发证时间"), (140, "2021-12-28")],
    "",
    "电子证书与纸质证书具有同等效力。",
    "电子证书生成时间：2026-10-19 09:42:17",
]  # fmt: skip

# Hong Kong test station: a certificate with English beside each Chinese label, the grade with its
# English wording, the holder's PRC ID and an issue date.
PSC_HK_BILINGUAL: list[Row] = [
    "普通话水平测试等级证书",
    "Putonghua Proficiency Test Certificate",
    "",
    [(40, "姓名 Name"), (190, "陈思远 CHEN Siyuan")],
    [(40, "性别 Sex"), (190, "男 Male")],
    [(40, "证件号码 ID No."), (190, "440305199612040056")],
    [(40, "测试时间 Date of Test"), (190, "2017年11月25日")],
    [(40, "测试站 Test Centre"), (190, "香港中文大学普通话水平测试站")],
    [(40, "成绩 Score"), (190, "93.2")],
    [(40, "等级 Grade"), (190, "一级乙等 Level One, Grade B")],
    [(40, "证书编号 Cert. No."), (190, "8100117000318")],
    "",
    [(40, "发证单位 Issued by"), (190, "国家语言文字工作委员会普通话培训测试中心")],
    [(40, "发证日期 Date of Issue"), (190, "2018年1月10日")],
]  # fmt: skip

# --------------------------------------------------------------------------------------------------
# Degree certificates
# --------------------------------------------------------------------------------------------------

# HKU: an English certificate in prose for a Malaysian; the field on its own line after the degree,
# the honours, the congregation date in the sentence, a certificate and a university number.
DEGREE_HKU_BENG: list[Row] = [
    "THE UNIVERSITY OF HONG KONG",
    "香港大學",
    "",
    "This is to certify that",
    "LAM CHEE WAI",
    "having completed the approved curriculum and satisfied the examiners",
    "was admitted to the degree of",
    "BACHELOR OF ENGINEERING",
    "in Computer Science",
    "with First Class Honours",
    "at a Congregation of the University held on 8 December 2016.",
    "",
    [(40, "Vice-Chancellor and President"), (380, "Registrar")],
    "",
    "Certificate No. 16-BENG-00718    University No. 3035127740",
]  # fmt: skip

# CityU: a traditional Chinese / English doctorate for a mainland graduate, the name in traditional
# characters, the Chinese date in Chinese numerals above the English one, a registration number.
DEGREE_CITYU_PHD: list[Row] = [
    "香港城市大學",
    "CITY UNIVERSITY OF HONG KONG",
    "",
    "茲證明 趙一鳴 已完成本大學材料科學及工程學系規定之研究課程，",
    "並通過論文考核，經本大學教務會批准，頒授",
    "哲學博士學位",
    "",
    "This is to certify that",
    "ZHAO Yiming",
    "having completed the approved programme of research in",
    "Materials Science and Engineering",
    "and satisfied the examiners, has been awarded the degree of",
    "DOCTOR OF PHILOSOPHY",
    "",
    "二〇二三年十一月十五日",
    "15 November 2023",
    "",
    [(40, "校長 President"), (380, "教務長 Registrar")],
    "Reg. No. D2023-0412",
]  # fmt: skip

# Shantou University: a Chinese-only master's degree certificate; the holder's birth date and the
# award date in Chinese numerals, the subject in the sentence, a 16-digit certificate number.
DEGREE_STU_MASTER: list[Row] = [
    "硕士学位证书",
    "",
    "林泽鹏，男，一九九四年三月三十日生。在机械工程学科",
    "已通过硕士学位的课程考试和论文答辩，成绩合格。",
    "根据《中华人民共和国学位条例》的规定，授予工学硕士学位。",
    "",
    [(40, "汕头大学"), (300, "学位评定委员会主席")],
    [(300, "二〇二〇年六月三十日")],
    "",
    [(40, "证书编号：1056032020000142")],
]  # fmt: skip

# --------------------------------------------------------------------------------------------------
# Transcripts
# --------------------------------------------------------------------------------------------------

# CUHK: a research postgraduate's transcript in English with the Chinese name of the university
# beside it, day-month-abbreviation dates, a thesis defence date, the conferment, an issue date.
TRANSCRIPT_CUHK_PHD: list[Row] = [
    [(40, "THE CHINESE UNIVERSITY OF HONG KONG"), (420, "香港中文大學")],
    "Shatin, N.T., Hong Kong",
    "TRANSCRIPT OF ACADEMIC RECORD - POSTGRADUATE",
    "",
    [(40, "Name:"), (120, "HUANG, Yuxin")],
    [(40, "Student ID:"), (120, "1155024618"), (300, "Date of Birth:"), (390, "12-Oct-1989")],
    [(40, "Programme:"), (120, "Doctor of Philosophy (Physics)")],
    [(40, "Mode:"), (120, "Full-time"), (300, "Admitted:"), (390, "01-Aug-2012")],
    "",
    [(40, "Term"), (130, "Course"), (210, "Title"), (450, "Units"), (510, "Grade")],
    [(40, "2012-13 T1"), (130, "PHYS5410"), (210, "Quantum Field Theory I"), (460, "3"), (520, "A-")],
    [(40, "2012-13 T1"), (130, "PHYS5640"), (210, "Advanced Statistical Physics"), (460, "3"), (520, "A")],
    [(40, "2012-13 T2"), (130, "PHYS5420"), (210, "Quantum Field Theory II"), (460, "3"), (520, "B+")],
    [(40, "2012-13 T2"), (130, "PHYS6820"), (210, "Topics in Condensed Matter"), (460, "3"), (520, "A")],
    [(40, "2013-14 T1"), (130, "PHYS8006"), (210, "Graduate Seminar"), (460, "1"), (520, "PASS")],
    [(40, "2013-14 T1"), (130, "GESC5001"), (210, "Professional Skills for RPg"), (460, "1"), (520, "PASS")],
    "",
    [(40, "Units attempted: 14"), (250, "Units earned: 14"), (420, "Cumulative GPA: 3.71")],
    [(40, "Thesis:"), (120, "Topological Phases in Periodically Driven Quantum Systems")],
    [(40, "Oral Examination:"), (150, "Passed on 27-Jun-2016")],
    "",
    [(40, "Degree Conferred:"), (160, "Doctor of Philosophy")],
    [(40, "Date of Conferment:"), (160, "07-Dec-2016")],
    "",
    [(40, "Issued: 15-Oct-2026"), (300, "Registrar (Acting)")],
    "*** End of Transcript ***",
]  # fmt: skip

# Lingnan: an undergraduate transcript with captions above values in the header, day-first
# slashed dates, term GPAs, the award, classification and date of award as label-value rows.
TRANSCRIPT_LINGNAN_BBA: list[Row] = [
    [(40, "LINGNAN UNIVERSITY"), (400, "嶺南大學")],
    "8 Castle Peak Road, Tuen Mun, Hong Kong",
    "ACADEMIC TRANSCRIPT (UNDERGRADUATE)",
    "",
    [(40, "Student Name"), (250, "Student ID"), (420, "Date of Birth")],
    [(40, "LIANG, Wanting"), (250, "3167042"), (420, "14/07/1998")],
    [(40, "Programme"), (420, "Admitted")],
    [(40, "Bachelor of Business Administration (Honours)"), (420, "01/09/2016")],
    [(40, "Major"), (420, "Status")],
    [(40, "Accounting"), (420, "Graduated")],
    "",
    [(40, "Term"), (130, "Course"), (210, "Title"), (450, "Credits"), (510, "Grade")],
    [(40, "2016/17 T1"), (130, "ACT1001"), (210, "Financial Accounting"), (460, "3"), (520, "A-")],
    [(40, "2016/17 T1"), (130, "BUS1002"), (210, "Business Statistics"), (460, "3"), (520, "B+")],
    [(40, "2017/18 T2"), (130, "ACT2003"), (210, "Management Accounting"), (460, "3"), (520, "A")],
    [(40, "2018/19 T1"), (130, "ACT3012"), (210, "Auditing and Assurance"), (460, "3"), (520, "B+")],
    [(40, "2019/20 T2"), (130, "ACT4020"), (210, "Advanced Taxation"), (460, "3"), (520, "A-")],
    [(40, "2019/20 T2"), (130, "BUS4099"), (210, "Honours Project"), (460, "6"), (520, "A")],
    [(40, "Credits earned: 120"), (250, "Cumulative GPA: 3.46")],
    "",
    [(40, "Award"), (180, "Bachelor of Business Administration (Honours)")],
    [(40, "Classification"), (180, "Second Class Honours (Division I)")],
    [(40, "Date of Award"), (180, "15/07/2020")],
    "",
    [(40, "Date of Issue: 06/10/2026"), (450, "Page 2 of 2")],
]  # fmt: skip

# EdUHK: a traditional Chinese / English master's transcript for a Malaysian teacher, "label:" pairs
# with both languages, dashed day-first dates, the award and its date after the GPA.
TRANSCRIPT_EDUHK_MED: list[Row] = [
    [(40, "香港教育大學"), (250, "THE EDUCATION UNIVERSITY OF HONG KONG")],
    "10 Lo Ping Road, Tai Po, New Territories, Hong Kong",
    "成績表  TRANSCRIPT OF ACADEMIC RECORD",
    "",
    [(40, "姓名 Name:"), (180, "TEOH KAH WAI 張嘉偉")],
    [(40, "學生編號 Student No.:"), (180, "11293846")],
    [(40, "出生日期 Date of Birth:"), (180, "03-02-1990")],
    [(40, "課程 Programme:"), (180, "Master of Education (Part-time)")],
    [(40, "專修 Specialism:"), (180, "Curriculum and Pedagogy")],
    "",
    [(40, "學期 Term"), (130, "科目編號 Code"), (250, "科目名稱 Course Title"), (490, "學分"), (530, "等級")],
    [(40, "2019/20 S1"), (130, "EDU6105"), (250, "Educational Research Methods"), (495, "3"), (535, "A-")],
    [(40, "2019/20 S1"), (130, "CUP6012"), (250, "Curriculum Design and Change"), (495, "3"), (535, "B+")],
    [(40, "2019/20 S2"), (130, "CUP6031"), (250, "Assessment for Learning"), (495, "3"), (535, "A")],
    [(40, "2020/21 S1"), (130, "CUP6045"), (250, "Pedagogy in Diverse Classrooms"), (495, "3"), (535, "A-")],
    [(40, "2020/21 S2"), (130, "EDU6900"), (250, "Independent Study"), (495, "6"), (535, "A")],
    "",
    [(40, "累積平均績點 Cumulative GPA:"), (220, "3.72")],
    [(40, "頒授學位 Award:"), (180, "Master of Education")],
    [(40, "頒授日期 Date of Award:"), (190, "24-11-2021")],
    [(40, "發出日期 Date of Issue:"), (190, "12-10-2026")],
    "This transcript is not valid without the University seal and the Registrar's signature.",
]  # fmt: skip

# --------------------------------------------------------------------------------------------------
# Bank statements
# --------------------------------------------------------------------------------------------------

# Hong Kong: a traditional Chinese / English integrated account statement for a Singaporean; an HKD
# and an SGD savings account under one number, a summary in HKD equivalents, separate deposit and
# withdrawal columns, dates without the year in the tables.
BANK_HK_INTEGRATED_HKD_SGD: list[Row] = [
    [(40, "九龍太平洋銀行有限公司"), (330, "Kowloon Pacific Bank Limited")],
    "88 Nathan Road, Tsim Sha Tsui, Kowloon, Hong Kong    Customer Service 2838 6600",
    "綜合理財戶口結單  INTEGRATED ACCOUNT STATEMENT",
    [(40, "MS GOH SHU QI"), (330, "結單日期 Statement Date"), (490, "30 Sep 2026")],
    [(40, "FLAT 12B, BLOCK 3, SEA CREST VILLA"), (330, "戶口號碼 Account No."), (470, "388-512-04-7716")],
    [(40, "TSUEN WAN, NEW TERRITORIES"), (330, "結單期 Period"), (430, "01 Sep 2026 - 30 Sep 2026")],
    [(330, "頁數 Page"), (430, "1 / 2")],
    "",
    "財務狀況摘要 Financial Position Summary (HKD equivalent)",
    [(40, "港元儲蓄 HKD Savings"), (300, "HKD"), (360, "221,466.78")],
    [(40, "外幣儲蓄 Foreign Currency Savings"), (300, "HKD"), (360, "52,819.59")],
    [(40, "總結餘 Total Balance"), (300, "HKD"), (360, "274,286.37")],
    "",
    "港元儲蓄 HKD SAVINGS  388-512-04-7716",
    [(40, "日期 Date"), (120, "進支詳情 Transaction Details"),
        (330, "存入 Deposit"), (420, "提取 Withdrawal"), (510, "結餘 Balance")],
    [(40, "01 Sep"), (120, "B/F BALANCE 承上結餘"), (510, "186,420.55")],
    [(40, "02 Sep"), (120, "FPS TO CHEUNG PROPERTY AGENCY"), (420, "18,500.00"), (510, "167,920.55")],
    [(40, "05 Sep"), (120, "CREDIT CARD PAYMENT"), (420, "3,216.40"), (510, "164,704.15")],
    [(40, "25 Sep"), (120, "AUTOPAY CR PAYROLL"), (330, "62,800.00"), (510, "227,504.15")],
    [(40, "26 Sep"), (120, "TFR TO SGD SAVINGS"), (420, "5,000.00"), (510, "222,504.15")],
    [(40, "28 Sep"), (120, "MPF VOLUNTARY CONTRIBUTION"), (420, "1,050.00"), (510, "221,454.15")],
    [(40, "30 Sep"), (120, "CREDIT INTEREST"), (330, "12.63"), (510, "221,466.78")],
    [(40, "30 Sep"), (120, "C/F BALANCE 轉下結餘"), (510, "221,466.78")],
    [(120, "總存入/提取 Totals"), (330, "62,812.63"), (420, "27,766.40")],
    "",
    "新加坡元儲蓄 SGD SAVINGS  388-512-04-7716",
    [(40, "日期 Date"), (120, "進支詳情 Transaction Details"),
        (330, "存入 Deposit"), (420, "提取 Withdrawal"), (510, "結餘 Balance")],
    [(40, "01 Sep"), (120, "B/F BALANCE 承上結餘"), (510, "8,240.10")],
    [(40, "26 Sep"), (120, "TFR FROM HKD SAVINGS @6.0912"), (330, "820.86"), (510, "9,060.96")],
    [(40, "29 Sep"), (120, "OUTWARD TT SINGAPORE"), (420, "300.00"), (510, "8,760.96")],
    [(40, "30 Sep"), (120, "CREDIT INTEREST"), (330, "2.14"), (510, "8,763.10")],
    [(40, "30 Sep"), (120, "C/F BALANCE 轉下結餘"), (510, "8,763.10")],
    [(120, "總存入/提取 Totals"), (330, "823.00"), (420, "300.00")],
    "",
    [(40, "SGD 1 = HKD 6.0275 as at 30 Sep 2026"), (470, "Page 1 / 2")],
]  # fmt: skip

# Dongguan: a Chinese-only transaction list; the holder, account, currency and period as "label：value"
# tokens, one signed amount column and a counterparty column, a print date, totals with counts.
BANK_DG_CNY_DETAIL: list[Row] = [
    "东莞东江商业银行股份有限公司",
    "个人账户交易明细（对账单）",
    [(40, "户名：何志豪"), (300, "账号：6217********5186")],
    [(40, "币种：人民币"), (300, "钞汇标志：钞")],
    [(40, "起止日期：2026-08-01 至 2026-08-31")],
    [(40, "开户网点：东莞南城支行"), (300, "打印日期：2026-09-02")],
    "",
    [(40, "交易日期"), (120, "摘要"), (220, "交易金额"), (320, "账户余额"), (420, "对方户名")],
    [(40, "2026-08-01"), (120, "期初余额"), (320, "48,306.20")],
    [(40, "2026-08-03"), (120, "转账支出"), (220, "-4,200.00"), (320, "44,106.20"), (420, "陈美华")],
    [(40, "2026-08-08"), (120, "信用卡还款"), (220, "-1,386.55"), (320, "42,719.65"), (420, "本行信用卡")],
    [(40, "2026-08-10"), (120, "代发工资"), (220, "+18,500.00"),
        (320, "61,219.65"), (420, "东莞铭凯电子有限公司")],
    [(40, "2026-08-15"), (120, "跨行转入"), (220, "+3,000.00"), (320, "64,219.65"), (420, "何国强")],
    [(40, "2026-08-19"), (120, "快捷支付"), (220, "-652.30"), (320, "63,567.35"), (420, "美团")],
    [(40, "2026-08-26"), (120, "购买理财"), (220, "-10,000.00"), (320, "53,567.35"), (420, "东江稳盈30天")],
    "",
    "期末余额：53,567.35",
    "本期收入合计：21,500.00（2笔）    本期支出合计：16,238.85（4笔）",
    "",
    "本明细仅供参考，如与账户实际情况不符，以银行记录为准。  第1页/共1页",
]  # fmt: skip

# Malaysia: a Malay / English statement with every caption twice, two-digit years, a trailing "-"
# or "+" on each amount, beginning and ending balances, total debit and total credit.
BANK_MY_MYR_MALAY: list[Row] = [
    "PERDANA STRAITS BANK BERHAD (197301002877)",
    "Menara Perdana, Jalan Sultan Ismail, 50250 Kuala Lumpur",
    "PENYATA AKAUN / STATEMENT OF ACCOUNT",
    "",
    [(40, "TEOH KAH WAI"), (330, "TARIKH PENYATA")],
    [(40, "NO 27 JALAN SS 2/64"), (330, "STATEMENT DATE"), (450, "31/10/26")],
    [(40, "47300 PETALING JAYA"), (330, "NOMBOR AKAUN")],
    [(40, "SELANGOR"), (330, "ACCOUNT NUMBER"), (450, "164203-882951")],
    [(330, "TEMPOH / PERIOD"), (450, "01/10/26 - 31/10/26")],
    "",
    "SAVINGS ACCOUNT-i (MYR)",
    [(40, "TARIKH MASUK"), (130, "BUTIR URUSNIAGA"), (330, "JUMLAH URUSNIAGA"), (460, "BAKI PENYATA")],
    [(40, "ENTRY DATE"), (130, "TRANSACTION DESCRIPTION"),
        (330, "TRANSACTION AMOUNT"), (460, "STATEMENT BALANCE")],
    [(130, "BEGINNING BALANCE"), (460, "35,612.47")],
    [(40, "01/10/26"), (130, "FPX PAYMENT TNB"), (330, "245.80-"), (460, "35,366.67")],
    [(40, "03/10/26"), (130, "TRANSFER TO A/C RENT OCT"), (330, "2,350.00-"), (460, "33,016.67")],
    [(40, "07/10/26"), (130, "PTPTN LOAN REPAYMENT"), (330, "1,800.00-"), (460, "31,216.67")],
    [(40, "25/10/26"), (130, "SALARY KL INTL SCHOOL"), (330, "9,850.00+"), (460, "41,066.67")],
    [(40, "28/10/26"), (130, "IBG TRANSFER ASB"), (330, "3,000.00-"), (460, "38,066.67")],
    [(40, "31/10/26"), (130, "PROFIT PAID"), (330, "4.12+"), (460, "38,070.79")],
    [(130, "ENDING BALANCE"), (460, "38,070.79")],
    "",
    [(130, "TOTAL DEBIT"), (330, "7,395.80")],
    [(130, "TOTAL CREDIT"), (330, "9,854.12")],
    "",
    "Perlindungan oleh PIDM setakat RM250,000 bagi setiap pendeposit.",
    "Protected by PIDM up to RM250,000 for each depositor.",
]  # fmt: skip

# --------------------------------------------------------------------------------------------------
# Reference letters
# --------------------------------------------------------------------------------------------------

# Hong Kong: an English prose letter for a Malaysian still employed, promoted twice, now a vice
# president who leads a team; salary in HK$, the passport number, the signatory's own title.
REF_HK_VP_PROSE: list[Row] = [
    "TAI HANG CAPITAL MANAGEMENT LIMITED",
    "Suite 2803, 28/F, Two Exchange Square, 8 Connaught Place, Central, Hong Kong",
    "Tel: +852 3958 1200    www.taihangcapital.com.hk",
    "",
    "18 October 2026",
    "",
    "TO WHOM IT MAY CONCERN",
    "",
    "Re: Mr. LAM Chee Wai (Malaysian Passport No. A41736280)",
    "",
    "This is to confirm that Mr. LAM Chee Wai has been employed by Tai Hang Capital Management",
    "Limited on a full-time basis since 4 July 2016. He joined us as an Analyst in the Credit",
    "Research team, was promoted to Associate on 1 April 2019 and to Vice President, Credit",
    "Research on 1 April 2022, the position he holds at present.",
    "",
    "As Vice President he leads a team of five analysts covering Asian high-yield issuers and",
    "reports to our Chief Investment Officer. His current annual base salary is HK$1,380,000.",
    "",
    "This letter is issued at the request of Mr. Lam for his application to the Immigration",
    "Department of the Hong Kong SAR. Please contact the undersigned for any verification.",
    "",
    "Yours faithfully,",
    "",
    "Grace YIP",
    "Head of Human Resources",
    "Tai Hang Capital Management Limited",
]  # fmt: skip

# HKMU: a bilingual certificate of service for a former research assistant professor, the Chinese
# paragraph first with Chinese dates, then the English one; a file reference, the HR director.
REF_HKMU_SERVICE_CERT: list[Row] = [
    [(40, "香港都會大學"), (300, "Hong Kong Metropolitan University")],
    "30 Good Shepherd Street, Ho Man Tin, Kowloon, Hong Kong",
    "人力資源處 Human Resources Office",
    "",
    [(40, "本處檔號 Our Ref.:"), (200, "HRO/CS/2026/0417")],
    [(40, "日期 Date:"), (200, "2026年10月9日 / 9 October 2026")],
    "",
    "服務證明書",
    "CERTIFICATE OF SERVICE",
    "",
    "茲證明趙一鳴博士（護照號碼：EH3307152）於2023年12月1日至2026年7月31日",
    "受聘於本校科技學院，職位為研究助理教授。其僱傭合約已於約滿後終止。",
    "",
    "This is to certify that Dr ZHAO Yiming (Passport No. EH3307152) was employed by",
    "Hong Kong Metropolitan University as Research Assistant Professor in the School of Science",
    "and Technology from 1 December 2023 to 31 July 2026. His employment ended on the expiry of",
    "his fixed-term contract. During his service he conducted research on thin-film battery",
    "materials in the group of Professor CHAN Kwok Wai and taught two undergraduate courses.",
    "",
    "此證 Certified by",
    "",
    "LEE Wai Man",
    "人力資源處處長 Director of Human Resources",
]  # fmt: skip

# Zhuhai: a Chinese-only separation certificate in one paragraph; the employee's PRC ID, two posts
# held in turn, a team of eight and the general manager he reported to, the date in Chinese numerals.
REF_ZH_LIZHI: list[Row] = [
    "离职证明",
    "",
    "兹证明吴振华同志（身份证号码：440402198609213018）自2014年3月3日起在我公司工作，",
    "先后担任会计主管、财务部经理职务，于2025年11月30日因个人原因离职。",
    "在职期间，该同志全面负责公司财务部工作，管理财务团队8人，直接向公司总经理汇报。",
    "其与我公司的劳动合同已依法解除，双方无任何劳动纠纷。",
    "特此证明。",
    "",
    [(340, "珠海横琴星澜科技有限公司")],
    [(340, "（盖章）")],
    [(340, "二〇二六年十月二十日")],
    "",
    "公司地址：广东省珠海市横琴新区环岛东路3000号2108室",
    "联系人：人力资源部 周女士    联系电话：0756-2998310",
]  # fmt: skip

# --------------------------------------------------------------------------------------------------
# PRC ID cards
# --------------------------------------------------------------------------------------------------

# Dongguan: a photocopy with the back (emblem side) on the left and the front on the right, so each
# line mixes the two sides; the birth date spaced "1997 年 8 月 5 日".
PRC_DG_SIDE_BY_SIDE: list[Row] = [
    [(40, "中华人民共和国"), (310, "姓名"), (360, "何志豪")],
    [(40, "居民身份证"), (310, "性别"), (360, "男"), (400, "民族"), (440, "汉")],
    [(310, "出生"), (360, "1997 年 8 月 5 日")],
    [(40, "签发机关"), (100, "东莞市公安局"), (310, "住址"), (360, "广东省东莞市南城街道")],
    [(40, "有效期限"), (100, "2018.03.05-2028.03.05"), (360, "宏图路88号鸿福花园3座1502")],
    [(310, "公民身份号码"), (390, "44190019970805311X")],
]  # fmt: skip

# Zhuhai: the Guangdong government app's electronic licence of the card; ISO birth date, the
# address on two rows, a generation time and a licence number.
PRC_ZH_ELECTRONIC_LICENCE: list[Row] = [
    "粤省事",
    "居民身份证电子证照",
    "证照状态：有效",
    "",
    [(40, "姓名"), (200, "郑佳慧")],
    [(40, "性别"), (200, "女")],
    [(40, "民族"), (200, "汉族")],
    [(40, "出生日期"), (200, "1994-06-08")],
    [(40, "住址"), (200, "广东省珠海市香洲区拱北街道")],
    [(200, "迎宾南路1088号华发新城二期12栋802")],
    [(40, "公民身份号码"), (200, "44040219940608234X")],
    [(40, "签发机关"), (200, "珠海市公安局香洲分局")],
    [(40, "有效期限"), (200, "2021.07.19-2041.07.19")],
    "",
    "本证照由广东省公安厅提供数据支持",
    "生成时间：2026-10-21 15:32:08",
    "证照编号：YSS-440400-20261021-0073815",
]  # fmt: skip

# Shantou: a Hong Kong solicitor's certified true copy; the card's front and back as copied, then
# the English certification naming the card number, the holder in pinyin and a day-first date.
PRC_ST_CERTIFIED_COPY: list[Row] = [
    "CERTIFIED TRUE COPY",
    "",
    [(40, "姓名"), (100, "林泽鹏")],
    [(40, "性别"), (100, "男"), (160, "民族"), (220, "汉")],
    [(40, "出生"), (100, "1994 年 3 月 30 日")],
    [(40, "住址"), (100, "广东省汕头市龙湖区金霞街道")],
    [(100, "金砂东路121号金叶大厦7楼")],
    [(40, "公民身份号码"), (140, "440507199403301233")],
    "",
    "中华人民共和国 居民身份证",
    [(40, "签发机关"), (100, "汕头市公安局龙湖分局")],
    [(40, "有效期限"), (100, "2024.04.18-2044.04.18")],
    "",
    "I certify that this is a true copy of the original Resident Identity Card No.",
    "440507199403301233 of LIN Zepeng, which was produced to me on 23/10/2026.",
    "",
    "TSANG Ho Yin, Solicitor, Hong Kong SAR",
    "Fairview & Tsang, Solicitors, 16/F, Wing On House, 71 Des Voeux Road Central",
]  # fmt: skip

# Other valid PRC identity numbers printed in documents that are not the PRC ID card's holder's
DISTRACTOR_PRC_IDS = ["440304199510231525", "440403199807141829", "440305199612040056", "440402198609213018"]

# --------------------------------------------------------------------------------------------------
# The cases
# --------------------------------------------------------------------------------------------------

CASES: list[tuple[str, DocType, list[Row], dict[str, Any]]] = [
    ("aj_ielts_hk_academic_trf", DocType.ielts, IELTS_HK_ACADEMIC_TRF, {
        "candidate_name": "RUOXI SHEN", "date_of_birth": "2001-05-17", "overall": 7.5, "listening": 8.0,
        "reading": 7.5, "writing": 6.5, "speaking": 7.0, "test_date": "2025-08-16",
        "trf_number": "25HK011853SHEN007A", "module": "academic"}),
    ("aj_ielts_my_computer_etrf", DocType.ielts, IELTS_MY_COMPUTER_ETRF, {
        "candidate_name": "MEI LING WONG", "date_of_birth": "1993-04-19", "overall": 6.5, "listening": 6.5,
        "reading": 7.0, "writing": 6.0, "speaking": 6.5, "test_date": "2026-01-10",
        "trf_number": "26MY004518WONG102A", "module": "academic"}),
    ("aj_ielts_cn_gt_captions_above", DocType.ielts, IELTS_CN_GT_CAPTIONS_ABOVE, {
        "candidate_name": "JIAHUI ZHENG", "date_of_birth": "1994-06-08", "overall": 7.0, "listening": 7.0,
        "reading": 6.5, "writing": 6.5, "speaking": 7.5, "test_date": "2025-11-22",
        "trf_number": "25CN004392ZHEN004G", "module": "general_training"}),
    ("aj_toefl_hk_mybest", DocType.toefl, TOEFL_HK_MYBEST, {
        "candidate_name": "DU, MINGXUAN", "date_of_birth": "2000-02-03", "total": 103, "reading": 26,
        "listening": 29, "speaking": 23, "writing": 25, "test_date": "2025-09-20", "scale": "0-120"}),
    ("aj_toefl_sg_band_scale", DocType.toefl, TOEFL_SG_BAND_SCALE, {
        "candidate_name": "GOH SHU QI", "date_of_birth": "2000-01-09", "total": 5.5, "reading": 5.5,
        "listening": 6.0, "speaking": 5.0, "writing": 5.5, "test_date": "2026-03-14", "scale": "1-6"}),
    ("aj_toefl_dg_institution", DocType.toefl, TOEFL_DG_INSTITUTION, {
        "candidate_name": "HE, ZHIHAO", "date_of_birth": "1997-08-05", "total": 94, "reading": 24,
        "listening": 23, "speaking": 22, "writing": 25, "test_date": "2025-06-28", "scale": "0-120"}),
    ("aj_hsk_my_level5_report", DocType.hsk, HSK_MY_LEVEL5_REPORT, {
        "candidate_name": ("LEE CHEE KEONG", "李志强"), "level": 5, "total": 245, "listening": 81,
        "reading": 88, "writing": 76, "test_date": "2025-05-18", "certificate_number": "H52505180472"}),
    ("aj_hsk_sg_level6_report", DocType.hsk, HSK_SG_LEVEL6_REPORT, {
        "candidate_name": ("ONG JIA HUI", "王佳慧"), "level": 6, "total": 258, "listening": 92,
        "reading": 87, "writing": 79, "test_date": "2025-11-16", "certificate_number": "H62511160215"}),
    ("aj_hsk_hk_level2_query", DocType.hsk, HSK_HK_LEVEL2_QUERY, {
        "candidate_name": "MUHAMMAD HAFIZ BIN ROSLAN", "level": 2, "total": 167, "listening": 88,
        "reading": 79, "writing": None, "test_date": "2024-12-08", "certificate_number": "H22412080033"}),
    ("aj_psc_sz_paper", DocType.psc, PSC_SZ_PAPER, {
        "candidate_name": "黄嘉欣", "grade": "二级甲等", "test_date": "2019-06-15",
        "certificate_number": "4400119012577"}),
    ("aj_psc_zh_electronic", DocType.psc, PSC_ZH_ELECTRONIC, {
        "candidate_name": "梁婉婷", "grade": "二级乙等", "test_date": "2021-11-20",
        "certificate_number": "4400121035108"}),
    ("aj_psc_hk_bilingual", DocType.psc, PSC_HK_BILINGUAL, {
        "candidate_name": ("陈思远", "CHEN Siyuan"), "grade": "一级乙等", "test_date": "2017-11-25",
        "certificate_number": "8100117000318"}),
    ("aj_degree_hku_beng", DocType.degree, DEGREE_HKU_BENG, {
        "holder_name": "LAM CHEE WAI", "level": "bachelor",
        "title": ("Bachelor of Engineering", "BEng"), "field": "Computer Science",
        "institution": ("The University of Hong Kong", "University of Hong Kong", "香港大學"),
        "award_date": "2016-12-08"}),
    ("aj_degree_cityu_phd", DocType.degree, DEGREE_CITYU_PHD, {
        "holder_name": ("ZHAO Yiming", "趙一鳴", "赵一鸣"), "level": "doctorate",
        "title": ("Doctor of Philosophy", "PhD", "哲學博士"),
        "field": ("Materials Science and Engineering", "材料科學及工程"),
        "institution": ("City University of Hong Kong", "香港城市大學"), "award_date": "2023-11-15"}),
    ("aj_degree_stu_master", DocType.degree, DEGREE_STU_MASTER, {
        "holder_name": ("林泽鹏", "LIN Zepeng"), "level": "master",
        "title": ("工学硕士", "Master of Engineering"), "field": ("机械工程", "Mechanical Engineering"),
        "institution": ("汕头大学", "Shantou University"), "award_date": "2020-06-30"}),
    ("aj_transcript_cuhk_phd", DocType.transcript, TRANSCRIPT_CUHK_PHD, {
        "holder_name": "HUANG, Yuxin",
        "institution": ("The Chinese University of Hong Kong", "香港中文大學"),
        "level": "doctorate", "award_date": "2016-12-07"}),
    ("aj_transcript_lingnan_bba", DocType.transcript, TRANSCRIPT_LINGNAN_BBA, {
        "holder_name": "LIANG, Wanting", "institution": ("Lingnan University", "嶺南大學"),
        "level": "bachelor", "award_date": "2020-07-15"}),
    ("aj_transcript_eduhk_med", DocType.transcript, TRANSCRIPT_EDUHK_MED, {
        "holder_name": ("TEOH KAH WAI", "張嘉偉"),
        "institution": ("The Education University of Hong Kong", "香港教育大學"),
        "level": "master", "award_date": "2021-11-24"}),
    ("aj_bank_hk_integrated_hkd_sgd", DocType.bank_statement, BANK_HK_INTEGRATED_HKD_SGD, {
        "holder_name": "GOH SHU QI",
        "bank_name": ("Kowloon Pacific Bank Limited", "Kowloon Pacific Bank", "九龍太平洋銀行有限公司"),
        "account_number_last4": "7716", "currency": ("HKD", "SGD"), "statement_start": "2026-09-01",
        "statement_end": "2026-09-30", "closing_balance": (221466.78, 8763.10)}),
    ("aj_bank_dg_cny_detail", DocType.bank_statement, BANK_DG_CNY_DETAIL, {
        "holder_name": "何志豪", "bank_name": ("东莞东江商业银行股份有限公司", "东莞东江商业银行"),
        "account_number_last4": "5186", "currency": "CNY", "statement_start": "2026-08-01",
        "statement_end": "2026-08-31", "closing_balance": 53567.35}),
    ("aj_bank_my_myr_malay", DocType.bank_statement, BANK_MY_MYR_MALAY, {
        "holder_name": "TEOH KAH WAI",
        "bank_name": ("Perdana Straits Bank Berhad", "Perdana Straits Bank"),
        "account_number_last4": "2951", "currency": "MYR", "statement_start": "2026-10-01",
        "statement_end": "2026-10-31", "closing_balance": 38070.79}),
    ("aj_ref_hk_vp_prose", DocType.reference_letter, REF_HK_VP_PROSE, {
        "employee_name": "LAM Chee Wai",
        "employer": ("Tai Hang Capital Management Limited", "Tai Hang Capital Management"),
        "position": ("Vice President, Credit Research", "Vice President"), "start_date": "2016-07-04",
        "end_date": None, "country": "HKG", "letter_date": "2026-10-18", "senior_role": True}),
    ("aj_ref_hkmu_service_cert", DocType.reference_letter, REF_HKMU_SERVICE_CERT, {
        "employee_name": ("ZHAO Yiming", "趙一鳴"),
        "employer": ("Hong Kong Metropolitan University", "香港都會大學"),
        "position": ("Research Assistant Professor", "研究助理教授"), "start_date": "2023-12-01",
        "end_date": "2026-07-31", "country": "HKG", "letter_date": "2026-10-09", "senior_role": False}),
    ("aj_ref_zh_lizhi", DocType.reference_letter, REF_ZH_LIZHI, {
        "employee_name": ("吴振华", "WU Zhenhua"), "employer": "珠海横琴星澜科技有限公司",
        "position": ("财务部经理", "Finance Department Manager"), "start_date": "2014-03-03",
        "end_date": "2025-11-30", "country": "CHN", "letter_date": "2026-10-20", "senior_role": True}),
    ("aj_prc_dg_side_by_side", DocType.prc_id_card, PRC_DG_SIDE_BY_SIDE, {
        "name": "何志豪", "id_number": "44190019970805311X", "date_of_birth": "1997-08-05", "sex": "M"}),
    ("aj_prc_zh_electronic_licence", DocType.prc_id_card, PRC_ZH_ELECTRONIC_LICENCE, {
        "name": "郑佳慧", "id_number": "44040219940608234X", "date_of_birth": "1994-06-08", "sex": "F"}),
    ("aj_prc_st_certified_copy", DocType.prc_id_card, PRC_ST_CERTIFIED_COPY, {
        "name": ("林泽鹏", "LIN Zepeng"), "id_number": "440507199403301233", "date_of_birth": "1994-03-30",
        "sex": "M"}),
]  # fmt: skip

# Every account of every statement: (opening, transactions in order, closing)
BANK_ARITHMETIC: dict[str, list[tuple[float, list[float], float]]] = {
    "aj_bank_hk_integrated_hkd_sgd": [
        (186420.55, [-18500.00, -3216.40, 62800.00, -5000.00, -1050.00, 12.63], 221466.78),
        (8240.10, [820.86, -300.00, 2.14], 8763.10),
    ],
    "aj_bank_dg_cny_detail": [
        (48306.20, [-4200.00, -1386.55, 18500.00, 3000.00, -652.30, -10000.00], 53567.35),
    ],
    "aj_bank_my_myr_malay": [
        (35612.47, [-245.80, -2350.00, -1800.00, 9850.00, -3000.00, 4.12], 38070.79),
    ],
}


def score() -> tuple[int, int, list[tuple], list[tuple]]:
    """(right, total, misses, wrong_accepted) over every expected fact of every case."""
    return harness.score(CASES)


# --------------------------------------------------------------------------------------------------
# Self-consistency of the documents themselves
# --------------------------------------------------------------------------------------------------


def test_issuer_family_aj_documents_are_self_consistent() -> None:
    harness.check_consistent_family(CASES, BANK_ARITHMETIC, DISTRACTOR_PRC_IDS)


def test_issuer_family_aj_scores_at_least_90_percent() -> None:
    right, total, misses, _ = score()
    assert total == FIRST_CONTACT["total"]
    assert right / total >= 0.90, f"{right}/{total}; misses: {misses}"


def test_issuer_family_aj_never_falls_below_its_figure_after_the_fixes() -> None:
    right, total, misses, _ = score()
    assert total == FIRST_CONTACT["total"]
    assert right >= AFTER_FIXES, f"{right}/{total}; misses: {misses}"


def test_issuer_family_aj_accepts_no_wrong_value() -> None:
    _, _, _, wrong_accepted = score()
    assert not wrong_accepted, wrong_accepted


if __name__ == "__main__":
    right, total, misses, wrong_accepted = score()
    print(f"issuer family AJ: {right}/{total} = {100 * right / total:.1f}%")
    print(f"wrong values accepted: {len(wrong_accepted)}")
    for label, field, want, got, status in misses:
        shown = getattr(status, "value", status)
        print(f"  MISS {label:40} {field:22} expected={want!r} got={got!r} status={shown}")
