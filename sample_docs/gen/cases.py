"""The eight sample cases: who applies, which files they upload, and what is planted in them."""

from __future__ import annotations

from datetime import date as D

from . import kinds
from .layouts_fin import make_account
from .layouts_work import receipt
from .people import PEOPLE
from .spec import CaseSpec, DocSpec

AS_OF = "2026-11-01"

# Spending patterns per currency: (description, min, max); negative amounts are money coming in.
SPEND_HKD = [
    ("EPS PARKNSHOP", 180, 1400),
    ("FPS TRANSFER RENT", 16500, 16500),
    ("VISA CARD PAYMENT", 3000, 12000),
    ("CLP POWER HK AUTOPAY", 380, 900, 1),
    ("ATM WITHDRAWAL", 500, 3000),
    ("OCTOPUS AAVS TOP-UP", 500, 500),
    ("INTEREST", -40, -5, 1),
    ("FPS FROM CHAN TAI MAN", -3000, -800),
]
SPEND_USD = [
    ("OUTWARD TT CHARGES", 15, 40, 1),
    ("INTEREST", -30, -8, 1),
    ("FX CONVERSION FROM HKD", -5000, -1000),
]
SPEND_GBP = [
    ("TESCO STORES 2231", 25, 140),
    ("DIRECT DEBIT COUNCIL TAX", 182, 182),
    ("CARD PAYMENT AMAZON UK", 10, 95),
    ("STANDING ORDER MORTGAGE", 1450, 1450),
    ("TFL TRAVEL CH", 5, 40),
    ("FASTER PAYMENT RECEIVED", -400, -50),
]
SPEND_INR = [
    ("UPI/SWIGGY", 250, 1800),
    ("NEFT RENT PAYMENT", 38000, 38000),
    ("ATM WDL CHENNAI", 2000, 10000),
    ("ACH D- MUTUAL FUND SIP", 15000, 15000),
    ("UPI/AMAZON PAY", 300, 6000),
    ("INT.PD", -900, -150, 1),
]
SPEND_CAD = [
    ("PAYROLL DEDUCTION RRSP", 800, 800),
    ("LOBLAWS #1123", 60, 260),
    ("HYDRO ONE", 90, 190, 1),
    ("INTERAC E-TRANSFER", 100, 1200),
    ("MORTGAGE PMT", 2650, 2650),
    ("E-TRANSFER RECEIVED", -600, -100),
]
SPEND_EUR = [
    ("SEPA Lastschrift Stadtwerke München", 90, 160, 1),
    ("Miete Wohnung Schwabing", 1650, 1650),
    ("Kartenzahlung REWE", 20, 140),
    ("Überweisung Sparplan ETF", 1000, 1000),
    ("Gutschrift Erstattung", -300, -40, 1),
    ("Bargeldauszahlung Geldautomat", 100, 400),
]
SPEND_USD_AE = [
    ("CARD PURCHASE CARREFOUR", 40, 260),
    ("DEWA UTILITIES", 150, 320, 1),
    ("RENT CHEQUE 004512", 2700, 2700),
    ("REMITTANCE TO KABUL", 500, 1500),
    ("TRANSFER RECEIVED", -800, -200),
]


