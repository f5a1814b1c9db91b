# ruff: noqa: E501 (the documents' lines are kept as the reviewer wrote them)
"""Third review of 2026-11-27: inputs on which the rules added after the second review (commits
dcdb5c2 to f71009c: French and Spanish letters, mainland certificates' Chinese wording, Spanish bank
statements, form rows of positions) or older rules they reach accepted a wrong value or lost a value
read before.

A reviewer helper built these cases against f71009c; each case names the field under attack and its
right value (None: nothing may be accepted). REGRESSIONS are values the code read right, and
accepted, before those rules: they must stay so. Elsewhere a right value may still be missing or
under review; what may never happen is a wrong one accepted.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_review_found_risks_2 import case_params, check_case

HEAD = [(40, "Date"), (120, "Description"), (300, "Withdrawals"), (380, "Deposits"), (460, "Balance")]
HEAD_ES = [(40, "Fecha"), (120, "Concepto"), (300, "Débito"), (380, "Crédito"), (460, "Saldo")]

CASES = [
    # --- 1. reference_letter.py ------------------------------------------------------------------
    (
        "G1 signer 'agissant en qualité de Directeur Général' taken as the employee's post",
        "reference_letter",
        [
            "SOCIÉTÉ IVOIRIENNE DE BANQUE SA",
            "Abidjan, le 14 octobre 2026",
            "ATTESTATION DE TRAVAIL",
            "Je soussigné, M. Jean-Marc KOFFI, agissant en qualité de Directeur Général de la",
            "Société Ivoirienne de Banque SA, atteste que Monsieur KOUASSI Yao Serge est employé",
            "dans notre société depuis le 1er mars 2015 au poste de Comptable Principal.",
            "En foi de quoi, la présente attestation lui est délivrée pour servir et valoir ce que de droit.",
        ],
        "position",
        "Comptable Principal",
    ),
    ("G1b ... and judged senior from the signer's title", "reference_letter", "G1", "senior_role", None),
    (
        "G2a French sentence-case title cut to its first word ('Chef de projet informatique')",
        "reference_letter",
        [
            "ORANGE CÔTE D'IVOIRE SA",
            "Abidjan, le 14 octobre 2026",
            "ATTESTATION DE TRAVAIL",
            "Nous soussignés, Orange Côte d'Ivoire SA, attestons que Madame Awa KONÉ est employée dans",
            "notre société depuis le 2 mai 2016 et occupe actuellement le poste de Chef de projet informatique.",
        ],
        "position",
        "Chef de projet informatique",
    ),
    (
        "G2b ... 'en qualité de Responsable des achats' -> 'Responsable'",
        "reference_letter",
        [
            "SENELEC SA",
            "Dakar, le 2 septembre 2026",
            "Je soussignée, Mme Fatou DIOP, Directrice des Ressources Humaines, atteste que Monsieur",
            "Moussa NDIAYE est employé dans notre société depuis le 1er février 2017 en qualité de",
            "Responsable des achats.",
        ],
        "position",
        "Responsable des achats",
    ),
    (
        "G3 'Commis Chef' (the most junior cook) judged senior by the word 'chef'",
        "reference_letter",
        [
            "Harbour Grill Restaurant Limited",
            "Date: 3 June 2024",
            "To whom it may concern",
            "This is to certify that Mr. Lam Ka Ho has been employed by Harbour Grill Restaurant Limited",
            "since 1 March 2021. He currently works as Commis Chef in our main kitchen.",
        ],
        "senior_role",
        False,
    ),
    (
        "G4 French promotion 'promu Chef Comptable' missed; the entry post 'Comptable' accepted",
        "reference_letter",
        [
            "SOCIÉTÉ GÉNÉRALE CAMEROUN SA",
            "Douala, le 14 octobre 2026",
            "ATTESTATION DE TRAVAIL",
            "Je soussigné, Directeur des Ressources Humaines, atteste que Monsieur Paul ESSOMBA a été recruté",
            "le 2 mars 2015 en qualité de Comptable. Il a été promu Chef Comptable le 1 janvier 2019,",
            "poste qu'il occupe à ce jour.",
        ],
        "position",
        "Chef Comptable",
    ),
    (
        "G5 prose names a past promotion in other words than the rows: it becomes the current role",
        "reference_letter",
        [
            "ACME Robotics GmbH",
            "Date: 3 June 2024",
            "To whom it may concern",
            "Mr. Jonas Weber has worked with us since 1 March 2017. During his employment he held the "
            "following positions:",
            "01.03.2017 - 30.06.2020   QA Engineer",
            "01.07.2020 - 31.12.2022   Senior QA Engineer",
            "01.01.2023 - present   Head of Quality Assurance",
            "In recognition of his excellent work he was promoted to Senior Quality Engineer in July 2020.",
        ],
        "position",
        "Head of Quality Assurance",
    ),
    (
        "G6 'Position: Title, D1 - D2' lines keep the label in the title",
        "reference_letter",
        [
            "Infosys Limited",
            "Date: 03/06/2024",
            "To whom it may concern",
            "This is to certify that Mr. Ravi Kumar was employed with Infosys Limited. Details:",
            "Position: Software Engineer, 01.06.2015 - 31.05.2018",
            "Position: Technical Lead, 01.06.2018 - 31.03.2024",
        ],
        "position",
        "Technical Lead",
    ),
    (
        "G7a leave periods written 'X, D1 - D2' replace the labelled job title",
        "reference_letter",
        [
            "Sunrise Digital Pte. Ltd.",
            "Date: 3 June 2024",
            "To whom it may concern",
            "This is to certify that Ms. Lim Mei Ling has been employed by Sunrise Digital Pte. Ltd. "
            "since 1 March 2018.",
            [(40, "Job Title:"), (200, "Head of Finance")],
            "Periods of leave during her employment:",
            [(40, "Maternity Leave, 01.02.2022 - 31.07.2022")],
            [(40, "Unpaid Leave, 01.08.2022 - 31.08.2022")],
        ],
        "position",
        "Head of Finance",
    ),
    (
        "G7b ... and the first leave's day accepted as the start",
        "reference_letter",
        "G7a",
        "start_date",
        "2018-03-01",
    ),
    (
        "G7c ... and the last leave's end accepted as the end of a current employment",
        "reference_letter",
        "G7a",
        "end_date",
        None,
    ),
    (
        "G8 Taiwan letter in simplified characters: '地址：台北市信义区' read as CHN",
        "reference_letter",
        [
            "在职证明",
            "兹证明 王小明 先生自2018年3月1日起任职于本公司，现任资深工程师。",
            "特此证明。",
            "宏达国际电子股份有限公司",
            "地址：台北市信义区信义路五段7号",
            "2024年6月3日",
        ],
        "country",
        "TWN",
    ),
    (
        "G9 Hong Kong letter in Chinese naming its Guangdong business in prose: CHN",
        "reference_letter",
        [
            "在職證明",
            "茲證明 陳大文 先生自2018年3月1日起任職於本公司，現任華南區業務經理，",
            "負責本公司在广东省深圳市及东莞市的業務。",
            "大昌貿易行有限公司",
            "香港九龍灣宏照道33號",
            "2024年6月3日",
        ],
        "country",
        "HKG",
    ),
    (
        "G10 Spanish letterhead slogan 'desde 1950' ends the letter-date search before 'Lima, D'",
        "reference_letter",
        [
            "ALICORP S.A.A.",
            "Alimentando al Perú desde 1950",
            "Lima, 14 de octubre de 2026",
            "CONSTANCIA DE TRABAJO",
            "Por medio de la presente hacemos constar que el señor Juan Carlos QUISPE MAMANI labora en nuestra",
            "empresa desde el 15 de marzo de 2015, desempeñándose actualmente como Jefe de Ventas.",
            "Atentamente,",
            "Ana María Torres",
            "Gerente de Recursos Humanos",
        ],
        "letter_date",
        "2026-10-14",
    ),
    (
        "G11 Spanish 'ingresó a laborar el D' taken as the letter date over 'Dado en Lima, a D'",
        "reference_letter",
        [
            "CORPORACIÓN LINDLEY S.A.",
            "CONSTANCIA DE TRABAJO",
            "El Gerente de Recursos Humanos de Corporación Lindley S.A. hace constar que el señor",
            "Juan Carlos QUISPE MAMANI, identificado con DNI N° 41234567, ingresó a laborar el 15/03/2015",
            "y se desempeña actualmente como Jefe de Ventas.",
            "Se expide la presente a solicitud del interesado para los fines que estime conveniente.",
            "Dado en Lima, a 14 de octubre de 2026",
        ],
        "letter_date",
        "2026-10-14",
    ),
    (
        "G12 French certificat de travail: 'Date d'entrée' row taken as the letter date over 'Fait à'",
        "reference_letter",
        [
            "SOCIÉTÉ DE DISTRIBUTION D'EAU DE LA CÔTE D'IVOIRE SA",
            "CERTIFICAT DE TRAVAIL",
            [(40, "Nom et prénoms :"), (220, "KOUASSI Yao Serge")],
            [(40, "Date d'entrée :"), (220, "15/03/2015")],
            [(40, "Date de sortie :"), (220, "30/06/2020")],
            [(40, "Emploi occupé :"), (220, "Chef de service comptable")],
            "Le présent certificat lui est délivré pour servir et valoir ce que de droit.",
            "Fait à Abidjan, le 14 octobre 2026",
        ],
        "letter_date",
        "2026-10-14",
    ),
    (
        "G13 English letter dated at its foot: 'joined us on D' taken as the letter date",
        "reference_letter",
        [
            "Sunrise Digital Pte. Ltd.",
            "To whom it may concern",
            "Mr. Tan Wei Ming joined us on 2 March 2015 as a Software Engineer and currently works as "
            "Engineering Manager.",
            "Issued in Singapore on 3 June 2024",
        ],
        "letter_date",
        "2024-06-03",
    ),
    # --- 2. academic.py --------------------------------------------------------------------------
    (
        "G14a '在中国科学院大学' cut at 科学院 (lazy university pattern)",
        "degree",
        [
            "硕士学位证书",
            "杜文博，男，1990年3月12日生。在中国科学院大学计算机应用技术学科（专业）",
            "已通过硕士学位的课程考试和论文答辩，成绩合格。根据《中华人民共和国学位条例》的规定，",
            "授予工学硕士学位。",
            "中国科学院大学",
            "学位评定委员会主席",
            "2019年7月1日",
        ],
        "institution",
        "中国科学院大学",
    ),
    ("G14b ... and '大学' run into the field", "degree", "G14a", "field", "计算机应用技术"),
    (
        "G15a graduation certificate '学生张三，男，': the word 学生 kept in the name",
        "degree",
        [
            "毕业证书",
            "学生张三，男，1994年3月12日生，于2012年9月至2016年7月在本校计算机科学与技术学院",
            "软件工程专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。",
            "校长：李明",
            "华南理工大学",
            "2016年7月1日",
        ],
        "holder_name",
        "张三",
    ),
    (
        "G15b ... and '本校计算机科学与技术学院' (our school's faculty) as the institution",
        "degree",
        "G15a",
        "institution",
        "华南理工大学",
    ),
    (
        "G16 '兹证明杜文博，男，' on a 学位证明书: 兹证明 kept in the name",
        "degree",
        [
            "学位证明书",
            "兹证明杜文博，男，1990年3月12日生，于2015年7月在我校电气工程学科（专业）",
            "获得工学硕士学位，学位证书编号：1069842015000123。",
            "西安交通大学学位评定委员会",
            "2020年5月8日",
        ],
        "holder_name",
        "杜文博",
    ),
    (
        "G17 'en posesión del título de Licenciado' ties with the doctorate conferred",
        "degree",
        [
            "UNIVERSIDAD DE SALAMANCA",
            "JUAN CARLOS I, REY DE ESPAÑA, y en su nombre el Rector de la Universidad de Salamanca,",
            "considerando que Don Pedro GARCÍA LÓPEZ, nacido el 3 de mayo de 1978 en Ávila,",
            "en posesión del título de Licenciado en Ciencias Químicas, ha hecho constar su suficiencia,",
            "expide a su favor el presente título de Doctor en Ciencias Químicas",
            "Salamanca, 15 de julio de 2009",
        ],
        "level",
        "doctorate",
    ),
    (
        "G18a Vietnamese surname 'Le' read as a particle: holder lost",
        "degree",
        [
            "VIETNAM NATIONAL UNIVERSITY, HANOI",
            "This is to certify that Le Thi Huong has been awarded the degree of",
            "Bachelor of Science in Computer Science",
            "on 15 June 2018",
        ],
        "holder_name",
        "Le Thi Huong",
    ),
    (
        "G18b Chinese surname 'DU' read as a particle: holder lost",
        "degree",
        [
            "XI'AN JIAOTONG UNIVERSITY",
            "This is to certify that DU Wenbo has been awarded the degree of",
            "Master of Engineering in Electrical Engineering",
            "on 30 June 2015",
        ],
        "holder_name",
        "DU Wenbo",
    ),
    (
        "G19 master's transcript: the previous degree in full beats the programme's 'M.Sc.'",
        "transcript",
        [
            "UNIVERSITY OF MUMBAI",
            "STATEMENT OF MARKS",
            [(40, "Name"), (200, "PRIYA SHARMA")],
            [(40, "Programme"), (200, "M.Sc. Physics")],
            [(40, "Previous Degree"), (200, "Bachelor of Science, University of Pune, 2016")],
            [(40, "Course"), (200, "Credits"), (300, "Grade")],
            [(40, "Quantum Mechanics"), (200, "4"), (300, "A")],
            [(40, "Date of Declaration of Result"), (250, "15 July 2018")],
        ],
        "level",
        "master",
    ),
    # --- 3. bank_statement.py --------------------------------------------------------------------
    (
        "G20 'Atención al Cliente' footer read as the holder's label: holder 'Banca'",
        "bank_statement",
        [
            "Banco de Crédito del Perú",
            "ESTADO DE CUENTA DE AHORROS",
            "JUAN CARLOS QUISPE MAMANI",
            "AV. JAVIER PRADO ESTE 1234, LIMA 27",
            [(40, "Cuenta No."), (200, "191-12345678-0-12")],
            [(40, "Moneda"), (200, "PEN")],
            "Periodo: 01/08/2026 al 31/08/2026",
            [(40, "Saldo anterior"), (460, "12.500,00")],
            HEAD_ES,
            [(40, "05/08/2026"), (120, "ABONO NÓMINA"), (380, "4.000,00"), (460, "16.500,00")],
            [(40, "09/08/2026"), (120, "PAGO TARJETA"), (300, "1.500,00"), (460, "15.000,00")],
            [(40, "Saldo final"), (460, "15.000,00")],
            "Atención al Cliente Banca por Teléfono 311-9898",
        ],
        "holder_name",
        "JUAN CARLOS QUISPE MAMANI",
    ),
    (
        "G21 'Cotitular:' (the joint holder) fuzzily read as 'Titular'",
        "bank_statement",
        [
            "Banco Santander Chile",
            [(40, "Cotitular:"), (200, "MARÍA LÓPEZ SOTO")],
            "JUAN PÉREZ GONZÁLEZ",
            "AV. PROVIDENCIA 1234, SANTIAGO",
            [(40, "Cuenta No."), (200, "0-000-12-34567-8")],
        ],
        "holder_name",
        "JUAN PÉREZ GONZÁLEZ",
    ),
    (
        "G22a an idle account's summary above the page's only table owns its balances",
        "bank_statement",
        [
            "Hang Seng Bank Limited",
            [(40, "Account holder"), (250, "CHAN TAI MAN")],
            "Statement period: 01/08/2026 to 31/08/2026",
            "HKD Savings Account 123-456789-001",
            [(40, "Opening Balance"), (460, "5,000.00")],
            [(40, "Closing Balance"), (460, "5,000.00")],
            "No transactions during this period",
            "",
            "",
            "",
            "HKD Current Account 123-456789-002",
            HEAD,
            [(40, "01/08/2026"), (120, "B/F BALANCE"), (460, "20,000.00")],
            [(40, "05/08/2026"), (120, "PAYROLL"), (380, "30,000.00"), (460, "50,000.00")],
            [(40, "09/08/2026"), (120, "RENT"), (300, "18,000.00"), (460, "32,000.00")],
            [(40, "Closing Balance"), (460, "32,000.00")],
        ],
        "adds_up",
        True,
    ),
    (
        "G22b ... and the current account's closing balance lost",
        "bank_statement",
        "G22a",
        "closing_balance",
        32000.0,
    ),
    (
        "G23 holder row running on into 'Branch:' at a narrow gap: holder lost",
        "bank_statement",
        [
            "DBS Bank (Hong Kong) Limited",
            "Customer Name: CHAN TAI MAN Branch: Mong Kok",
            [(40, "Account No."), (200, "123-456789-001")],
            "Statement period: 01/08/2026 to 31/08/2026",
        ],
        "holder_name",
        "CHAN TAI MAN",
    ),
    (
        "G24 'STATEMENT OF ACCOUNT No. <the account number>' skipped: last 4 lost",
        "bank_statement",
        [
            "Bank of the Philippine Islands",
            "STATEMENT OF ACCOUNT No. 1234-5678-90",
            [(40, "Account holder"), (250, "MARIA ELENA SANTOS")],
            "Period: 01/08/2026 to 31/08/2026",
        ],
        "account_number_last4",
        "7890",
    ),
    # --- 4/5. person_name._full_name, text_fields.day_parser --------------------------------------
    (
        "G25 the module in capitals under 'Candidate Name' beats the mixed-case name beside it",
        "ielts",
        [
            "IELTS Test Report Form",
            [(40, "Candidate Name"), (250, "Dilnoza Yusupova")],
            [(40, "GENERAL TRAINING")],
            [(40, "Test Date"), (250, "10 May 2025")],
            [(40, "Listening"), (150, "7.5"), (250, "Reading"), (350, "8.0")],
            [(40, "Writing"), (150, "6.5"), (250, "Speaking"), (350, "7.0")],
            [(40, "Overall Band Score"), (250, "7.5")],
        ],
        "candidate_name",
        "Dilnoza Yusupova",
    ),
    (
        "G26a month-first print footer: an unambiguous day-first birth date no longer read",
        "ielts",
        [
            "IELTS Test Report Form",
            [(40, "Candidate Name"), (250, "NGUYEN VAN AN")],
            [(40, "Test Date"), (250, "10/05/2025")],
            [(40, "Date of Birth"), (250, "25/03/1995")],
            [(40, "Listening"), (150, "7.5"), (250, "Reading"), (350, "8.0")],
            [(40, "Writing"), (150, "6.5"), (250, "Speaking"), (350, "7.0")],
            [(40, "Overall Band Score"), (250, "7.5")],
            "https://ielts.example/trf  printed 05/23/2025 09:14",
        ],
        "date_of_birth",
        "1995-03-25",
    ),
    (
        "G26b ... nor the test date its day-first birth date settles",
        "ielts",
        "G26a",
        "test_date",
        "2025-05-10",
    ),
]

REGRESSIONS = {
    "G5",
    "G7a",
    "G7b",
    "G7c",
    "G10",
    "G18a",
    "G18b",
    "G19",
    "G22a",
    "G22b",
    "G23",
    "G24",
    "G26a",
    "G26b",
}


@pytest.mark.parametrize(**case_params(CASES))
def test_no_wrong_value_accepted_and_nothing_lost(name: str, kind: str, field: str, right: Any) -> None:
    check_case(CASES, REGRESSIONS, name, kind, field, right)
