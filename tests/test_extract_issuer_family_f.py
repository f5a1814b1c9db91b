"""Issuer family F: a held-out set of documents written blind, as yet another set of issuers would.

Written by a helper session under independence rules: it did not open the extractors, the readers,
the sample-document generator, nor the other issuer-family / layout test files (only family E's
comparison harness and the field names of its expected dictionaries). The documents were written
from the output contract (OUTPUT.md), the document notes (DOCUMENTS.md), the models and the page
builder alone, and were not changed after the first run.

What it varies: issuers from Thailand, Turkey, Poland, Russia, Nigeria, the Philippines, Canada,
Australia and Taiwan; labels in Thai, Turkish, Polish, Russian transliteration, simplified and
traditional Chinese beside English; values in grids, two-column key/value blocks and footnotes;
dates as "14th of September 2024", "2024-3-16", "09/MAR/2024", "2024年3月23日", "28.06.2017",
"this 24th day of October 2017"; amounts with spaces, dots and commas, DR/CR markers, ฿, ₺, ₦, zł;
"MyBest" scores beside test-date scores; reference letters with promotions, acting roles and
"currently serving as"; degrees with honours classes and "conferred in absentia"; transcripts with
many term dates; distractors (issue dates, signatories, birth dates, registration numbers).

First contact (2026-11-27, one run, documents unchanged since): 148/187 facts right (79.1%),
7 wrong values accepted (transcript F1 holder_name, bank F3 holder_name, bank F4 account last4,
ref F2 employee_name, ref F3 position, ref F4 employee_name and letter_date).

The extractors were then fixed against it with general rules (names in every Latin letter, such as
Turkish İ/ı and Polish ś; label rows after a translation in another script; form rows of reference
letters; space-grouped amounts; more currency symbols; "the 4th of February"), reaching 175/187
with none wrong accepted. From then on it guards against regressions like families C to E, and no
longer measures generalisation.
"""

from __future__ import annotations

import itertools
import re
from datetime import date
from typing import Any

from core.models import DocType
from tests import issuer_family_harness as harness
from tests.issuer_family_harness import (
    CONTRACT_FIELDS,
    Row,
    _amount_in,
    _first,
    _row_text,
    ielts_overall,
    prc_check_char,
)
from tests.test_extract_toolkit import CHAR_W

FIRST_CONTACT = {"date": "2026-11-27", "right": 148, "total": 187, "wrong_accepted": 7}

# --------------------------------------------------------------------------------------------------
# Documents
# --------------------------------------------------------------------------------------------------

IELTS_F1_TH: list[Row] = [
    [(40, "IELTS"), (300, "Test Report Form")],
    [(40, "ใบรายงานผลการสอบ"), (300, "ACADEMIC")],
    [(40, "Centre Number TH004"), (300, "Date 2024-3-16")],
    "",
    [(40, "นามสกุล / Family Name"), (300, "RATTANAKORN")],
    [(40, "ชื่อ / First Name(s)"), (300, "SOMCHAI")],
    [(40, "เลขประจำตัว / Candidate ID"), (300, "AA4471093")],
    [(40, "วันเกิด / Date of Birth"), (300, "05 MAR 1995")],
    [(40, "เพศ / Sex (M/F)"), (300, "M")],
    [(40, "สัญชาติ / Country or Region of Origin"), (300, "THAILAND")],
    [(40, "ภาษาแม่ / First Language"), (300, "THAI")],
    "",
    "Test Results ผลการสอบ",
    [(40, "Listening"), (130, "7.0"), (200, "Reading"), (280, "6.5"), (350, "Writing"), (430, "6.0")],
    [(40, "Speaking"), (130, "6.5"), (200, "Overall Band Score"), (330, "6.5"), (400, "CEFR Level B2")],
    "",
    [(40, "Administrator Comments"), (300, "-")],
    [(40, "Date of issue / วันที่ออก"), (300, "2024-3-28")],
    [(40, "Test Report Form Number"), (300, "24TH004512RATS001A")],
    [(40, "Centre stamp"), (300, "Validation stamp")],
]

IELTS_F2_TR: list[Row] = [
    "British Council Türkiye - IELTS Sınav Sonuç Belgesi",
    "Test Report Form    GENERAL TRAINING",
    "",
    [(40, "Soyadı / Family Name:"), (240, "YILDIRIM")],
    [(40, "Adı / First Name:"), (240, "ELİF NUR")],
    [(40, "Aday No / Candidate ID:"), (240, "U18452096")],
    [(40, "Doğum Tarihi / Date of Birth:"), (240, "1992-7-21")],
    [(40, "Cinsiyet / Sex:"), (240, "F")],
    [(40, "Sınav Tarihi / Test Date:"), (240, "14th of September 2024")],
    "",
    [(40, "Dinleme"), (130, "Okuma"), (220, "Yazma"), (310, "Konuşma"), (400, "Genel / Overall")],
    [(40, "Listening"), (130, "Reading"), (220, "Writing"), (310, "Speaking"), (400, "Band Score")],
    [(40, "8.5"), (130, "8.0"), (220, "7.0"), (310, "7.5"), (400, "8.0")],
    "",
    "CEFR: C1",
    [(40, "Düzenleme Tarihi / Issue Date:"), (240, "27th of September 2024")],
    [(40, "Test Report Form No:"), (240, "24TR018830YILE002G")],
    "Test Merkezi / Centre: TR018 Istanbul",
]

IELTS_F3_NG: list[Row] = [
    "INTERNATIONAL ENGLISH LANGUAGE TESTING SYSTEM",
    [(40, "ACADEMIC"), (300, "Centre: NG002 Lagos, Nigeria")],
    "",
    [(40, "Candidate Details")],
    [(40, "Family Name"), (160, "OKAFOR"), (300, "Candidate No."), (420, "000937")],
    [(40, "First Name"), (160, "ADAEZE CHIOMA"), (300, "Passport No."), (420, "A08812734")],
    [(40, "Date of Birth"), (160, "17/OCT/1997"), (300, "Sex"), (420, "F")],
    [(40, "Test Date"), (160, "09/MAR/2024"), (300, "First Language"), (420, "IGBO")],
    "",
    [(40, "Test Results")],
    [(40, "Listening 7.0"), (160, "Reading 6.5"), (280, "Writing 5.5"), (400, "Speaking 6.0")],
    [(40, "Overall Band Score"), (200, "6.5"), (300, "CEFR Level"), (400, "B2")],
    "",
    [(40, "Date 22/MAR/2024"), (300, "Administrator: Mr E. Nwosu")],
    "",
    "* Test Report Form Number 24NG000937OKAA003A - verify at ielts.org/verify.",
    "  A TRF is valid for two years from the test date.",
]

