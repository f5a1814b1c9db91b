"""Issuer family I: a held-out set of documents as a Hong Kong QMAS consultancy receives them.

Written by a helper session under independence rules: it never opened the extractors, the readers,
the sample-document generator nor the documents of any other test file; from family H it took only
the comparison/scoring harness and the contract field names. The documents were written as real
issuers would write them, before any score was seen, and were not changed after the first run.

27 documents, 3 of every kind (180 expected facts), of the sort a QMAS applicant from mainland China,
Hong Kong, Taiwan, Singapore/Malaysia, India, the Philippines, Korea, Japan, the US or Australia
sends: IELTS TRFs (British Council paper TRF with a previous test date and an issue date, an IDP
General Training table with bands under their labels, an IDP India colon layout); TOEFL iBT reports
(test-date scores beside MyBest scores, a Section/Score/Level table, a row of "20/30" fractions with an
unlabelled name); HSK reports (bilingual key/value, a column table with a full-score and a percentile
row, a level 2 report without writing); PSC certificates (a table, a one-sentence prose certificate, an
English translation); degree certificates (a Fudan 学位证书 with translation and a 二〇一七年 date, a
National Taiwan University diploma dated in the ROC calendar with an English line, a Melbourne PhD
testamur); transcripts (Zhejiang bilingual with a thesis-defence date among the terms, Michigan with
term date ranges, UTM Malaysia with an IC number and admission date); bank statements (a Hong Kong
integrated HKD+USD statement, a China Merchants Bank RMB 交易明细 with signed amounts, a Maybank
statement with trailing +/-), every one adding up with running balances printed; reference letters
(在职证明 with a promotion and a translation "to present", 离职证明 with a translation, an Indian
"till date" letter with two promotions and a senior HR signatory); PRC ID cards (front and back, an
English translation, a scan with the back first and an X check character).

First contact (2026-11-27): 152/180 = 84.4%, 8 wrong values accepted.

The extractors were then fixed against its wrong values with general rules (a label qualified by the
word before it, "Previous Test Date" or "the test date.", is not the label; Chinese employment cues
stop the letter-date search; "has been a" and a second "and to" promotion name the current title; the
unit after "of the" is not part of a title; a header's "Office of the Registrar" is cut from the
institution; a document's title is not a name), reaching 160/180 with none wrong accepted. The tests
now hold that figure: they guard against regressions and no longer measure generalisation.
"""

from __future__ import annotations

from typing import Any

from core.models import DocType
from tests import issuer_family_harness as harness
from tests.issuer_family_harness import (
    Row,
)

FIRST_CONTACT = {"date": "2026-11-27", "right": 152, "total": 180, "wrong_accepted": 8}
AFTER_FIXES = {"right": 179, "wrong_accepted": 0}

# --------------------------------------------------------------------------------------------------
# IELTS Test Report Forms
# --------------------------------------------------------------------------------------------------

IELTS_BC_HONG_KONG: list[Row] = [
    [(40, "IELTS"), (400, "ACADEMIC")],
    "Test Report Form",
    "NB Unless fraud is detected, this Test Report Form is valid for two years from the test date.",
    [(40, "Centre Number"), (150, "HK004"), (260, "Date"), (300, "08/MAR/2025"), (400, "Candidate Number"),
     (510, "012873")],
    "Candidate Details",
    [(40, "Family Name"), (200, "HUANG")],
    [(40, "First Name(s)"), (200, "ZIHAN")],
    [(40, "Candidate ID"), (200, "EH4729183")],
    [(40, "Date of Birth"), (200, "19/07/1993"), (330, "Sex (M/F)"), (400, "F"), (440, "Scheme Code"),
     (520, "Private")],
    [(40, "Previous Test Date"), (200, "14/SEP/2024"), (330, "Previous Test Centre"), (480, "HK004")],
    [(40, "Country or Region of Origin"), (230, "China (People's Republic of)")],
    [(40, "Country of Nationality"), (230, "China (People's Republic of)")],
    [(40, "First Language"), (230, "Chinese")],
    "Test Results",
    [(40, "Listening"), (110, "8.0"), (150, "Reading"), (210, "7.5"), (250, "Writing"), (310, "6.5"),
     (350, "Speaking"), (410, "7.0")],
    [(40, "Overall Band Score"), (160, "7.5"), (220, "CEFR Level"), (290, "C1")],
    [(40, "Administrator Comments"), (330, "Centre stamp")],
    [(330, "British Council Hong Kong")],
    [(40, "Writing Examiner Number"), (200, "031842"), (330, "Validation stamp")],
    [(40, "Speaking Examiner Number"), (200, "029377")],
    [(40, "Date"), (80, "21/MAR/2025"), (220, "Test Report Form Number"), (380, "25HK004209HUAZ001A")],
    [(40, "Administrator's Signature")],
]  # fmt: skip

IELTS_IDP_MANILA_GT: list[Row] = [
    "IELTS General Training",
    "TEST REPORT FORM",
    [(40, "Centre number:"), (140, "PH003"), (330, "Test date:"), (400, "14/SEP/2024")],
    [(40, "Candidate number:"), (150, "004512")],
    "CANDIDATE DETAILS",
    [(40, "Family name:"), (180, "DELA CRUZ")],
    [(40, "First name(s):"), (180, "MARIA ANGELICA")],
    [(40, "Candidate ID:"), (180, "P4418207B")],
    [(40, "Date of birth (DD/MM/YYYY):"), (220, "02/05/1991"), (330, "Sex:"), (370, "F")],
    [(40, "Nationality:"), (180, "Philippines"), (330, "First language:"), (430, "Tagalog")],
    "TEST RESULTS",
    [(40, "Listening"), (130, "Reading"), (220, "Writing"), (310, "Speaking"), (400, "Overall Band Score")],
    [(40, "7.0"), (130, "6.5"), (220, "6.0"), (310, "7.5"), (400, "7.0")],
    [(40, "CEFR level:"), (120, "B2")],
    [(40, "Administrator comments:"), (200, "None")],
    [(40, "Test Report Form number:"), (200, "24PH003381DELM012G")],
    [(40, "Date of issue:"), (140, "27/SEP/2024"), (330, "IDP Education Philippines")],
    [(40, "Centre stamp / Validation stamp")],
]  # fmt: skip

