"""Issuer family K: 27 held-out documents (180 facts) written blind, to measure generalisation.

Written by a helper session under independence rules: it did not open the extractors, the readers,
the sample-document generator, or the documents of any other test family; it read only the output
contract, DOCUMENTS.md, core/models.py, the page builder in test_extract_toolkit.py, the spelling
of values in sample_docs/truth, and family J's comparison harness (reused here unchanged).

Three documents of every kind, as a Hong Kong QMAS consultancy receives them from applicants in
mainland China, Hong Kong, Taiwan, Singapore, Malaysia, India, the Philippines, Korea, the UK and
the US. What varies: IELTS scores as a header row over a value row, labels stacked above values,
a checkbox module line, a previous test date; TOEFL MyBest scores beside test-date scores, a 2026
report with the 1-6 band scale beside 0-120 (0-120 is expected: sections are also reported on it),
level descriptors with score ranges; HSK level 2 without writing, Chinese dates, a full-score
column before the score column; PSC as ceremonial prose, bilingual key/value with an ID number, a
certified English translation; a 学位证书 with translation, a ceremonial congregation certificate,
a bilingual HK PhD; transcripts whose conferral date sits among term ranges and issue dates
(including US month-first dates); statements with two currency accounts and bracketed debits, a
Malaysian trailing-minus statement, a bilingual 借/贷 CNY statement; a 在职证明 with promotions
"至今"/"to present", an Indian "till date" letter with a secondment abroad and a VP signatory, a UK
letter of someone who left, with an acting manager role; PRC ID cards as a translation, as the
front and back of the card (check character X), and back side first with a QMAS annotation.

First contact (2026-11-27): 155/180 = 86.1%, 15 wrong values accepted. Misses then: IELTS reading
and writing in a header-over-values row; every TOEFL section and the total of the 1-6/0-120 report
(read on the band scale); HSK scores from the full-score column; PSC names in prose and in a
translation; degree fields after "in" on their own line and in a Chinese/English pair; a US
transcript's award date (took the issue date); a Malaysian holder and trailing-minus closing
balance; the 在职证明's employer, latest position, exact start date and a false end date; the
Indian letter's country (the secondment's); the UK letter's position (the first, not the last).

The extractors were then fixed against its wrong values with general rules (a full-marks column by
its whole heading cell; "Graduate Program" is not award wording and a row under "DEGREES AWARDED" is
dated by it; "appointed", "became" and "has been" name titles, a present marker reaches the end of
its sentence; of two starts in one month the dated one; a TOEFL report printing both scales sends its
scores to review), reaching 164/180 with none wrong accepted. The tests hold that.
"""

from __future__ import annotations

from typing import Any

from core.models import DocType
from tests import issuer_family_harness as harness
from tests.issuer_family_harness import (
    Row,
)

FIRST_CONTACT = {"date": "2026-11-27", "right": 155, "total": 180, "wrong_accepted": 15}

# --------------------------------------------------------------------------------------------------
# IELTS
# --------------------------------------------------------------------------------------------------

IELTS_IDP_INDIA: list[Row] = [
    "IELTS  International English Language Testing System",
    [(40, "TEST REPORT FORM"), (400, "ACADEMIC")],
    "NOTE Admission to undergraduate and postgraduate courses should be based on the",
    "ACADEMIC Reading and Writing Modules.",
    [
        (40, "Centre Number"),
        (160, "IN012"),
        (260, "Date"),
        (310, "14/FEB/2026"),
        (420, "Candidate No."),
        (510, "012345"),
    ],
    "Candidate Details",
    [(40, "Family Name"), (200, "SHARMA")],
    [(40, "First Name(s)"), (200, "ANANYA")],
    [(40, "Candidate ID"), (200, "Z4418203")],
    [
        (40, "Date of Birth"),
        (200, "17/11/1994"),
        (330, "Sex (M/F)"),
        (400, "F"),
        (440, "Scheme Code"),
        (520, "Private"),
    ],
    [(40, "Country or Region of Origin"), (220, "INDIA")],
    [(40, "Country of Nationality"), (220, "INDIA")],
    [(40, "First Language"), (220, "HINDI")],
    "Test Results",
    [
        (40, "Listening"),
        (120, "Reading"),
        (200, "Writing"),
        (280, "Speaking"),
        (370, "Overall Band Score"),
        (500, "CEFR Level"),
    ],
    [(40, "8.0"), (120, "7.5"), (200, "6.5"), (280, "7.0"), (370, "7.5"), (500, "C1")],
    [(40, "Administrator Comments"), (300, "Centre stamp")],
    [(40, "Validation stamp"), (300, "Test Report Form Number"), (460, "26IN012345SHAA001A")],
    [(40, "Date"), (120, "24/02/2026"), (300, "Administrator's Signature")],
]

IELTS_BC_HONG_KONG_GT: list[Row] = [
    "British Council  |  Hong Kong",
    "IELTS General Training  Test Report Form",
    [(40, "Candidate's family name"), (300, "CHAN")],
    [(40, "Candidate's given name(s)"), (300, "HOI YING KAREN")],
    [(40, "Date of birth (DD/MM/YYYY)"), (300, "23/04/1990")],
    [(40, "Sex"), (300, "F")],
    [(40, "Candidate ID (passport)"), (300, "K03318624")],
    [(40, "Test date"), (300, "18 October 2025")],
    [(40, "Previous test date (if any)"), (300, "22 March 2025")],
    [(40, "Previous test centre"), (300, "HK503")],
    "Results",
    [(40, "Listening"), (300, "6.5")],
    [(40, "Reading"), (300, "7.0")],
    [(40, "Writing"), (300, "6.0")],
    [(40, "Speaking"), (300, "6.5")],
    [(40, "Overall band score"), (300, "6.5"), (380, "CEFR level"), (460, "B2")],
    [(40, "Test Report Form number"), (300, "25HK503318CHAH027G")],
    [(40, "Date of issue"), (300, "31 October 2025")],
    "This TRF is valid for two years from the test date. Verify at ielts.ucles.org.uk",
]