TOEFL_F1_CA: list[Row] = [
    "ETS TOEFL iBT(R) Test Taker Score Report",
    "",
    [(40, "Name:"), (200, "Tremblay, Chloé")],
    [(40, "Date of Birth:"), (200, "March 5, 1996")],
    [(40, "Registration No.:"), (200, "0000 0000 4418 2207")],
    [(40, "Country:"), (200, "Canada")],
    [(40, "Report printed:"), (200, "December 8, 2025")],
    "",
    [(40, "Section"), (170, "Test Date Scores"), (330, "MyBest(TM) Scores")],
    [(170, "Nov 22, 2025"), (330, "Jun 2025 - Nov 2025")],
    [(40, "Reading"), (170, "27"), (330, "28 (Jun 14, 2025)")],
    [(40, "Listening"), (170, "29"), (330, "29 (Nov 22, 2025)")],
    [(40, "Speaking"), (170, "24"), (330, "25 (Jun 14, 2025)")],
    [(40, "Writing"), (170, "26"), (330, "26 (Nov 22, 2025)")],
    [(40, "Total Score"), (170, "106"), (330, "108")],
    "",
    "Scores are valid for two years after the test date.",
]

TOEFL_F2_PL: list[Row] = [
    "TOEFL iBT Score Report",
    "",
    [(40, "Test Taker"), (230, "WIŚNIEWSKA, KATARZYNA")],
    [(40, "Data urodzenia / Birth date"), (230, "1999-12-03")],
    [(40, "Test Date"), (230, "18 April 2026")],
    [(40, "Test Center"), (230, "STN81224A Warsaw, Poland")],
    "",
    "Score scale: 1-6 (in half bands)",
    [(40, "Reading"), (150, "Listening"), (260, "Speaking"), (370, "Writing"), (480, "Overall")],
    [(40, "4.5"), (150, "5.0"), (260, "4.0"), (370, "4.5"), (480, "4.5")],
    [(40, "CEFR B2"), (150, "CEFR C1"), (260, "CEFR B1"), (370, "CEFR B2"), (480, "CEFR B2")],
    "",
    "Appointment number: 2604 1877 3301",
]

TOEFL_F3_TW: list[Row] = [
    "TOEFL iBT(R) Score Report    托福網路測驗成績單",
    "",
    [(40, "LIN, CHIA-HAO"), (320, "Test Date: 2024/09/21")],
    [(40, "Date of Birth: 1990/08/03"), (320, "Appointment No. 3391045278")],
    [(40, "Native Country: Taiwan"), (320, "Native Language: Chinese")],
    "",
    [(40, "閱讀 Reading"), (200, "18 / 30"), (320, "聽力 Listening"), (480, "21 / 30")],
    [(40, "口說 Speaking"), (200, "20 / 30"), (320, "寫作 Writing"), (480, "22 / 30")],
    [(40, "總分 Total Score"), (200, "81 / 120")],
    "",
    "Institution code 8905 - National Taiwan University Graduate Admissions",
]

HSK_F1_TH: list[Row] = [
    "汉语水平考试 HSK (四级) 成绩报告",
    "Chinese Proficiency Test  HSK (Level 4)  Score Report",
    "",
    [(40, "姓名 Name"), (200, "SUPHAPORN WONGSAWAT")],
    [(40, "性别 Gender"), (200, "女 F"), (320, "国籍 Nationality"), (470, "泰国 Thailand")],
    [(40, "考试时间 Examination Date"), (250, "2024年3月23日")],
    [(40, "编号 No."), (250, "H42403230118")],
    [(40, "考点 Test Centre"), (250, "Chiang Mai University")],
    "",
    [(40, "听力"), (140, "阅读"), (240, "书写"), (340, "总分")],
    [(40, "Listening"), (140, "Reading"), (240, "Writing"), (340, "Total Score")],
    [(40, "78"), (140, "85"), (240, "80"), (340, "243")],
    "",
    "总分180分为合格 Total score of 180 is qualified.",
    [(40, "发证日期 Issue Date: 2024年4月20日")],
]

HSK_F2_RU: list[Row] = [
    "HSK 汉语水平考试 成绩报告 Score Report",
    [(40, "级别 Level"), (200, "一级 / HSK 1")],
    "",
    [(40, "姓名 Name"), (200, "IVANOVA ANASTASIYA")],
    [(40, "Имя (рус.)"), (200, "Иванова Анастасия")],
    [(40, "证件号码 ID No."), (200, "756281943")],
    [(40, "考试日期 Test Date"), (200, "2023-11-18")],
    [(40, "报告编号 Report No."), (200, "H12311180077")],
    "",
    [(40, "项目 Section"), (200, "满分 Full Score"), (360, "你的分数 Your Score")],
    [(40, "听力 Listening"), (200, "100"), (360, "95")],
    [(40, "阅读 Reading"), (200, "100"), (360, "88")],
    [(40, "书写 Writing"), (200, "—"), (360, "—")],
    [(40, "总分 Total"), (200, "200"), (360, "183")],
    "",
    "Test centre: Pushkin Confucius Institute, Moscow",
]

HSK_F3_NG: list[Row] = [
    "CHINESE TESTING INTERNATIONAL  汉语考试服务网",
    "HSK 六级 Level 6",
    "",
    [(40, "Candidate 考生"), (200, "OBI CHUKWUEMEKA")],
    [(40, "Born 出生日期"), (200, "2 February 1998")],
    [(40, "Test Date 考试时间"), (200, "June 15, 2025")],
    [(40, "Certificate 证书编号"), (200, "H62506150209")],
    "",
    [(40, "Section"), (170, "Score"), (260, "Percentile 百分等级")],
    [(40, "听力 Listening"), (170, "72"), (260, "61%")],
    [(40, "阅读 Reading"), (170, "81"), (260, "74%")],
    [(40, "书写 Writing"), (170, "68"), (260, "58%")],
    [(40, "总分 Total"), (170, "221"), (260, "66%")],
    "",
    "Confucius Institute at the University of Lagos, Akoka, Nigeria",
]