IELTS_IDP_INDIA: list[Row] = [
    [(40, "IELTS Test Report Form"), (380, "Module: Academic")],
    [(40, "Test format: Computer-delivered"), (380, "Test date: 18/JAN/2025")],
    [(40, "Centre: IN012 New Delhi"), (380, "Candidate no: 004871")],
    "Surname: KUMAR",
    "Given Name(s): ARJUN VIKRAM",
    [(40, "Passport/ID No: Z6138420"), (300, "DOB: 27/10/1995"), (450, "Gender: M")],
    [(40, "Nationality: India"), (300, "First language: Hindi")],
    "Results",
    [(40, "Skill"), (200, "Band")],
    [(40, "Listening"), (200, "8.5")],
    [(40, "Reading"), (200, "8.0")],
    [(40, "Writing"), (200, "7.0")],
    [(40, "Speaking"), (200, "7.5")],
    [(40, "Overall"), (200, "8.0"), (300, "CEFR: C1")],
    [(40, "TRF No: 25IN012205KUMA004A")],
    [(40, "Issued on 31/JAN/2025 by IDP Education India Pvt Ltd")],
    "Results can be verified at https://ielts.ucles.org.uk",
]  # fmt: skip

# --------------------------------------------------------------------------------------------------
# TOEFL iBT score reports
# --------------------------------------------------------------------------------------------------

TOEFL_KOREA_MYBEST: list[Row] = [
    [(40, "ETS TOEFL iBT"), (330, "Test Taker Score Report")],
    [(40, "Name: KIM, MINJUN"), (330, "Registration Number:")],
    [(330, "0000 0000 7741 3092")],
    [(40, "Date of Birth: March 3, 1994"), (330, "Gender: Male")],
    [(40, "Native Country: Korea, Republic of"), (330, "Native Language: Korean")],
    [(40, "Test Center: Seoul Gangnam"), (330, "Print Date: October 24, 2024")],
    "Test Date Scores",
    [(40, "Test Date: October 12, 2024"), (330, "Total Score: 104")],
    [(40, "Reading"), (130, "27"), (200, "Listening"), (280, "28"), (330, "Speaking"), (400, "24"),
     (450, "Writing"), (520, "25")],
    "MyBest Scores",
    [(40, "Total Score: 106")],
    [(40, "Reading"), (130, "28"), (200, "Listening"), (280, "28"), (330, "Speaking"), (400, "25"),
     (450, "Writing"), (520, "25")],
    [(40, "Reading from June 8, 2024; Speaking from October 12, 2024")],
    "Scores are valid for two years from the test date.",
]  # fmt: skip

TOEFL_TAIWAN_TABLE: list[Row] = [
    "TOEFL iBT(R) Official Score Report",
    [(40, "Name"), (200, "CHEN, YU-TING")],
    [(40, "Date of Birth"), (200, "1996-08-21")],
    [(40, "Test Date"), (200, "2025-02-15")],
    [(40, "Appointment Number"), (200, "TWN2502154418")],
    [(40, "Citizenship"), (200, "Taiwan")],
    [(40, "Section"), (200, "Score"), (300, "Level")],
    [(40, "Reading"), (200, "22"), (300, "High-Intermediate")],
    [(40, "Listening"), (200, "25"), (300, "Advanced")],
    [(40, "Speaking"), (200, "23"), (300, "High-Intermediate")],
    [(40, "Writing"), (200, "24"), (300, "High-Intermediate")],
    [(40, "Total Score"), (200, "94")],
    [(40, "Report issued"), (200, "2025-02-27")],
]  # fmt: skip

TOEFL_JAPAN_FRACTIONS: list[Row] = [
    [(40, "TOEFL iBT Score Report"), (400, "Institution Copy")],
    [(40, "SATO HARUKA"), (400, "Date Printed: 30 May 2025")],
    [(40, "Date of Birth: 30 Nov 1998")],
    [(40, "Test Date: 17 May 2025"), (400, "Test Center: Tokyo")],
    [(40, "Registration No. 0000 0000 5530 2871")],
    [(40, "Reading"), (130, "Listening"), (230, "Speaking"), (330, "Writing"), (430, "Total")],
    [(40, "20/30"), (130, "24/30"), (230, "21/30"), (330, "23/30"), (430, "88/120")],
    "Institution code: B123  Department: 99",
]  # fmt: skip

# --------------------------------------------------------------------------------------------------
# HSK score reports
# --------------------------------------------------------------------------------------------------

HSK_INDIA_LEVEL5: list[Row] = [
    "汉语水平考试 HSK（五级）成绩报告",
    "Chinese Proficiency Test Score Report HSK (Level 5)",
    [(40, "姓名 Name"), (200, "RAO ANIKA")],
    [(40, "性别 Gender"), (200, "女 Female"), (320, "国籍 Nationality"), (450, "印度 India")],
    [(40, "出生日期 Date of Birth"), (200, "1997-04-09")],
    [(40, "考试时间 Examination Date"), (200, "2025年03月16日")],
    [(40, "编号 No."), (200, "H52503160142")],
    [(40, "听力 Listening"), (200, "84")],
    [(40, "阅读 Reading"), (200, "90")],
    [(40, "书写 Writing"), (200, "76")],
    [(40, "总分 Total Score"), (200, "250")],
    [(40, "总分180分为合格 Total score of 180 is the passing score")],
    [(40, "成绩报告发放日期 Issue Date"), (240, "2025-04-20")],
    "汉考国际 Chinese Testing International",
]  # fmt: skip