IELTS_PHILIPPINES_STACKED: list[Row] = [
    "IDP Education Philippines  -  IELTS Test Report Form",
    "Module   [ ] General Training   [X] Academic",
    [(40, "Family Name"), (300, "First Name(s)")],
    [(40, "REYES"), (300, "MARIA CRISTINA")],
    [(40, "Date of Birth"), (200, "Sex"), (300, "Candidate ID")],
    [(40, "1992-08-30"), (200, "F"), (300, "P4820193A")],
    [(40, "Test Date"), (200, "Centre Number"), (340, "Candidate Number")],
    [(40, "2026-03-21"), (200, "PH004"), (340, "004417")],
    "Test Results",
    [(40, "Listening 7.0"), (160, "Reading 6.5"), (280, "Writing 6.5"), (400, "Speaking 7.0")],
    [(40, "Overall Band Score 7.0"), (300, "CEFR Level C1")],
    [(40, "Test Report Form No."), (200, "26PH004417REYM009A")],
    [(40, "Results issued"), (200, "2026-04-03")],
]

# --------------------------------------------------------------------------------------------------
# TOEFL iBT
# --------------------------------------------------------------------------------------------------

TOEFL_MYBEST_BESIDE: list[Row] = [
    "ETS  TOEFL iBT  Test Taker Score Report",
    [(40, "Name:"), (140, "LIU, YANG")],
    [(40, "Date of Birth:"), (140, "May 2, 1996")],
    [(40, "Registration Number:"), (180, "0000 0000 3381 2046")],
    [(40, "Email:"), (140, "liuyang96@example.com")],
    [(40, "Native Country:"), (140, "China")],
    [(40, "Test Date Scores"), (330, "MyBest Scores")],
    [(40, "Test Date: March 8, 2026"), (330, "Dates: 11/15/2025 - 03/08/2026")],
    [(40, "Reading"), (160, "27"), (330, "Reading"), (450, "28")],
    [(40, "Listening"), (160, "26"), (330, "Listening"), (450, "26")],
    [(40, "Speaking"), (160, "23"), (330, "Speaking"), (450, "24")],
    [(40, "Writing"), (160, "25"), (330, "Writing"), (450, "25")],
    [(40, "Total Score"), (160, "101"), (330, "Total"), (450, "103")],
    "Test Date Scores are from a single test administration. MyBest scores combine your",
    "highest section scores from all valid test dates in the last 2 years.",
    [(40, "Report Date:"), (140, "March 18, 2026")],
]

TOEFL_BAND_SCALE_TAIWAN: list[Row] = [
    "TOEFL iBT(R) Score Report",
    "Your scores on the new 1-6 band scale, with 0-120 scores shown for comparison",
    [(40, "Test Taker"), (180, "LIN CHIA-HUI")],
    [(40, "Date of Birth"), (180, "1995-10-27")],
    [(40, "Test Date"), (180, "2026-02-07")],
    [(40, "Appointment Number"), (180, "TOEFL-TW-2602-00451")],
    [(40, "Test Center"), (180, "Taipei, Taiwan (STN80127)")],
    [(40, "Section"), (200, "Band (1-6)"), (330, "Score (0-30)"), (470, "CEFR")],
    [(40, "Reading"), (200, "6.0"), (330, "29"), (470, "C2")],
    [(40, "Listening"), (200, "5.5"), (330, "28"), (470, "C1")],
    [(40, "Speaking"), (200, "5.0"), (330, "26"), (470, "C1")],
    [(40, "Writing"), (200, "5.5"), (330, "27"), (470, "C1")],
    [(40, "Overall"), (200, "5.5"), (330, "110 / 120"), (470, "C1")],
    "Scores are valid for two years after the test date.",
]

TOEFL_HOME_EDITION_KOREA: list[Row] = [
    "TOEFL iBT Home Edition  -  Official Score Report",
    [(40, "Family Name (Surname)"), (220, "KIM")],
    [(40, "Given Name"), (220, "MIN-JUN")],
    [(40, "Date of Birth"), (220, "02 Jun 1993")],
    [(40, "Gender"), (220, "Male")],
    [(40, "Test Date"), (220, "13 Dec 2025")],
    [(40, "Registration Number"), (220, "0000 0000 9904 1173")],
    [(40, "Section"), (200, "Scaled Score"), (340, "Level")],
    [(40, "Reading"), (200, "22"), (340, "High-Intermediate (18-23)")],
    [(40, "Listening"), (200, "24"), (340, "Advanced (22-30)")],
    [(40, "Speaking"), (200, "21"), (340, "High-Intermediate (20-24)")],
    [(40, "Writing"), (200, "22"), (340, "High-Intermediate (17-23)")],
    [(40, "Total"), (200, "89")],
    "Institution code 9741  Department 99  Copy sent to Korea University Graduate School",
    [(40, "Score release date"), (220, "23 Dec 2025")],
]

# --------------------------------------------------------------------------------------------------
# HSK
# --------------------------------------------------------------------------------------------------

HSK_LEVEL2_KOREAN: list[Row] = [
    "汉语水平考试 HSK（二级）成绩报告",
    "Chinese Proficiency Test  HSK (Level 2)  Score Report",
    [(40, "姓名 Name"), (200, "PARK JI-HOON")],
    [(40, "性别 Gender"), (200, "男 Male"), (330, "国籍 Nationality"), (450, "韩国 Korea")],
    [(40, "考生序号 Candidate No."), (200, "K21250921001003")],
    [(40, "考试时间 Examination Date"), (200, "2025年09月21日")],
    [(40, "成绩报告编号 Report No."), (200, "H22509210417")],
    [(40, "听力 Listening"), (200, "阅读 Reading"), (360, "总分 Total")],
    [(40, "92"), (200, "85"), (360, "177")],
    "满分 Full score: 听力 100  阅读 100  总分 200",
    "合格标准 Pass mark: 总分 120",
    "中国 北京  汉语考试服务网 www.chinesetest.cn",
    [(40, "发布日期 Issue Date"), (200, "2025年10月22日")],
]

