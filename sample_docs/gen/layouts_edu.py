"""Degree certificates (landscape, decorative) and academic transcripts (tables of courses)."""

from __future__ import annotations

from typing import Any

from .codes import MONTHS, d_long, d_long_us
from .model import Document, Page

LAND_W, LAND_H = 297.0, 210.0
A4_W, A4_H = 210.0, 297.0
GREY = (90, 90, 90)
_CN_DIGITS = "〇一二三四五六七八九"


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _cn_date(d) -> str:
    """二〇一三年七月一日: dates on Chinese certificates use characters, not digits."""

    def num(n: int) -> str:
        if n < 10:
            return "一二三四五六七八九"[n - 1]
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[ones] if ones else "")

    return "".join(_CN_DIGITS[int(c)] for c in str(d.year)) + f"年{num(d.month)}月{num(d.day)}日"


def _border(pg: Page, color: tuple[int, int, int]) -> None:
    pg.rect(8, 8, pg.w - 16, pg.h - 16, 1.4, color)
    pg.rect(12, 12, pg.w - 24, pg.h - 24, 0.4, color)


def _crest(pg: Page, x: float, y: float, color: tuple[int, int, int], letters: str) -> None:
    pg.ellipse(x - 13, y - 13, 26, 26, 0.8, color)
    pg.ellipse(x - 10, y - 10, 20, 20, 0.3, color)
    pg.text(letters, x, y + 2.5, 9, "serif", bold=True, align="C", color=color)


def _signature(pg: Page, x: float, y: float, title: str, font: str = "serif") -> None:
    pg.polyline(
        [
            (x - 22, y - 4),
            (x - 14, y - 10),
            (x - 8, y - 3),
            (x + 2, y - 11),
            (x + 12, y - 5),
            (x + 20, y - 8),
        ],
        0.35,
        (25, 25, 70),
    )
    pg.line(x - 28, y, x + 28, y, 0.25)
    pg.text(title, x, y + 5, 9, font, italic=True, align="C")


def degree_classic(d: dict[str, Any]) -> Document:
    """Layout 'degree_classic': 'This is to certify that ... was admitted to the degree of'."""
    navy = (20, 40, 90)
    pg = Page(LAND_W, LAND_H, paper=(252, 249, 238))
    _border(pg, navy)
    _crest(pg, LAND_W / 2, 34, navy, d["crest"])
    pg.text(d["institution"], LAND_W / 2, 66, 30, "times", bold=True, align="C", color=navy)
    pg.text("This is to certify that", LAND_W / 2, 84, 14, "times", italic=True, align="C")
    pg.text(d["holder"], LAND_W / 2, 101, 24, "times", bold=True, italic=True, align="C")
    pg.text("was admitted to the degree of", LAND_W / 2, 116, 14, "times", italic=True, align="C")
    pg.text(d["title_line"], LAND_W / 2, 132, 20, "times", bold=True, align="C")
    y = 132.0
    if d.get("honours"):
        y += 11
        pg.text(d["honours"], LAND_W / 2, y, 14, "times", italic=True, align="C")
    pg.text(f"on {d_long(d['award_date'])}", LAND_W / 2, y + 12, 13, "times", align="C")
    _signature(pg, 75, 180, "Vice-Chancellor", "times")
    _signature(pg, 222, 180, "Registrar", "times")
    pg.ellipse(LAND_W / 2 - 14, 162, 28, 28, 0.8, (160, 30, 30), fill=(205, 70, 60))
    pg.text("SEAL", LAND_W / 2, 178, 8, "times", bold=True, align="C", color=(250, 230, 220))
    return Document([pg], "Degree certificate", landscape=True)