HSK_KOREA_LEVEL6_TABLE: list[Row] = [
    "HSK（六级）成绩报告 HSK (Level 6) Score Report",
    [(40, "姓名 Name: PARK JIWOO"), (330, "性别 Gender: 男")],
    [(40, "国籍 Nationality: 韩国 Korea"), (330, "考点 Test Centre: Seoul")],
    [(40, "准考证号 Admission Ticket No.: H61224120800031")],
    [(40, "考试时间 Examination Date: 2024年12月8日")],
    [(40, "成绩报告编号 Report No.: H62412080057")],
    [(150, "听力"), (230, "阅读"), (310, "书写"), (390, "总分")],
    [(150, "Listening"), (230, "Reading"), (310, "Writing"), (390, "Total")],
    [(40, "满分 Full"), (150, "100"), (230, "100"), (310, "100"), (390, "300")],
    [(40, "成绩 Score"), (150, "78"), (230, "85"), (310, "71"), (390, "234")],
    [(40, "百分等级 Percentile"), (150, "70%"), (230, "81%"), (310, "66%"), (390, "74%")],
    "本报告两年内有效 Valid for two years",
]  # fmt: skip

HSK_PHILIPPINES_LEVEL2: list[Row] = [
    "CHINESE PROFICIENCY TEST (HSK) SCORE REPORT",
    "汉语水平考试（二级）",
    [(40, "Level 等级: 2")],
    [(40, "Candidate 考生: SANTOS MARIA CLARA")],
    [(40, "Nationality 国籍: Philippines 菲律宾")],
    [(40, "Test Date 考试时间: 21 JUN 2025")],
    [(40, "Test Centre 考点: Confucius Institute, Ateneo de Manila University")],
    [(40, "Certificate No. 证书编号: H22506210311")],
    [(40, "Listening 听力"), (220, "88 / 100")],
    [(40, "Reading 阅读"), (220, "91 / 100")],
    [(40, "Total 总分"), (220, "179 / 200")],
    "Passing score 120. Date of issue 2025-07-18.",
]  # fmt: skip

# --------------------------------------------------------------------------------------------------
# PSC certificates
# --------------------------------------------------------------------------------------------------

PSC_HONG_KONG: list[Row] = [
    "普通话水平测试等级证书",
    "PUTONGHUA PROFICIENCY TEST CERTIFICATE",
    [(40, "姓名"), (120, "陈嘉欣"), (300, "性别"), (360, "女")],
    [(40, "证件号码"), (120, "Y582041(3)")],
    [(40, "测试成绩"), (120, "87.6 分")],
    [(40, "等级"), (120, "二级甲等")],
    [(40, "测试时间"), (120, "2023年5月20日")],
    [(40, "证书编号"), (120, "8100230004127")],
    [(40, "发证单位"), (120, "国家语言文字工作委员会 香港理工大学普通话测试中心")],
    [(40, "发证日期"), (120, "2023年6月30日")],
]  # fmt: skip

PSC_GUANGDONG: list[Row] = [
    [(40, "证书编号 4403180045612"), (400, "国家普通话水平测试")],
    "普通话水平测试等级证书",
    "刘洋 同志于 2018年11月10日 参加普通话水平测试，成绩为 92.3 分，",
    "经审核，确定为 一级乙等。",
    [(40, "身份证号 440305198807063536")],
    [(40, "发证单位 广东省语言文字工作委员会"), (400, "2018年12月20日")],
]  # fmt: skip

PSC_JIANGSU_TRANSLATION: list[Row] = [
    "Translation",
    "Certificate of Putonghua Proficiency Test",
    [(40, "Certificate No.:"), (200, "3201190056231")],
    [(40, "Name:"), (200, "WANG Fang (王芳)")],
    [(40, "Sex:"), (200, "Female")],
    [(40, "Date of Birth:"), (200, "2 March 1997")],
    [(40, "Score:"), (200, "82.5")],
    [(40, "Grade:"), (200, "Level 2, Grade B (二级乙等)")],
    [(40, "Test Date:"), (200, "9 June 2019")],
    [(40, "Issued by:"), (200, "Jiangsu Provincial Language Commission")],
    [(40, "Date of Issue:"), (200, "15 July 2019")],
    "I certify that this is a true translation of the original Chinese certificate.",
    [(40, "Nanjing Huayu Translation Co., Ltd."), (330, "Translator: Zhou Qing, 2026-09-02")],
]  # fmt: skip

# --------------------------------------------------------------------------------------------------
# Degree certificates
# --------------------------------------------------------------------------------------------------

DEGREE_FUDAN_BILINGUAL: list[Row] = [
    "学士学位证书",
    "李明轩，男，1995年4月12日生。在复旦大学计算机科学与技术",
    "专业完成了本科学习计划，业已毕业，经审核符合《中华人民共和国",
    "学位条例》的规定，授予工学学士学位。",
    [(40, "复旦大学"), (300, "校长")],
    [(300, "学位评定委员会主席 许宁生")],
    [(40, "证书编号：1024642017001234"), (300, "二〇一七年六月三十日")],
    "",
    "English Translation",
    "BACHELOR'S DEGREE CERTIFICATE",
    "LI Mingxuan, male, born on April 12, 1995, has completed the undergraduate program",
    "in Computer Science and Technology at Fudan University and has graduated. Having",
    "been examined and found in accordance with the Regulations on Academic Degrees of",
    "the People's Republic of China, he is hereby conferred the degree of Bachelor of",
    "Engineering.",
    [(40, "Fudan University"), (300, "President and Chairman of the")],
    [(300, "Academic Degree Evaluation Committee")],
    [(40, "Certificate No.: 1024642017001234"), (300, "June 30, 2017")],
    "Translated by Shanghai Zhongxin Translation Service, 2026-08-19",
]  # fmt: skip

DEGREE_NTU_TAIWAN: list[Row] = [
    "國立臺灣大學",
    "NATIONAL TAIWAN UNIVERSITY",
    "碩士學位證書",
    "學生 林怡君 中華民國八十六年三月二日生",
    "於本校電機工程學系碩士班修業期滿，成績及格，經碩士學位考試通過，",
    "依學位授予法之規定，授予工學碩士學位。",
    [(40, "校長"), (120, "陳文章")],
    [(40, "碩字第1100512號"), (300, "中華民國 一百一十 年 六 月 三十 日")],
    "",
    "This is to certify that LIN YI-CHUN, born on March 2, 1997, having completed the",
    "graduate program of the Department of Electrical Engineering and passed the",
    "master's degree examination, is awarded the degree of Master of Science.",
    [(40, "President: Wen-Chang Chen"), (300, "June 30, 2021")],
]  # fmt: skip