HSK_LEVEL6_INDIAN: list[Row] = [
    "汉语水平考试 HSK 成绩报告 Score Report",
    [(40, "姓名 Name"), (200, "SINGH ARJUN")],
    [(40, "国籍 Nationality"), (200, "印度 India")],
    [(40, "出生日期 Date of Birth"), (200, "1997年04月18日")],
    [(40, "考试级别 Level"), (200, "六级 HSK 6")],
    [(40, "考试时间 Test Date"), (200, "2025年12月07日")],
    [(40, "考点 Test Centre"), (200, "新德里 New Delhi (60112)")],
    [(40, "证书编号 Certificate No."), (200, "H62512070352")],
    "成绩 Scores",
    [(40, "听力 Listening"), (200, "78"), (300, "/100")],
    [(40, "阅读 Reading"), (200, "84"), (300, "/100")],
    [(40, "书写 Writing"), (200, "71"), (300, "/100")],
    [(40, "总分 Total"), (200, "233"), (300, "/300")],
    [(40, "合格 Pass mark 180"), (200, "合格 Passed")],
    [(40, "成绩有效期 Validity"), (200, "2 years from the test date")],
    [(40, "签发日期 Date of Issue"), (200, "2026年01月09日")],
]

HSK_LEVEL4_MALAYSIAN_TABLE: list[Row] = [
    "HSK Score Report 汉语水平考试成绩报告",
    "Chinese Testing International (CTI)",
    [(40, "Candidate 考生"), (200, "TAN WEI LING")],
    [(40, "Passport No. 护照号"), (200, "A41928377")],
    [(40, "Test 考试"), (200, "HSK Level 4 四级")],
    [(40, "Test date 考试日期"), (200, "2025.03.16")],
    [(40, "Test centre 考点"), (200, "Kuala Lumpur (UM Confucius Institute)")],
    [(40, "Section 科目"), (200, "Full score 满分"), (340, "Score 成绩")],
    [(40, "Listening 听力"), (200, "100"), (340, "86")],
    [(40, "Reading 阅读"), (200, "100"), (340, "91")],
    [(40, "Writing 书写"), (200, "100"), (340, "79")],
    [(40, "Total 总分"), (200, "300"), (340, "256")],
    [(40, "Certificate No. 证书编号"), (200, "H42503160127")],
    [(40, "Report printed 打印日期"), (200, "2025.04.18")],
]

# --------------------------------------------------------------------------------------------------
# PSC (普通话水平测试)
# --------------------------------------------------------------------------------------------------

PSC_GUANGDONG_PROSE: list[Row] = [
    [(200, "普通话水平测试等级证书")],
    "李晓明同志于2019年10月26日参加普通话水平测试，",
    "成绩为 87.6 分，等级为二级甲等。",
    "特发此证。",
    [(40, "证书编号："), (120, "4400119000873")],
    [(300, "广东省语言文字工作委员会")],
    [(300, "发证日期：2019年12月05日")],
    "国家语言文字工作委员会 监制",
]

PSC_JIANGSU_BILINGUAL: list[Row] = [
    "普通话水平测试等级证书 Putonghua Proficiency Test Certificate",
    [(40, "姓名 Name"), (200, "王芳")],
    [(40, "性别 Sex"), (200, "女")],
    [(40, "身份证号码 ID No."), (200, "320102199503150021")],
    [(40, "测试时间 Test Date"), (200, "2021年06月12日")],
    [(40, "测试成绩 Score"), (200, "95.12")],
    [(40, "等级 Grade"), (200, "一级乙等")],
    [(40, "证书编号 Certificate No."), (200, "3200121004567")],
    [(40, "发证单位 Issued by"), (200, "江苏省普通话培训测试中心")],
    [(40, "发证日期 Issue Date"), (200, "2021年07月30日")],
    "本证书可在国家普通话水平测试信息查询网站验证。",
]

PSC_HK_TRANSLATION: list[Row] = [
    "CERTIFIED TRANSLATION",
    "Translated from Chinese by Pacific Bridge Translation Services Ltd, Hong Kong",
    "Certificate of Putonghua Proficiency Test (普通话水平测试等级证书)",
    [(40, "Name:"), (160, "ZHAO Min (赵敏)")],
    [(40, "Gender:"), (160, "Female")],
    [(40, "Date of Test:"), (160, "28 May 2022")],
    [(40, "Score:"), (160, "82.35")],
    [(40, "Grade:"), (160, "Grade Two, Level B (二级乙等)")],
    [(40, "Certificate No.:"), (160, "4400122017765")],
    [(40, "Issued by:"), (160, "Guangdong Provincial Language Commission")],
    [(40, "Date of Issue:"), (160, "15 July 2022")],
    "I certify that this is a true and accurate translation of the original document.",
    [(40, "Translator:"), (160, "CHEUNG Wing Sze, MHKITI")],
    [(40, "Date:"), (160, "8 October 2026")],
]

# --------------------------------------------------------------------------------------------------
# Degree certificates
# --------------------------------------------------------------------------------------------------

DEGREE_ZJU_XUEWEI_TRANSLATED: list[Row] = [
    [(250, "学士学位证书")],
    "刘洋，男，1996年5月12日生。在浙江大学软件工程专业完成了本科学习计划，业已毕业。",
    "经审核符合《中华人民共和国学位条例》的规定，授予工学学士学位。",
    [(40, "浙江大学 学位评定委员会主席 吴朝晖"), (360, "证书编号：1033542018001234")],
    [(360, "二〇一八年六月三十日")],
    "English Translation",
    "BACHELOR'S DEGREE CERTIFICATE",
    "LIU Yang, male, born on 12 May 1996, has completed the undergraduate programme in",
    "Software Engineering at Zhejiang University and has graduated. In accordance with the",
    "Regulations on Academic Degrees of the People's Republic of China, he is hereby",
    "conferred the degree of Bachelor of Engineering.",
    "President of Zhejiang University and Chair of the Academic Degree Evaluation Committee",
    "WU Zhaohui",
    [(40, "Certificate No.: 1033542018001234"), (360, "Date: 30 June 2018")],
]

DEGREE_EDINBURGH_CEREMONIAL: list[Row] = [
    [(190, "THE UNIVERSITY of EDINBURGH")],
    [(210, "We hereby certify that")],
    [(200, "ALISTAIR JAMES MORRISON")],
    [(110, "having fulfilled the requirements prescribed by the University")],
    [(200, "was admitted to the degree of")],
    [(240, "Master of Science")],
    [(250, "with Distinction")],
    [(290, "in")],
    [(220, "Artificial Intelligence")],
    [(170, "at a Congregation held on 4 July 2019")],
    [(40, "Peter Mathieson"), (380, "Sarah Smith")],
    [(40, "Principal and Vice-Chancellor"), (380, "University Secretary")],
    "Student number s1781234",
]