def case_c001() -> CaseSpec:
    p = PEOPLE["C001"]
    aug = (D(2026, 8, 1), D(2026, 8, 31))
    hkd = make_account(
        101,
        "HKD Savings",
        "XXXX-XXXX-1234",
        "HKD",
        412580.35,
        *aug,
        ("PAYROLL ZHIYUAN DATA TECH", 98500.00),
        SPEND_HKD,
        13,
    )
    usd = make_account(102, "USD Savings", "XXXX-XXXX-5678", "USD", 38200.00, *aug, None, SPEND_USD, 5)
    docs = [
        kinds.passport(p, "scan0001.jpg", "td3_cn", "scan_jpeg", 11),
        kinds.prc_id_card(p, "IMG_2231.jpg", "photo_jpeg", 12),
        kinds.ielts(
            p,
            "IELTS_eTRF_ZHANG_WEI.pdf",
            "ielts_etrf",
            "text_pdf",
            module="Academic",
            test_date=D(2025, 11, 8),
            bands=(7.5, 7.0, 6.5, 7.0),
            centre="HK004",
            origin="China (People's Republic of)",
            first_language="Chinese",
            trf_seq=("HK", 4127, 1, "A"),
        ),
        kinds.psc(
            p,
            "psc.png",
            "psc_booklet",
            "scan_png",
            grade="二级甲等",
            score=88.6,
            test_date=D(2012, 5, 19),
            certificate="1111012012005836",
            issuer="北京市语言文字工作委员会",
            id_number=p.extra["id_number"],
        ),
        kinds.degree(
            "scans/scan0003.pdf",
            "degree_cn",
            "scan_pdf",
            holder="ZHANG Wei",
            institution="Tsinghua University",
            level="master",
            title="Master of Engineering",
            field="Computer Science and Technology",
            title_line="Master of Engineering in Computer Science and Technology",
            award_date=D(2013, 7, 1),
            layout_values={
                "cn_title": "硕士学位证书",
                "cn_name": "张伟",
                "cn_sex": "男",
                "cn_birth": "1988年3月14日",
                "cn_institution": "清华大学",
                "birth": p.birth,
                "number": "1000332013000587",
                "cn_body": "计算机科学与技术学科已通过硕士学位的课程考试和论文答辩，成绩合格。根据"
                "《中华人民共和国学位条例》的规定，授予工学硕士学位。",
            },
        ),
        kinds.transcript(
            "scans/transcript.tif",
            "transcript_table",
            "scan_tiff",
            holder="ZHANG Wei",
            institution="Tsinghua University",
            level="master",
            award_date=D(2013, 7, 1),
            values={
                "student_no": "2010210877",
                "degree": "Master of Engineering",
                "major": "Computer Science and Technology",
                "gpa": "3.78 / 4.00",
                "per_page": 14,
                "seal_text": "清华大学研究生院",
                "courses": kinds.courses(
                    13,
                    [
                        "Advanced Algorithms",
                        "Distributed Systems",
                        "Machine Learning",
                        "Advanced Computer Networks",
                        "Database System Implementation",
                        "Pattern Recognition",
                        "Information Retrieval",
                        "Parallel Computing",
                        "Advanced Operating Systems",
                        "Computational Geometry",
                        "Data Mining",
                        "Natural Language Processing",
                        "Compiler Construction",
                        "Cloud Computing",
                        "Probability and Stochastic Processes",
                        "Matrix Analysis",
                        "Scientific Writing in English",
                        "Dialectics of Nature",
                        "Theory of Socialism with Chinese Characteristics",
                        "Research Seminar I",
                        "Research Seminar II",
                        "Thesis Research",
                    ],
                    "4",
                ),
            },
        ),
        kinds.bank_statement(
            "estatement_202608.pdf",
            "bank_summary_box",
            "text_pdf",
            bank="Harbour Commerce Bank Limited",
            holder_name="ZHANG WEI",
            values={
                "bank_address": [
                    "88 Des Voeux Road Central, Hong Kong",
                    "Customer Service Hotline (852) 2233 8000",
                ],
                "holder_line": "MR ZHANG WEI",
                "holder_address": [
                    "Flat 12B, Tower 3, Harbour Green",
                    "8 Sham Mong Road",
                    "Tai Kok Tsui, Kowloon",
                ],
                "start": aug[0],
                "end": aug[1],
                "issued": D(2026, 9, 2),
                "accounts": [hkd, usd],
            },
        ),
        kinds.reference_letter(
            "Employment Reference Letter.pdf",
            "letter_centered",
            "text_pdf",
            p=p,
            employer="Beijing Zhiyuan Data Technology Co., Ltd.",
            city="Beijing",
            country="CHN",
            country_name="China",
            letter_date=D(2026, 9, 15),
            date_style="long",
            end_word="to date",
            positions=[
                ("Senior Data Engineer", D(2016, 7, 1), D(2019, 2, 28)),
                ("Head of Data Engineering", D(2019, 3, 1), None),
            ],
            senior=True,
            values={
                "logo": "ZY",
                "colour": (0, 70, 140),
                "employee_name": "Zhang Wei",
                "address": [
                    "Zhongguancun Software Park, Haidian District",
                    "Beijing 100193",
                    "+86 10 6273 8800",
                ],
                "ref": "HR-2026-0915-031",
                "signer": "Li Na",
                "signer_title": "Director, Human Resources",
                "duties": [
                    "As Head of Data Engineering he leads a team of 12 engineers, "
                    "reports to the CTO and is responsible for the company's data "
                    "platform, streaming pipelines and data governance.",
                    "Before that he designed and built the batch and real-time "
                    "ingestion systems used by all product lines.",
                ],
                "salary": "His current annual salary is RMB 980,000. He works full time, 40 hours per week.",
                "senior_evidence": "Head of; leads a team of 12; reports to the CTO",
            },
        ),
    ]
    app = {
        "application_date": "2026-10-12",
        "marital_status": "married",
        "spouse_education": "master",
        "children_under_18": 1,
        "hk_permanent_resident_relatives": [],
        "talent_list_profession": "Data scientists and data engineers",
    }
    return CaseSpec("C001", app, docs, ["two_currency_statement"], [])