PSC_F1_FJ: list[Row] = [
    "普通话水平测试等级证书",
    "Putonghua Proficiency Test Certificate",
    "",
    [(40, "姓名"), (120, "陈志强"), (300, "性别"), (380, "男")],
    [(40, "身份证号"), (120, "350102199011210177")],
    [(40, "测试成绩"), (120, "88.6 分")],
    [(40, "等级"), (120, "二级甲等")],
    [(40, "测试时间"), (120, "2022年10月15日")],
    [(40, "证书编号"), (120, "3500122004416")],
    "",
    "福建省语言文字工作委员会",
    "发证日期 2022年11月30日",
]

PSC_F2_GX: list[Row] = [
    "国家普通话水平测试 等级证书",
    "",
    [(40, "姓 名：黄丽萍"), (300, "证件号码：450103198804301269")],
    [(40, "测试时间：2020.09.26"), (300, "测试成绩：93.2")],
    [(40, "等 级：一级乙等")],
    "",
    [(40, "编号 No. 4500120003318")],
    [(40, "广西壮族自治区普通话培训测试中心"), (360, "2020年11月02日")],
]

DEGREE_F1_AU: list[Row] = [
    "MONASH UNIVERSITY",
    "Melbourne, Australia",
    "",
    "The Council of Monash University hereby confers upon",
    "",
    "Thomas Wei-Lun Huang",
    "",
    "the degree of",
    "Bachelor of Engineering (Honours)",
    "in Mechanical Engineering",
    "with First Class Honours",
    "",
    "Conferred in absentia on the 12th of December 2018",
    "",
    [(40, "Prof. Margaret Gardner"), (320, "Mr Peter Marshall")],
    [(40, "Vice-Chancellor"), (320, "Academic Registrar")],
    "Student ID 26710433    Testamur No. 2018/E/11902",
]

DEGREE_F2_PL: list[Row] = [
    "UNIWERSYTET WARSZAWSKI",
    "University of Warsaw",
    "",
    "DYPLOM UKOŃCZENIA STUDIÓW DRUGIEGO STOPNIA",
    "Diploma of completion of second-cycle studies",
    "",
    "Pani / Ms Marta Zofia Kowalczyk",
    "urodzona 14 maja 1995 r. w Krakowie / born 14 May 1995 in Kraków",
    "ukończyła studia na kierunku stosunki międzynarodowe",
    "completed studies in the field of International Relations",
    "i uzyskała tytuł zawodowy magistra / and obtained the professional title of",
    "Master of Arts (magister) in International Relations",
    "",
    "Warszawa, 3 lipca 2020 r. / Warsaw, 3 July 2020",
    "Nr dyplomu / Diploma No. 1187/MA/2020",
    [(40, "Dziekan / Dean"), (320, "Rektor / Rector")],
    [(40, "dr hab. Jan Zieliński"), (320, "prof. dr hab. Alojzy Nowak")],
]

DEGREE_F3_NG: list[Row] = [
    "UNIVERSITY OF LAGOS",
    "Akoka, Yaba - Lagos, Nigeria",
    "",
    "This is to certify that",
    "OLUWASEUN ADEBAYO OKONKWO",
    "having satisfied the requirements of the University",
    "was admitted to the degree of",
    "BACHELOR OF SCIENCE (B.Sc.)",
    "COMPUTER SCIENCE",
    "Second Class Honours (Upper Division)",
    "",
    "Given under the Seal of the University this 24th day of October 2017",
    "",
    [(40, "Prof. O. A. Ogundipe"), (320, "Dr T. A. Ipaye")],
    [(40, "Vice-Chancellor"), (320, "Registrar")],
    "Matric. No. 130805042",
]

TRANSCRIPT_F1_TR: list[Row] = [
    "ORTA DOĞU TEKNİK ÜNİVERSİTESİ",
    "MIDDLE EAST TECHNICAL UNIVERSITY",
    "Resmi Not Belgesi / Official Transcript",
    "",
    [(40, "Adı Soyadı / Name:"), (250, "Mehmet Can Aydın")],
    [(40, "Öğrenci No / Student No:"), (250, "1942187")],
    [(40, "Doğum Tarihi / Date of Birth:"), (250, "03.02.1995")],
    [(40, "Program:"), (250, "Endüstri Mühendisliği / Industrial")],
    [(250, "Engineering (B.S.) - Lisans / Bachelor")],
    [(40, "Kayıt Tarihi / Entry:"), (250, "12.09.2013")],
    "",
    [(40, "2013-2014 Güz / Fall"), (250, "30.09.2013 - 10.01.2014"), (460, "GPA 3.12")],
    [(40, "2013-2014 Bahar / Spring"), (250, "17.02.2014 - 06.06.2014"), (460, "GPA 3.28")],
    [(40, "2014-2015 Güz / Fall"), (250, "29.09.2014 - 09.01.2015"), (460, "GPA 3.40")],
    [(40, "2014-2015 Bahar / Spring"), (250, "16.02.2015 - 05.06.2015"), (460, "GPA 3.35")],
    [(40, "2015-2016 Güz / Fall"), (250, "28.09.2015 - 08.01.2016"), (460, "GPA 3.51")],
    [(40, "2015-2016 Bahar / Spring"), (250, "15.02.2016 - 03.06.2016"), (460, "GPA 3.47")],
    [(40, "2016-2017 Güz / Fall"), (250, "26.09.2016 - 06.01.2017"), (460, "GPA 3.62")],
    [(40, "2016-2017 Bahar / Spring"), (250, "13.02.2017 - 02.06.2017"), (460, "GPA 3.70")],
    "",
    [(40, "Genel Not Ortalaması / CGPA:"), (250, "3.43 / 4.00")],
    [(40, "Mezuniyet Tarihi / Graduation Date:"), (270, "28.06.2017")],
    [(40, "Düzenleme Tarihi / Date of Issue:"), (270, "14.09.2017")],
    "Öğrenci İşleri Daire Başkanı / Registrar: Dr. Selin Korkmaz",
]

