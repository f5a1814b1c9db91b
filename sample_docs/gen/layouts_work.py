"""Employment reference letters on letterhead, and a shop receipt (the non-document clients upload)."""

from __future__ import annotations

from typing import Any

from .model import Document, Page

A4_W, A4_H = 210.0, 297.0
GREY = (90, 90, 90)


def _position_line(pos: dict[str, str]) -> str:
    end = pos["end_str"]
    # "to date" already carries its "to"; "present" and real dates need one.
    return f"{pos['title']}, from {pos['start_str']} {end if end.startswith('to ') else 'to ' + end}"


def letter_centered(d: dict[str, Any]) -> Document:
    """Layout 'letter_centered': centred letterhead, TO WHOM IT MAY CONCERN, positions as bullets."""
    colour = d.get("colour", (30, 30, 30))
    pg = Page(A4_W, A4_H)
    pg.rect(97, 10, 16, 16, 0, fill=colour)
    pg.text(d["logo"], 105, 21, 10, "sans", bold=True, align="C", color=(255, 255, 255))
    pg.text(d["employer"], 105, 34, 15, "serif", bold=True, align="C", color=colour)
    pg.text("  ·  ".join(d["address"]), 105, 40, 7.5, "serif", align="C", color=GREY)
    pg.line(20, 44, 190, 44, 0.6, colour)
    pg.text(d["date_str"], 190, 56, 10, "serif", align="R")
    if d.get("ref"):
        pg.text(f"Our ref: {d['ref']}", 20, 56, 9, "serif", color=GREY)
    pg.text("TO WHOM IT MAY CONCERN", 105, 72, 12, "serif", bold=True, align="C")
    passport = f" (holder of Passport No. {d['passport_no']})" if d.get("passport_no") else ""
    y = pg.para(
        f"This is to certify that {d['honorific']} {d['employee_name']}{passport} has been employed by "
        f"{d['employer']} in {d['city']}, {d['country_name']} {d['since_phrase']}.",
        20,
        86,
        170,
        11,
    )
    y = pg.para(f"{d['pronoun'].capitalize()} has held the following positions with us:", 20, y + 3, 170, 11)
    for pos in d["positions"]:
        pg.text("•", 24, y, 11, "serif")
        y = pg.para(_position_line(pos), 30, y, 160, 11)
    y += 3
    for duty in d["duties"]:
        y = pg.para(duty, 20, y, 170, 11) + 2
    if d.get("salary"):
        y = pg.para(d["salary"], 20, y + 1, 170, 11) + 2
    y = pg.para(
        "This letter is issued at the request of the employee for immigration purposes.", 20, y + 1, 170, 11
    )
    pg.text("Yours faithfully,", 20, y + 10, 11, "serif")
    pg.polyline([(22, y + 27), (30, y + 19), (36, y + 28), (46, y + 18), (56, y + 25)], 0.4, (20, 20, 90))
    pg.text(d["signer"], 20, y + 36, 11, "serif", bold=True)
    pg.text(d["signer_title"], 20, y + 42, 10.5, "serif")
    pg.text(d["employer"], 20, y + 48, 10.5, "serif")
    return Document([pg], "Employment reference")


def letter_sidebar(d: dict[str, Any]) -> Document:
    """Layout 'letter_sidebar': colour band at left, RE: line, positions in a From/To table, bullets."""
    colour = d.get("colour", (0, 90, 140))
    pg = Page(A4_W, A4_H)
    pg.rect(0, 0, 8, A4_H, 0, fill=colour)
    pg.text(d["employer"].upper(), 20, 22, 13, "arial", bold=True, color=colour)
    for i, line in enumerate(d["address"]):
        pg.text(line, 20, 28 + i * 4.3, 8, "arial", color=GREY)
    y0 = 28 + len(d["address"]) * 4.3 + 10
    pg.text(f"Date: {d['date_str']}", 20, y0, 10, "arial")
    if d.get("ref"):
        pg.text(f"Ref: {d['ref']}", 140, y0, 9, "arial", color=GREY)
    pg.text(
        f"RE: EMPLOYMENT VERIFICATION – {d['honorific'].upper()} {d['employee_name'].upper()}",
        20,
        y0 + 12,
        10.5,
        "arial",
        bold=True,
    )
    pg.text("To whom it may concern,", 20, y0 + 24, 10.5, "arial")
    passport = f", passport number {d['passport_no']}," if d.get("passport_no") else ""
    y = pg.para(
        f"We confirm that {d['honorific']} {d['employee_name']}{passport} {d['works_phrase']} "
        f"at our office in {d['city']}, {d['country_name']}. {d['pronoun'].capitalize()} held the "
        f"following positions:",
        20,
        y0 + 34,
        172,
        10.5,
        "arial",
    )
    y += 2
    pg.rect(20, y - 5, 172, 7.5, 0, fill=(228, 238, 245))
    for x, h in [(22, "Position"), (110, "From"), (152, "To")]:
        pg.text(h, x, y, 9.5, "arial", bold=True)
    y += 7.5
    for pos in d["positions"]:
        pg.text(pos["title"], 22, y, 9.5, "arial")
        pg.text(pos["start_str"], 110, y, 9.5, "arial")
        pg.text(pos["end_str"], 152, y, 9.5, "arial")
        pg.line(20, y + 2.2, 192, y + 2.2, 0.15, (180, 180, 180))
        y += 7
    y += 4
    pg.text("Main responsibilities:", 20, y, 10.5, "arial", bold=True)
    y += 6.5
    for duty in d["duties"]:
        pg.text("–", 23, y, 10.5, "arial")
        y = pg.para(duty, 28, y, 164, 10.5, "arial") + 1
    if d.get("salary"):
        y = pg.para(d["salary"], 20, y + 3, 172, 10.5, "arial")
    pg.text(
        "Should you require further information, please contact the undersigned.", 20, y + 6, 10.5, "arial"
    )
    pg.text("Sincerely,", 20, y + 18, 10.5, "arial")
    pg.polyline([(22, y + 33), (29, y + 26), (35, y + 34), (44, y + 25), (53, y + 31)], 0.4, (20, 20, 90))
    pg.text(d["signer"], 20, y + 42, 10.5, "arial", bold=True)
    pg.text(f"{d['signer_title']}, {d['employer']}", 20, y + 48, 10, "arial")
    return Document([pg], "Employment verification")


def receipt(d: dict[str, Any]) -> Document:
    """Layout 'receipt': a narrow thermal till receipt."""
    pg = Page(80, 150, paper=(250, 250, 247))
    y = 12.0
    for line in d["header"]:
        pg.text(line, 40, y, 8.5 if y < 13 else 7, "mono", bold=y < 13, align="C")
        y += 4.5
    y += 3
    pg.text(d["when"], 6, y, 7, "mono")
    y += 6
    for name, price in d["items"]:
        pg.text(name, 6, y, 7, "mono")
        pg.text(f"{price:.2f}", 74, y, 7, "mono", align="R")
        y += 4.2
    pg.line(6, y, 74, y, 0.2)
    y += 5
    total = sum(p for _, p in d["items"])
    pg.text("TOTAL HKD", 6, y, 8, "mono", bold=True)
    pg.text(f"{total:.2f}", 74, y, 8, "mono", bold=True, align="R")
    y += 5
    pg.text("OCTOPUS", 6, y, 7, "mono")
    pg.text(f"{total:.2f}", 74, y, 7, "mono", align="R")
    y += 9
    pg.text("THANK YOU  多謝惠顧", 40, y, 7.5, "cjk", align="C")
    return Document([pg], "receipt")
