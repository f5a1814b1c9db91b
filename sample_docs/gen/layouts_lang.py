"""Language-test results: IELTS TRF, TOEFL iBT score report, HSK score report, PSC certificate.

`d` carries the document's own values (scores, dates, numbers), built in cases.py.
"""

from __future__ import annotations

from typing import Any

from .codes import MONTHS, band, d_cn, d_long_us, d_slash
from .model import Document, Page
from .people import Person

A4_W, A4_H = 210.0, 297.0
RED = (170, 20, 35)
GREY = (90, 90, 90)
LIGHT = (235, 235, 235)


def _dmy_upper(d) -> str:
    return f"{d.day:02d}/{MONTHS[d.month - 1][:3].upper()}/{d.year}"


def ielts_etrf(p: Person, d: dict[str, Any]) -> Document:
    """Layout 'ielts_etrf': boxed sans-serif e-TRF, candidate block then a row of score boxes."""
    pg = Page(A4_W, A4_H)
    pg.text("IELTS", 18, 26, 30, "arial", bold=True, color=RED)
    pg.text("Test Report Form", 18, 34, 12, "arial")
    pg.rect(140, 16, 52, 12, 0.5)
    pg.text(d["module"].upper(), 166, 24, 11, "arial", bold=True, align="C")
    pg.text(
        "NB  Test results are valid only when verified online by recognising organisations.",
        18,
        42,
        7,
        "arial",
        color=GREY,
    )
    pg.text(f"Centre Number  {d['centre']}", 18, 52, 9, "arial")
    pg.text(f"Date  {_dmy_upper(d['test_date'])}", 80, 52, 9, "arial")
    pg.text(f"Candidate Number  {d['candidate_no']}", 140, 52, 9, "arial")
    pg.rect(15, 58, 180, 74, 0.3)
    pg.text("Candidate Details", 18, 65, 10, "arial", bold=True)
    rows = [
        ("Family Name", p.surname),
        ("First Name(s)", p.given),
        ("Candidate ID", p.passport_no),
        ("Date of Birth", d_slash(p.birth)),
        ("Sex (M/F)", p.sex),
        ("Scheme Code", "Private Candidate"),
        ("Country or Region of Origin", d["origin"]),
        ("Country of Nationality", d["origin"]),
        ("First Language", d["first_language"]),
    ]
    y = 74.0
    for label, value in rows:
        pg.text(label, 20, y, 8.5, "arial", color=GREY)
        pg.text(value, 80, y, 10, "arial", bold=True)
        y += 6.6
    pg.text("Test Results", 18, 144, 10, "arial", bold=True)
    boxes = [
        ("Listening", d["listening"]),
        ("Reading", d["reading"]),
        ("Writing", d["writing"]),
        ("Speaking", d["speaking"]),
        ("Overall Band Score", d["overall"]),
        ("CEFR Level", d["cefr"]),
    ]
    x = 18.0
    for label, value in boxes:
        w = 36 if label.startswith("Overall") else 26
        pg.text(label, x, 152, 8, "arial", color=GREY)
        pg.rect(x, 155, w - 4, 13, 0.4, fill=LIGHT if label.startswith("Overall") else None)
        shown = value if isinstance(value, str) else band(value)
        pg.text(shown, x + (w - 4) / 2, 164.5, 13, "arial", bold=True, align="C")
        x += w + 1
    pg.text("Administrator Comments", 18, 184, 9, "arial", bold=True)
    pg.rect(18, 188, 110, 30, 0.3)
    pg.text("Centre stamp", 150, 190, 8, "arial", color=GREY)
    pg.ellipse(148, 194, 30, 30, 0.5, (60, 60, 140))
    pg.text("IELTS", 163, 211, 9, "arial", bold=True, align="C", color=(60, 60, 140))
    pg.text("Validation stamp", 150, 232, 8, "arial", color=GREY)
    pg.text("Administrator's Signature", 18, 234, 8, "arial", color=GREY)
    pg.polyline([(20, 246), (28, 240), (33, 247), (42, 239), (50, 245)], 0.35, (20, 20, 80))
    pg.text(f"Date  {_dmy_upper(d['issue_date'])}", 80, 246, 9, "arial")
    pg.text("Test Report Form Number", 18, 262, 8, "arial", color=GREY)
    pg.text(d["trf"], 18, 269, 12, "mono", bold=True)
    pg.text(
        "British Council  |  IDP: IELTS Australia  |  Cambridge University Press & Assessment",
        105,
        287,
        7,
        "arial",
        align="C",
        color=GREY,
    )
    return Document([pg], "IELTS Test Report Form")