TRANSCRIPT_F2_PH: list[Row] = [
    "UNIVERSITY OF THE PHILIPPINES DILIMAN",
    "Office of the University Registrar",
    "OFFICIAL TRANSCRIPT OF RECORDS",
    "",
    [(40, "Name:"), (160, "DELA CRUZ, JUAN MIGUEL SANTOS")],
    [(40, "Student No.:"), (160, "2016-31874"), (330, "Date Admitted:"), (430, "August 8, 2016")],
    [(40, "Degree:"), (160, "Master of Science in Chemistry")],
    [(40, "College:"), (160, "College of Science")],
    "",
    [(40, "1st Semester 2016-2017"), (300, "Aug 8, 2016 - Dec 9, 2016")],
    [(40, "  Chem 221  1.50    Chem 231  1.25    Chem 250  1.75")],
    [(40, "2nd Semester 2016-2017"), (300, "Jan 9, 2017 - May 19, 2017")],
    [(40, "  Chem 222  1.25    Chem 241  1.50    Chem 299  P")],
    [(40, "1st Semester 2017-2018"), (300, "Aug 14, 2017 - Dec 15, 2017")],
    [(40, "  Chem 300  S       Chem 290  1.00")],
    [(40, "2nd Semester 2017-2018"), (300, "Jan 15, 2018 - May 25, 2018")],
    [(40, "  Chem 300  S")],
    [(40, "1st Semester 2018-2019"), (300, "Aug 13, 2018 - Dec 14, 2018")],
    [(40, "  Chem 300  S")],
    "",
    "GRADUATED: Master of Science in Chemistry on June 23, 2019",
    "---- nothing follows ----",
    [(40, "Date Issued: July 15, 2019"), (330, "Not valid without seal")],
    [(330, "ATTY. ROSA M. VILLANUEVA")],
    [(330, "University Registrar")],
]

TRANSCRIPT_F3_CA: list[Row] = [
    "THE UNIVERSITY OF BRITISH COLUMBIA",
    "Vancouver Campus - Enrolment Services",
    "ACADEMIC RECORD",
    "",
    [(40, "Student:"), (150, "Sandhu, Priya Kaur"), (360, "Student No.:"), (460, "41277305")],
    [(40, "Birthdate:"), (150, "1994-Nov-19"), (360, "Printed:"), (460, "2016-Jun-02")],
    [(40, "Program:"), (150, "Bachelor of Applied Science (BASc)")],
    [(150, "Electrical Engineering")],
    "",
    [(40, "2012W Term 1"), (150, "Sep 4 - Dec 19, 2012"), (330, "Session avg 78.4")],
    [(40, "2012W Term 2"), (150, "Jan 2 - Apr 26, 2013")],
    [(40, "2013W Term 1"), (150, "Sep 3 - Dec 18, 2013"), (330, "Session avg 81.0")],
    [(40, "2013W Term 2"), (150, "Jan 2 - Apr 25, 2014")],
    [(40, "2014S Co-op"), (150, "May 5 - Aug 29, 2014")],
    [(40, "2014W Term 1"), (150, "Sep 2 - Dec 17, 2014"), (330, "Session avg 83.2")],
    [(40, "2014W Term 2"), (150, "Jan 5 - Apr 28, 2015")],
    [(40, "2015W Term 1"), (150, "Sep 8 - Dec 18, 2015"), (330, "Session avg 85.6")],
    [(40, "2015W Term 2"), (150, "Jan 4 - Apr 27, 2016")],
    "",
    [(40, "Degree Conferred:"), (200, "Bachelor of Applied Science")],
    [(40, "Conferral Date:"), (200, "May 26, 2016")],
    [(40, "Standing:"), (200, "Passed with Distinction")],
    "This record is official only when received sealed. Registrar: K. Yamamoto",
]

BANK_ARITHMETIC: dict[str, tuple[float, list[float], float]] = {
    "bank F1 th-baht": (184250.75, [-12500.00, -3289.40, 65000.00, -25000.00, -1120.55, 215.30], 207556.10),
    "bank F2 tr-lira": (42318.60, [38500.00, -7250.00, -1184.35, -2600.00, -96.40], 69687.85),
    "bank F3 ng-naira-drcr": (
        1845200.00,
        [950000.00, -120000.00, -45750.50, -1075.00, 300000.00],
        2928374.50,
    ),
    "bank F4 pl-zloty-spaces": (23418.90, [-2150.00, 11240.00, -389.99, -4000.00, -57.35], 28061.56),
}
BANK_STYLE = {"bank F2 tr-lira": "de", "bank F4 pl-zloty-spaces": "fr"}

BANK_F1_TH: list[Row] = [
    "SIAM CHAO PHRAYA BANK PUBLIC COMPANY LIMITED",
    "ธนาคารสยามเจ้าพระยา จำกัด (มหาชน)   Silom Branch, Bangkok 10500",
    "",
    "รายการเดินบัญชี / STATEMENT OF ACCOUNT  (ออมทรัพย์ / Savings)",
    [(40, "ชื่อบัญชี / Account Name"), (250, "MR. SOMCHAI RATTANAKORN")],
    [(40, "เลขที่บัญชี / Account No."), (250, "XXX-X-X8832-6")],
    [(40, "สกุลเงิน / Currency"), (250, "THB (฿)")],
    [(40, "รอบรายการ / Period"), (250, "01/09/2026 - 30/09/2026")],
    "",
    [(40, "วันที่ Date"), (120, "รายการ Description"), (300, "ถอน Out"), (390, "ฝาก In"), (480, "คงเหลือ Bal.")],
    [(40, "01/09/26"), (120, "Brought forward"), (480, "184,250.75")],
    [(40, "03/09/26"), (120, "ATM withdrawal"), (300, "12,500.00"), (480, "171,750.75")],
    [(40, "08/09/26"), (120, "MEA bill payment"), (300, "3,289.40"), (480, "168,461.35")],
    [(40, "25/09/26"), (120, "Salary PAYROLL"), (390, "65,000.00"), (480, "233,461.35")],
    [(40, "26/09/26"), (120, "PromptPay transfer"), (300, "25,000.00"), (480, "208,461.35")],
    [(40, "28/09/26"), (120, "Debit card 7-ELEVEN"), (300, "1,120.55"), (480, "207,340.80")],
    [(40, "30/09/26"), (120, "Interest"), (390, "215.30"), (480, "207,556.10")],
    "",
    [(40, "รวมถอน Total withdrawals ฿41,909.95"), (330, "รวมฝาก Total deposits ฿65,215.30")],
    [(40, "ยอดคงเหลือ Closing balance"), (330, "฿207,556.10")],
    "Printed 01/10/2026 09:14   Customer ID 00318842",
]