DEGREE_MELBOURNE_PHD: list[Row] = [
    "THE UNIVERSITY OF MELBOURNE",
    "",
    "This is to certify that",
    "OLIVER JAMES WHITFIELD",
    "having satisfied the requirements prescribed by the University",
    "has been admitted to the degree of",
    "DOCTOR OF PHILOSOPHY",
    "in the discipline of Chemistry",
    "at a conferring of degrees held on 14 December 2020",
    "",
    [(40, "Chancellor"), (250, "Vice-Chancellor"), (450, "Academic Registrar")],
    [(40, "Testamur No. 2020/118274"), (350, "Student No. 687412")],
]  # fmt: skip

# --------------------------------------------------------------------------------------------------
# Transcripts
# --------------------------------------------------------------------------------------------------

TRANSCRIPT_ZJU_GRADUATE: list[Row] = [
    "浙江大学研究生成绩单",
    "ZHEJIANG UNIVERSITY GRADUATE ACADEMIC TRANSCRIPT",
    [(40, "姓名 Name: 吴昊 WU Hao"), (330, "学号 Student ID: 21960123")],
    [(40, "学院 School: Control Science and Engineering")],
    [(40, "学位 Degree: 工学硕士 Master of Engineering")],
    [(40, "入学日期 Enrollment: 2019-09-01"), (330, "学制 Duration: 2.5 years")],
    [(40, "Term"), (200, "Course"), (420, "Credit"), (490, "Score")],
    [(40, "2019-2020 秋冬"), (200, "Matrix Theory"), (420, "3.0"), (490, "92")],
    [(40, "2019-2020 秋冬"), (200, "Optimal Control"), (420, "2.0"), (490, "88")],
    [(40, "2019-2020 春夏"), (200, "Nonlinear Systems"), (420, "2.0"), (490, "90")],
    [(40, "2020-2021 秋冬"), (200, "Academic English"), (420, "2.0"), (490, "85")],
    [(40, "2020-2021 春夏"), (200, "Thesis Defence (2022-05-28)"), (420, "0.0"), (490, "P")],
    [(40, "学位授予日期 Degree Conferred: 2022-06-24")],
    [(40, "研究生院 Graduate School"), (330, "打印日期 Printed: 2026-10-08")],
]  # fmt: skip

TRANSCRIPT_MICHIGAN: list[Row] = [
    "UNIVERSITY OF MICHIGAN  Office of the Registrar  Ann Arbor, Michigan",
    "OFFICIAL ACADEMIC TRANSCRIPT",
    [(40, "Student: Emily Rose Johnson"), (330, "UMID: 48231907")],
    [(40, "Birthdate: Apr 17, 1996"), (330, "Date Issued: Sep 3, 2026")],
    "Fall 2014 (Sep 2, 2014 - Dec 19, 2014) College of Engineering",
    [(40, "ENGR 100"), (120, "Intro to Engineering"), (420, "4.00"), (480, "A")],
    [(40, "MATH 115"), (120, "Calculus I"), (420, "4.00"), (480, "A-")],
    "Winter 2015 (Jan 7, 2015 - Apr 29, 2015)",
    [(40, "MECHENG 211"), (120, "Intro to Solid Mechanics"), (420, "4.00"), (480, "B+")],
    "Winter 2018 (Jan 3, 2018 - Apr 25, 2018)",
    [(40, "MECHENG 450"), (120, "Design and Manufacturing III"), (420, "4.00"), (480, "A")],
    [(40, "Cumulative GPA"), (420, "3.71")],
    "DEGREE AWARDED: Bachelor of Science in Engineering",
    "Major: Mechanical Engineering",
    "Date Conferred: May 2, 2018",
    "Honors: Cum Laude",
    "End of transcript",
]  # fmt: skip

TRANSCRIPT_UTM_MALAYSIA: list[Row] = [
    "UNIVERSITI TEKNOLOGI MALAYSIA",
    "ACADEMIC TRANSCRIPT / TRANSKRIP AKADEMIK",
    [(40, "Name / Nama"), (200, ": NUR AISYAH BINTI AHMAD")],
    [(40, "IC No. / No. K.P."), (200, ": 960312-14-5588")],
    [(40, "Matric No."), (200, ": MKA181045")],
    [(40, "Programme / Program"), (200, ": Master of Science (Civil Engineering)")],
    [(40, "Faculty / Fakulti"), (200, ": Faculty of Civil Engineering")],
    [(40, "Date of Admission"), (200, ": 10 September 2018")],
    "Semester 1 Session 2018/2019",
    [(40, "MKAH1013"), (140, "Advanced Structural Analysis"), (440, "3"), (500, "A-")],
    "Semester 2 Session 2018/2019",
    [(40, "MKAH1023"), (140, "Research Methodology"), (440, "3"), (500, "A")],
    "Semester 1 Session 2019/2020",
    [(40, "MKAH1800"), (140, "Master's Project"), (440, "10"), (500, "A")],
    [(40, "CGPA"), (200, ": 3.82")],
    [(40, "Date Conferred"), (200, ": 26 October 2020")],
    [(40, "Registrar"), (330, "Date: 3 November 2020")],
]  # fmt: skip

# --------------------------------------------------------------------------------------------------
# Bank statements
# --------------------------------------------------------------------------------------------------