DEGREE_HKUST_PHD: list[Row] = [
    [(260, "香港科技大學")],
    [(130, "THE HONG KONG UNIVERSITY OF SCIENCE AND TECHNOLOGY")],
    [(250, "Be it known that")],
    [(250, "WONG KA WAI")],
    [(270, "黃嘉慧")],
    "having completed the prescribed programme of study and research and satisfied the",
    "examiners, was conferred the degree of",
    [(230, "DOCTOR OF PHILOSOPHY")],
    [(170, "in Chemical and Biological Engineering")],
    "by the Council of the University on 18 November 2022",
    [(200, "獲授哲學博士學位（化學及生物工程學）")],
    [(40, "Chairman of the Council"), (400, "President")],
    "Registration No. PhD-2017-0483",
]

# --------------------------------------------------------------------------------------------------
# Transcripts
# --------------------------------------------------------------------------------------------------

TRANSCRIPT_NUS: list[Row] = [
    "NATIONAL UNIVERSITY OF SINGAPORE",
    "Office of the Registrar  -  Official Transcript of Academic Record",
    [(40, "Name"), (160, "LIM JUN HAO")],
    [(40, "Student No."), (160, "A0141234X")],
    [(40, "Date of Birth"), (160, "21 Jan 1996")],
    [(40, "Date of Admission"), (160, "03 Aug 2015")],
    [(40, "Programme"), (160, "Bachelor of Engineering (Mechanical Engineering)")],
    "ACADEMIC YEAR 2015/2016  SEMESTER 1  (03 Aug 2015 - 05 Dec 2015)",
    [(40, "ME1102"), (110, "Engineering Principles and Practice I"), (420, "4.00"), (480, "A-")],
    [(40, "MA1505"), (110, "Mathematics I"), (420, "4.00"), (480, "B+")],
    "ACADEMIC YEAR 2018/2019  SEMESTER 2  (07 Jan 2019 - 04 May 2019)",
    [(40, "ME4101A"), (110, "Bachelor of Engineering Dissertation"), (420, "8.00"), (480, "A")],
    [(40, "ME4245"), (110, "Robot Mechanics and Control"), (420, "4.00"), (480, "A-")],
    "Cumulative Average Point 4.31",
    "DEGREE CONFERRED: BACHELOR OF ENGINEERING (MECHANICAL ENGINEERING)",
    "HONOURS (DISTINCTION)",
    [(40, "Date Conferred"), (160, "06 Jul 2019")],
    [(40, "Date of Issue"), (160, "12 Mar 2026")],
    "Registrar",
]

TRANSCRIPT_PKU_BILINGUAL: list[Row] = [
    "北京大学研究生成绩单",
    "PEKING UNIVERSITY  Graduate Transcript (Translation)",
    [(40, "姓名 Name"), (200, "陈思雨 CHEN Siyu")],
    [(40, "学号 Student ID"), (200, "1801210457")],
    [(40, "院系 School"), (200, "School of Physics 物理学院")],
    [(40, "专业 Major"), (200, "Condensed Matter Physics 凝聚态物理")],
    [(40, "入学日期 Enrolment"), (200, "2018-09-01")],
    [(40, "学位 Degree"), (200, "理学硕士 Master of Science")],
    [(40, "学期 Term"), (200, "课程 Course"), (420, "学分 Credits"), (510, "成绩 Grade")],
    [(40, "2018-2019 秋"), (200, "Advanced Quantum Mechanics"), (420, "4"), (510, "91")],
    [(40, "2018-2019 秋"), (200, "Solid State Theory"), (420, "3"), (510, "88")],
    [(40, "2019-2020 春"), (200, "Thesis Seminar"), (420, "2"), (510, "Pass")],
    "Terms: Autumn 2018-09-10 to 2019-01-13; Spring 2019-02-18 to 2019-06-30",
    [(40, "学位授予日期 Degree Conferred"), (250, "2021-06-28")],
    [(40, "打印日期 Printed"), (200, "2026-05-20"), (330, "北京大学研究生院（章）")],
]

TRANSCRIPT_UIUC_REGISTRAR: list[Row] = [
    "UNIVERSITY OF ILLINOIS URBANA-CHAMPAIGN",
    "Office of the Registrar  -  Academic Record (Official)",
    [(40, "Student:"), (140, "Patel, Rohan Kumar")],
    [(40, "UIN:"), (140, "667012345")],
    [(40, "Birth Date:"), (140, "10/23/1993")],
    [(40, "Date Issued:"), (140, "04/27/2026")],
    "Graduate Program: Computer Science - MS",
    "FALL 2015   08/24/2015 - 12/18/2015",
    [(40, "CS 511"), (120, "Advanced Data Management"), (420, "4.00"), (500, "A")],
    [(40, "CS 598"), (120, "Deep Learning for Healthcare"), (420, "4.00"), (500, "A-")],
    "SPRING 2016   01/19/2016 - 05/13/2016",
    [(40, "CS 525"), (120, "Advanced Distributed Systems"), (420, "4.00"), (500, "A")],
    "SPRING 2017   01/17/2017 - 05/12/2017",
    [(40, "CS 597"), (120, "Individual Study"), (420, "4.00"), (500, "S")],
    "DEGREES AWARDED",
    [(40, "Master of Science"), (220, "Computer Science"), (400, "05/14/2017")],
    "Cumulative GPA 3.91 / 4.00",
    "*** END OF RECORD ***",
]

# --------------------------------------------------------------------------------------------------
# Bank statements
# --------------------------------------------------------------------------------------------------