BANK_F2_TR: list[Row] = [
    "ANADOLU TİCARET BANKASI A.Ş.",
    "Hesap Özeti / Account Statement",
    "",
    [(40, "Müşteri / Customer:"), (230, "AYŞE DEMİR")],
    [(40, "Şube / Branch:"), (230, "0452 Kadıköy")],
    [(40, "Hesap No / Account No:"), (230, "6457-8413")],
    [(40, "Döviz / Currency:"), (230, "TRY")],
    [(40, "Dönem / Period:"), (230, "01.10.2026 - 31.10.2026")],
    "",
    [(40, "Tarih"), (120, "Açıklama"), (300, "Borç"), (390, "Alacak"), (480, "Bakiye")],
    [(40, "01.10.2026"), (120, "Devreden / Opening"), (480, "42.318,60 ₺")],
    [(40, "05.10.2026"), (120, "Maaş / Salary"), (390, "38.500,00"), (480, "80.818,60 ₺")],
    [(40, "06.10.2026"), (120, "Kira / Rent EFT"), (300, "7.250,00"), (480, "73.568,60 ₺")],
    [(40, "14.10.2026"), (120, "Kredi kartı ödeme"), (300, "1.184,35"), (480, "72.384,25 ₺")],
    [(40, "22.10.2026"), (120, "FAST transfer"), (300, "2.600,00"), (480, "69.784,25 ₺")],
    [(40, "31.10.2026"), (120, "Hesap işletim ücreti"), (300, "96,40"), (480, "69.687,85 ₺")],
    "",
    [(40, "Toplam Borç / Total Debit:"), (260, "11.130,75 ₺")],
    [(40, "Toplam Alacak / Total Credit:"), (260, "38.500,00 ₺")],
    [(40, "Kapanış Bakiyesi / Closing:"), (260, "69.687,85 ₺")],
    "Müşteri No 29910437   Belge tarihi 01.11.2026",
]

BANK_F3_NG: list[Row] = [
    "ZENITH ATLANTIC BANK PLC",
    "Plot 84, Ajose Adeogun Street, Victoria Island, Lagos",
    "",
    "CUSTOMER STATEMENT",
    [(40, "Account Name"), (200, "CHIEF (DR) EMEKA NNAMDI ONYEKACHI")],
    [(40, "Account Number"), (200, "2208 5531 94")],
    [(40, "Currency"), (200, "NGN")],
    [(40, "Period"), (200, "01-AUG-2026 TO 31-AUG-2026")],
    [(40, "BVN"), (200, "22190457781")],
    "",
    [(40, "Date"), (120, "Narration"), (320, "Amount"), (440, "Balance")],
    [(40, "01-AUG-26"), (120, "OPENING BALANCE"), (440, "1,845,200.00 CR")],
    [(40, "02-AUG-26"), (120, "SALARY AUG"), (320, "950,000.00 CR"), (440, "2,795,200.00 CR")],
    [(40, "09-AUG-26"), (120, "POS IKEJA MALL"), (320, "120,000.00 DR"), (440, "2,675,200.00 CR")],
    [(40, "15-AUG-26"), (120, "NIP TRF TO ADA O"), (320, "45,750.50 DR"), (440, "2,629,449.50 CR")],
    [(40, "20-AUG-26"), (120, "SMS ALERT CHGS"), (320, "1,075.00 DR"), (440, "2,628,374.50 CR")],
    [(40, "28-AUG-26"), (120, "RENT REFUND"), (320, "300,000.00 CR"), (440, "2,928,374.50 CR")],
    "",
    [(40, "Total Debits ₦166,825.50"), (300, "Total Credits ₦1,250,000.00")],
    [(40, "Closing Balance ₦2,928,374.50 CR")],
    "Relationship Manager: Mrs. Funke Adeyemi    Printed 02-SEP-2026",
]

BANK_F4_PL: list[Row] = [
    "Bank Wiślany S.A.",
    "ul. Marszałkowska 142, 00-061 Warszawa",
    "",
    "Wyciąg z rachunku / Account statement nr 7/2026",
    [(40, "Posiadacz / Holder:"), (220, "Piotr Nowak")],
    [(40, "Rachunek / Account:"), (220, "PL61 1090 1014 0000 0712 1981 2874")],
    [(40, "Waluta / Currency:"), (220, "PLN")],
    [(40, "Okres / Period:"), (220, "od 01.07.2026 do 31.07.2026")],
    "",
    [(40, "Data"), (120, "Opis"), (330, "Kwota zł"), (460, "Saldo zł")],
    [(40, "01.07"), (120, "Saldo początkowe"), (460, "23 418,90")],
    [(40, "02.07"), (120, "Czynsz / rent"), (330, "-2 150,00"), (460, "21 268,90")],
    [(40, "10.07"), (120, "Wynagrodzenie / salary"), (330, "11 240,00"), (460, "32 508,90")],
    [(40, "15.07"), (120, "BLIK Allegro"), (330, "-389,99"), (460, "32 118,91")],
    [(40, "21.07"), (120, "Przelew / transfer"), (330, "-4 000,00"), (460, "28 118,91")],
    [(40, "31.07"), (120, "Opłata / fee"), (330, "-57,35"), (460, "28 061,56")],
    "",
    [(40, "Uznania / Credits:"), (220, "11 240,00 zł")],
    [(40, "Obciążenia / Debits:"), (220, "6 597,34 zł")],
    [(40, "Saldo końcowe / Closing balance:"), (260, "28 061,56 zł")],
    "NIP 526-021-50-88   Data wydruku 01.08.2026",
]

REF_F1_PH: list[Row] = [
    "MANILA HARBOUR OUTSOURCING CORP.",
    "28/F Ayala Tower One, Makati City 1226, Philippines",
    "",
    "27 October 2026",
    "",
    "CERTIFICATE OF EMPLOYMENT",
    "",
    "This is to certify that MS. MARIA CRISTINA REYES BAUTISTA has been employed",
    "with Manila Harbour Outsourcing Corp. since June 1, 2015. She joined as a",
    "Customer Service Associate, was promoted to Team Leader on March 16, 2017,",
    "and is currently serving as Operations Manager (since January 6, 2020),",
    "leading a team of 85 agents and reporting to the Country Director.",
    "",
    "This certification is issued upon her request for whatever legal purpose",
    "it may serve.",
    "",
    "JOSE ANTONIO DELA ROSA",
    "HR Director",
    "SSS No. 34-5518823-9 (employee)",
]

REF_F2_AU: list[Row] = [
    "Eucalypt Mining Services Pty Ltd   ABN 51 824 753 556",
    "Level 9, 216 St Georges Terrace, Perth WA 6000, Australia",
    "",
    "14th of February 2025",
    "",
    "To whom it may concern",
    "",
    "Re: Statement of Service - Mr Liam Patrick O'Connor",
    "",
    "Liam was employed by Eucalypt Mining Services Pty Ltd as a Geologist",
    "from the 4th of February 2019 until the 31st of January 2025 (full time,",
    "38 hours per week). Between July 2023 and December 2023 he acted as",
    "Senior Geologist (Acting) while the incumbent was on leave, then returned",
    "to his substantive position of Geologist. His duties included core logging",
    "and resource modelling at our Pilbara sites.",
    "",
    "Yours faithfully,",
    "Karen Whitfield",
    "General Manager - People & Culture",
]