BANK_HK_INTEGRATED: list[Row] = [
    [(40, "Victoria Harbour Bank Limited"), (360, "維港銀行有限公司")],
    [(40, "88 Des Voeux Road Central, Hong Kong"), (360, "Integrated Account Statement")],
    [(40, "MR LEUNG KA HO"), (360, "Statement Date 31 Aug 2026")],
    [(40, "FLAT 12B, 8 TAI KOO SHING ROAD"), (360, "Page 1 of 1")],
    [(40, "QUARRY BAY, HONG KONG"), (360, "Branch 582 Causeway Bay")],
    "Statement period: 01 Aug 2026 to 31 Aug 2026",
    "HKD Savings  Account No. 582-274916-833",
    [(40, "Date"), (90, "Transaction Details"), (300, "Deposit"), (380, "Withdrawal"), (470, "Balance")],
    [(40, "01 Aug"), (90, "B/F BALANCE"), (470, "186,420.35")],
    [(40, "01 Aug"), (90, "PAYROLL ACME HK LTD"), (300, "58,300.00"), (470, "244,720.35")],
    [(40, "03 Aug"), (90, "AUTOPAY RENT"), (380, "12,800.00"), (470, "231,920.35")],
    [(40, "10 Aug"), (90, "CREDIT CARD PAYMENT"), (380, "3,245.60"), (470, "228,674.75")],
    [(40, "15 Aug"), (90, "FPS TO CHAN S M"), (380, "1,020.00"), (470, "227,654.75")],
    [(40, "20 Aug"), (90, "TO USD SAVINGS"), (380, "25,000.00"), (470, "202,654.75")],
    [(40, "31 Aug"), (90, "CREDIT INTEREST"), (300, "34.18"), (470, "202,688.93")],
    [(40, "31 Aug"), (90, "C/F BALANCE"), (470, "202,688.93")],
    [(90, "Total"), (300, "58,334.18"), (380, "42,065.60")],
    "USD Savings  Account No. 582-274916-201",
    [(40, "Date"), (90, "Transaction Details"), (300, "Deposit"), (380, "Withdrawal"), (470, "Balance")],
    [(40, "01 Aug"), (90, "B/F BALANCE"), (470, "12,500.00")],
    [(40, "20 Aug"), (90, "FROM HKD SAVINGS"), (300, "3,000.00"), (470, "15,500.00")],
    [(40, "22 Aug"), (90, "DEBIT CARD AMAZON"), (380, "1,250.40"), (470, "14,249.60")],
    [(40, "28 Aug"), (90, "DEBIT CARD APPLE"), (380, "86.25"), (470, "14,163.35")],
    [(40, "31 Aug"), (90, "CREDIT INTEREST"), (300, "2.11"), (470, "14,165.46")],
    [(40, "31 Aug"), (90, "C/F BALANCE"), (470, "14,165.46")],
    [(90, "Total"), (300, "3,002.11"), (380, "1,336.65")],
    "Please examine this statement and report any discrepancy within 90 days.",
]  # fmt: skip

BANK_CMB_RMB: list[Row] = [
    "招商银行 China Merchants Bank",
    "个人账户交易明细 Transaction Statement",
    [(40, "户名 Name: 王磊 WANG LEI")],
    [(40, "账号 Account No.: 6214 **** **** 8826")],
    [(40, "币种 Currency: 人民币 RMB"), (330, "开户行 Branch: 深圳分行")],
    [(40, "起止日期 Period: 2026-07-01 -- 2026-08-31")],
    [(40, "期初余额 Opening Balance: 84,512.77")],
    [(40, "记账日期"), (120, "交易金额 Amount"), (250, "联机余额 Balance"), (380, "交易摘要 Description")],
    [(40, "2026-07-05"), (120, "26,800.00"), (250, "111,312.77"), (380, "代发工资 Payroll")],
    [(40, "2026-07-06"), (120, "-4,500.00"), (250, "106,812.77"), (380, "房租 Rent")],
    [(40, "2026-07-19"), (120, "-1,236.58"), (250, "105,576.19"), (380, "支付宝消费 Alipay")],
    [(40, "2026-07-28"), (120, "-20,000.00"), (250, "85,576.19"), (380, "转账 Transfer")],
    [(40, "2026-08-05"), (120, "26,800.00"), (250, "112,376.19"), (380, "代发工资 Payroll")],
    [(40, "2026-08-14"), (120, "-389.90"), (250, "111,986.29"), (380, "微信支付 WeChat Pay")],
    [(40, "2026-08-26"), (120, "-8,650.00"), (250, "103,336.29"), (380, "信用卡还款 Card")],
    [(40, "收入合计 Total Credits: 53,600.00"), (330, "支出合计 Total Debits: 34,776.48")],
    [(40, "期末余额 Closing Balance: 103,336.29")],
    [(40, "打印日期 Printed: 2026-09-02"), (330, "招商银行深圳分行 (业务专用章)")],
]  # fmt: skip

BANK_MAYBANK_MYR: list[Row] = [
    [(40, "Malayan Banking Berhad (3813-K)"), (400, "Maybank")],
    [(40, "MENARA MAYBANK, KUALA LUMPUR")],
    [(40, "LIM CHEE KEONG"), (330, "STATEMENT DATE : 30/09/2026")],
    [(40, "NO 14 JALAN SS2/24"), (330, "ACCOUNT NUMBER : 5141 2233 7890")],
    [(40, "47300 PETALING JAYA, SELANGOR"), (330, "SAVINGS ACCOUNT-i (MYR)")],
    [(40, "STATEMENT PERIOD : 01 SEP 2026 - 30 SEP 2026")],
    [(40, "ENTRY DATE"), (130, "TRANSACTION DESCRIPTION"), (330, "AMOUNT (RM)"), (460, "BALANCE (RM)")],
    [(130, "BEGINNING BALANCE"), (460, "23,118.40")],
    [(40, "01/09"), (130, "SALARY CREDIT"), (330, "9,850.00+"), (460, "32,968.40")],
    [(40, "03/09"), (130, "FPX PAYMENT TNB"), (330, "1,250.00-"), (460, "31,718.40")],
    [(40, "09/09"), (130, "DEBIT CARD TESCO"), (330, "387.65-"), (460, "31,330.75")],
    [(40, "15/09"), (130, "IBG TRANSFER"), (330, "2,000.00-"), (460, "29,330.75")],
    [(40, "21/09"), (130, "DUITNOW RECEIVED"), (330, "120.00+"), (460, "29,450.75")],
    [(40, "28/09"), (130, "SERVICE CHARGE"), (330, "64.30-"), (460, "29,386.45")],
    [(130, "ENDING BALANCE"), (460, "29,386.45")],
    [(40, "TOTAL DEBIT : 3,701.95"), (330, "TOTAL CREDIT : 9,970.00")],
    "Perbankan Islam / Islamic Banking. Protected by PIDM up to RM250,000 for each depositor.",
]  # fmt: skip