BANK_HK_TWO_CURRENCIES_BRACKETS: list[Row] = [
    "Harbourfront Commercial Bank (Hong Kong) Limited",
    "Integrated Account Statement  綜合戶口結單",
    [(40, "MR CHEUNG CHI KEUNG"), (360, "Statement Date 30 Sep 2026")],
    [(40, "FLAT 12B, TOWER 3, LOHAS PARK"), (360, "Branch Tseung Kwan O")],
    [(40, "TSEUNG KWAN O, NEW TERRITORIES")],
    "Statement period 01 Sep 2026 to 30 Sep 2026",
    [(40, "HKD Savings"), (200, "Account 023-581-***4471")],
    [(40, "Date"), (110, "Transaction Details"), (340, "Amount"), (460, "Balance")],
    [(40, "01 Sep"), (110, "B/F BALANCE"), (460, "184,302.75")],
    [(40, "02 Sep"), (110, "PAYROLL HARBOUR LOGISTICS LTD"), (340, "68,500.00"), (460, "252,802.75")],
    [(40, "05 Sep"), (110, "STANDING INSTR - RENT"), (340, "(12,800.00)"), (460, "240,002.75")],
    [(40, "18 Sep"), (110, "CREDIT CARD PAYMENT"), (340, "(3,246.90)"), (460, "236,755.85")],
    [(40, "22 Sep"), (110, "TRANSFER TO TIME DEPOSIT"), (340, "(20,000.00)"), (460, "216,755.85")],
    [(40, "30 Sep"), (110, "FPS FROM CHEUNG MEI LING"), (340, "1,250.00"), (460, "218,005.85")],
    [(40, "30 Sep"), (110, "C/F BALANCE"), (460, "218,005.85")],
    [(40, "Total credits 69,750.00"), (300, "Total debits (36,046.90)")],
    [(40, "USD Savings"), (200, "Account 023-581-***9082")],
    [(40, "Date"), (110, "Transaction Details"), (340, "Amount"), (460, "Balance")],
    [(40, "01 Sep"), (110, "B/F BALANCE"), (460, "23,410.18")],
    [(40, "09 Sep"), (110, "TT IN - REF 2609HK0042"), (340, "5,000.00"), (460, "28,410.18")],
    [(40, "21 Sep"), (110, "ONLINE PURCHASE USD"), (340, "(1,120.45)"), (460, "27,289.73")],
    [(40, "30 Sep"), (110, "INTEREST"), (340, "31.62"), (460, "27,321.35")],
    [(40, "30 Sep"), (110, "C/F BALANCE"), (460, "27,321.35")],
    [(40, "Total credits 5,031.62"), (300, "Total debits (1,120.45)")],
    "Total relationship balance (HKD equivalent, USD at 7.7800) 430,565.95",
    "Please examine this statement and report any discrepancy within 90 days.",
]

BANK_MALAYSIA_TRAILING_MINUS: list[Row] = [
    "PERDANA RAKYAT BANK BERHAD",
    "PENYATA AKAUN / STATEMENT OF ACCOUNT",
    [(40, "NUR AISYAH BINTI AHMAD"), (340, "STATEMENT DATE : 31 AUG 2026")],
    [(40, "NO 12 JALAN SS 2/24"), (340, "ACCOUNT NUMBER : 5621 3380 7715")],
    [(40, "47300 PETALING JAYA, SELANGOR"), (340, "PERIOD : 01 AUG 2026 - 31 AUG 2026")],
    "SAVINGS ACCOUNT-i   CURRENCY : MYR",
    [(40, "DATE"), (110, "TRANSACTION DESCRIPTION"), (340, "AMOUNT"), (460, "BALANCE")],
    [(40, "01/08"), (110, "BEGINNING BALANCE"), (460, "56,218.40")],
    [(40, "05/08"), (110, "SALARY CREDIT NUSANTARA TECH"), (340, "14,850.00+"), (460, "71,068.40")],
    [(40, "06/08"), (110, "DUITNOW TRF RENT"), (340, "2,300.00-"), (460, "68,768.40")],
    [(40, "14/08"), (110, "DEBIT CARD TNB BILL"), (340, "689.35-"), (460, "68,079.05")],
    [(40, "20/08"), (110, "ASB INVESTMENT"), (340, "1,500.00-"), (460, "66,579.05")],
    [(40, "28/08"), (110, "HIBAH / PROFIT PAID"), (340, "212.80+"), (460, "66,791.85")],
    [(40, "31/08"), (110, "ENDING BALANCE"), (460, "66,791.85")],
    [(40, "TOTAL DEBIT"), (160, "4,489.35"), (300, "TOTAL CREDIT"), (400, "15,062.80")],
    "Perdana Rakyat Bank Berhad is a member of PIDM.",
]

BANK_CCB_BILINGUAL_DR_CR: list[Row] = [
    "中国建设银行 China Construction Bank",
    "个人活期账户交易明细 Personal Current Account Transaction Details",
    [(40, "户名 Account Name"), (220, "王建国")],
    [(40, "账号 Account No."), (220, "6217 0032 **** 5586")],
    [(40, "币种 Currency"), (220, "人民币 CNY")],
    [(40, "起止日期 Period"), (220, "2026-07-01 至 2026-09-30")],
    [
        (40, "日期 Date"),
        (130, "摘要 Summary"),
        (270, "借贷 DR/CR"),
        (360, "金额 Amount"),
        (470, "余额 Balance"),
    ],
    [(40, "2026-07-01"), (130, "期初余额 Opening"), (470, "326,540.12")],
    [(40, "2026-07-10"), (130, "代发工资 Salary"), (270, "贷 CR"), (360, "42,000.00"), (470, "368,540.12")],
    [(40, "2026-07-15"), (130, "房贷还款 Mortgage"), (270, "借 DR"), (360, "8,650.00"), (470, "359,890.12")],
    [(40, "2026-08-10"), (130, "代发工资 Salary"), (270, "贷 CR"), (360, "42,000.00"), (470, "401,890.12")],
    [(40, "2026-08-21"), (130, "跨行转出 Transfer"), (270, "借 DR"), (360, "15,230.55"), (470, "386,659.57")],
    [(40, "2026-09-10"), (130, "代发工资 Salary"), (270, "贷 CR"), (360, "42,000.00"), (470, "428,659.57")],
    [(40, "2026-09-18"), (130, "消费 POS"), (270, "借 DR"), (360, "6,102.80"), (470, "422,556.77")],
    [(40, "2026-09-21"), (130, "结息 Interest"), (270, "贷 CR"), (360, "1,236.47"), (470, "423,793.24")],
    [(40, "2026-09-30"), (130, "期末余额 Closing"), (470, "423,793.24")],
    [(40, "借方合计 Total DR 29,983.35"), (330, "贷方合计 Total CR 127,236.47")],
    [(40, "打印日期 Printed 2026-10-09"), (330, "北京海淀支行（业务专用章）")],
]