def case_c002() -> CaseSpec:
    p = PEOPLE["C002"]
    aug = (D(2026, 8, 1), D(2026, 8, 31))
    inr = make_account(
        201,
        "Savings Account",
        "XXXXXXXX4417",
        "INR",
        1845320.55,
        *aug,
        ("NEFT CR-NIMBUS ANALYTICS SALARY", 412500.00),
        SPEND_INR,
        12,
    )
    docs = [
        kinds.passport(p, "IMG_20260912_101533.jpg", "td3_numbered", "photo_jpeg", 21, rotation=90),
        kinds.toefl(
            p,
            "TOEFL_ScoreReport.pdf",
            "toefl_classic",
            "text_pdf",
            test_date=D(2025, 5, 17),
            scores={"reading": 27, "listening": 28, "speaking": 24, "writing": 26},
            registration="0000000088127415",
            native_country="India",
            native_language="Tamil",
            mybest={
                "reading": 28,
                "listening": 28,
                "speaking": 25,
                "writing": 26,
                "dates": {
                    "reading": "Jan 11, 2025",
                    "listening": "May 17, 2025",
                    "speaking": "Jan 11, 2025",
                    "writing": "May 17, 2025",
                },
            },
        ),
        kinds.hsk(
            p,
            "HSK5_report.pdf",
            "hsk_report",
            "text_pdf",
            name="RAGHAVAN PRIYA",
            level=5,
            test_date=D(2025, 6, 15),
            scores=(82, 88, 74),
            certificate="H52506150231",
            ticket="H51225061502318",
            nationality_label="印度 India",
        ),
        kinds.degree(
            "IMG_20260912_102010.jpg",
            "degree_classic",
            "photo_jpeg",
            holder="Priya Raghavan",
            institution="Indian Institute of Technology Bombay",
            level="bachelor",
            title="Bachelor of Technology",
            field="Electrical Engineering",
            title_line="Bachelor of Technology in Electrical Engineering",
            honours="with Honours",
            award_date=D(2014, 8, 9),
        ),
        kinds.bank_statement(
            "Statement_Aug2026.pdf",
            "bank_ledger",
            "text_pdf",
            bank="Coromandel Bank Ltd.",
            holder_name="PRIYA RAGHAVAN",
            values={
                "bank_address": [
                    "No. 12, Anna Salai, Chennai 600002",
                    "IFSC CORB0000412  ·  www.coromandelbank.example",
                ],
                "holder_line": "MS PRIYA RAGHAVAN",
                "holder_address": [
                    "Flat 3C, Lotus Apartments",
                    "14 Besant Nagar 2nd Avenue",
                    "Chennai 600090",
                ],
                "start": aug[0],
                "end": aug[1],
                "money_style": "in",
                "colour": (110, 30, 90),
                "accounts": [inr],
            },
        ),
        kinds.reference_letter(
            "Experience letter.pdf",
            "letter_sidebar",
            "scan_pdf",
            p=p,
            employer="Nimbus Analytics Pvt. Ltd.",
            city="Bengaluru",
            country="IND",
            country_name="India",
            letter_date=D(2026, 9, 8),
            date_style="slash",
            positions=[
                ("Software Engineer", D(2014, 7, 1), D(2019, 2, 28)),
                ("Senior Software Engineer", D(2019, 3, 1), None),
            ],
            senior=False,
            values={
                "address": ["Prestige Tech Park, Marathahalli", "Bengaluru 560103, India"],
                "ref": "NA/HR/2026/1187",
                "signer": "Kavya Menon",
                "signer_title": "HR Business Partner",
                "duties": [
                    "Develops backend services for the analytics platform in Java and Python.",
                    "Writes and reviews code, designs APIs and supports production releases.",
                    "Mentors two junior engineers.",
                ],
            },
        ),
    ]
    app = {
        "application_date": "2026-09-20",
        "marital_status": "single",
        "spouse_education": "none",
        "children_under_18": 0,
        "hk_permanent_resident_relatives": [],
        "talent_list_profession": None,
    }
    return CaseSpec(
        "C002", app, docs, ["rotated_photo_90", "toefl_mybest_scores", "indian_number_format"], []
    )


