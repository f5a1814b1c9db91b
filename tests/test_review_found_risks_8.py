# ruff: noqa: E501 (the documents' lines are kept as the reviewer wrote them)
"""Eighth review of 2026-11-27: inputs on which the rules added in a435d27..8b9241b (a foreign amount
only within 1.5 character heights of its currency code; unsigned amounts of a signed Amount column as
deposits only in the negative amounts' span; 卡号/账号 as account labels; 姓名/所授学位/学科/专业 rows of
a Chinese degree report) accepted a wrong value or lost a value read before, checked against 8b9241b,
base a435d27.

A reviewer helper built these cases against 8b9241b and ran each on a435d27 too; each case names the
field under attack and its right value (None: nothing may be accepted). REGRESSIONS are values the
code read right, and accepted, on a435d27: they must stay so. Elsewhere a right value may still be
missing or under review; what may never happen is a wrong one accepted.

All six were fixed: a signed column's unsigned amounts need only overlap its signed ones (right-aligned
figures stick out on the left); an amount under a "Foreign Amount" heading is no move of the account,
wherever its currency code stands; 卡号 and 账号 label the account only where they open a row or a
cell, not inside a counterparty's cell; in a 学信网 report, a row's next heading (性别) is no value.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_review_found_risks_2 import case_params, check_case


def _ra(right: float, text: str) -> tuple[float, str]:
    """A right-aligned amount cell ending at ``right`` (6pt a character), as statements print them."""
    return (right - 6 * len(text), text)


CASES = [
    # --- 1. bank_statement.py: _same_column guard on unsigned amounts of a signed Amount column -----
    (
        "L1a a CMB statement's right-aligned Amount column: the salary '28,500.00' is wider than every '-342.18', so it falls outside their span and stays unsigned",
        "bank_statement",
        [
            "招商银行交易流水 Transaction Statement of China Merchants Bank",
            [(40, "户名 Name:"), (200, "林浩然")],
            [(40, "账号 Account No.:"), (200, "6214 83** **** 3921")],
            [(40, "币种 Currency:"), (200, "人民币 CNY")],
            [(40, "起止日期 Period:"), (200, "2026-06-01 -- 2026-08-31")],
            [(40, "期初余额 Opening Balance:"), (200, "6,412.37")],
            [(40, "Date"), (150, "Amount"), (240, "Balance"), (330, "Type")],
            [(40, "2026-06-05"), _ra(210, "28,500.00"), _ra(300, "34,912.37"), (330, "代发工资")],
            [(40, "2026-06-12"), _ra(210, "-268.45"), _ra(300, "34,643.92"), (330, "快捷支付")],
            [(40, "2026-06-28"), _ra(210, "-500.00"), _ra(300, "34,143.92"), (330, "转账汇款")],
            [(40, "2026-07-05"), _ra(210, "28,500.00"), _ra(300, "62,643.92"), (330, "代发工资")],
            [(40, "2026-07-16"), _ra(210, "-342.18"), _ra(300, "62,301.74"), (330, "信用卡还款")],
            [(40, "期末余额 Closing Balance: 62,301.74")],
        ],
        "adds_up",
        True,
    ),
    ("L1b ... and its closing balance drops to review", "bank_statement", "L1a", "closing_balance", 62301.74),
    # --- 2. bank_statement.py: _fill's foreign amount only within 1.5 heights of its code ------------
    (
        "L2a an HSBC statement with Currency and Foreign Amount columns: 'USD' and '25.00' a column apart, the foreign amounts summed as withdrawals",
        "bank_statement",
        [
            "HSBC",
            [(40, "Account holder"), (250, "CHAN TAI MAN")],
            [(40, "Account number"), (250, "004-123-456789-001")],
            "Statement period: 1 August 2026 to 31 August 2026",
            [
                (40, "Date"),
                (100, "Description"),
                (230, "Currency"),
                (280, "Foreign Amount"),
                (370, "Withdrawals"),
                (440, "Deposits"),
                (510, "Balance"),
            ],
            [(40, "01AUG"), (100, "B/F BALANCE"), (510, "12,000.00")],
            [
                (40, "05AUG"),
                (100, "AMAZON.COM"),
                (230, "USD"),
                (280, "25.00"),
                (370, "196.50"),
                (510, "11,803.50"),
            ],
            [(40, "12AUG"), (100, "SALARY"), (440, "30,000.00"), (510, "41,803.50")],
            [
                (40, "20AUG"),
                (100, "NETFLIX"),
                (230, "USD"),
                (280, "15.49"),
                (370, "121.75"),
                (510, "41,681.75"),
            ],
            [(40, "31AUG"), (100, "C/F BALANCE"), (510, "41,681.75")],
        ],
        "adds_up",
        True,
    ),
    ("L2b ... and its closing balance drops to review", "bank_statement", "L2a", "closing_balance", 41681.75),
    # --- 3. bank_statement.py: 卡号 as an account label ----------------------------------------------
    (
        "L3 an ICBC history whose counterparty cell names the credit card repaid ('工银信用卡 卡号：6222 5800 1111 2233'): that card's digits taken as the account's",
        "bank_statement",
        [
            [(40, "中国工商银行"), (300, "借记卡账户历史明细清单")],
            [(40, "户名："), (80, "王浩然"), (300, "币种："), (340, "人民币")],
            [(40, "账户：6222 0237 0011 4837 596")],
            [(40, "起始日期："), (110, "2026-06-01"), (300, "截止日期："), (370, "2026-08-31")],
            [(40, "期初余额："), (110, "126,380.45")],
            [(40, "交易日期"), (110, "摘要"), (190, "交易金额"), (290, "账户余额"), (390, "对方户名")],
            [
                (40, "2026-06-03"),
                (110, "信用卡还款"),
                (190, "-1,268.50"),
                (290, "125,111.95"),
                (390, "工银信用卡 卡号：6222 5800 1111 2233"),
            ],
            [
                (40, "2026-06-10"),
                (110, "代发工资"),
                (190, "+42,600.00"),
                (290, "167,711.95"),
                (390, "西安秦岭芯科技有限公司"),
            ],
            [(40, "期末余额："), (110, "167,711.95")],
        ],
        "account_number_last4",
        "7596",
    ),
    # --- 4. academic.py: _CN_DEGREE_ROWS reads a heads-over-values table as label / value rows -------
    (
        "L4 a 学信网 report with heads over values ('姓名 性别 出生日期 证件号码' over the values): the holder taken as '性别'",
        "degree",
        [
            [(40, "学信网"), (400, "www.chsi.com.cn")],
            "中国高等教育学位在线验证报告",
            [(40, "更新日期："), (110, "2026年09月28日")],
            [(40, "姓名"), (120, "性别"), (180, "出生日期"), (300, "证件号码")],
            [(40, "何俊杰"), (120, "男"), (180, "1991年07月23日"), (300, "42011119910723651X")],
            [(40, "学位授予单位"), (200, "所授学位"), (320, "学科/专业")],
            [(40, "华中科技大学"), (200, "工学硕士"), (320, "机械工程")],
            [(40, "获学位日期"), (140, "2017年06月20日")],
            [(40, "学位证书编号"), (140, "1048732017001864")],
        ],
        "holder_name",
        "何俊杰",
    ),
]

REGRESSIONS = {"L1a", "L1b", "L2a", "L2b"}


@pytest.mark.parametrize(**case_params(CASES))
def test_no_wrong_value_accepted_and_nothing_lost(name: str, kind: str, field: str, right: Any) -> None:
    check_case(CASES, REGRESSIONS, name, kind, field, right)