# --------------------------------------------------------------------------------------------------
# Reference letters
# --------------------------------------------------------------------------------------------------

LETTER_SHENZHEN_ZAIZHI: list[Row] = [
    "在职证明",
    "兹证明 张晓峰 先生（身份证号：440305198807063536）自2015年7月6日起在我公司工作至今，",
    "2015年7月至2019年3月任研发部软件工程师，2019年4月起任研发部高级工程师。",
    "特此证明。",
    [(330, "深圳腾华科技有限公司（盖章）")],
    [(330, "人力资源部")],
    [(330, "2026年9月10日")],
    "",
    "CERTIFICATE OF EMPLOYMENT (TRANSLATION)",
    "This is to certify that Mr. ZHANG Xiaofeng (ID No. 440305198807063536) has been employed",
    "by our company since July 6, 2015 to present. From July 2015 to March 2019 he worked",
    "as a Software Engineer in the R&D Department; since April 2019 he has been a Senior",
    "Engineer in the R&D Department. Place of work: Shenzhen, China.",
    "This certificate is hereby issued.",
    [(330, "Shenzhen Tenghua Technology Co., Ltd.")],
    [(330, "Human Resources Department")],
    [(330, "September 10, 2026")],
]  # fmt: skip

LETTER_SHANGHAI_LIZHI: list[Row] = [
    "离职证明",
    "兹证明 赵敏 女士，身份证号码 310115198702192422，于2016年3月1日至2024年12月31日",
    "在本公司担任财务部经理职务，负责公司财务核算与预算管理，带领6人团队，直接向首席财务官汇报。",
    "因个人原因申请离职，已办理完毕离职手续。特此证明。",
    [(330, "上海瑞丰投资管理有限公司（盖章）")],
    [(330, "2025年1月6日")],
    "",
    "Translation: Certificate of Separation",
    "This is to certify that Ms. ZHAO Min (ID No. 310115198702192422) worked for our company",
    "from 1 March 2016 to 31 December 2024 as Finance Manager of the Finance Department,",
    "responsible for financial accounting and budgeting, leading a team of 6 and reporting",
    "directly to the Chief Financial Officer. She resigned for personal reasons and all",
    "separation procedures have been completed. Shanghai, China.",
    [(330, "Shanghai Ruifeng Investment Management")],
    [(330, "Co., Ltd. (company seal)")],
    [(330, "6 January 2025")],
]  # fmt: skip

LETTER_PUNE_TILL_DATE: list[Row] = [
    [(40, "VERTEX SOFTECH SOLUTIONS PVT. LTD."), (400, "CIN U72200PN2004PTC019")],
    "Plot 7, Hinjewadi Phase II, Pune 411057, Maharashtra, India",
    [(400, "Date: 14th August 2026")],
    "TO WHOM IT MAY CONCERN",
    "This is to certify that Mr. Rohan Mehta (Employee ID: VS-204518, Passport No. Z4829133)",
    "has been working with Vertex Softech Solutions Pvt. Ltd. from 2nd June 2014 till date.",
    "He joined us as a Software Engineer, was promoted to Technical Lead on 1st April 2018",
    "and to Delivery Manager on 1st October 2022, the position he currently holds. He is",
    "based at our Pune, India office, manages a team of 25 engineers and reports to the",
    "Vice President - Delivery.",
    "His current annual CTC is INR 38,50,000.",
    "We wish him all the best in his future endeavours.",
    "For Vertex Softech Solutions Pvt. Ltd.",
    "Anita Desai",
    "Senior Vice President - Human Resources",
]  # fmt: skip

# --------------------------------------------------------------------------------------------------
# PRC resident identity cards
# --------------------------------------------------------------------------------------------------

PRC_ID_FRONT_BACK: list[Row] = [
    [(40, "姓名"), (90, "李娜")],
    [(40, "性别"), (90, "女"), (150, "民族"), (200, "汉")],
    [(40, "出生"), (90, "1990 年 5 月 23 日")],
    [(40, "住址"), (90, "四川省成都市武侯区")],
    [(90, "人民南路四段27号")],
    [(40, "公民身份号码"), (150, "510107199005231627")],
    "",
    "中华人民共和国",
    "居民身份证",
    [(40, "签发机关"), (120, "成都市公安局武侯区分局")],
    [(40, "有效期限"), (120, "2015.06.18-2035.06.18")],
]  # fmt: skip

PRC_ID_TRANSLATION: list[Row] = [
    "Translation of the Resident Identity Card of the People's Republic of China",
    [(40, "Name:"), (200, "WANG Jun (王军)")],
    [(40, "Sex:"), (200, "Male"), (330, "Ethnicity:"), (420, "Han")],
    [(40, "Date of Birth:"), (200, "12 November 1985")],
    [(40, "Address:"), (200, "No. 16 Zhongshan Road, Shinan District,")],
    [(200, "Qingdao, Shandong Province")],
    [(40, "Citizen ID Number:"), (200, "370202198511120033")],
    [(40, "Issuing Authority:"), (200, "Shinan Branch, Qingdao Public Security Bureau")],
    [(40, "Valid Period:"), (200, "2018.03.02 - 2038.03.02")],
    "We certify that the above is a true and accurate translation of the original.",
    [(40, "Qingdao Zhengyuan Translation Co., Ltd."), (370, "Date: 2026-09-01")],
]  # fmt: skip

PRC_ID_BACK_FIRST_SCAN: list[Row] = [
    "中华人民共和国 居民身份证",
    "签发机关 广州市公安局天河分局",
    "有效期限 2019.01.15-长期",
    "",
    "姓名 陈思远",
    "性别 男 民族 汉",
    "出生 1979年12月3日",
    "住址 广东省广州市天河区天河路385号",
    "公民身份号码 44010619791203237X",
]  # fmt: skip