# --------------------------------------------------------------------------------------------------
# Reference letters
# --------------------------------------------------------------------------------------------------

REF_SHENZHEN_ZAIZHI_TRANSLATED: list[Row] = [
    [(270, "在职证明")],
    "兹证明赵磊（身份证号码：440305198805061633）自2017年3月6日起在我公司工作，",
    "2017年3月至2021年6月任高级产品经理，2021年7月起任产品部总监至今，",
    "负责带领30人的产品团队，直接向首席执行官汇报。",
    "特此证明。",
    [(300, "深圳市腾云科技有限公司（盖章）")],
    [(300, "人力资源部 2026年10月12日")],
    "Translation",
    "CERTIFICATE OF EMPLOYMENT",
    "This is to certify that Mr. ZHAO Lei (PRC ID No. 440305198805061633) has been employed",
    "by our company since 6 March 2017. He served as Senior Product Manager from March 2017",
    "to June 2021 and has been Director of Product from July 2021 to present. He leads a",
    "product team of 30 people and reports directly to the Chief Executive Officer.",
    "Shenzhen Tengyun Technology Co., Ltd. (company chop)",
    "Human Resources Department",
    "Shenzhen, China, 12 October 2026",
]

REF_BENGALURU_TILL_DATE: list[Row] = [
    "VEDANTA SOFTECH SOLUTIONS PVT. LTD.",
    "Prestige Tech Park, Outer Ring Road, Bengaluru 560103, Karnataka, India",
    [(40, "Ref: VSS/HR/EXP/2026/1187"), (400, "Date: 20-Oct-2026")],
    "TO WHOM IT MAY CONCERN",
    "This is to certify that Mr. Rahul Menon (Employee ID VS10457, Passport No. T8812045)",
    "has been working with Vedanta Softech Solutions Pvt. Ltd. since 12-Jul-2015 till date.",
    "He joined us as Software Engineer and was promoted to Senior Software Engineer on",
    "01-Apr-2018 and to Technical Lead on 01-Oct-2021, the position he holds currently.",
    "From 01-Apr-2022 to 31-Mar-2023 he was seconded to our client's office in Singapore.",
    "He currently leads a team of 9 engineers in our Payments practice.",
    "His conduct during the tenure has been good.",
    "For Vedanta Softech Solutions Pvt. Ltd.",
    "Srinivas Iyer",
    "Vice President - Human Resources",
]

REF_UK_LEFT_ACTING_ROLE: list[Row] = [
    "Calder Valley Water plc",
    "Western House, Halifax Road, Bradford BD6 2SZ, United Kingdom",
    "14 February 2025",
    "Dear Sir or Madam,",
    "Reference: Ms Olivia Hughes",
    "I am writing to confirm that Olivia Hughes was employed by Calder Valley Water plc from",
    "1 September 2014 until 31 January 2025, when she left us to relocate to Hong Kong.",
    "She joined our graduate scheme as a Graduate Engineer, became a Process Engineer in",
    "August 2016 and was appointed Senior Process Engineer in April 2020, the post she held",
    "until she left. From June to December 2023 she also acted as Interim Operations Manager",
    "for the Esholt works while that post was vacant.",
    "Olivia is a capable and conscientious engineer and I recommend her without reservation.",
    "Yours faithfully,",
    "Dr Gareth Pryce",
    "Director of Engineering",
]

# --------------------------------------------------------------------------------------------------
# PRC resident identity cards
# --------------------------------------------------------------------------------------------------

PRC_CHENGDU_TRANSLATION: list[Row] = [
    "TRANSLATION OF RESIDENT IDENTITY CARD OF THE PEOPLE'S REPUBLIC OF CHINA",
    "(Front)",
    [(40, "Name:"), (200, "LI Na (李娜)")],
    [(40, "Sex:"), (200, "Female")],
    [(40, "Ethnicity:"), (200, "Han")],
    [(40, "Date of Birth:"), (200, "15 September 1992")],
    [(40, "Address:"), (200, "No. 8, Wuhou Temple Street, Wuhou District,")],
    [(200, "Chengdu, Sichuan Province")],
    [(40, "Citizen ID Number:"), (200, "510107199209150423")],
    "(Back)",
    [(40, "Issuing Authority:"), (200, "Wuhou Branch, Chengdu Public Security Bureau")],
    [(40, "Period of Validity:"), (200, "2 March 2015 to 2 March 2035")],
    "We certify that the above is a true translation of the attached copy.",
    [(40, "Chengdu Tianfu Notary Translation Office"), (360, "Date: 10 October 2026")],
]

PRC_GUANGZHOU_CARD_FRONT_BACK: list[Row] = [
    [(40, "姓名"), (80, "陈志强")],
    [(40, "性别"), (80, "男"), (140, "民族"), (180, "汉")],
    [(40, "出生"), (80, "1985"), (120, "年"), (140, "11"), (160, "月"), (180, "3"), (195, "日")],
    [(40, "住址"), (80, "广东省广州市天河区天河北路")],
    [(80, "233号1506房")],
    [(40, "公民身份号码"), (160, "44010619851103351X")],
    "中华人民共和国",
    "居民身份证",
    [(40, "签发机关"), (120, "广州市公安局天河分局")],
    [(40, "有效期限"), (120, "2019.06.18-2039.06.18")],
]

PRC_FUZHOU_BACK_FIRST_ANNOTATED: list[Row] = [
    [(40, "中华人民共和国"), (300, "居民身份证")],
    [(40, "签发机关"), (120, "福州市公安局鼓楼分局")],
    [(40, "有效期限"), (120, "2016.08.22-2036.08.22")],
    [(40, "姓名"), (100, "黄丽萍")],
    [(40, "性别"), (100, "女"), (160, "民族"), (220, "汉")],
    [(40, "出生"), (100, "1990年2月28日")],
    [(40, "住址"), (100, "福建省福州市鼓楼区五四路")],
    [(100, "128号")],
    [(40, "公民身份号码"), (160, "350102199002280624")],
    "此复印件仅供香港优秀人才入境计划申请使用 2026年10月08日",
    "Copy for QMAS application only. Certified true copy by the applicant, Huang Liping.",
]