def degree_conferred(d: dict[str, Any]) -> Document:
    """Layout 'degree_conferred': Senate 'hereby confers upon' wording, dated 'this 12th day of'."""
    green = (20, 80, 50)
    pg = Page(LAND_W, LAND_H, paper=(248, 250, 242))
    _border(pg, green)
    _crest(pg, 40, 42, green, d["crest"])
    pg.text(d["institution"].upper(), LAND_W / 2 + 10, 44, 26, "serif", bold=True, align="C", color=green)
    pg.text(d.get("motto", ""), LAND_W / 2 + 10, 53, 9, "serif", italic=True, align="C", color=GREY)
    pg.text("The Senate of the University hereby confers upon", LAND_W / 2, 78, 13, "serif", align="C")
    pg.text(d["holder"].upper(), LAND_W / 2, 96, 21, "serif", bold=True, align="C")
    pg.text(
        "who has satisfied the requirements and has been awarded the degree of",
        LAND_W / 2,
        111,
        12,
        "serif",
        align="C",
    )
    pg.text(d["title_line"], LAND_W / 2, 127, 19, "serif", bold=True, italic=True, align="C", color=green)
    if d.get("honours"):
        pg.text(d["honours"], LAND_W / 2, 139, 13, "serif", align="C")
    a = d["award_date"]
    pg.text(
        f"Given under the Seal of the University this {_ordinal(a.day)} day of {MONTHS[a.month - 1]} "
        f"{a.year}",
        LAND_W / 2,
        154,
        11.5,
        "serif",
        italic=True,
        align="C",
    )
    _signature(pg, 70, 185, "Registrar", "serif")
    _signature(pg, 227, 185, "Vice-Chancellor", "serif")
    pg.ellipse(LAND_W / 2 - 15, 165, 30, 30, 0.9, (150, 110, 20), fill=(220, 180, 70))
    return Document([pg], "Degree certificate", landscape=True)


def degree_cn(d: dict[str, Any]) -> Document:
    """Layout 'degree_cn': Chinese degree certificate with its English version on the same sheet."""
    red = (160, 25, 25)
    pg = Page(LAND_W, LAND_H, paper=(250, 246, 236))
    _border(pg, red)
    pg.text(d["cn_title"], 80, 32, 22, "cjk", align="C", color=red)
    pg.text(d["cn_name"] + "，" + d["cn_sex"] + "，" + d["cn_birth"] + "生。在", 25, 52, 11, "cjk")
    pg.para(d["cn_body"], 25, 61, 110, 11, "cjk", 1.7)
    pg.text(d["cn_institution"], 80, 150, 13, "cjk", align="C")
    pg.text(_cn_date(d["award_date"]), 80, 160, 11, "cjk", align="C")
    pg.text(f"证书编号：{d['number']}", 25, 185, 9, "cjk", color=GREY)
    pg.line(LAND_W / 2, 20, LAND_W / 2, 190, 0.2, (200, 170, 170))
    x0 = LAND_W / 2 + 8
    pg.text(d["institution"], x0 + 64, 32, 17, "times", bold=True, align="C", color=red)
    pg.text("DEGREE CERTIFICATE", x0 + 64, 42, 11, "times", align="C")
    y = pg.para(
        f"This is to certify that {d['holder']}, born on {d_long_us(d['birth'])}, having completed the "
        f"prescribed courses and passed the thesis defence, has been awarded the degree of",
        x0,
        58,
        124,
        11,
        "times",
        1.6,
    )
    pg.text(d["title_line"], x0 + 64, y + 4, 12, "times", bold=True, align="C")
    pg.text(f"Date of conferral: {d_long_us(d['award_date'])}", x0, y + 18, 10.5, "times")
    pg.text(f"Certificate No.: {d['number']}", x0, y + 26, 9, "times", color=GREY)
    pg.ellipse(60, 126, 40, 40, 0.9, red)
    pg.text("学位评定委员会", 80, 148, 7, "cjk", align="C", color=red)
    return Document([pg], "学位证书", landscape=True)


def _course_table_a(pg: Page, courses: list[dict[str, Any]], y: float) -> float:
    cols = [(18, "Course No."), (48, "Course Title"), (150, "Credits"), (172, "Grade")]
    pg.rect(15, y - 5, 180, 7, 0, fill=(225, 225, 225))
    for x, h in cols:
        pg.text(h, x, y, 9, "arial", bold=True)
    y += 7
    for c in courses:
        pg.text(c["code"], 18, y, 9, "arial")
        pg.text(c["title"], 48, y, 9, "arial")
        pg.text(str(c["credits"]), 155, y, 9, "arial", align="C")
        pg.text(c["grade"], 176, y, 9, "arial", align="C")
        y += 5.6
    return y