def case_c003() -> CaseSpec:
    p = PEOPLE["C003"]
    aug = (D(2026, 8, 1), D(2026, 8, 31))
    gbp = make_account(
        301,
        "Current Account",
        "XXXX-XXXX-8802",
        "GBP",
        48210.77,
        *aug,
        ("SALARY ALBION PHOTONICS", 6840.12),
        SPEND_GBP,
        12,
    )
    docs = [
        kinds.passport(p, "passport scan.pdf", "td3_numbered", "scan_pdf", 31),
        kinds.ielts(
            p,
            "IELTS.jpg",
            "ielts_paper",
            "scan_jpeg",
            module="Academic",
            test_date=D(2024, 6, 22),
            bands=(8.5, 8.5, 7.5, 8.0),
            centre="GB112",
            origin="United Kingdom",
            first_language="English",
            trf_seq=("GB", 112053, 7, "B"),
        ),
        kinds.degree(
            "Degree certificate.jpg",
            "degree_classic",
            "scan_jpeg",
            holder="Eleanor Grace Smith-Jones",
            institution="The University of Manchester",
            level="bachelor",
            title="Bachelor of Science",
            field="Physics",
            title_line="Bachelor of Science in Physics",
            honours="with First Class Honours",
            award_date=D(2007, 7, 12),
        ),
        kinds.bank_statement(
            "Bank/Statement 2026-08.pdf",
            "bank_summary_box",
            "text_pdf",
            bank="Thames & Mercer Bank plc",
            holder_name="ELEANOR SMITH-JONES",
            values={
                "bank_address": ["1 King William Street, London EC4N 7AR", "Sort code 40-12-77"],
                "holder_line": "DR ELEANOR SMITH-JONES",
                "holder_address": ["27 Chesterton Road", "Cambridge", "CB4 3AN"],
                "start": aug[0],
                "end": aug[1],
                "issued": D(2026, 9, 1),
                "colour": (120, 20, 40),
                "accounts": [gbp],
            },
        ),
        kinds.reference_letter(
            "Reference - Albion.pdf",
            "letter_sidebar",
            "text_pdf",
            p=p,
            employer="Albion Photonics Ltd",
            city="Cambridge",
            country="GBR",
            country_name="United Kingdom",
            letter_date=D(2026, 9, 18),
            date_style="month",
            precision="month",
            positions=[
                ("Research Scientist", D(2010, 9, 1), D(2019, 2, 28)),
                ("Engineering Manager, Optical Systems", D(2019, 3, 1), None),
            ],
            senior=True,
            values={
                "employee_name": "Eleanor Smith-Jones",
                "honorific": "Dr",
                "address": [
                    "Unit 4, Cambridge Science Park",
                    "Milton Road, Cambridge CB4 0FX",
                    "United Kingdom",
                ],
                "signer": "Thomas Whitfield",
                "signer_title": "Chief Technology Officer",
                "duties": [
                    "Manages the optical systems group of 9 engineers and its budget.",
                    "Sets the technical roadmap for laser metrology products.",
                    "Reports to the Chief Technology Officer.",
                ],
                "salary": "Her current salary is GBP 96,000 per annum, full time.",
                "senior_evidence": "Manager; manages a group of 9",
            },
        ),
    ]
    app = {
        "application_date": "2026-10-05",
        "marital_status": "divorced",
        "spouse_education": "none",
        "children_under_18": 2,
        "hk_permanent_resident_relatives": ["sibling"],
        "talent_list_profession": None,
    }
    return CaseSpec("C003", app, docs, ["expired_passport", "stale_language_test", "hyphenated_name"], [])


def case_c004() -> CaseSpec:
    p = PEOPLE["C004"]
    jul = (D(2026, 7, 1), D(2026, 7, 31))
    cad = make_account(
        401,
        "Chequing Account",
        "****5678",
        "CAD",
        23675.40,
        *jul,
        ("PAYROLL BOREALIS MATERIALS", 7912.55),
        SPEND_CAD,
        11,
    )
    cad.closing_override = round(cad.closing_true + 1250.00, 2)  # planted: printed closing balance is wrong
    docs = [
        kinds.passport(p, "scan_passport.jpg", "td3_en_fr", "scan_jpeg", 41),
        kinds.degree(
            "photos/IMG_0412.JPG",
            "degree_conferred",
            "photo_jpeg",
            holder="Michael James O'Brien",
            institution="University of Toronto",
            level="doctorate",
            title="Doctor of Philosophy",
            field="Chemistry",
            title_line="Doctor of Philosophy (Chemistry)",
            award_date=D(2012, 6, 14),
            rotation=90,
            exif_orientation=8,
            layout_values={"motto": "VELUT ARBOR AEVO"},
        ),
        kinds.transcript(
            "UofT_transcript.pdf",
            "transcript_terms",
            "text_pdf",
            holder="O'Brien, Michael James",
            institution="University of Toronto",
            level="doctorate",
            award_date=D(2012, 6, 14),
            values={
                "student_no": "994120387",
                "degree": "Doctor of Philosophy",
                "major": "Chemistry",
                "birth": p.birth,
                "thesis": "Ligand design for selective C–H activation",
                "courses": kinds.courses(
                    43,
                    [
                        "Advanced Organic Synthesis",
                        "Physical Organic Chemistry",
                        "Organometallic Chemistry",
                        "Catalysis",
                        "Spectroscopic Methods",
                        "Research Seminar",
                        "Departmental Oral Examination",
                        "Thesis Research",
                    ],
                    "CHM",
                    ["2007 Fall", "2008 Winter", "2008 Fall", "2009 Winter"],
                ),
            },
        ),
        kinds.bank_statement(
            "Bank statement July.pdf",
            "bank_ledger",
            "text_pdf",
            bank="Lakeshore Trust Bank",
            holder_name="MICHAEL J O'BRIEN",
            values={
                "bank_address": ["200 Bay Street, Toronto ON M5J 2J5", "1-800-555-0142"],
                "holder_line": "DR MICHAEL J O'BRIEN",
                "holder_address": ["58 Roxborough St W", "Toronto ON M5R 1T8"],
                "start": jul[0],
                "end": jul[1],
                "accounts": [cad],
            },
        ),
        kinds.reference_letter(
            "photos/IMG_0415.JPG",
            "letter_centered",
            "photo_jpeg",
            p=p,
            employer="Borealis Materials Inc.",
            city="Toronto",
            country="CAN",
            country_name="Canada",
            letter_date=D(2026, 8, 20),
            date_style="iso",
            positions=[
                ("Research Scientist", D(2012, 9, 4), D(2017, 2, 28)),
                ("Director of Research", D(2017, 3, 1), None),
            ],
            senior=True,
            values={
                "logo": "BM",
                "colour": (20, 90, 60),
                "employee_name": "Michael O'Brien",
                "honorific": "Dr",
                "address": ["4100 Yonge Street, Suite 800", "Toronto, Ontario M2P 2B5"],
                "signer": "Sarah Lindqvist",
                "signer_title": "Vice President, People",
                "duties": [
                    "As Director of Research he heads a department of 25 scientists "
                    "and reports to the Chief Executive Officer.",
                    "He owns the research budget and the patent portfolio.",
                ],
                "senior_evidence": "Director; heads a department of 25; reports to the CEO",
            },
        ),
    ]
    app = {
        "application_date": "2026-08-28",
        "marital_status": "married",
        "spouse_education": "doctorate",
        "children_under_18": 2,
        "hk_permanent_resident_relatives": [],
        "talent_list_profession": None,
    }
    return CaseSpec(
        "C004",
        app,
        docs,
        ["statement_does_not_add_up", "exif_orientation", "apostrophe_name"],
        ["language_proof"],
    )