DISTRACTOR_PRC_IDS = ["440305198805061633", "320102199503150021"]

# --------------------------------------------------------------------------------------------------
# The cases: (label, kind, page rows, what a careful reader takes from the page)
# --------------------------------------------------------------------------------------------------

CASES: list[tuple[str, DocType, list[Row], dict[str, Any]]] = [
    ("k_ielts_idp_india_score_table", DocType.ielts, IELTS_IDP_INDIA, {
        "candidate_name": "ANANYA SHARMA", "date_of_birth": "1994-11-17", "overall": 7.5,
        "listening": 8.0, "reading": 7.5, "writing": 6.5, "speaking": 7.0, "test_date": "2026-02-14",
        "trf_number": "26IN012345SHAA001A", "module": "academic"}),
    ("k_ielts_bc_hong_kong_general_training", DocType.ielts, IELTS_BC_HONG_KONG_GT, {
        "candidate_name": "HOI YING KAREN CHAN", "date_of_birth": "1990-04-23", "overall": 6.5,
        "listening": 6.5, "reading": 7.0, "writing": 6.0, "speaking": 6.5, "test_date": "2025-10-18",
        "trf_number": "25HK503318CHAH027G", "module": "general_training"}),
    ("k_ielts_philippines_stacked_labels", DocType.ielts, IELTS_PHILIPPINES_STACKED, {
        "candidate_name": "MARIA CRISTINA REYES", "date_of_birth": "1992-08-30", "overall": 7.0,
        "listening": 7.0, "reading": 6.5, "writing": 6.5, "speaking": 7.0, "test_date": "2026-03-21",
        "trf_number": "26PH004417REYM009A", "module": "academic"}),
    ("k_toefl_mybest_beside_test_date", DocType.toefl, TOEFL_MYBEST_BESIDE, {
        "candidate_name": "LIU YANG", "date_of_birth": "1996-05-02", "total": 101, "reading": 27,
        "listening": 26, "speaking": 23, "writing": 25, "test_date": "2026-03-08", "scale": "0-120"}),
    ("k_toefl_band_scale_taiwan", DocType.toefl, TOEFL_BAND_SCALE_TAIWAN, {
        "candidate_name": "LIN CHIA-HUI", "date_of_birth": "1995-10-27", "total": 110, "reading": 29,
        "listening": 28, "speaking": 26, "writing": 27, "test_date": "2026-02-07", "scale": "0-120"}),
    ("k_toefl_home_edition_korea_levels", DocType.toefl, TOEFL_HOME_EDITION_KOREA, {
        "candidate_name": "KIM MIN-JUN", "date_of_birth": "1993-06-02", "total": 89, "reading": 22,
        "listening": 24, "speaking": 21, "writing": 22, "test_date": "2025-12-13", "scale": "0-120"}),
    ("k_hsk_level2_korean_no_writing", DocType.hsk, HSK_LEVEL2_KOREAN, {
        "candidate_name": "PARK JI-HOON", "level": 2, "total": 177, "listening": 92, "reading": 85,
        "writing": None, "test_date": "2025-09-21", "certificate_number": "H22509210417"}),
    ("k_hsk_level6_indian_chinese_dates", DocType.hsk, HSK_LEVEL6_INDIAN, {
        "candidate_name": "SINGH ARJUN", "level": 6, "total": 233, "listening": 78, "reading": 84,
        "writing": 71, "test_date": "2025-12-07", "certificate_number": "H62512070352"}),
    ("k_hsk_level4_malaysian_full_score_column", DocType.hsk, HSK_LEVEL4_MALAYSIAN_TABLE, {
        "candidate_name": "TAN WEI LING", "level": 4, "total": 256, "listening": 86, "reading": 91,
        "writing": 79, "test_date": "2025-03-16", "certificate_number": "H42503160127"}),
    ("k_psc_guangdong_prose", DocType.psc, PSC_GUANGDONG_PROSE, {
        "candidate_name": "李晓明", "grade": "二级甲等", "test_date": "2019-10-26",
        "certificate_number": "4400119000873"}),
    ("k_psc_jiangsu_bilingual_with_id", DocType.psc, PSC_JIANGSU_BILINGUAL, {
        "candidate_name": "王芳", "grade": "一级乙等", "test_date": "2021-06-12",
        "certificate_number": "3200121004567"}),
    ("k_psc_hong_kong_certified_translation", DocType.psc, PSC_HK_TRANSLATION, {
        "candidate_name": ("赵敏", "ZHAO Min", "ZHAO Min 赵敏"), "grade": "二级乙等",
        "test_date": "2022-05-28", "certificate_number": "4400122017765"}),
    ("k_degree_zju_xuewei_with_translation", DocType.degree, DEGREE_ZJU_XUEWEI_TRANSLATED, {
        "holder_name": ("LIU Yang", "刘洋"), "level": "bachelor", "title": "Bachelor of Engineering",
        "field": ("Software Engineering", "软件工程"), "institution": ("Zhejiang University", "浙江大学"),
        "award_date": "2018-06-30"}),
    ("k_degree_edinburgh_congregation", DocType.degree, DEGREE_EDINBURGH_CEREMONIAL, {
        "holder_name": "ALISTAIR JAMES MORRISON", "level": "master", "title": "Master of Science",
        "field": "Artificial Intelligence", "institution": "The University of Edinburgh",
        "award_date": "2019-07-04"}),
    ("k_degree_hkust_phd_bilingual", DocType.degree, DEGREE_HKUST_PHD, {
        "holder_name": ("WONG KA WAI", "黃嘉慧", "WONG KA WAI 黃嘉慧"), "level": "doctorate",
        "title": "Doctor of Philosophy", "field": "Chemical and Biological Engineering",
        "institution": "The Hong Kong University of Science and Technology", "award_date": "2022-11-18"}),
    ("k_transcript_nus_semester_ranges", DocType.transcript, TRANSCRIPT_NUS, {
        "holder_name": "LIM JUN HAO", "institution": "National University of Singapore",
        "level": "bachelor", "award_date": "2019-07-06"}),
    ("k_transcript_pku_bilingual_terms", DocType.transcript, TRANSCRIPT_PKU_BILINGUAL, {
        "holder_name": ("CHEN Siyu", "陈思雨", "陈思雨 CHEN Siyu"),
        "institution": ("Peking University", "北京大学"), "level": "master", "award_date": "2021-06-28"}),
    ("k_transcript_uiuc_us_dates", DocType.transcript, TRANSCRIPT_UIUC_REGISTRAR, {
        "holder_name": "Rohan Kumar Patel", "institution": "University of Illinois Urbana-Champaign",
        "level": "master", "award_date": "2017-05-14"}),
    ("k_bank_hk_hkd_usd_brackets", DocType.bank_statement, BANK_HK_TWO_CURRENCIES_BRACKETS, {
        "holder_name": "CHEUNG CHI KEUNG", "bank_name": "Harbourfront Commercial Bank (Hong Kong) Limited",
        "account_number_last4": ("4471", "9082"), "currency": ("HKD", "USD"),
        "statement_start": "2026-09-01", "statement_end": "2026-09-30",
        "closing_balance": (218005.85, 27321.35)}),
    ("k_bank_malaysia_trailing_minus", DocType.bank_statement, BANK_MALAYSIA_TRAILING_MINUS, {
        "holder_name": "NUR AISYAH BINTI AHMAD", "bank_name": "Perdana Rakyat Bank Berhad",
        "account_number_last4": "7715", "currency": "MYR", "statement_start": "2026-08-01",
        "statement_end": "2026-08-31", "closing_balance": 66791.85}),
    ("k_bank_ccb_bilingual_jie_dai", DocType.bank_statement, BANK_CCB_BILINGUAL_DR_CR, {
        "holder_name": "王建国", "bank_name": ("China Construction Bank", "中国建设银行"),
        "account_number_last4": "5586", "currency": "CNY", "statement_start": "2026-07-01",
        "statement_end": "2026-09-30", "closing_balance": 423793.24}),
    ("k_ref_shenzhen_zaizhi_to_present", DocType.reference_letter, REF_SHENZHEN_ZAIZHI_TRANSLATED, {
        "employee_name": ("ZHAO Lei", "赵磊"),
        "employer": ("Shenzhen Tengyun Technology Co., Ltd.", "深圳市腾云科技有限公司"),
        "position": ("Director of Product", "产品部总监"), "start_date": "2017-03-06", "end_date": None,
        "country": "CHN", "letter_date": "2026-10-12", "senior_role": True}),
    ("k_ref_bengaluru_till_date_secondment", DocType.reference_letter, REF_BENGALURU_TILL_DATE, {
        "employee_name": "Rahul Menon", "employer": "Vedanta Softech Solutions Pvt. Ltd.",
        "position": "Technical Lead", "start_date": "2015-07-12", "end_date": None, "country": "IND",
        "letter_date": "2026-10-20", "senior_role": True}),
    ("k_ref_uk_left_with_acting_role", DocType.reference_letter, REF_UK_LEFT_ACTING_ROLE, {
        "employee_name": "Olivia Hughes", "employer": "Calder Valley Water plc",
        "position": "Senior Process Engineer", "start_date": "2014-09-01", "end_date": "2025-01-31",
        "country": "GBR", "letter_date": "2025-02-14", "senior_role": False}),
    ("k_prc_chengdu_translation", DocType.prc_id_card, PRC_CHENGDU_TRANSLATION, {
        "name": ("李娜", "LI Na", "LI Na 李娜"), "id_number": "510107199209150423",
        "date_of_birth": "1992-09-15", "sex": "F"}),
    ("k_prc_guangzhou_card_check_x", DocType.prc_id_card, PRC_GUANGZHOU_CARD_FRONT_BACK, {
        "name": "陈志强", "id_number": "44010619851103351X", "date_of_birth": "1985-11-03", "sex": "M"}),
    ("k_prc_fuzhou_back_first_annotated", DocType.prc_id_card, PRC_FUZHOU_BACK_FIRST_ANNOTATED, {
        "name": ("黄丽萍", "Huang Liping"), "id_number": "350102199002280624",
        "date_of_birth": "1990-02-28", "sex": "F"}),
]  # fmt: skip

