# ruff: noqa: E501 (the documents' lines are kept as the reviewer wrote them)
"""Seventh review of 2026-11-27: inputs on which the rules added in a435d27..89038df (families AE and
AF: a label is one cell, no words joined across a gap wider than 2.5 character heights; HSK pass marks
120/180 in a row about passing are no score; a bare "Name" row as the given names beside a "Surname"
row; no table heading in a transcript's name; Chinese card statements' 余额 rows as summaries; "For
<Company Ltd>" after a sentence end as the start of the signature) or older rules they reach accepted
a wrong value or lost a value read before, checked against 89038df, base a435d27.

A reviewer helper built these cases against 89038df and ran each on a435d27 too; each case names the
field under attack and its right value (None: nothing may be accepted). REGRESSIONS are values the
code read right, and accepted, on a435d27: they must stay so. Elsewhere a right value may still be
missing or under review; what may never happen is a wrong one accepted.

All ten were fixed: a name is refused as a table heading only when two of its words are headings
("Mark Anthony" is a name); a bare "Name" row is the given names only beside a plain surname row
(not "Surname at Birth"); HSK's pass mark is dropped only on a row that says it is one ("pass mark",
"or above", "以上为合格"), not on a score row that says 合格; "For <Company Ltd>" starts the signature
only with a capital "For"; only opening and closing balances (期初余额, 期末余额) make a summary row,
not 余额充值; a Chinese label spread to a width ("姓    名") is still one label.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_review_found_risks_2 import case_params, check_case


def _uq_transcript(name_row: list[Any]) -> list[Any]:
    """An Australian transcript: name row, ids, a Course / Title / Units / Grade table."""
    return [
        [(160, "THE UNIVERSITY OF QUEENSLAND")],
        [(180, "ACADEMIC TRANSCRIPT")],
        name_row,
        [(40, "Student Number"), (160, "43218765")],
        [(40, "Date of Birth"), (160, "12 April 1996")],
        [(40, "Program"), (160, "Bachelor of Commerce")],
        [(40, "Course"), (120, "Title"), (400, "Units"), (460, "Grade")],
        [(40, "ACCT1101"), (120, "Accounting for Decision Making"), (400, "2"), (460, "6")],
        [(40, "ECON1010"), (120, "Introductory Microeconomics"), (400, "2"), (460, "7")],
        [(40, "FINM2401"), (120, "Financial Management"), (400, "2"), (460, "5")],
        [(40, "Program Completed: 15 December 2017")],
        [(40, "Issued 20 January 2018"), (360, "Academic Registrar")],
    ]


def _uk_transcript(*id_rows: list[Any]) -> list[Any]:
    """A UK transcript whose name row is followed by the holder's surname at birth (a married name)."""
    return [
        [(160, "UNIVERSITY OF MANCHESTER")],
        [(180, "Academic Transcript")],
        *id_rows,
        [(40, "Student ID:"), (200, "9876543")],
        [(40, "Programme:"), (200, "BSc (Hons) Psychology")],
        [(40, "Unit"), (300, "Credits"), (400, "Mark")],
        [(40, "Research Methods"), (300, "20"), (400, "68")],
        [(40, "Cognitive Psychology"), (300, "20"), (400, "72")],
        [(40, "Date of Award:"), (200, "10 July 2019")],
    ]


def _my_letter(*body: str) -> list[Any]:
    """A Malaysian employer's letter: letterhead, date, salutation, body, signature."""
    return [
        "ABC Trading Sdn. Bhd.",
        "Lot 12, Jalan Kilang, 46050 Petaling Jaya, Selangor",
        "15 September 2026",
        "TO WHOM IT MAY CONCERN",
        *body,
        "Yours faithfully,",
        "Tan Mei Ling",
        "Human Resources Manager",
    ]