REF_F3_RU: list[Row] = [
    "OOO «Severnaya Zvezda Engineering»  /  ООО «Северная Звезда Инжиниринг»",
    "125167, Moscow, Leningradsky prospekt 39, Russian Federation",
    "INN 7714398216   OGRN 1177746512230",
    "",
    [(40, "Ref. No. 418/HR"), (380, "Date: 2026-11-10")],
    "",
    "EMPLOYMENT REFERENCE / СПРАВКА С МЕСТА РАБОТЫ",
    "",
    [(40, "Employee:"), (200, "Volkov Dmitry Sergeyevich")],
    [(40, "Date of birth:"), (200, "1986-4-22")],
    [(40, "Position:"), (200, "Head of Data Engineering Department")],
    [(40, "Employed since:"), (200, "2018-3-12 (order No. 57-k)")],
    [(40, "Employed until:"), (200, "to date")],
    "",
    "Mr Volkov leads a department of 23 engineers and reports directly to the",
    "Chief Technology Officer. He previously worked as Lead Data Engineer",
    "(2018-2021).",
    "",
    [(40, "General Director"), (380, "A. V. Petrenko")],
]

REF_F4_TW: list[Row] = [
    "台灣積層電子股份有限公司",
    "Formosa Layered Electronics Co., Ltd.",
    "No. 8, Li-Hsin Rd. 6, Hsinchu Science Park, Hsinchu 30078, Taiwan",
    "",
    "服務證明書  CERTIFICATE OF SERVICE",
    "",
    [(40, "姓名 Name"), (220, "王淑芬 WANG Shu-Fen")],
    [(40, "身分證字號 ID No."), (220, "F227418593")],
    [(40, "職稱 Job Title"), (220, "Senior Process Engineer")],
    [(40, "部門 Department"), (220, "Fab 3 Thin Film Process")],
    [(40, "到職日 Date Joined"), (220, "2014-07-01")],
    [(40, "離職日 Date Left"), (220, "2023-12-31")],
    "",
    "茲證明上述員工於本公司服務期間表現良好，特此證明。",
    "This is to certify that the above employee served with our company",
    "during the period stated above.",
    "",
    [(40, "人力資源處 Human Resources Division"), (380, "2024-01-05")],
    [(40, "Issued by: CHANG Ya-Ting, HR Manager")],
]

PRC_F1_QD: list[Row] = [
    "中华人民共和国 居民身份证",
    "",
    [(40, "姓名"), (110, "刘德明")],
    [(40, "性别"), (110, "男"), (200, "民族"), (270, "汉")],
    [(40, "出生"), (110, "1985"), (170, "年"), (200, "7"), (220, "月"), (250, "9"), (270, "日")],
    [(40, "住址"), (110, "山东省青岛市市南区香港中路")],
    [(110, "76号2单元1101户")],
    "",
    [(40, "公民身份号码"), (200, "370202198507090513")],
    "",
    [(40, "签发机关"), (150, "青岛市公安局市南分局")],
    [(40, "有效期限"), (150, "2015.03.20-2035.03.20")],
]

PRC_F2_SH: list[Row] = [
    "TRANSLATION - Resident Identity Card of the People's Republic of China",
    "(front and back; translated from Chinese)",
    "",
    [(40, "Name:"), (220, "ZHENG Lihua")],
    [(40, "Sex:"), (220, "Female"), (320, "Ethnicity:"), (420, "Han")],
    [(40, "Date of Birth:"), (220, "5 March 1992")],
    [(40, "Address:"), (220, "Room 502, No. 18 Lane 1388")],
    [(220, "Zhangyang Road, Pudong New Area")],
    [(40, "Citizen ID Number:"), (220, "31011519920305138X")],
    [(40, "Issuing Authority:"), (220, "Pudong Branch, Shanghai PSB")],
    [(40, "Valid Period:"), (220, "2019-08-14 to 2039-08-14")],
    "",
    "I certify this translation is true to the original.",
    [(40, "Translator: SUN Wei"), (300, "Date: 2026-10-30")],
    "Notarial Certificate (2026) Hu Dong Zheng Zi No. 21544",
]