def ielts_paper(p: Person, d: dict[str, Any]) -> Document:
    """Layout 'ielts_paper': serif paper TRF, module tick boxes, TRF number top right, scores in a grid."""
    pg = Page(A4_W, A4_H, paper=(250, 248, 240))
    pg.text("INTERNATIONAL ENGLISH LANGUAGE TESTING SYSTEM", 105, 22, 13, "times", bold=True, align="C")
    pg.text("TEST REPORT FORM", 105, 30, 11, "times", align="C")
    pg.text(f"TRF No: {d['trf']}", 192, 40, 9.5, "times", bold=True, align="R")
    for i, mod in enumerate(["Academic", "General Training"]):
        x = 22 + i * 50
        pg.rect(x, 36, 4, 4, 0.3)
        if d["module"] == mod:
            pg.text("X", x + 2, 39.4, 9, "times", bold=True, align="C")
        pg.text(mod.upper(), x + 6, 39.4, 9, "times")
    pg.line(18, 46, 192, 46, 0.5)
    items = [
        ("Test Date", _dmy_upper(d["test_date"]), 22, 56),
        ("Centre", d["centre"], 110, 56),
        ("Surname", p.surname, 22, 70),
        ("Other Names", p.given, 110, 70),
        ("Date of Birth (DD/MM/YYYY)", d_slash(p.birth), 22, 84),
        ("Sex", p.sex, 110, 84),
        ("Candidate ID / Passport", p.passport_no, 22, 98),
        ("Candidate No.", d["candidate_no"], 110, 98),
        ("Country of Origin", d["origin"], 22, 112),
        ("First Language", d["first_language"], 110, 112),
    ]
    for label, value, x, y in items:
        pg.text(label, x, y, 8, "times", italic=True, color=GREY)
        pg.text(value, x, y + 6, 11.5, "times", bold=True)
    pg.line(18, 126, 192, 126, 0.5)
    pg.text("RESULTS", 22, 136, 10, "times", bold=True)
    heads = ["Listening", "Reading", "Writing", "Speaking", "Overall\nBand Score", "CEFR\nLevel"]
    vals = [
        band(d["listening"]),
        band(d["reading"]),
        band(d["writing"]),
        band(d["speaking"]),
        band(d["overall"]),
        d["cefr"],
    ]
    for i, (h, v) in enumerate(zip(heads, vals, strict=True)):
        x = 22 + i * 28
        pg.rect(x, 140, 26, 26, 0.4)
        for j, part in enumerate(h.split("\n")):
            pg.text(part, x + 13, 146 + j * 4, 8, "times", align="C")
        pg.text(v, x + 13, 161, 14, "times", bold=True, align="C")
    pg.text(
        "This Test Report Form is valid for two years from the test date.", 22, 180, 9, "times", italic=True
    )
    pg.text("Authorised signatory", 140, 215, 8, "times", color=GREY)
    pg.polyline([(140, 208), (148, 202), (154, 209), (163, 201), (172, 207)], 0.35, (20, 20, 80))
    pg.ellipse(30, 195, 34, 34, 0.6, (120, 40, 40))
    pg.text("TEST CENTRE", 47, 211, 7, "times", bold=True, align="C", color=(120, 40, 40))
    pg.text(d["centre"], 47, 216, 7, "times", align="C", color=(120, 40, 40))
    return Document([pg], "IELTS TRF")


def _toefl_scores(pg: Page, x: float, y: float, title: str, s: dict[str, Any], dated: bool) -> None:
    pg.rect(x, y, 84, 8, 0, fill=(30, 60, 110))
    pg.text(title, x + 3, y + 5.6, 10, "arial", bold=True, color=(255, 255, 255))
    yy = y + 15
    for sect in ["Reading", "Listening", "Speaking", "Writing"]:
        pg.text(sect, x + 3, yy, 10, "arial")
        pg.text(str(s[sect.lower()]), x + 50, yy, 11, "arial", bold=True, align="R")
        if dated:
            pg.text(s["dates"][sect.lower()], x + 81, yy, 7.5, "arial", align="R", color=GREY)
        pg.line(x, yy + 2.5, x + 84, yy + 2.5, 0.1, (180, 180, 180))
        yy += 9
    pg.text("Total Score", x + 3, yy + 1, 10.5, "arial", bold=True)
    pg.text(str(s["total"]), x + 50, yy + 1, 13, "arial", bold=True, align="R")