def case_c005() -> CaseSpec:
    p = PEOPLE["C005"]
    docs = [
        kinds.passport(p, "passport.jpg", "td3_numbered", "scan_jpeg", 51),
        kinds.ielts(
            p,
            "scan0002.pdf",
            "ielts_paper",
            "scan_pdf",
            module="General Training",
            test_date=D(2025, 9, 13),
            bands=(7.0, 6.5, 6.0, 7.0),
            centre="NG018",
            origin="Nigeria",
            first_language="Yoruba",
            trf_seq=("NG", 18004, 3, "G"),
        ),
        kinds.degree(
            "WhatsApp Image 2026-09-21 at 10.14.22.jpeg",
            "degree_conferred",
            "photo_jpeg",
            holder="Ngozi Amaka Eze",
            institution="University of Lagos",
            level="bachelor",
            title="Bachelor of Science",
            field="Accounting",
            title_line="Bachelor of Science (Accounting)",
            honours="Second Class Honours (Upper Division)",
            award_date=D(2012, 11, 12),
            layout_values={"motto": "IN DEED AND IN TRUTH"},
        ),
        kinds.reference_letter(
            "WhatsApp Image 2026-09-21 at 10.16.05.jpeg",
            "letter_sidebar",
            "photo_jpeg",
            p=p,
            employer="Lagoon Capital Partners Limited",
            city="Lagos",
            country="NGA",
            country_name="Nigeria",
            letter_date=D(2026, 9, 10),
            date_style="long",
            end_word="to date",
            rotation=180,
            positions=[
                ("Accountant", D(2013, 6, 1), D(2017, 5, 31)),
                ("Senior Accountant", D(2017, 6, 1), None),
            ],
            senior=False,
            values={
                "colour": (0, 110, 80),
                "address": ["Plot 1402 Ademola Adetokunbo Crescent", "Victoria Island, Lagos", "Nigeria"],
                "ref": "LCP/HR/0926",
                "signer": "Funmilayo Okonkwo",
                "signer_title": "Head of Human Resources",
                "duties": [
                    "Prepares monthly management accounts and IFRS financial statements.",
                    "Reconciles bank and intercompany accounts.",
                    "Supports the external audit each year.",
                ],
            },
        ),
    ]
    app = {
        "application_date": "2026-09-30",
        "marital_status": "single",
        "spouse_education": "none",
        "children_under_18": 0,
        "hk_permanent_resident_relatives": [],
        "talent_list_profession": None,
    }
    return CaseSpec("C005", app, docs, ["name_mismatch", "rotated_photo_180"], ["financial_proof"])