CASES: list[tuple[str, DocType, list[Row], dict[str, Any]]] = [
    (
        "ielts F1 th-bilingual-grid",
        DocType.ielts,
        IELTS_F1_TH,
        {
            "candidate_name": "SOMCHAI RATTANAKORN",
            "date_of_birth": "1995-03-05",
            "module": "academic",
            "listening": 7.0,
            "reading": 6.5,
            "writing": 6.0,
            "speaking": 6.5,
            "overall": 6.5,
            "test_date": "2024-03-16",
            "trf_number": "24TH004512RATS001A",
        },
    ),
    (
        "ielts F2 tr-ordinal-dates",
        DocType.ielts,
        IELTS_F2_TR,
        {
            "candidate_name": "ELİF NUR YILDIRIM",
            "date_of_birth": "1992-07-21",
            "module": "general_training",
            "listening": 8.5,
            "reading": 8.0,
            "writing": 7.0,
            "speaking": 7.5,
            "overall": 8.0,
            "test_date": "2024-09-14",
            "trf_number": "24TR018830YILE002G",
        },
    ),
    (
        "ielts F3 ng-footnote-trf",
        DocType.ielts,
        IELTS_F3_NG,
        {
            "candidate_name": "ADAEZE CHIOMA OKAFOR",
            "date_of_birth": "1997-10-17",
            "module": "academic",
            "listening": 7.0,
            "reading": 6.5,
            "writing": 5.5,
            "speaking": 6.0,
            "overall": 6.5,
            "test_date": "2024-03-09",
            "trf_number": "24NG000937OKAA003A",
        },
    ),
    (
        "toefl F1 ca-mybest-beside",
        DocType.toefl,
        TOEFL_F1_CA,
        {
            "candidate_name": "Chloé Tremblay",
            "date_of_birth": "1996-03-05",
            "test_date": "2025-11-22",
            "reading": 27,
            "listening": 29,
            "speaking": 24,
            "writing": 26,
            "total": 106,
            "scale": "0-120",
        },
    ),
    (
        "toefl F2 pl-band-scale",
        DocType.toefl,
        TOEFL_F2_PL,
        {
            "candidate_name": "KATARZYNA WIŚNIEWSKA",
            "date_of_birth": "1999-12-03",
            "test_date": "2026-04-18",
            "reading": 4.5,
            "listening": 5.0,
            "speaking": 4.0,
            "writing": 4.5,
            "total": 4.5,
            "scale": "1-6",
        },
    ),
    (
        "toefl F3 tw-out-of-grid",
        DocType.toefl,
        TOEFL_F3_TW,
        {
            "candidate_name": "CHIA-HAO LIN",
            "date_of_birth": "1990-08-03",
            "test_date": "2024-09-21",
            "reading": 18,
            "listening": 21,
            "speaking": 20,
            "writing": 22,
            "total": 81,
            "scale": "0-120",
        },
    ),
    (
        "hsk F1 th-level4-unpadded-date",
        DocType.hsk,
        HSK_F1_TH,
        {
            "candidate_name": "SUPHAPORN WONGSAWAT",
            "level": 4,
            "total": 243,
            "listening": 78,
            "reading": 85,
            "writing": 80,
            "test_date": "2024-03-23",
            "certificate_number": "H42403230118",
        },
    ),
    (
        "hsk F2 ru-level1-full-score-column",
        DocType.hsk,
        HSK_F2_RU,
        {
            "candidate_name": ("IVANOVA ANASTASIYA", "Иванова Анастасия"),
            "level": 1,
            "total": 183,
            "listening": 95,
            "reading": 88,
            "writing": None,
            "test_date": "2023-11-18",
            "certificate_number": "H12311180077",
        },
    ),
    (
        "hsk F3 ng-level6-percentiles",
        DocType.hsk,
        HSK_F3_NG,
        {
            "candidate_name": "OBI CHUKWUEMEKA",
            "level": 6,
            "total": 221,
            "listening": 72,
            "reading": 81,
            "writing": 68,
            "test_date": "2025-06-15",
            "certificate_number": "H62506150209",
        },
    ),
    (
        "psc F1 fj-grid-with-id",
        DocType.psc,
        PSC_F1_FJ,
        {
            "candidate_name": "陈志强",
            "grade": "二级甲等",
            "test_date": "2022-10-15",
            "certificate_number": "3500122004416",
        },
    ),
    (
        "psc F2 gx-colon-dotted-date",
        DocType.psc,
        PSC_F2_GX,
        {
            "candidate_name": "黄丽萍",
            "grade": "一级乙等",
            "test_date": "2020-09-26",
            "certificate_number": "4500120003318",
        },
    ),
    (
        "degree F1 au-honours-in-absentia",
        DocType.degree,
        DEGREE_F1_AU,
        {
            "holder_name": "Thomas Wei-Lun Huang",
            "level": "bachelor",
            "title": ("Bachelor of Engineering", "Bachelor of Engineering (Honours)"),
            "field": "Mechanical Engineering",
            "institution": "Monash University",
            "award_date": "2018-12-12",
        },
    ),
    (
        "degree F2 pl-magister-bilingual",
        DocType.degree,
        DEGREE_F2_PL,
        {
            "holder_name": "Marta Zofia Kowalczyk",
            "level": "master",
            "title": ("Master of Arts", "Master of Arts (magister)"),
            "field": "International Relations",
            "institution": ("University of Warsaw", "Uniwersytet Warszawski"),
            "award_date": "2020-07-03",
        },
    ),
    (
        "degree F3 ng-upper-second",
        DocType.degree,
        DEGREE_F3_NG,
        {
            "holder_name": "OLUWASEUN ADEBAYO OKONKWO",
            "level": "bachelor",
            "title": ("Bachelor of Science", "BACHELOR OF SCIENCE (B.Sc.)", "B.Sc."),
            "field": "Computer Science",
            "institution": "University of Lagos",
            "award_date": "2017-10-24",
        },
    ),
    (
        "transcript F1 tr-dotted-terms",
        DocType.transcript,
        TRANSCRIPT_F1_TR,
        {
            "holder_name": "Mehmet Can Aydın",
            "institution": ("Middle East Technical University", "Orta Doğu Teknik Üniversitesi"),
            "level": "bachelor",
            "award_date": "2017-06-28",
        },
    ),
    (
        "transcript F2 ph-surname-first",
        DocType.transcript,
        TRANSCRIPT_F2_PH,
        {
            "holder_name": "JUAN MIGUEL SANTOS DELA CRUZ",
            "institution": ("University of the Philippines Diliman", "University of the Philippines"),
            "level": "master",
            "award_date": "2019-06-23",
        },
    ),
    (
        "transcript F3 ca-many-terms",
        DocType.transcript,
        TRANSCRIPT_F3_CA,
        {
            "holder_name": "Priya Kaur Sandhu",
            "institution": ("The University of British Columbia", "University of British Columbia"),
            "level": "bachelor",
            "award_date": "2016-05-26",
        },
    ),
    (
        "bank F1 th-baht",
        DocType.bank_statement,
        BANK_F1_TH,
        {
            "holder_name": "SOMCHAI RATTANAKORN",
            "bank_name": (
                "Siam Chao Phraya Bank Public Company Limited",
                "Siam Chao Phraya Bank PCL",
                "Siam Chao Phraya Bank",
            ),
            "account_number_last4": "8326",
            "currency": "THB",
            "statement_start": "2026-09-01",
            "statement_end": "2026-09-30",
            "closing_balance": 207556.10,
        },
    ),
    (
        "bank F2 tr-lira",
        DocType.bank_statement,
        BANK_F2_TR,
        {
            "holder_name": "AYŞE DEMİR",
            "bank_name": ("Anadolu Ticaret Bankası A.Ş.", "Anadolu Ticaret Bankası"),
            "account_number_last4": "8413",
            "currency": "TRY",
            "statement_start": "2026-10-01",
            "statement_end": "2026-10-31",
            "closing_balance": 69687.85,
        },
    ),
    (
        "bank F3 ng-naira-drcr",
        DocType.bank_statement,
        BANK_F3_NG,
        {
            "holder_name": ("EMEKA NNAMDI ONYEKACHI", "CHIEF (DR) EMEKA NNAMDI ONYEKACHI"),
            "bank_name": ("Zenith Atlantic Bank Plc", "Zenith Atlantic Bank"),
            "account_number_last4": "3194",
            "currency": "NGN",
            "statement_start": "2026-08-01",
            "statement_end": "2026-08-31",
            "closing_balance": 2928374.50,
        },
    ),
    (
        "bank F4 pl-zloty-spaces",
        DocType.bank_statement,
        BANK_F4_PL,
        {
            "holder_name": "Piotr Nowak",
            "bank_name": ("Bank Wiślany S.A.", "Bank Wiślany"),
            "account_number_last4": "2874",
            "currency": "PLN",
            "statement_start": "2026-07-01",
            "statement_end": "2026-07-31",
            "closing_balance": 28061.56,
        },
    ),
    (
        "ref F1 ph-currently-serving",
        DocType.reference_letter,
        REF_F1_PH,
        {
            "employee_name": "MARIA CRISTINA REYES BAUTISTA",
            "employer": ("Manila Harbour Outsourcing Corp.", "Manila Harbour Outsourcing Corp"),
            "position": "Operations Manager",
            "start_date": "2015-06-01",
            "end_date": None,
            "country": "PHL",
            "letter_date": "2026-10-27",
            "senior_role": True,
        },
    ),
    (
        "ref F2 au-acting-role",
        DocType.reference_letter,
        REF_F2_AU,
        {
            "employee_name": "Liam Patrick O'Connor",
            "employer": ("Eucalypt Mining Services Pty Ltd", "Eucalypt Mining Services"),
            "position": "Geologist",
            "start_date": "2019-02-04",
            "end_date": "2025-01-31",
            "country": "AUS",
            "letter_date": "2025-02-14",
            "senior_role": False,
        },
    ),
    (
        "ref F3 ru-key-value-to-date",
        DocType.reference_letter,
        REF_F3_RU,
        {
            "employee_name": ("Dmitry Sergeyevich Volkov", "Volkov Dmitry Sergeyevich"),
            "employer": (
                "Severnaya Zvezda Engineering",
                "OOO Severnaya Zvezda Engineering",
                "OOO «Severnaya Zvezda Engineering»",
            ),
            "position": "Head of Data Engineering Department",
            "start_date": "2018-03-12",
            "end_date": None,
            "country": "RUS",
            "letter_date": "2026-11-10",
            "senior_role": True,
        },
    ),
    (
        "ref F4 tw-traditional-bilingual",
        DocType.reference_letter,
        REF_F4_TW,
        {
            "employee_name": ("WANG Shu-Fen", "王淑芬", "王淑芬 WANG Shu-Fen"),
            "employer": ("Formosa Layered Electronics Co., Ltd.", "台灣積層電子股份有限公司"),
            "position": "Senior Process Engineer",
            "start_date": "2014-07-01",
            "end_date": "2023-12-31",
            "country": "TWN",
            "letter_date": "2024-01-05",
            "senior_role": False,
        },
    ),
    (
        "prc F1 qd-split-birth-cells",
        DocType.prc_id_card,
        PRC_F1_QD,
        {
            "name": "刘德明",
            "id_number": "370202198507090513",
            "date_of_birth": "1985-07-09",
            "sex": "M",
        },
    ),
    (
        "prc F2 sh-english-translation",
        DocType.prc_id_card,
        PRC_F2_SH,
        {
            "name": ("ZHENG Lihua", "郑丽华"),
            "id_number": "31011519920305138X",
            "date_of_birth": "1992-03-05",
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


def test_issuer_family_f_documents_are_self_consistent() -> None:
    assert {doc_type for _, doc_type, _, _ in CASES} == set(CONTRACT_FIELDS)
    labels = [label for label, _, _, _ in CASES]
    assert len(labels) == len(set(labels))
    for label, doc_type, rows, expected in CASES:
        assert set(expected) == CONTRACT_FIELDS[doc_type], label
        assert len(rows) <= 42, label  # fits the 900pt page at 20pt a row
        for row in rows:
            cells = [(40.0, row)] if isinstance(row, str) else sorted(row)
            for (x0, t0), (x1, _) in itertools.pairwise(cells):
                assert x0 + CHAR_W * len(t0) < x1, (label, t0)
            last_x, last_text = cells[-1]
            assert last_x + CHAR_W * len(last_text) <= 600, (label, last_text)
        for field, want in expected.items():
            dated = field.endswith("date") or field in {"date_of_birth", "statement_start", "statement_end"}
            if dated and want is not None:
                date.fromisoformat(_first(want))
        text = _row_text(rows)
        if doc_type == DocType.ielts:
            bands = [expected[k] for k in ("listening", "reading", "writing", "speaking")]
            assert all(b * 2 == int(b * 2) and 0 <= b <= 9 for b in bands), label
            assert ielts_overall(bands) == expected["overall"], label
            assert expected["trf_number"] in text, label
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
            cert = expected["certificate_number"]
            assert cert[:2] == f"H{expected['level']}", label
            assert cert[2:8] == expected["test_date"][2:].replace("-", ""), label
            assert cert in text, label
        if doc_type == DocType.psc:
            assert re.fullmatch(r"[一二三]级[甲乙]等", expected["grade"]), label
            assert expected["grade"] in text and expected["certificate_number"] in text, label
        if doc_type == DocType.prc_id_card:
            number = expected["id_number"]
            assert len(number) == 18 and prc_check_char(number[:17]) == number[17], label
            assert number[6:14] == expected["date_of_birth"].replace("-", ""), label
            assert ("M" if int(number[16]) % 2 else "F") == expected["sex"], label
            assert number in text, label
        if doc_type == DocType.bank_statement:
            opening, moves, closing = BANK_ARITHMETIC[label]
            credits = sum(m for m in moves if m > 0)
            debits = -sum(m for m in moves if m < 0)
            assert round(opening + credits - debits, 2) == closing, label
            assert closing == expected["closing_balance"], label
            style = BANK_STYLE.get(label, "en")
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
    for psc_id in ("350102199011210177", "450103198804301269"):
        assert prc_check_char(psc_id[:17]) == psc_id[17]


def test_issuer_family_f_scores_at_least_90_percent() -> None:
    right, total, misses, _ = score()
    assert total == FIRST_CONTACT["total"]
    assert right / total >= 0.90, f"{right}/{total}; misses: {misses}"


def test_issuer_family_f_accepts_no_wrong_value() -> None:
    _, _, _, wrong_accepted = score()
    assert not wrong_accepted, wrong_accepted


if __name__ == "__main__":
    right, total, misses, wrong_accepted = score()
    print(f"issuer family F: {right}/{total} = {100 * right / total:.1f}%")
    print(f"wrong values accepted: {len(wrong_accepted)}")
    for label, field, want, got, status in misses:
        shown = getattr(status, "value", status)
        print(f"  MISS {label:36} {field:22} expected={want!r} got={got!r} status={shown}")