def transcript_table(d: dict[str, Any]) -> Document:
    """Layout 'transcript_table': English transcript, header block, course table over several pages."""
    pages = []
    per_page = d.get("per_page", 26)  # rows per page; a long list spills onto further pages
    chunks = [d["courses"][i : i + per_page] for i in range(0, len(d["courses"]), per_page)]
    for n, chunk in enumerate(chunks, start=1):
        pg = Page(A4_W, A4_H)
        pg.text(d["institution"], 105, 20, 17, "arial", bold=True, align="C")
        pg.text("ACADEMIC TRANSCRIPT", 105, 28, 11, "arial", align="C")
        pg.text(f"Page {n} of {len(chunks)}", 195, 12, 8, "arial", align="R", color=GREY)
        info = [
            ("Name", d["holder"]),
            ("Student No.", d["student_no"]),
            ("Degree", d["degree"]),
            ("Major", d["major"]),
            ("Date of Conferral", d_long(d["award_date"])),
        ]
        y = 42.0
        for i, (label, value) in enumerate(info):
            x = 15 if i % 2 == 0 else 110
            pg.text(f"{label}:", x, y, 9, "arial", color=GREY)
            pg.text(value, x + 30, y, 9.5, "arial", bold=True)
            if i % 2 == 1 or i == len(info) - 1:
                y += 6.5
        y = _course_table_a(pg, chunk, y + 8)
        if n == len(chunks):
            pg.text(
                f"Total credits: {sum(c['credits'] for c in d['courses'])}    Cumulative GPA: {d['gpa']}",
                15,
                y + 8,
                10,
                "arial",
                bold=True,
            )
            pg.text("Registrar's Office", 150, 268, 9, "arial", align="C")
            pg.polyline([(135, 262), (142, 256), (148, 263), (156, 255), (165, 261)], 0.35, (25, 25, 70))
            pg.ellipse(30, 245, 30, 30, 0.8, (170, 30, 30))
            pg.text(d.get("seal_text", "OFFICIAL"), 45, 262, 6.5, "cjk", align="C", color=(170, 30, 30))
        pages.append(pg)
    return Document(pages, "Transcript")


def transcript_terms(d: dict[str, Any]) -> Document:
    """Layout 'transcript_terms': North-American graduate transcript grouped by session, with weights."""
    pg = Page(A4_W, A4_H, paper=(250, 250, 246))
    pg.rect(0, 0, A4_W, 30, 0, fill=(0, 42, 92))
    pg.text(d["institution"].upper(), 15, 14, 16, "serif", bold=True, color=(255, 255, 255))
    pg.text("Office of the Registrar  ·  Official Academic Record", 15, 23, 9, "serif", color=(220, 220, 235))
    pg.text(f"Student: {d['holder']}", 15, 42, 10, "serif", bold=True)
    pg.text(f"Student Number: {d['student_no']}", 120, 42, 9.5, "serif")
    pg.text(f"Date of Birth: {d_long_us(d['birth'])}", 15, 49, 9.5, "serif")
    pg.text(f"Program: {d['degree']}, {d['major']}", 15, 56, 9.5, "serif")
    y = 68.0
    head = [(15, "Session"), (40, "Course"), (70, "Title"), (152, "Weight"), (170, "Mark"), (186, "Grd")]
    for x, h in head:
        pg.text(h, x, y, 8.5, "serif", bold=True)
    pg.line(15, y + 2, 195, y + 2, 0.3)
    y += 8
    for c in d["courses"]:
        pg.text(c["term"], 15, y, 8.5, "serif")
        pg.text(c["code"], 40, y, 8.5, "mono")
        pg.text(c["title"], 70, y, 8.5, "serif")
        pg.text(f"{c['credits']:.2f}", 152, y, 8.5, "serif")
        pg.text(str(c["mark"]), 170, y, 8.5, "serif")
        pg.text(c["grade"], 186, y, 8.5, "serif")
        y += 5.4
    pg.line(15, y, 195, y, 0.3)
    y += 8
    pg.text(
        f"DEGREE CONFERRED: {d['degree'].upper()}  ·  {d['major'].upper()}", 15, y, 10, "serif", bold=True
    )
    pg.text(f"Conferral date: {d_long_us(d['award_date'])}", 15, y + 7, 9.5, "serif")
    pg.text(f"Thesis: {d['thesis']}", 15, y + 14, 9, "serif", italic=True)
    pg.text(
        "This transcript is official only when issued directly by the Office of the Registrar.",
        105,
        285,
        7.5,
        "serif",
        align="C",
        color=GREY,
    )
    return Document([pg], "Transcript")