def case_c006() -> CaseSpec:
    p = PEOPLE["C006"]
    sep = (D(2026, 9, 1), D(2026, 9, 30))
    eur = make_account(
        601,
        "Girokonto",
        "DE12 7015 **** **** **34 56",
        "EUR",
        28417.93,
        *sep,
        ("Gehalt Alpenwerk Software GmbH", 6212.40),
        SPEND_EUR,
        11,
    )
    docs = [
        kinds.passport(p, "IMG_7781.jpg", "td3_numbered", "photo_jpeg", 61),
        kinds.toefl(
            p,
            "TOEFL 2026.pdf",
            "toefl_band_2026",
            "text_pdf",
            test_date=D(2026, 3, 21),
            scores={"reading": 26, "listening": 28, "writing": 24, "speaking": 23},
            registration="0000000061044382",
            native_country="Germany",
            native_language="German",
        ),
        kinds.hsk(
            p,
            "HSK4.jpg",
            "hsk_card",
            "scan_jpeg",
            name="MUELLER JUERGEN MICHAEL",
            level=4,
            test_date=D(2024, 11, 17),
            scores=(85, 90, 78),
            certificate="H42411170088",
            ticket="H41224111700088",
            nationality_label="德国 Germany",
        ),
        kinds.degree(
            "Urkunde_MSc.pdf",
            "degree_classic",
            "scan_pdf",
            holder="Jürgen Michael Müller",
            institution="Technical University of Munich",
            level="master",
            title="Master of Science",
            field="Informatics",
            title_line="Master of Science in Informatics",
            honours="with Distinction",
            award_date=D(2013, 10, 25),
        ),
        kinds.bank_statement(
            "Kontoauszug_09_2026.jpg",
            "bank_kontoauszug",
            "scan_jpeg",
            bank="Münchner Volks- und Handelsbank eG",
            holder_name="Jürgen Michael Müller",
            values={
                "bank_short": "MVHB",
                "number": "9/2026",
                "bank_address": ["Leopoldstraße 120, 80802 München", "BIC MVHBDEMMXXX"],
                "holder_line": "Herrn Jürgen Michael Müller",
                "holder_address": ["Hohenzollernstraße 54", "80801 München"],
                "start": sep[0],
                "end": sep[1],
                "money_style": "eu",
                "accounts": [eur],
            },
        ),
        kinds.reference_letter(
            "Arbeitszeugnis_EN.pdf",
            "letter_centered",
            "text_pdf",
            p=p,
            employer="Alpenwerk Software GmbH",
            city="Munich",
            country="DEU",
            country_name="Germany",
            letter_date=D(2026, 9, 25),
            date_style="dot",
            positions=[
                ("Software Engineer", D(2013, 11, 1), D(2016, 12, 31)),
                ("Principal Engineer, Platform", D(2017, 1, 1), None),
            ],
            senior=True,
            values={
                "logo": "AW",
                "colour": (150, 30, 30),
                "employee_name": "Jürgen Müller",
                "address": ["Arnulfstraße 27", "80335 München", "Germany"],
                "signer": "Dr. Katrin Vogel",
                "signer_title": "Head of People & Culture",
                "duties": [
                    "As Principal Engineer he is the technical lead for the platform "
                    "division and reports to the Chief Technology Officer.",
                    "He defines architecture standards across six teams.",
                ],
                "senior_evidence": "Principal; technical lead; reports to the CTO",
            },
        ),
    ]
    app = {
        "application_date": "2026-10-20",
        "marital_status": "married",
        "spouse_education": "bachelor",
        "children_under_18": 1,
        "hk_permanent_resident_relatives": [],
        "talent_list_profession": "Experienced professionals in fintech",
    }
    return CaseSpec(
        "C006",
        app,
        docs,
        ["umlaut_name", "toefl_band_scale_2026", "european_number_format", "mrz_state_code_D"],
        [],
    )


