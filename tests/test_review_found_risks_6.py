# ruff: noqa: E501 (the documents' lines are kept as the reviewer wrote them)
"""Sixth review of 2026-11-27: inputs on which the rules added in 3f71b15 (families AA and AB:
Chinese employment certificates read by their sentence, 兹证明 NAME, 自 D 起至今 / 至 D, 现任/担任/部…任
POST, with Chinese senior words matched anywhere in a title; the last running balance as the closing
balance when no label names one; unsigned amounts in a signed Amount column taken as deposits when
others print a minus; 'cuenta' / 'conta' as product words before an account number; D/O, S/O, A/L,
A/P kept inside a name; a degree field that ends with its line running on into the next; a form's
Major / Programme / Subject row against the field after the degree title; a CTI-shaped number with
the test's level and date over a labelled certificate number) or older rules they reach accepted a
wrong value or lost a value read before, checked against 3f71b15, base 54e7a3c.

A reviewer helper built these cases against 3f71b15 and ran each on 54e7a3c too; each case names the
field under attack and its right value (None: nothing may be accepted). REGRESSIONS are values the
code read right, and accepted, on 54e7a3c: they must stay so. Elsewhere a right value may still be
missing or under review; what may never happen is a wrong one accepted.

All 25 were fixed by general rules: a Chinese certificate's probation, internship or validity term
is no employment, 至今 anywhere keeps it running, and of several posts the current one counts (现任,
else one 至今 introduces, else the last; 曾担任 never), without "我公司"; a Chinese senior word must end
its title (总经理助理 is an assistant), 班主任 is listed as not senior; rows of averages under the
balance column are no running balance, a first running balance on a transaction's row has that
transaction taken back out, and a last running balance standing for the closing gives no adds-up
verdict; unsigned amounts are deposits only where no Dr/Cr or 借/贷 column stands; "USD 25.00" is a
foreign amount; an account number runs to its end; a name with S/O or D/O goes to review; a field
runs on only a word or two into "with/at/from/in/for/and"; a form's field row must open its row and
not name a degree; a CTI-shaped number replaces only a score report's own number.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_review_found_risks_2 import case_params, check_case

HEAD = [(40, "Date"), (120, "Description"), (300, "Withdrawals"), (380, "Deposits"), (460, "Balance")]


def _zhengming(*body: str, company: str = "苏州示例精密机械有限公司", title: str = "在职证明") -> list[Any]:
    """A Chinese employment certificate as companies print it: letterhead, title, the sentence, seal, date."""
    return [
        company,
        [(250, title)],
        *body,
        "特此证明。",
        [(360, f"{company}（盖章）")],
        [(360, "2026年9月30日")],
    ]


CASES = [
    # --- 1. chinese_letter.py / reference_letter.py: the certificate's sentence --------------------
    (
        "J1 '兹证明王芳同志自…': the honorific 同志 read into a two-character name",
        "reference_letter",
        _zhengming("兹证明王芳同志自2016年7月11日起至今在我公司工作，现任财务部会计。"),
        "employee_name",
        "王芳",
    ),
    (
        "J2 a current employee's probation period '试用期自 D 至 D' read as the employment: an end date accepted",
        "reference_letter",
        _zhengming(
            "兹证明李明轩（身份证号码：330106199001012345）为我公司正式员工，于2020年1月6日入职，",
            "试用期自2020年1月6日至2020年4月5日，现任技术部高级前端工程师，月薪人民币贰万伍仟元整。",
            company="杭州示例网络科技有限公司",
        ),
        "end_date",
        None,
    ),
    (
        "J3 two posts, '于 D 至 D 在销售部任销售代表，D 起至今任华南区销售经理': the first, ended post taken as the position",
        "reference_letter",
        _zhengming(
            "兹证明张伟（身份证号：440301198805062318）于2012年7月2日至2015年6月30日在我公司销售部任销售代表，",
            "2015年7月1日起至今任华南区销售经理，工作认真负责。",
            company="深圳示例电子股份有限公司",
            title="工作证明",
        ),
        "position",
        "华南区销售经理",
    ),
    (
        "J4 '于 D 入职' (no 自…至) and '本证明有效期自 D 至 D': the certificate's validity taken as the employment's start",
        "reference_letter",
        _zhengming(
            "兹证明吴昊（身份证号码：320502199304041234）于2021年3月15日入职我公司，现任质量部工程师。",
            "本证明有效期自2026年9月30日至2026年12月31日。",
        ),
        "start_date",
        "2021-03-15",
    ),
    (
        "J5 '工作期间曾担任多个重点项目的技术负责人，现任研发中心副总监': the earlier duty (曾担任) taken over the current post (现任)",
        "reference_letter",
        _zhengming(
            "兹证明陈磊（身份证号码：320502198602021234）自2010年7月1日起至今在我公司工作，",
            "工作期间曾担任多个重点项目的技术负责人，现任研发中心副总监。",
        ),
        "position",
        "研发中心副总监",
    ),
    (
        "J6 '2015年起担任销售主管，2019年至今担任华东区销售经理': the first 担任 taken, not the one 至今",
        "reference_letter",
        _zhengming(
            "兹证明周杰（身份证号码：320502198901011234）自2013年7月1日起至今在我公司工作，",
            "2015年起担任销售主管，2019年至今担任华东区销售经理。",
        ),
        "position",
        "华东区销售经理",
    ),
    (
        "J7 '现任我公司市场部经理': 'our company' (我公司) kept in the post",
        "reference_letter",
        _zhengming(
            "兹证明孙丽（身份证号码：320502199003031234）自2016年4月1日起至今在我公司工作，现任我公司市场部经理。"
        ),
        "position",
        "市场部经理",
    ),
    # --- 2. senior_titles.yaml: Chinese senior words matched anywhere in a title --------------------
    (
        "J8a '总经理助理' (assistant to the general manager) senior because it contains 经理",
        "reference_letter",
        _zhengming(
            "兹证明赵雪（身份证号码：110105199506153426）自2019年8月1日起至今在我公司工作，",
            "现任总经理助理，负责公司行政及会议安排。",
            company="北京示例投资管理有限公司",
        ),
        "senior_role",
        False,
    ),
    (
        "J8b a teacher's '高二年级数学教师兼班主任' (homeroom teacher) senior because it contains 主任",
        "reference_letter",
        _zhengming(
            "兹证明刘婷（身份证号码：510104199003082226）自2014年9月1日起至今在我校工作，",
            "现任高二年级数学教师兼班主任。",
            company="成都市示例实验中学",
        ),
        "senior_role",
        False,
    ),
    (
        "J8c the civil-service rank '主任科员' (principal staff member) senior because it contains 主任",
        "reference_letter",
        _zhengming(
            "兹证明马超（身份证号码：320502199108081234）自2019年6月3日起至今在我单位工作，现任办公室主任科员。",
            company="苏州市示例区市场监督管理局",
        ),
        "senior_role",
        False,
    ),
    # --- 3. bank_statement.py: the last running balance as the closing, unsigned amounts as deposits --
    (
        "J9 an online transaction history with no opening or closing label: the first running balance taken as the opening, 'does not add up' accepted",
        "bank_statement",
        [
            "Example Commercial Bank Limited",
            "Transaction History",
            [(40, "Account Name:"), (200, "TAN WEI MING")],
            [(40, "Account No.:"), (200, "123-456789-001")],
            [(40, "Currency:"), (200, "SGD")],
            HEAD,
            [(40, "03/05/2026"), (120, "NETS PURCHASE"), (300, "45.60"), (460, "5,954.40")],
            [(40, "05/05/2026"), (120, "SALARY"), (380, "4,200.00"), (460, "10,154.40")],
            [(40, "12/05/2026"), (120, "GIRO - SP SERVICES"), (300, "154.40"), (460, "10,000.00")],
            [(40, "20/05/2026"), (120, "FAST TRANSFER"), (300, "1,000.00"), (460, "9,000.00")],
        ],
        "adds_up",
        True,
    ),
    (
        "J10 an 'Average Daily Balance' under the balance column ends the table: taken as the closing, 'does not add up' accepted",
        "bank_statement",
        [
            "Example Commercial Bank Limited",
            "STATEMENT OF ACCOUNT",
            [(40, "Account Name:"), (200, "TAN WEI MING")],
            [(40, "Account No.:"), (200, "123-456789-001")],
            [(40, "Currency:"), (200, "SGD")],
            [(40, "Statement Period: 01/05/2026 to 31/05/2026")],
            HEAD,
            [(40, "01/05/2026"), (120, "BALANCE B/F"), (460, "6,000.00")],
            [(40, "03/05/2026"), (120, "NETS PURCHASE"), (300, "45.60"), (460, "5,954.40")],
            [(40, "05/05/2026"), (120, "SALARY"), (380, "4,200.00"), (460, "10,154.40")],
            [(40, "20/05/2026"), (120, "FAST TRANSFER"), (300, "1,000.00"), (460, "9,154.40")],
            [(120, "Average Daily Balance"), (460, "8,512.37")],
        ],
        "adds_up",
        True,
    ),
    (
        "J11 a Chinese statement with a 借/贷 column and a red-ink reversal '-200.00': every unsigned debit taken as a deposit",
        "bank_statement",
        [
            "中国示例银行 单位账户对账单",
            [(40, "户名 Name:"), (200, "上海示例贸易有限公司")],
            [(40, "账号 Account No.:"), (200, "3100 2233 4455 6677 889")],
            [(40, "币种 Currency:"), (200, "人民币 CNY")],
            [(40, "期初余额 Opening Balance:"), (240, "100,000.00")],
            [(40, "交易日期"), (120, "摘要"), (250, "借贷"), (300, "交易金额"), (420, "余额")],
            [(40, "2026-05-05"), (120, "货款收入"), (250, "贷"), (300, "50,000.00"), (420, "150,000.00")],
            [(40, "2026-05-10"), (120, "支付房租"), (250, "借"), (300, "20,000.00"), (420, "130,000.00")],
            [(40, "2026-05-12"), (120, "手续费"), (250, "借"), (300, "200.00"), (420, "129,800.00")],
            [(40, "2026-05-13"), (120, "手续费冲正"), (250, "借"), (300, "-200.00"), (420, "130,000.00")],
            [(40, "期末余额 Closing Balance:"), (240, "130,000.00")],
        ],
        "adds_up",
        True,
    ),
    (
        "J12 an Amount column with its DR/CR in a column of its own and a reversal '(45.60)': the DR amounts taken as deposits",
        "bank_statement",
        [
            "Example Commercial Bank Limited",
            "STATEMENT OF ACCOUNT",
            [(40, "Account Name:"), (200, "TAN WEI MING")],
            [(40, "Account No.:"), (200, "123-456789-001")],
            [(40, "Currency:"), (200, "SGD")],
            [(40, "Date"), (120, "Description"), (300, "Amount"), (380, "Dr/Cr"), (460, "Balance")],
            [(40, "01/05/2026"), (120, "BALANCE B/F"), (460, "6,000.00")],
            [(40, "03/05/2026"), (120, "NETS PURCHASE"), (300, "45.60"), (380, "DR"), (460, "5,954.40")],
            [(40, "05/05/2026"), (120, "SALARY"), (300, "4,200.00"), (380, "CR"), (460, "10,154.40")],
            [(40, "08/05/2026"), (120, "REVERSAL NETS"), (300, "(45.60)"), (380, "DR"), (460, "10,200.00")],
            [(40, "20/05/2026"), (120, "FAST TRANSFER"), (300, "1,000.00"), (380, "DR"), (460, "9,200.00")],
            [(120, "CLOSING BALANCE"), (460, "9,200.00")],
        ],
        "adds_up",
        True,
    ),
    (
        "J13 a card purchase's foreign amount 'USD 25.00' beside the signed 'Amount (HKD)': booked as a deposit",
        "bank_statement",
        [
            "Example Bank (Hong Kong) Limited",
            "STATEMENT OF ACCOUNT",
            [(40, "Account Name:"), (200, "CHAN TAI MAN")],
            [(40, "Account No.:"), (200, "012-345678-001")],
            [(40, "Statement Period: 01/05/2026 to 31/05/2026")],
            [
                (40, "Date"),
                (100, "Description"),
                (260, "Foreign Amount"),
                (360, "Amount (HKD)"),
                (470, "Balance"),
            ],
            [(40, "01/05"), (100, "BALANCE B/F"), (470, "10,000.00")],
            [
                (40, "03/05"),
                (100, "AMAZON.COM"),
                (260, "USD"),
                (290, "25.00"),
                (360, "-195.50"),
                (470, "9,804.50"),
            ],
            [(40, "05/05"), (100, "SALARY"), (360, "20,000.00"), (470, "29,804.50")],
            [(100, "CLOSING BALANCE"), (470, "29,804.50")],
        ],
        "adds_up",
        True,
    ),
    # --- 4. bank_statement.py: 'cuenta' / 'conta' before a number, S/O in a holder's name ------------
    (
        "J14a a Spanish IBAN after 'Cuenta:': the product rule cuts it after four groups, last4 '0005'",
        "bank_statement",
        [
            [(40, "Banco Ejemplo, S.A."), (380, "Fecha de emisión: 15/10/2026")],
            "MOVIMIENTOS DE CUENTA",
            [(40, "Titular:"), (160, "MARÍA GARCÍA LÓPEZ")],
            [(40, "Cuenta:"), (160, "ES91 2100 0418 4502 0005 1332")],
            [(40, "Moneda:"), (160, "EUR")],
            [(40, "Periodo: del 01/08/2026 al 31/08/2026")],
            [(40, "Fecha"), (120, "Concepto"), (340, "Importe"), (460, "Saldo")],
            [(40, "01/08/2026"), (120, "Saldo anterior"), (460, "2.000,00")],
            [(40, "03/08/2026"), (120, "Nómina agosto"), (340, "2.500,00"), (460, "4.500,00")],
            [(40, "10/08/2026"), (120, "Recibo luz"), (340, "-85,40"), (460, "4.414,60")],
            [(40, "28/08/2026"), (120, "Transferencia alquiler"), (340, "-900,00"), (460, "3.514,60")],
        ],
        "account_number_last4",
        "1332",
    ),
    (
        "J14b a Portuguese IBAN after 'Conta:': last4 '5678' from its fifth group",
        "bank_statement",
        [
            [(40, "Banco Exemplo, S.A."), (380, "Data: 05/09/2026")],
            "EXTRATO DE CONTA",
            [(40, "Titular:"), (160, "JOÃO PEDRO SILVA SANTOS")],
            [(40, "Conta:"), (160, "PT50 0002 0123 1234 5678 9015 4")],
            [(40, "Moeda:"), (160, "EUR")],
            [(40, "Período: 01/08/2026 a 31/08/2026")],
            [(40, "Data"), (120, "Descrição"), (330, "Débito"), (410, "Crédito"), (490, "Saldo")],
            [(40, "01/08/2026"), (120, "Saldo anterior"), (490, "2.000,00")],
            [(40, "03/08/2026"), (120, "Vencimento"), (410, "1.800,00"), (490, "3.800,00")],
            [(40, "28/08/2026"), (120, "Renda"), (330, "750,00"), (490, "3.050,00")],
            [(120, "Saldo final"), (490, "3.050,00")],
        ],
        "account_number_last4",
        "0154",
    ),
    (
        "J15 an Indian statement's 'RAMESH KUMAR S/O SURESH KUMAR': the father's name kept in the holder's",
        "bank_statement",
        [
            "Example Bank of India",
            "STATEMENT OF ACCOUNT",
            [(40, "Customer Name:"), (200, "RAMESH KUMAR S/O SURESH KUMAR")],
            [(40, "Account No.:"), (200, "30123456789")],
            [(40, "Currency:"), (200, "INR")],
        ],
        "holder_name",
        "RAMESH KUMAR",
    ),
    # --- 5. academic.py: the run-on field, the form's field row, S/O in a name ----------------------
    (
        "J16a 'completed the programme in Economics' over 'Given under the seal ...': the field runs on to 'Economics Given'",
        "degree",
        [
            "UNIVERSITY OF EXAMPLE",
            "BACHELOR OF ARTS",
            "Anna Maria Nowak has completed the programme in Economics",
            "Given under the seal of the University on 30 June 2020",
        ],
        "field",
        "Economics",
    ),
    (
        "J16b 'upon completion of the programme in History' over the holder's name: the name taken into the field",
        "degree",
        [
            "UNIVERSITY OF EXAMPLE",
            "BACHELOR OF ARTS",
            "The Senate, on the recommendation of the Faculty of Arts, upon completion of the programme in History",
            "Anna Maria Nowak is admitted to the degree of Bachelor of Arts on 30 June 2020.",
        ],
        "field",
        "History",
    ),
    (
        "J16c 'in the field of study of Finance and Accounting' over 'Graduated on ...': 'Finance and Accounting Graduated'",
        "degree",
        [
            "UNIVERSITY OF ECONOMICS IN KRAKOW",
            "DIPLOMA",
            "Anna Maria Nowak, born on 14 March 1997 in Tarnów, completed first-cycle studies",
            "in the field of study of Finance and Accounting",
            "Graduated on 30 June 2020 with the overall result: very good",
            "and obtained the professional title of licencjat.",
        ],
        "field",
        "Finance and Accounting",
    ),
    (
        "J17a a 'Programme: Bachelor of Science (Honours)' row beats 'Degree Conferred: Bachelor of Science in Computer Science': field 'Bachelor'",
        "degree",
        [
            "NATIONAL UNIVERSITY OF EXAMPLE",
            "DEGREE VERIFICATION",
            [(40, "Name:"), (200, "TAN WEI MING")],
            [(40, "Programme:"), (200, "Bachelor of Science (Honours)")],
            [(40, "Degree Conferred:"), (200, "Bachelor of Science in Computer Science")],
            [(40, "Date of Graduation:"), (200, "30 June 2022")],
        ],
        "field",
        "Computer Science",
    ),
    (
        "J17b a course table's 'Subject' heading beats 'Bachelor of Engineering (Civil Engineering)': field 'Credits'",
        "degree",
        [
            "NATIONAL UNIVERSITY OF EXAMPLE",
            "DIPLOMA SUPPLEMENT",
            [(40, "Name:"), (200, "TAN WEI MING")],
            [(40, "Degree:"), (200, "Bachelor of Engineering (Civil Engineering)")],
            [(40, "Date of Graduation:"), (200, "30 June 2022")],
            [(40, "Semester"), (140, "Subject"), (400, "Credits"), (480, "Grade")],
            [(40, "2018/1"), (140, "Engineering Mechanics"), (400, "4"), (480, "A")],
            [(40, "2018/2"), (140, "Structural Analysis"), (400, "4"), (480, "B+")],
        ],
        "field",
        "Civil Engineering",
    ),
    (
        "J18 a Pakistani marks certificate's 'ALI RAZA S/O GHULAM ABBAS': the father's name kept in the holder's",
        "transcript",
        [
            "UNIVERSITY OF THE PUNJAB",
            "DETAILED MARKS CERTIFICATE",
            [(40, "Name:"), (200, "ALI RAZA S/O GHULAM ABBAS")],
            [(40, "Roll No.:"), (200, "123456")],
            [(40, "Programme:"), (200, "Bachelor of Science in Computer Science")],
        ],
        "holder_name",
        "ALI RAZA",
    ),
    # --- 6. hsk.py: the CTI-shaped number over a labelled certificate number -------------------------
    (
        "J19 a certificate's own 'Certificate No.' replaced by the admission ticket's CTI-shaped number",
        "hsk",
        [
            "汉语水平考试 HSK 证书 Chinese Proficiency Test Certificate",
            [(40, "姓名 Name"), (220, "KIM MINJUN")],
            [(40, "国籍 Nationality"), (220, "韩国 Korea")],
            [(40, "等级 Level"), (220, "HSK 四级 Level 4")],
            [(40, "考试时间 Examination Date"), (220, "2025年04月12日")],
            [(40, "准考证号 Admission Ticket No."), (220, "H42504120017")],
            [(40, "总分 Total Score"), (220, "248")],
            [(40, "证书编号 Certificate No."), (220, "8604125000317")],
        ],
        "certificate_number",
        "8604125000317",
    ),
]

# Values 54e7a3c read right and accepted: they must stay so.
# J15 and J18 ("RAMESH KUMAR S/O SURESH KUMAR") were read as the name before "S/O" and accepted
# before 3f71b15. "S/O" and "D/O" belong to the legal name in Malaysia and Singapore and introduce the
# father in India and Pakistan, so the name is now given whole for a person to decide: no longer
# accepted, never a wrong value accepted.
REGRESSIONS = {
    "J16a",
    "J16b",
    "J16c",
    "J17a",
    "J17b",
    "J19",
}


@pytest.mark.parametrize(**case_params(CASES))
def test_no_wrong_value_accepted_and_nothing_lost(name: str, kind: str, field: str, right: Any) -> None:
    check_case(CASES, REGRESSIONS, name, kind, field, right)
