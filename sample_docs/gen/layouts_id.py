"""Identity documents: passport bio-data pages (TD3, 125 x 88 mm) and the PRC resident ID card front."""

from __future__ import annotations

import math

from .codes import d_mon_upper
from .fonts import measure_mm
from .model import Document, Page
from .people import Person

TD3_W, TD3_H = 125.0, 88.0
GREY = (80, 80, 80)


def _mrz_size() -> float:
    """OCR-B size (pt) at which 44 characters span the ICAO line length of about 112 mm (2.54 mm pitch)."""
    return 112.0 / measure_mm("<" * 44, 1.0, "ocrb")


def _guilloche(page: Page, seed: int, color: tuple[int, int, int]) -> None:
    """Fine wavy security lines across the page background."""
    for i in range(9):
        pts = []
        for j in range(0, 127, 2):
            x = float(j)
            y = 14 + i * 6.5 + 2.2 * math.sin(x / (7 + seed % 5) + i) + 1.2 * math.sin(x / 3.1 + i * 0.7)
            pts.append((x, y))
        page.polyline(pts, 0.12, color)


def _photo_box(page: Page, x: float, y: float, w: float, h: float) -> None:
    """Where the holder's photo sits: a grey box with a head-and-shoulders silhouette."""
    page.rect(x, y, w, h, 0.25, (90, 90, 90), fill=(205, 205, 200))
    page.ellipse(x + w * 0.3, y + h * 0.16, w * 0.4, h * 0.36, 0, fill=(150, 150, 145))
    page.ellipse(x + w * 0.12, y + h * 0.56, w * 0.76, h * 0.44, 0, fill=(150, 150, 145))


def _mrz(page: Page, p: Person, x: float = 6.5, y1: float = 75.5, y2: float = 83.0) -> None:
    l1, l2 = p.mrz()
    size = _mrz_size()
    page.text(l1, x, y1, size, "ocrb")
    page.text(l2, x, y2, size, "ocrb")


def passport_en_fr(p: Person, seed: int) -> Document:
    """Layout 'td3_en_fr': English/French labels, photo left, two columns of fields, Canadian-style."""
    page = Page(TD3_W, TD3_H, paper=(238, 240, 232))
    _guilloche(page, seed, (200, 212, 205))
    page.text(f"PASSPORT  PASSEPORT  {p.country_name}", 6.5, 7.5, 8.5, "arial", bold=True, color=(30, 50, 90))
    _photo_box(page, 6.5, 14, 30, 38)
    x1, x2 = 41, 86
    rows = [
        (x1, 14, "Type / Type", "P"),
        (x2 - 22, 14, "Issuing Country / Pays émetteur", p.mrz_state),
        (x2 + 8, 14, "Passport No. / N° de passeport", p.passport_no),
        (x1, 23, "Surname / Nom", p.surname),
        (x1, 31, "Given names / Prénoms", p.given),
        (x1, 39, "Nationality / Nationalité", p.country_name if len(p.country_name) < 24 else p.nationality),
        (x1, 47, "Date of birth / Date de naissance", d_mon_upper(p.birth)),
        (x2 + 8, 47, "Sex / Sexe", p.sex),
        (x1, 55, "Place of birth / Lieu de naissance", p.birthplace),
        (x1, 63, "Date of issue / Date de délivrance", d_mon_upper(p.passport_issue)),
        (x2 + 8, 55, "Authority / Autorité", p.authority),
        (x2 + 8, 63, "Date of expiry / Date d'expiration", d_mon_upper(p.passport_expiry)),
    ]
    for x, y, label, value in rows:
        page.label_value(label, value, x, y, label_size=5.2, value_size=8.5, font="arial", gap=3.6)
    page.text("Signature / Signature", 6.5, 58, 5.2, "arial", color=GREY)
    page.polyline([(8, 64), (14, 61), (19, 65), (25, 60), (31, 64)], 0.3, (40, 40, 90))
    _mrz(page, p)
    return Document([page], "passport")


def passport_numbered(p: Person, seed: int) -> Document:
    """Layout 'td3_numbered': numbered labels (1. Surname ...) in one column, trilingual for Germany."""
    page = Page(TD3_W, TD3_H, paper=(243, 236, 238))
    _guilloche(page, seed + 3, (214, 196, 204))
    german = p.nationality == "DEU"
    title = "REISEPASS / PASSPORT / PASSEPORT" if german else "PASSPORT"
    page.text(p.country_name, TD3_W / 2 + 12, 6.5, 7.5, "sans", bold=True, align="C", color=(90, 20, 40))
    page.text(title, TD3_W / 2 + 12, 11, 7, "sans", align="C", color=(90, 20, 40))
    _photo_box(page, 5, 15, 33, 42)
    if german:
        labels = [
            "1. Name / Surname / Nom",
            "2. Vornamen / Given names / Prénoms",
            "3. Staatsangehörigkeit / Nationality / Nationalité",
            "4. Geburtstag / Date of birth / Date de naissance",
            "5. Geschlecht / Sex / Sexe",
            "6. Geburtsort / Place of birth / Lieu de naissance",
            "7. Ausstellungsdatum / Date of issue / Date de délivrance",
            "8. Gültig bis / Date of expiry / Date d'expiration",
            "9. Behörde / Authority / Autorité",
        ]
        nat = "DEUTSCH"
    else:
        labels = [
            "1. Surname",
            "2. Given names",
            "3. Nationality",
            "4. Date of birth",
            "5. Sex",
            "6. Place of birth",
            "7. Date of issue",
            "8. Date of expiry",
            "9. Authority",
        ]
        nat = {"GBR": "BRITISH CITIZEN", "NGA": "NIGERIAN", "IND": "INDIAN"}.get(p.nationality, p.nationality)
    values = [
        p.surname,
        p.given,
        nat,
        d_mon_upper(p.birth),
        p.sex,
        p.birthplace,
        d_mon_upper(p.passport_issue),
        d_mon_upper(p.passport_expiry),
        p.authority,
    ]
    page.text("Typ/Type  P", 42, 16, 5.5, "sans", color=GREY)
    page.text(f"Code  {p.mrz_state}" if german else f"Code  {p.nationality}", 70, 16, 5.5, "sans", color=GREY)
    page.text("Pass-Nr./Passport No." if german else "Passport No.", 90, 16, 5.5, "sans", color=GREY)
    page.text(p.passport_no, 90, 19.8, 8.5, "sans", bold=True, color=(150, 20, 40))
    y = 24.0
    for label, value in zip(labels, values, strict=True):
        if label.startswith("5."):
            continue  # sex shares a row with date of birth below
        page.text(label, 42, y, 5.2, "sans", color=GREY)
        page.text(value, 42, y + 3.4, 8, "sans", bold=True)
        if label.startswith("4."):
            page.text(labels[4], 92, y, 5.2, "sans", color=GREY)
            page.text(p.sex, 92, y + 3.4, 8, "sans", bold=True)
        y += 6.0
    page.polyline([(9, 66), (15, 62), (20, 66), (27, 61), (33, 65)], 0.3, (40, 40, 90))
    _mrz(page, p, y1=76.0, y2=83.4)
    return Document([page], "passport")