def toefl_classic(p: Person, d: dict[str, Any]) -> Document:
    """Layout 'toefl_classic': test-taker score report, test-date scores beside MyBest scores."""
    pg = Page(A4_W, A4_H)
    pg.rect(0, 0, A4_W, 26, 0, fill=(30, 60, 110))
    pg.text("TOEFL iBT® Test Taker Score Report", 15, 16, 17, "arial", bold=True, color=(255, 255, 255))
    pg.text("ETS", 195, 16, 17, "arial", bold=True, align="R", color=(255, 255, 255))
    info = [
        ("Name", f"{p.surname}, {p.given}"),
        ("Date of Birth", d_long_us(p.birth)),
        ("Test Date", d_long_us(d["test_date"])),
        ("Registration Number", d["registration"]),
        ("Appointment Number", d["appointment"]),
        ("Native Country", d["native_country"]),
        ("Native Language", d["native_language"]),
    ]
    y = 40.0
    for label, value in info:
        pg.text(label + ":", 15, y, 9.5, "arial", color=GREY)
        pg.text(value, 62, y, 10.5, "arial", bold=True)
        y += 7
    _toefl_scores(pg, 15, 96, "Test Date Scores", d["scores"], False)
    if d.get("mybest"):
        _toefl_scores(pg, 110, 96, "MyBest™ Scores", d["mybest"], True)
        pg.para(
            "MyBest scores are the highest section scores from all valid TOEFL iBT tests taken in the last "
            "2 years; the date beside each score is the test date it comes from.",
            110,
            160,
            84,
            7.5,
            "arial",
            color=GREY,
        )
    pg.text(
        "Score ranges: Reading 0–30, Listening 0–30, Speaking 0–30, Writing 0–30, Total 0–120.",
        15,
        190,
        8,
        "arial",
        color=GREY,
    )
    pg.text("Scores are valid for 2 years after the test date.", 15, 196, 8, "arial", color=GREY)
    return Document([pg], "TOEFL iBT Score Report")


def toefl_band_2026(p: Person, d: dict[str, Any]) -> Document:
    """Layout 'toefl_band_2026': report from 2026 with the 1-6 band scale beside the 0-120 score."""
    pg = Page(A4_W, A4_H)
    pg.rect(0, 0, 55, A4_H, 0, fill=(238, 242, 248))
    pg.text("TOEFL iBT", 10, 24, 16, "sans", bold=True, color=(20, 70, 130))
    pg.text("Score Report", 10, 32, 11, "sans", color=(20, 70, 130))
    side = [
        ("Test taker", f"{p.given} {p.surname}"),
        ("Date of birth", d_long_us(p.birth)),
        ("Test date", d_long_us(d["test_date"])),
        ("ETS ID", d["registration"]),
        ("Country", d["native_country"]),
    ]
    y = 50.0
    for label, value in side:
        pg.text(label, 10, y, 7.5, "sans", color=GREY)
        words = value.split()
        line1 = " ".join(words[:2]) if label == "Test taker" and len(value) > 18 else value
        pg.text(line1, 10, y + 5, 8.5, "sans", bold=True)
        if line1 != value:
            pg.text(value[len(line1) :].strip(), 10, y + 9.5, 8.5, "sans", bold=True)
            y += 4.5
        y += 14
    pg.text("Your scores", 65, 24, 15, "sans", bold=True)
    pg.para(
        "From January 2026 TOEFL iBT scores are reported on a 1–6 scale in half bands. For a transition "
        "period the comparable score on the former 0–120 scale is shown alongside.",
        65,
        33,
        130,
        8.5,
        "sans",
        color=GREY,
    )
    heads = ["Section", "Band (1–6)", "Comparable (0–30)"]
    for i, h in enumerate(heads):
        pg.text(h, 65 + i * 45, 55, 9, "sans", bold=True)
    pg.line(65, 58, 195, 58, 0.4)
    y = 67.0
    for sect in ["Reading", "Listening", "Writing", "Speaking"]:
        pg.text(sect, 65, y, 10.5, "sans")
        pg.text(f"{d['bands'][sect.lower()]:.1f}", 110, y, 12, "sans", bold=True)
        pg.text(str(d["scores"][sect.lower()]), 155, y, 10.5, "sans")
        y += 10
    pg.line(65, y - 5, 195, y - 5, 0.4)
    pg.text("Overall", 65, y + 3, 11, "sans", bold=True)
    pg.text(f"{d['bands']['overall']:.1f}", 110, y + 3, 15, "sans", bold=True, color=(20, 70, 130))
    pg.text(f"Total (0–120)  {d['scores']['total']}", 155, y + 3, 10.5, "sans")
    pg.text(f"CEFR  {d['cefr']}", 65, y + 16, 10, "sans")
    return Document([pg], "TOEFL iBT Score Report 2026")