def case_c007() -> CaseSpec:
    p = PEOPLE["C007"]
    sep = (D(2026, 9, 1), D(2026, 9, 30))
    usd = make_account(
        701,
        "Current Account",
        "****7781",
        "USD",
        18420.00,
        *sep,
        ("SALARY TRANSFER", 5400.00),
        SPEND_USD_AE,
        10,
    )
    docs = [
        kinds.passport(p, "passport_scan.jpg", "td3_en_fr", "scan_jpeg", 71),
        kinds.ielts(
            p,
            "IMG_5530.jpg",
            "ielts_etrf",
            "photo_jpeg",
            module="Academic",
            test_date=D(2025, 12, 6),
            bands=(6.5, 7.0, 6.0, 6.5),
            centre="AE044",
            origin="Afghanistan",
            first_language="Dari",
            trf_seq=("AE", 44210, 12, "K"),
        ),
        kinds.degree(
            "degree.jpg",
            "degree_conferred",
            "scan_jpeg",
            holder="Ahmad Farid Karimi",
            institution="Kabul University",
            level="bachelor",
            title="Bachelor of Science",
            field="Civil Engineering",
            title_line="Bachelor of Science in Civil Engineering",
            award_date=D(2013, 12, 20),
            layout_values={"motto": "Faculty of Engineering"},
        ),
        kinds.bank_statement(
            "Documents/Bank Statement Sept.pdf",
            "bank_summary_box",
            "text_pdf",
            bank="Meridian Gulf Bank PJSC",
            holder_name="AHMAD FARID KARIMI",
            values={
                "bank_address": ["Sheikh Zayed Road, Dubai, United Arab Emirates", "P.O. Box 5521"],
                "holder_line": "MR AHMAD FARID KARIMI",
                "holder_address": ["Apartment 1204, Al Khail Heights", "Al Quoz, Dubai"],
                "start": sep[0],
                "end": sep[1],
                "issued": D(2026, 10, 2),
                "colour": (130, 90, 10),
                "accounts": [usd],
            },
        ),
        kinds.reference_letter(
            "Documents/Experience Certificate.pdf",
            "letter_sidebar",
            "text_pdf",
            p=p,
            employer="Al Noor Engineering Consultants LLC",
            city="Dubai",
            country="ARE",
            country_name="United Arab Emirates",
            letter_date=D(2026, 9, 3),
            date_style="long",
            positions=[
                ("Site Engineer", D(2015, 2, 1), D(2018, 12, 31)),
                ("Project Engineer", D(2019, 1, 1), D(2025, 8, 31)),
            ],
            senior=False,
            values={
                "address": ["Office 903, Bay Square Building 11", "Business Bay, Dubai, UAE"],
                "signer": "Rashid Al Mansoori",
                "signer_title": "HR Manager",
                "duties": [
                    "Supervised reinforced-concrete works on residential towers.",
                    "Prepared quantity take-offs and checked contractor invoices.",
                ],
                "salary": "His last monthly salary was AED 19,500.",
            },
        ),
    ]
    app = {
        "application_date": "2026-10-01",
        "marital_status": "married",
        "spouse_education": "bachelor",
        "children_under_18": 3,
        "hk_permanent_resident_relatives": [],
        "talent_list_profession": None,
    }
    return CaseSpec("C007", app, docs, ["excluded_nationality"], [])