def passport_cn(p: Person, seed: int) -> Document:
    """Layout 'td3_cn': PRC passport with Chinese/English labels and the name in characters."""
    page = Page(TD3_W, TD3_H, paper=(236, 238, 242))
    _guilloche(page, seed + 7, (200, 205, 220))
    page.text("中华人民共和国", 50, 7, 8, "cjk", color=(120, 30, 30))
    page.text("护照", 90, 7, 8, "cjk", color=(120, 30, 30))
    page.text("PEOPLE'S REPUBLIC OF CHINA", 50, 11, 5.5, "cjk", color=(120, 30, 30))
    page.text("PASSPORT", 90, 11, 5.5, "cjk", color=(120, 30, 30))
    _photo_box(page, 6, 16, 31, 40)
    n = p.chinese_surname_len
    cells = [
        (42, 16, "类型/Type", "P"),
        (62, 16, "国家码/Country Code", p.nationality),
        (92, 16, "护照号/Passport No.", p.passport_no),
        (42, 24, "姓/Surname", f"{p.chinese_name[:n]}  {p.surname}"),
        (42, 32, "名/Given names", f"{p.chinese_name[n:]}  {p.given}"),
        (42, 40, "性别/Sex", ("男" if p.sex == "M" else "女") + "/" + p.sex),
        (62, 40, "出生地点/Place of birth", p.birthplace),
        (42, 48, "出生日期/Date of birth", d_mon_upper(p.birth)),
        (42, 56, "签发地点/Place of issue", p.birthplace),
        (82, 56, "签发日期/Date of issue", d_mon_upper(p.passport_issue)),
        (42, 64, "签发机关/Authority", "国家移民管理局"),
        (82, 64, "有效期至/Date of expiry", d_mon_upper(p.passport_expiry)),
    ]
    for x, y, label, value in cells:
        page.label_value(label, value, x, y, label_size=5.0, value_size=8.2, font="cjk", gap=3.7)
    page.text("持照人签名/Bearer's Signature", 6, 61, 4.8, "cjk", color=GREY)
    page.polyline([(9, 67), (15, 64), (21, 67.5), (29, 63)], 0.3, (30, 30, 30))
    _mrz(page, p)
    return Document([page], "passport")


def prc_id_front(p: Person, seed: int) -> Document:
    """Layout 'prc_id_front': the front (photo side) of the second-generation resident identity card."""
    page = Page(85.6, 54.0, paper=(228, 236, 240))
    for i in range(6):
        page.ellipse(40 + i * 3, -10 + i * 2, 60 - i * 6, 60 - i * 5, 0.1, (200, 212, 222))
    blue = (40, 60, 110)
    page.text("姓 名", 6, 10, 6.5, "cjk", color=blue)
    page.text(p.chinese_name, 18, 10, 9.5, "cjk")
    page.text("性 别", 6, 17, 6.5, "cjk", color=blue)
    page.text("男" if p.sex == "M" else "女", 18, 17, 8.5, "cjk")
    page.text("民 族", 28, 17, 6.5, "cjk", color=blue)
    page.text("汉", 39, 17, 8.5, "cjk")
    page.text("出 生", 6, 24, 6.5, "cjk", color=blue)
    page.text(f"{p.birth.year}", 18, 24, 8.5, "cjk")
    page.text("年", 27, 24, 6.5, "cjk", color=blue)
    page.text(f"{p.birth.month}", 32, 24, 8.5, "cjk")
    page.text("月", 36, 24, 6.5, "cjk", color=blue)
    page.text(f"{p.birth.day}", 41, 24, 8.5, "cjk")
    page.text("日", 46, 24, 6.5, "cjk", color=blue)
    page.text("住 址", 6, 31, 6.5, "cjk", color=blue)
    for i, line in enumerate(p.extra["address"]):
        page.text(line, 18, 31 + i * 4.6, 8, "cjk")
    page.text("公民身份号码", 6, 47.5, 6.5, "cjk", color=blue)
    page.text(p.extra["id_number"], 28, 47.5, 10.5, "ocrb")
    _photo_box(page, 57, 6, 24, 30)
    return Document([page], "prc_id_card")