def hsk_report(p: Person, d: dict[str, Any]) -> Document:
    """Layout 'hsk_report': bilingual table report, name and ticket number at top, scores in a grid."""
    pg = Page(A4_W, A4_H)
    pg.text("汉语水平考试 HSK", 105, 28, 20, "cjk", align="C", color=(150, 20, 20))
    pg.text("成绩报告  Score Report", 105, 38, 12, "cjk", align="C")
    rows = [
        ("姓名 Name", d["name"]),
        ("性别 Gender", "女 Female" if p.sex == "F" else "男 Male"),
        ("国籍 Nationality", d["nationality_label"]),
        ("考试时间 Examination Date", d_cn(d["test_date"])),
        ("考试级别 Level", d["level_label"]),
        ("准考证号 Admission Ticket No.", d["ticket"]),
    ]
    y = 56.0
    for label, value in rows:
        pg.rect(25, y - 6, 65, 9, 0.25)
        pg.rect(90, y - 6, 95, 9, 0.25)
        pg.text(label, 28, y, 9.5, "cjk")
        pg.text(value, 93, y, 10.5, "cjk")
        y += 9
    y += 10
    heads = ["", "听力 Listening", "阅读 Reading", "书写 Writing", "总分 Total"]
    full = ["满分 Full Score", "100", "100", "100", "300"]
    mine = ["你的分数 Your Score", str(d["listening"]), str(d["reading"]), str(d["writing"]), str(d["total"])]
    for r, row in enumerate([heads, full, mine]):
        for c, cell in enumerate(row):
            x = 25 + (c * 32 if c else 0) + (20 if c else 0)
            w = 52 if c == 0 else 32
            pg.rect(x, y - 6 + r * 10, w, 10, 0.25, fill=(245, 235, 235) if r == 0 else None)
            pg.text(cell, x + w / 2, y + r * 10 + 0.5, 9.5 if r < 2 else 11, "cjk", align="C")
    y += 42
    pg.text(f"证书编号 Certificate No.  {d['certificate']}", 25, y, 10, "cjk")
    pg.text("总分180分为合格 (Total score of 180 is the passing score)", 25, y + 9, 8.5, "cjk", color=GREY)
    pg.text(
        "中国国际中文教育基金会  Chinese International Education Foundation", 105, 270, 9, "cjk", align="C"
    )
    pg.ellipse(140, y + 16, 32, 32, 0.7, (190, 30, 30))
    pg.text("HSK", 156, y + 35, 11, "cjk", align="C", color=(190, 30, 30))
    return Document([pg], "HSK Score Report")