# Every account of every statement: (opening, transactions in order, closing)
BANK_ARITHMETIC: dict[str, list[tuple[float, list[float], float]]] = {
    "k_bank_hk_hkd_usd_brackets": [
        (184302.75, [68500.00, -12800.00, -3246.90, -20000.00, 1250.00], 218005.85),
        (23410.18, [5000.00, -1120.45, 31.62], 27321.35),
    ],
    "k_bank_malaysia_trailing_minus": [(56218.40, [14850.00, -2300.00, -689.35, -1500.00, 212.80], 66791.85)],
    "k_bank_ccb_bilingual_jie_dai": [
        (326540.12, [42000.00, -8650.00, 42000.00, -15230.55, 42000.00, -6102.80, 1236.47], 423793.24),
    ],
}


def score() -> tuple[int, int, list[tuple], list[tuple]]:
    """(right, total, misses, wrong_accepted) over every expected fact of every case."""
    return harness.score(CASES)


# --------------------------------------------------------------------------------------------------
# Self-consistency of the documents themselves
# --------------------------------------------------------------------------------------------------


def test_issuer_family_k_documents_are_self_consistent() -> None:
    harness.check_consistent_family(CASES, BANK_ARITHMETIC, DISTRACTOR_PRC_IDS)


def test_issuer_family_k_scores_at_least_90_percent() -> None:
    right, total, misses, _ = score()
    assert total == FIRST_CONTACT["total"]
    assert right / total >= 0.90, f"{right}/{total}; misses: {misses}"


def test_issuer_family_k_accepts_no_wrong_value() -> None:
    _, _, _, wrong_accepted = score()
    assert not wrong_accepted, wrong_accepted


if __name__ == "__main__":
    right, total, misses, wrong_accepted = score()
    print(f"issuer family K: {right}/{total} = {100 * right / total:.1f}%")
    print(f"wrong values accepted: {len(wrong_accepted)}")
    for label, field, want, got, status in misses:
        shown = getattr(status, "value", status)
        print(f"  MISS {label:40} {field:22} expected={want!r} got={got!r} status={shown}")