# --------------------------------------------------------------------------------------------------
# The cases
# --------------------------------------------------------------------------------------------------

CASES: list[tuple[str, DocType, list[Row], dict[str, Any]]] = [
    ("ielts_bc_hong_kong", DocType.ielts, IELTS_BC_HONG_KONG, {
        "candidate_name": "ZIHAN HUANG", "date_of_birth": "1993-07-19", "overall": 7.5, "listening": 8.0,
        "reading": 7.5, "writing": 6.5, "speaking": 7.0, "test_date": "2025-03-08",
        "trf_number": "25HK004209HUAZ001A", "module": "academic"}),
    ("ielts_idp_manila_gt", DocType.ielts, IELTS_IDP_MANILA_GT, {
        "candidate_name": "MARIA ANGELICA DELA CRUZ", "date_of_birth": "1991-05-02", "overall": 7.0,
        "listening": 7.0, "reading": 6.5, "writing": 6.0, "speaking": 7.5, "test_date": "2024-09-14",
        "trf_number": "24PH003381DELM012G", "module": "general_training"}),
    ("ielts_idp_india", DocType.ielts, IELTS_IDP_INDIA, {
        "candidate_name": "ARJUN VIKRAM KUMAR", "date_of_birth": "1995-10-27", "overall": 8.0,
        "listening": 8.5, "reading": 8.0, "writing": 7.0, "speaking": 7.5, "test_date": "2025-01-18",
        "trf_number": "25IN012205KUMA004A", "module": "academic"}),
    ("toefl_korea_mybest", DocType.toefl, TOEFL_KOREA_MYBEST, {
        "candidate_name": "KIM, MINJUN", "date_of_birth": "1994-03-03", "total": 104, "reading": 27,
        "listening": 28, "speaking": 24, "writing": 25, "test_date": "2024-10-12", "scale": "0-120"}),
    ("toefl_taiwan_table", DocType.toefl, TOEFL_TAIWAN_TABLE, {
        "candidate_name": "CHEN, YU-TING", "date_of_birth": "1996-08-21", "total": 94, "reading": 22,
        "listening": 25, "speaking": 23, "writing": 24, "test_date": "2025-02-15", "scale": "0-120"}),
    ("toefl_japan_fractions", DocType.toefl, TOEFL_JAPAN_FRACTIONS, {
        "candidate_name": "SATO HARUKA", "date_of_birth": "1998-11-30", "total": 88, "reading": 20,
        "listening": 24, "speaking": 21, "writing": 23, "test_date": "2025-05-17", "scale": "0-120"}),
    ("hsk_india_level5", DocType.hsk, HSK_INDIA_LEVEL5, {
        "candidate_name": "RAO ANIKA", "level": 5, "total": 250, "listening": 84, "reading": 90,
        "writing": 76, "test_date": "2025-03-16", "certificate_number": "H52503160142"}),
    ("hsk_korea_level6_table", DocType.hsk, HSK_KOREA_LEVEL6_TABLE, {
        "candidate_name": "PARK JIWOO", "level": 6, "total": 234, "listening": 78, "reading": 85,
        "writing": 71, "test_date": "2024-12-08", "certificate_number": "H62412080057"}),
    ("hsk_philippines_level2", DocType.hsk, HSK_PHILIPPINES_LEVEL2, {
        "candidate_name": "SANTOS MARIA CLARA", "level": 2, "total": 179, "listening": 88, "reading": 91,
        "writing": None, "test_date": "2025-06-21", "certificate_number": "H22506210311"}),
    ("psc_hong_kong", DocType.psc, PSC_HONG_KONG, {
        "candidate_name": "陈嘉欣", "grade": "二级甲等", "test_date": "2023-05-20",
        "certificate_number": "8100230004127"}),
    ("psc_guangdong_prose", DocType.psc, PSC_GUANGDONG, {
        "candidate_name": "刘洋", "grade": "一级乙等", "test_date": "2018-11-10",
        "certificate_number": "4403180045612"}),
    ("psc_jiangsu_translation", DocType.psc, PSC_JIANGSU_TRANSLATION, {
        "candidate_name": ("王芳", "WANG Fang", "WANG Fang 王芳"),
        "grade": "二级乙等", "test_date": "2019-06-09",
        "certificate_number": "3201190056231"}),
    ("degree_fudan_bilingual", DocType.degree, DEGREE_FUDAN_BILINGUAL, {
        "holder_name": ("李明轩", "LI Mingxuan"), "level": "bachelor",
        "title": ("Bachelor of Engineering", "工学学士"),
        "field": ("Computer Science and Technology", "计算机科学与技术"),
        "institution": ("Fudan University", "复旦大学"), "award_date": "2017-06-30"}),
    ("degree_ntu_taiwan", DocType.degree, DEGREE_NTU_TAIWAN, {
        "holder_name": ("LIN YI-CHUN", "林怡君"), "level": "master",
        "title": ("Master of Science", "工學碩士"),
        "field": ("Electrical Engineering", "電機工程", "電機工程學系"),
        "institution": ("National Taiwan University", "國立臺灣大學"), "award_date": "2021-06-30"}),
    ("degree_melbourne_phd", DocType.degree, DEGREE_MELBOURNE_PHD, {
        "holder_name": "OLIVER JAMES WHITFIELD", "level": "doctorate", "title": "Doctor of Philosophy",
        "field": "Chemistry", "institution": "The University of Melbourne", "award_date": "2020-12-14"}),
    ("transcript_zju_graduate", DocType.transcript, TRANSCRIPT_ZJU_GRADUATE, {
        "holder_name": ("WU Hao", "吴昊", "吴昊 WU Hao"), "institution": ("Zhejiang University", "浙江大学"),
        "level": "master", "award_date": "2022-06-24"}),
    ("transcript_michigan", DocType.transcript, TRANSCRIPT_MICHIGAN, {
        "holder_name": "Emily Rose Johnson", "institution": "University of Michigan", "level": "bachelor",
        "award_date": "2018-05-02"}),
    ("transcript_utm_malaysia", DocType.transcript, TRANSCRIPT_UTM_MALAYSIA, {
        "holder_name": "NUR AISYAH BINTI AHMAD", "institution": "Universiti Teknologi Malaysia",
        "level": "master", "award_date": "2020-10-26"}),
    ("bank_hk_integrated", DocType.bank_statement, BANK_HK_INTEGRATED, {
        "holder_name": "LEUNG KA HO", "bank_name": "Victoria Harbour Bank Limited",
        "account_number_last4": ("6833", "6201"), "currency": ("HKD", "USD"),
        "statement_start": "2026-08-01", "statement_end": "2026-08-31",
        "closing_balance": (202688.93, 14165.46)}),
    ("bank_cmb_rmb", DocType.bank_statement, BANK_CMB_RMB, {
        "holder_name": ("WANG LEI", "王磊", "王磊 WANG LEI"),
        "bank_name": ("China Merchants Bank", "招商银行"),
        "account_number_last4": "8826", "currency": "CNY", "statement_start": "2026-07-01",
        "statement_end": "2026-08-31", "closing_balance": 103336.29}),
    ("bank_maybank_myr", DocType.bank_statement, BANK_MAYBANK_MYR, {
        "holder_name": "LIM CHEE KEONG", "bank_name": ("Malayan Banking Berhad", "Maybank"),
        "account_number_last4": "7890", "currency": "MYR", "statement_start": "2026-09-01",
        "statement_end": "2026-09-30", "closing_balance": 29386.45}),
    ("letter_shenzhen_zaizhi", DocType.reference_letter, LETTER_SHENZHEN_ZAIZHI, {
        "employee_name": ("ZHANG Xiaofeng", "张晓峰"),
        "employer": ("Shenzhen Tenghua Technology Co., Ltd.", "深圳腾华科技有限公司"),
        "position": ("Senior Engineer", "高级工程师"), "start_date": "2015-07-06", "end_date": None,
        "country": "CHN", "letter_date": "2026-09-10", "senior_role": False}),
    ("letter_shanghai_lizhi", DocType.reference_letter, LETTER_SHANGHAI_LIZHI, {
        "employee_name": ("ZHAO Min", "赵敏"),
        "employer": ("Shanghai Ruifeng Investment Management Co., Ltd.", "上海瑞丰投资管理有限公司"),
        "position": ("Finance Manager", "财务部经理"), "start_date": "2016-03-01", "end_date": "2024-12-31",
        "country": "CHN", "letter_date": "2025-01-06", "senior_role": True}),
    ("letter_pune_till_date", DocType.reference_letter, LETTER_PUNE_TILL_DATE, {
        "employee_name": "Rohan Mehta", "employer": "Vertex Softech Solutions Pvt. Ltd.",
        "position": "Delivery Manager", "start_date": "2014-06-02", "end_date": None, "country": "IND",
        "letter_date": "2026-08-14", "senior_role": True}),
    ("prc_id_front_back", DocType.prc_id_card, PRC_ID_FRONT_BACK, {
        "name": "李娜", "id_number": "510107199005231627", "date_of_birth": "1990-05-23", "sex": "F"}),
    ("prc_id_translation", DocType.prc_id_card, PRC_ID_TRANSLATION, {
        "name": ("王军", "WANG Jun", "WANG Jun 王军"), "id_number": "370202198511120033",
        "date_of_birth": "1985-11-12",
        "sex": "M"}),
    ("prc_id_back_first_scan", DocType.prc_id_card, PRC_ID_BACK_FIRST_SCAN, {
        "name": "陈思远", "id_number": "44010619791203237X", "date_of_birth": "1979-12-03", "sex": "M"}),
]  # fmt: skip