def hsk_certificate_style(p: Person, d: dict[str, Any]) -> Document:
    """Layout 'hsk_card': landscape card with the level large, labels Chinese-first, scores in a row."""
    pg = Page(A4_H, A4_W, paper=(252, 250, 244))
    pg.rect(8, 8, A4_H - 16, A4_W - 16, 1.2, (150, 20, 20))
    pg.text("中国汉语水平考试", 148, 32, 22, "cjk", align="C", color=(150, 20, 20))
    pg.text("CHINESE PROFICIENCY TEST (HSK) · 成绩报告", 148, 42, 11, "cjk", align="C")
    pg.text(d["level_label"], 148, 62, 20, "cjk", align="C")
    left = [
        ("考试时间 / Examination Date", d_cn(d["test_date"])),
        ("姓名 / Name", d["name"]),
        ("国籍 / Nationality", d["nationality_label"]),
        ("证书编号 / Certificate No.", d["certificate"]),
    ]
    y = 82.0
    for label, value in left:
        pg.text(label, 30, y, 9, "cjk", color=GREY)
        pg.text(value, 110, y, 12, "cjk")
        y += 11
    x = 30.0
    for label, value in [
        ("听力 Listening", d["listening"]),
        ("阅读 Reading", d["reading"]),
        ("书写 Writing", d["writing"]),
        ("总分 Total", f"{d['total']} / 300"),
    ]:
        pg.text(label, x, 140, 9, "cjk", color=GREY)
        pg.text(str(value), x, 151, 16, "cjk")
        x += 60
    pg.text(
        "本成绩报告自考试日期起两年内有效。This report is valid for two years from the test date.",
        30,
        175,
        8.5,
        "cjk",
        color=GREY,
    )
    pg.ellipse(225, 150, 38, 38, 0.8, (190, 30, 30))
    pg.text("考试中心", 244, 171, 10, "cjk", align="C", color=(190, 30, 30))
    return Document([pg], "HSK")


def _seal(pg: Page, x: float, y: float, r: float, text: str) -> None:
    red = (200, 30, 30)
    pg.ellipse(x - r, y - r, 2 * r, 2 * r, 0.9, red)
    pg.text("★", x, y + 2.5, 14, "sans", align="C", color=red)
    pg.text(text, x, y + r * 0.65, 6.5, "cjk", align="C", color=red)


def psc_booklet(p: Person, d: dict[str, Any]) -> Document:
    """Layout 'psc_booklet': inner page of the certificate booklet, centred title, label/value lines."""
    pg = Page(A4_W, A4_H * 0.7, paper=(251, 247, 236))
    pg.text("普通话水平测试等级证书", 105, 30, 20, "cjk", align="C", color=(150, 20, 20))
    rows = [
        ("姓　　名", d["name"]),
        ("性　　别", "男" if p.sex == "M" else "女"),
        ("身份证号", d["id_number"]),
        ("等　　级", d["grade"]),
        ("分　　数", f"{d['score']:.1f}"),
        ("测试时间", d_cn(d["test_date"])),
        ("证书编号", d["certificate"]),
    ]
    y = 55.0
    for label, value in rows:
        pg.text(label, 45, y, 12, "cjk")
        pg.text(value, 85, y, 13, "cjk")
        pg.line(83, y + 2, 170, y + 2, 0.2, GREY)
        y += 13
    pg.text(d["issuer"], 150, 160, 10.5, "cjk", align="C")
    pg.text(d_cn(d["issue_date"]), 150, 168, 10.5, "cjk", align="C")
    _seal(pg, 150, 158, 17, "普通话测试")
    return Document([pg], "PSC certificate")


def psc_table(p: Person, d: dict[str, Any]) -> Document:
    """Layout 'psc_table': landscape certificate with a ruled table and the grade in a large box."""
    pg = Page(A4_H * 0.75, A4_W * 0.75, paper=(246, 250, 246))
    w = pg.w
    pg.rect(6, 6, w - 12, pg.h - 12, 0.8, (30, 100, 60))
    pg.text("国家普通话水平测试", w / 2, 22, 16, "cjk", align="C", color=(30, 100, 60))
    pg.text("等 级 证 书", w / 2, 32, 14, "cjk", align="C", color=(30, 100, 60))
    cells = [
        ("证书编号", d["certificate"]),
        ("姓名", d["name"]),
        ("测试时间", d_cn(d["test_date"])),
        ("分数", f"{d['score']:.1f}"),
    ]
    y = 48.0
    for label, value in cells:
        pg.rect(20, y - 6, 30, 10, 0.25)
        pg.rect(50, y - 6, 70, 10, 0.25)
        pg.text(label, 35, y + 0.5, 10, "cjk", align="C")
        pg.text(value, 53, y + 0.5, 11, "cjk")
        y += 10
    pg.rect(130, 42, 60, 40, 0.5)
    pg.text("等级", 160, 52, 10, "cjk", align="C", color=GREY)
    pg.text(d["grade"], 160, 70, 20, "cjk", align="C")
    pg.text(d["issuer"], 150, 105, 9.5, "cjk", align="C")
    _seal(pg, 150, 102, 15, "测试中心")
    return Document([pg], "PSC certificate")