def case_c008() -> CaseSpec:
    p = PEOPLE["C008"]
    sep = (D(2026, 9, 1), D(2026, 9, 30))
    aug = (D(2026, 8, 1), D(2026, 8, 31))
    hkd = make_account(
        801,
        "Integrated Account - HKD Savings",
        "XXXX-XXXX-3390",
        "HKD",
        286410.20,
        *sep,
        ("SALARY PUDONG ASSET MGMT HK", 72800.00),
        SPEND_HKD,
        12,
    )
    hkd_aug = make_account(
        802,
        "Integrated Account - HKD Savings",
        "XXXX-XXXX-3390",
        "HKD",
        251003.87,
        *aug,
        ("SALARY PUDONG ASSET MGMT HK", 72800.00),
        SPEND_HKD,
        12,
    )
    bank_values = {
        "bank_address": [
            "Victoria Harbour Bank Limited, 1 Queen's Road Central, Hong Kong",
            "www.victoriaharbourbank.example",
        ],
        "holder_line": "MS CHEN XIAOLING",
        "holder_address": ["Room 2305, 33 Hoi Yuen Road", "Kwun Tong, Kowloon"],
        "colour": (0, 80, 60),
    }
    degree = kinds.degree(
        "IMG_4402.jpg",
        "degree_cn",
        "photo_jpeg",
        holder="CHEN Xiaoling",
        institution="Fudan University",
        level="bachelor",
        title="Bachelor of Economics",
        field="Finance",
        title_line="Bachelor of Economics (Finance)",
        award_date=D(2016, 6, 30),
        layout_values={
            "cn_title": "学士学位证书",
            "cn_name": "陈晓玲",
            "cn_sex": "女",
            "cn_birth": "1994年6月25日",
            "cn_institution": "复旦大学",
            "birth": p.birth,
            "number": "1024642016001975",
            "cn_body": "复旦大学经济学院金融学专业完成了本科学习计划，业已毕业。经审核"
            "符合《中华人民共和国学位条例》的规定，授予经济学学士学位。",
        },
    )
    truncated_transcript = kinds.transcript(
        "transcript.pdf",
        "transcript_table",
        "text_pdf",
        holder="CHEN Xiaoling",
        institution="Fudan University",
        level="bachelor",
        award_date=D(2016, 6, 30),
        values={
            "student_no": "12300680114",
            "degree": "Bachelor of Economics",
            "major": "Finance",
            "gpa": "3.52 / 4.00",
            "courses": kinds.courses(
                81,
                [
                    "Microeconomics",
                    "Macroeconomics",
                    "Econometrics",
                    "Corporate Finance",
                    "Investments",
                    "Financial Accounting",
                    "Money and Banking",
                    "Derivatives",
                    "Calculus",
                    "Linear Algebra",
                    "Probability and Statistics",
                ],
                "ECON",
            ),
        },
    )
    docs = [
        kinds.passport(p, "IMG_4398.JPG", "td3_cn", "photo_jpeg", 81, rotation=180, exif_orientation=3),
        kinds.psc(
            p,
            "Document (2).pdf",
            "psc_table",
            "scan_jpeg",
            grade="一级乙等",
            score=94.3,
            test_date=D(2016, 11, 26),
            certificate="3100116001234",
            issuer="上海市语言文字工作委员会",
            id_number="",
        ),
        degree,
        DocSpec(
            "resend/IMG_4402 (1).jpg",
            "degree",
            "degree_cn",
            "photo_jpeg",
            None,
            status="duplicate",
            duplicate_of="IMG_4402.jpg",
            exif_orientation=1,
        ),
        kinds.bank_statement(
            "statements/eStatement_2026-09.pdf",
            "bank_ledger",
            "text_pdf",
            bank="Victoria Harbour Bank Limited",
            holder_name="CHEN XIAOLING",
            values=bank_values | {"start": sep[0], "end": sep[1], "accounts": [hkd]},
        ),
        as_bad(
            kinds.bank_statement(
                "statements/eStatement_2026-08.pdf",
                "bank_ledger",
                "text_pdf",
                bank="Victoria Harbour Bank Limited",
                holder_name="CHEN XIAOLING",
                values=bank_values | {"start": aug[0], "end": aug[1], "accounts": [hkd_aug]},
            ),
            "encrypted",
            "encrypted",
            user_password="chen0625",
        ),
        kinds.reference_letter(
            "Document.pdf",
            "letter_centered",
            "text_pdf",
            p=p,
            employer="Shanghai Pudong Asset Management Co., Ltd.",
            city="Shanghai",
            country="CHN",
            country_name="China",
            letter_date=D(2026, 9, 28),
            date_style="us",
            positions=[
                ("Investment Analyst", D(2016, 7, 11), D(2020, 3, 31)),
                ("Investment Manager", D(2020, 4, 1), None),
            ],
            senior=True,
            values={
                "logo": "PD",
                "colour": (140, 20, 20),
                "employee_name": "Chen Xiaoling",
                "address": ["Shanghai World Financial Center, 100 Century Avenue", "Pudong, Shanghai 200120"],
                "signer": "Wang Jun",
                "signer_title": "General Manager, Human Resources",
                "duties": [
                    "As Investment Manager she manages a portfolio of CNY 2.4 billion "
                    "and leads a team of 4 analysts."
                ],
                "senior_evidence": "Manager; leads a team of 4",
            },
        ),
        as_bad(truncated_transcript, "truncated", "unreadable"),
        DocSpec("scan0007.pdf", "unknown", "zero_byte", "bad", None, status="unreadable", bad="zero_byte"),
        DocSpec(
            "IMG_4410.jpg",
            "unknown",
            "receipt",
            "photo_jpeg",
            lambda: receipt(RECEIPT),
            status="needs_review",
        ),
        DocSpec("notes.txt", "unknown", "plain_text", "bad", None, status="unsupported", bad="text"),
    ]
    app = {
        "application_date": "2026-10-10",
        "marital_status": "single",
        "spouse_education": "none",
        "children_under_18": 0,
        "hk_permanent_resident_relatives": ["parent"],
        "talent_list_profession": None,
    }
    return CaseSpec(
        "C008",
        app,
        docs,
        [
            "truncated_pdf",
            "encrypted_pdf",
            "zero_byte_file",
            "duplicate_file",
            "non_document",
            "unsupported_file",
            "wrong_extension",
            "exif_orientation",
        ],
        [],
    )


def as_bad(spec: DocSpec, bad: str, status: str, **extra: str) -> DocSpec:
    """A real document spoiled on its way: it keeps its build (to make the bytes) but loses its facts."""
    spec.extra = {"content": spec.doc_type, **extra}
    spec.render, spec.bad, spec.status, spec.doc_type, spec.facts = "bad", bad, status, "unknown", {}
    return spec


RECEIPT = {
    "header": ["HARBOUR MART", "Shop 12, G/F, 33 Hoi Yuen Rd", "Kwun Tong, Kowloon", "Tel 2345 6789"],
    "when": "2026-09-21 18:42   #0231   POS 02",
    "items": [
        ("VITASOY LEMON TEA 250ML", 6.5),
        ("INSTANT NOODLE 5PK", 24.9),
        ("BREAD WHITE 450G", 15.0),
        ("A4 PAPER 500SH", 39.9),
        ("ENVELOPE C4 X10", 12.0),
    ],
}

CASES = [case_c001, case_c002, case_c003, case_c004, case_c005, case_c006, case_c007, case_c008]