BANK_ARITHMETIC: dict[str, list[tuple[float, list[float], float]]] = {
    "bank_hk_integrated": [
        (186420.35, [58300.00, -12800.00, -3245.60, -1020.00, -25000.00, 34.18], 202688.93),
        (12500.00, [3000.00, -1250.40, -86.25, 2.11], 14165.46),
    ],
    "bank_cmb_rmb": [
        (84512.77, [26800.00, -4500.00, -1236.58, -20000.00, 26800.00, -389.90, -8650.00], 103336.29)
    ],
    "bank_maybank_myr": [(23118.40, [9850.00, -1250.00, -387.65, -2000.00, 120.00, -64.30], 29386.45)],
}

# PRC ID numbers printed as distractors in reference letters and certificates
DISTRACTOR_PRC_IDS = ("440305198807063536", "310115198702192422")


def score() -> tuple[int, int, list[tuple], list[tuple]]:
    """(right, total, misses, wrong_accepted) over every expected fact of every case."""
    return harness.score(CASES)


# --------------------------------------------------------------------------------------------------
# Self-consistency of the documents themselves
# --------------------------------------------------------------------------------------------------


def test_issuer_family_i_documents_are_self_consistent() -> None:
    harness.check_consistent_family(CASES, BANK_ARITHMETIC, DISTRACTOR_PRC_IDS)


def test_issuer_family_i_never_falls_below_its_figure_after_the_fixes() -> None:
    right, total, misses, _ = score()
    assert total == FIRST_CONTACT["total"]
    assert right >= AFTER_FIXES["right"], f"{right}/{total}; misses: {misses}"


def test_issuer_family_i_accepts_no_wrong_value() -> None:
    _, _, _, wrong_accepted = score()
    assert len(wrong_accepted) <= AFTER_FIXES["wrong_accepted"], wrong_accepted


if __name__ == "__main__":
    right, total, misses, wrong_accepted = score()
    print(f"issuer family I: {right}/{total} = {100 * right / total:.1f}%")
    print(f"wrong values accepted: {len(wrong_accepted)}")
    for label, field, want, got, status in misses:
        shown = getattr(status, "value", status)
        print(f"  MISS {label:36} {field:22} expected={want!r} got={got!r} status={shown}")