CASES = [
    # --- 1. academic.py: _transcript_name refuses a name holding a table heading's word -------------
    (
        "K1a a transcript's 'Name  Mark Anthony WILLIAMS': the given name Mark is a heading word ('mark'), the name lost",
        "transcript",
        _uq_transcript([(40, "Name"), (160, "Mark Anthony WILLIAMS")]),
        "holder_name",
        "Mark Anthony WILLIAMS",
    ),
    (
        "K1b the surname MARKS ('marks' a heading word): the name lost",
        "transcript",
        _uq_transcript([(40, "Name"), (160, "Jennifer Louise MARKS")]),
        "holder_name",
        "Jennifer Louise MARKS",
    ),
    (
        "K1c 'Student Name:  MARK DAVID CHEN' in capitals: the name lost",
        "transcript",
        _uq_transcript([(40, "Student Name:"), (160, "MARK DAVID CHEN")]),
        "holder_name",
        "MARK DAVID CHEN",
    ),
    (
        "K1d a degree certificate's 'Name of Graduate:  Mark Anthony WILLIAMS': the name lost",
        "degree",
        [
            "UNIVERSITY OF OTAGO",
            [(40, "Name of Graduate:"), (200, "Mark Anthony WILLIAMS")],
            "has been admitted to the degree of",
            "Bachelor of Science",
            "in Physics",
            "Dunedin, 14 December 2019",
        ],
        "holder_name",
        "Mark Anthony WILLIAMS",
    ),
    # --- 2. academic.py: _split_name takes a bare "Name" row as the given names beside "Surname" ---
    (
        "K2a 'Name: Sarah Jane THOMPSON' over 'Surname at Birth: WILSON': the full name taken as given names and 'at' as the surname",
        "transcript",
        _uk_transcript(
            [(40, "Name:"), (200, "Sarah Jane THOMPSON")], [(40, "Surname at Birth:"), (200, "WILSON")]
        ),
        "holder_name",
        "Sarah Jane THOMPSON",
    ),
    (
        "K2b the same two rows on a degree certificate",
        "degree",
        [
            "UNIVERSITY OF MANCHESTER",
            [(40, "Name:"), (200, "Sarah Jane THOMPSON")],
            [(40, "Surname at Birth:"), (200, "WILSON")],
            "has been awarded the degree of",
            "Bachelor of Science with Honours",
            "in Psychology",
            "10 July 2019",
        ],
        "holder_name",
        "Sarah Jane THOMPSON",
    ),
    # --- 3. hsk.py: a pass mark 120/180 in a row about passing is no score -------------------------
    (
        "K3 an HSK 3 score table with a Result column, 'Total  180  300  合格 Pass': a total of exactly 180 taken for the pass mark, lost",
        "hsk",
        [
            [(40, "汉语水平考试"), (140, "HSK（三级）"), (240, "成绩报告")],
            "Chinese Proficiency Test HSK (Level 3) Score Report",
            [(40, "姓名 Name"), (200, "NGUYEN THI LAN")],
            [(40, "考试时间 Examination Date"), (250, "2025年05月18日")],
            [(40, "准考证号 Admission No."), (200, "H32505180233")],
            [(40, "科目 Section"), (200, "成绩 Score"), (300, "满分 Max"), (400, "结果 Result")],
            [(40, "听力 Listening"), (200, "62"), (300, "100")],
            [(40, "阅读 Reading"), (200, "65"), (300, "100")],
            [(40, "书写 Writing"), (200, "53"), (300, "100")],
            [(40, "总分 Total"), (200, "180"), (300, "300"), (400, "合格 Pass")],
            "查询日期 Query date: 2025-06-20",
        ],
        "total",
        "180",
    ),
    # --- 4. reference_letter.py: _CLOSING cuts the body at "For ... Company" after a sentence ------
    (
        "K4 '... Accounts Executive. For the past five years at the Company she has held the position of Finance Manager': the body cut, the first post accepted",
        "reference_letter",
        _my_letter(
            "This is to certify that Ms. Nurul Aina binti Rahman has been employed with ABC Trading Sdn. Bhd.",
            "since 2 May 2016. She joined us as an Accounts Executive. For the past five years at the Company",
            "she has held the position of Finance Manager, reporting to our Chief Financial Officer.",
            "She remains in our employment as of the date of this letter.",
        ),
        "position",
        "Finance Manager",
    ),
    # --- 5. bank_statement.py: 余额 in a row makes it a summary ------------------------------------
    (
        "K5 an ICBC card history whose row pays '支付宝-余额充值' (topping up an Alipay balance): the withdrawal skipped as a summary, 'does not add up' accepted",
        "bank_statement",
        [
            "中国工商银行借记卡账户历史明细清单",
            [(40, "户名：卢天宇"), (300, "卡号：6222 0231 **** 5862")],
            [(40, "币种：人民币"), (300, "钞汇标志：钞")],
            [(40, "起止日期：2026-06-01 至 2026-08-31")],
            "",
            [(40, "交易日期"), (110, "摘要"), (170, "对方户名"), (350, "收入"), (430, "支出"), (510, "余额")],
            [(40, "2026-06-01"), (110, "期初余额"), (510, "126,540.30")],
            [
                (40, "2026-06-10"),
                (110, "工资"),
                (170, "重庆渝新智造科技有限公司"),
                (350, "28,600.00"),
                (510, "155,140.30"),
            ],
            [(40, "2026-06-15"), (110, "转账"), (170, "陈建国"), (430, "4,500.00"), (510, "150,640.30")],
            [(40, "2026-06-21"), (110, "利息"), (350, "96.52"), (510, "150,736.82")],
            [
                (40, "2026-06-22"),
                (110, "快捷支付"),
                (170, "支付宝-余额充值"),
                (430, "1,286.45"),
                (510, "149,450.37"),
            ],
            [
                (40, "2026-07-10"),
                (110, "工资"),
                (170, "重庆渝新智造科技有限公司"),
                (350, "28,600.00"),
                (510, "178,050.37"),
            ],
            [(40, "2026-07-15"), (110, "转账"), (170, "陈建国"), (430, "4,500.00"), (510, "173,550.37")],
            [(40, "2026-07-28"), (110, "转账"), (170, "卢建平"), (430, "15,000.00"), (510, "158,550.37")],
            [
                (40, "2026-08-10"),
                (110, "工资"),
                (170, "重庆渝新智造科技有限公司"),
                (350, "28,600.00"),
                (510, "187,150.37"),
            ],
            [(40, "2026-08-15"), (110, "转账"), (170, "陈建国"), (430, "4,500.00"), (510, "182,650.37")],
            [(40, "2026-08-26"), (110, "消费"), (170, "支付宝"), (430, "2,318.70"), (510, "180,331.67")],
            "",
            [(40, "收入合计：85,896.52"), (230, "支出合计：32,105.15"), (420, "期末余额：180,331.67")],
            "",
            [(40, "打印时间：2026-09-02 10:15"), (300, "打印网点：重庆解放碑支行")],
            "本清单加盖业务专用章后有效。",
        ],
        "adds_up",
        True,
    ),
    # --- 6. text_fields.find_labels: a label is one cell -------------------------------------------
    (
        "K6 a PSC certificate whose two-character labels are spread to the width of 身份证号码 ('姓' ... '名', three character widths apart): the name lost",
        "psc",
        [
            [(160, "普通话水平测试等级证书")],
            [(40, "姓"), (76, "名"), (140, "黄嘉欣"), (420, "（照片）")],
            [(40, "性"), (76, "别"), (140, "女")],
            [(40, "身份证号码"), (140, "440106199204153022")],
            [(40, "测试成绩"), (140, "88.6 分")],
            [(40, "等"), (76, "级"), (140, "二级甲等")],
            [(40, "测试时间"), (140, "2019年11月23日")],
            [(40, "证书编号"), (140, "4400119006542")],
            [(40, "发证单位"), (140, "广东省语言文字工作委员会")],
            [(40, "发证日期"), (140, "2020年01月06日")],
            [(40, "国家语言文字工作委员会监制"), (300, "证书查询 www.cltt.org")],
        ],
        "candidate_name",
        "黄嘉欣",
    ),
]

# Values the extractors read right (and accepted) on a435d27: they must stay so.
REGRESSIONS = {"K1a", "K1b", "K1c", "K1d", "K2a", "K2b", "K3", "K4", "K6"}


@pytest.mark.parametrize(**case_params(CASES))
def test_no_wrong_value_accepted_and_nothing_lost(name: str, kind: str, field: str, right: Any) -> None:
    check_case(CASES, REGRESSIONS, name, kind, field, right)
