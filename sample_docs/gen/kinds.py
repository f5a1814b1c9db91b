"""One function per document kind: pick the layout, assemble its values, and state the truth (facts).

Facts use the contract field names with values as a careful person reads the document.
"""

from __future__ import annotations

import random
from datetime import date
from functools import partial
from typing import Any

from . import layouts_edu, layouts_fin, layouts_id, layouts_lang, layouts_work
from .codes import DATE_STYLES, ielts_cefr, ielts_overall, mrz_names_for_facts
from .layouts_fin import Account
from .people import Person
from .spec import DocSpec

PASSPORT_LAYOUTS = {
    "td3_en_fr": layouts_id.passport_en_fr,
    "td3_numbered": layouts_id.passport_numbered,
    "td3_cn": layouts_id.passport_cn,
}


def passport(p: Person, file: str, layout: str, render: str, seed: int, **kw: Any) -> DocSpec:
    return DocSpec(
        file,
        "passport",
        layout,
        render,
        partial(PASSPORT_LAYOUTS[layout], p, seed),
        p.passport_facts(),
        extra={"mrz": list(p.mrz())},
        **kw,
    )


def prc_id_card(p: Person, file: str, render: str, seed: int, **kw: Any) -> DocSpec:
    facts = {
        "prc_id_card.name": p.chinese_name,
        "prc_id_card.id_number": p.extra["id_number"],
        "prc_id_card.date_of_birth": p.birth.isoformat(),
        "prc_id_card.sex": p.sex,
    }
    return DocSpec(
        file, "prc_id_card", "prc_id_front", render, partial(layouts_id.prc_id_front, p, seed), facts, **kw
    )


def trf_number(test_date: date, country: str, centre_seq: int, surname: str, seq: int, letter: str) -> str:
    """e.g. 25HK004127ZHAN001A: year, country, six digits, four letters of the family name, digits, letter."""
    letters = mrz_names_for_facts(surname).replace(" ", "")[:4].ljust(4, "X")
    return f"{test_date:%y}{country}{centre_seq:06d}{letters}{seq:03d}{letter}"


def ielts(
    p: Person,
    file: str,
    layout: str,
    render: str,
    *,
    module: str,
    test_date: date,
    bands: tuple[float, float, float, float],
    centre: str,
    origin: str,
    first_language: str,
    trf_seq: tuple[str, int, int, str],
    **kw: Any,
) -> DocSpec:
    listening, reading, writing, speaking = bands
    overall = ielts_overall(list(bands))
    trf = trf_number(test_date, *trf_seq[:2], p.surname, trf_seq[2], trf_seq[3])
    d = {
        "module": module,
        "test_date": test_date,
        "listening": listening,
        "reading": reading,
        "writing": writing,
        "speaking": speaking,
        "overall": overall,
        "cefr": ielts_cefr(overall),
        "centre": centre,
        "candidate_no": f"{trf_seq[1] % 100000:06d}",
        "origin": origin,
        "first_language": first_language,
        "trf": trf,
        "issue_date": date.fromordinal(test_date.toordinal() + 13),
    }
    build = {"ielts_etrf": layouts_lang.ielts_etrf, "ielts_paper": layouts_lang.ielts_paper}[layout]
    facts = {
        "ielts.candidate_name": f"{p.given} {p.surname}",
        "ielts.date_of_birth": p.birth.isoformat(),
        "ielts.overall": overall,
        "ielts.listening": listening,
        "ielts.reading": reading,
        "ielts.writing": writing,
        "ielts.speaking": speaking,
        "ielts.test_date": test_date.isoformat(),
        "ielts.trf_number": trf,
        "ielts.module": module.lower().replace(" ", "_"),
    }
    return DocSpec(
        file,
        "ielts",
        layout,
        render,
        partial(build, p, d),
        facts,
        extra={"cefr": d["cefr"], "candidate_id": p.passport_no},
        **kw,
    )


def _toefl_band(section: int) -> float:
    """Approximate ETS concordance from a 0-30 section score to the 2026 1-6 band."""
    for floor, b in [(29, 6.0), (27, 5.5), (24, 5.0), (22, 4.5), (18, 4.0), (12, 3.5), (6, 3.0)]:
        if section >= floor:
            return b
    return 2.0


def toefl(
    p: Person,
    file: str,
    layout: str,
    render: str,
    *,
    test_date: date,
    scores: dict[str, int],
    registration: str,
    native_country: str,
    native_language: str,
    mybest: dict[str, Any] | None = None,
    **kw: Any,
) -> DocSpec:
    scores = {**scores, "total": sum(scores.values())}
    d: dict[str, Any] = {
        "test_date": test_date,
        "scores": scores,
        "registration": registration,
        "appointment": f"{registration[-6:]}-{test_date:%y%m%d}",
        "native_country": native_country,
        "native_language": native_language,
    }
    facts: dict[str, Any] = {
        "toefl.candidate_name": f"{p.surname}, {p.given}",
        "toefl.date_of_birth": p.birth.isoformat(),
        "toefl.test_date": test_date.isoformat(),
    }
    extra: dict[str, Any] = {}
    if layout == "toefl_band_2026":
        bands = {k: _toefl_band(v) for k, v in scores.items() if k != "total"}
        bands["overall"] = round(sum(bands.values()) / 4 * 2) / 2
        d |= {"bands": bands, "cefr": "C1" if bands["overall"] >= 5 else "B2"}
        facts["toefl.candidate_name"] = f"{p.given} {p.surname}"
        facts |= {f"toefl.{k}": v for k, v in bands.items() if k != "overall"}
        facts |= {"toefl.total": bands["overall"], "toefl.scale": "1-6"}
        extra["scale_0_120"] = scores
        build = layouts_lang.toefl_band_2026
    else:
        facts |= {f"toefl.{k}": v for k, v in scores.items()} | {"toefl.scale": "0-120"}
        if mybest:
            mybest = {
                **mybest,
                "total": sum(mybest[s] for s in ("reading", "listening", "speaking", "writing")),
            }
            d["mybest"] = mybest
            extra["mybest"] = {k: v for k, v in mybest.items() if k != "dates"}
        build = layouts_lang.toefl_classic
    return DocSpec(file, "toefl", layout, render, partial(build, p, d), facts, extra=extra, **kw)


HSK_LEVEL_CN = {3: "三级", 4: "四级", 5: "五级", 6: "六级"}


def hsk(
    p: Person,
    file: str,
    layout: str,
    render: str,
    *,
    name: str,
    level: int,
    test_date: date,
    scores: tuple[int, int, int],
    certificate: str,
    ticket: str,
    nationality_label: str,
    **kw: Any,
) -> DocSpec:
    listening, reading, writing = scores
    d = {
        "name": name,
        "level_label": f"HSK {HSK_LEVEL_CN[level]} / Level {level}",
        "test_date": test_date,
        "listening": listening,
        "reading": reading,
        "writing": writing,
        "total": sum(scores),
        "certificate": certificate,
        "ticket": ticket,
        "nationality_label": nationality_label,
    }
    build = {"hsk_report": layouts_lang.hsk_report, "hsk_card": layouts_lang.hsk_certificate_style}[layout]
    facts = {
        "hsk.candidate_name": name,
        "hsk.level": level,
        "hsk.total": sum(scores),
        "hsk.listening": listening,
        "hsk.reading": reading,
        "hsk.writing": writing,
        "hsk.test_date": test_date.isoformat(),
        "hsk.certificate_number": certificate,
    }
    return DocSpec(file, "hsk", layout, render, partial(build, p, d), facts, extra={"max_total": 300}, **kw)


def psc(
    p: Person,
    file: str,
    layout: str,
    render: str,
    *,
    grade: str,
    score: float,
    test_date: date,
    certificate: str,
    issuer: str,
    id_number: str,
    **kw: Any,
) -> DocSpec:
    d = {
        "name": p.chinese_name,
        "grade": grade,
        "score": score,
        "test_date": test_date,
        "certificate": certificate,
        "issuer": issuer,
        "issue_date": date.fromordinal(test_date.toordinal() + 40),
        "id_number": id_number,
    }
    build = {"psc_booklet": layouts_lang.psc_booklet, "psc_table": layouts_lang.psc_table}[layout]
    facts = {
        "psc.candidate_name": p.chinese_name,
        "psc.grade": grade,
        "psc.test_date": test_date.isoformat(),
        "psc.certificate_number": certificate,
    }
    return DocSpec(file, "psc", layout, render, partial(build, p, d), facts, extra={"score": score}, **kw)


DEGREE_LAYOUTS = {
    "degree_classic": layouts_edu.degree_classic,
    "degree_conferred": layouts_edu.degree_conferred,
    "degree_cn": layouts_edu.degree_cn,
}


def degree(
    file: str,
    layout: str,
    render: str,
    *,
    holder: str,
    institution: str,
    level: str,
    title: str,
    field: str,
    title_line: str,
    award_date: date,
    honours: str | None = None,
    printed_institution: str | None = None,
    **kw: Any,
) -> DocSpec:
    extra_layout = kw.pop("layout_values", {})
    d = {
        "holder": holder,
        "institution": printed_institution or institution,
        "title_line": title_line,
        "honours": honours,
        "award_date": award_date,
        "crest": "".join(w[0] for w in institution.split() if w[0].isupper() and w != "The")[:4],
    } | extra_layout
    facts = {
        "degree.holder_name": holder,
        "degree.level": level,
        "degree.title": title,
        "degree.field": field,
        "degree.institution": institution,
        "degree.award_date": award_date.isoformat(),
    }
    extra = {"honours": honours} if honours else {}
    return DocSpec(
        file, "degree", layout, render, partial(DEGREE_LAYOUTS[layout], d), facts, extra=extra, **kw
    )


def courses(
    seed: int, titles: list[str], prefix: str, terms: list[str] | None = None
) -> list[dict[str, Any]]:
    r = random.Random(seed)
    out = []
    for i, title in enumerate(titles):
        mark = r.randint(74, 96)
        grade = "A+" if mark >= 90 else "A" if mark >= 85 else "A-" if mark >= 80 else "B+"
        out.append(
            {
                "code": f"{prefix}{100 + i * 7 + r.randint(0, 5):04d}",
                "title": title,
                "mark": mark,
                "grade": grade,
                "credits": r.choice([2, 3, 3, 4]) if terms is None else 0.5,
                "term": terms[i * len(terms) // len(titles)] if terms else "",
            }
        )
    return out


def transcript(
    file: str,
    layout: str,
    render: str,
    *,
    holder: str,
    institution: str,
    level: str,
    award_date: date,
    values: dict[str, Any],
    **kw: Any,
) -> DocSpec:
    d = {"holder": holder, "institution": institution, "award_date": award_date} | values
    build = {
        "transcript_table": layouts_edu.transcript_table,
        "transcript_terms": layouts_edu.transcript_terms,
    }[layout]
    facts = {
        "transcript.holder_name": holder,
        "transcript.institution": institution,
        "transcript.level": level,
        "transcript.award_date": award_date.isoformat(),
    }
    return DocSpec(file, "transcript", layout, render, partial(build, d), facts, **kw)


def bank_statement(
    file: str, layout: str, render: str, *, bank: str, holder_name: str, values: dict[str, Any], **kw: Any
) -> DocSpec:
    build = {
        "bank_summary_box": layouts_fin.statement_hk,
        "bank_ledger": layouts_fin.statement_ledger,
        "bank_kontoauszug": layouts_fin.statement_de,
    }[layout]
    accounts: list[Account] = values["accounts"]
    first = accounts[0]
    facts = {
        "bank_statement.holder_name": holder_name,
        "bank_statement.bank_name": bank,
        "bank_statement.account_number_last4": first.masked.replace(" ", "")[-4:],
        "bank_statement.currency": first.currency,
        "bank_statement.statement_start": values["start"].isoformat(),
        "bank_statement.statement_end": values["end"].isoformat(),
        "bank_statement.closing_balance": first.closing_printed,
    }
    extra = {
        "accounts": [
            {
                "currency": a.currency,
                "account_number_last4": a.masked.replace(" ", "")[-4:],
                "opening_balance": a.opening,
                "closing_balance_printed": a.closing_printed,
                "closing_balance_computed": a.closing_true,
                "total_deposits": round(sum(t.deposit for t in a.txns), 2),
                "total_withdrawals": round(sum(t.withdrawal for t in a.txns), 2),
                "adds_up": a.closing_override is None,
            }
            for a in accounts
        ],
        "number_format": values.get("money_style", "en"),
    }
    return DocSpec(
        file,
        "bank_statement",
        layout,
        render,
        partial(build, {"bank": bank, **values}),
        facts,
        extra=extra,
        **kw,
    )


def reference_letter(
    file: str,
    layout: str,
    render: str,
    *,
    p: Person,
    employer: str,
    city: str,
    country: str,
    country_name: str,
    letter_date: date,
    date_style: str,
    positions: list[tuple[str, date, date | None]],
    senior: bool,
    values: dict[str, Any],
    precision: str = "day",
    end_word: str = "present",
    **kw: Any,
) -> DocSpec:
    """positions: (title, start, end or None while still employed), oldest first."""
    fmt = DATE_STYLES[date_style]
    he = "he" if p.sex == "M" else "she"
    printed = [
        {"title": t, "start_str": fmt(s), "end_str": fmt(e) if e else end_word} for t, s, e in positions
    ]
    current = positions[-1][2] is None
    since = (
        f"since {fmt(positions[0][1])}"
        if current
        else f"from {fmt(positions[0][1])} to {fmt(positions[-1][2])}"
    )
    d = {
        "employer": employer,
        "city": city,
        "country_name": country_name,
        "date_str": DATE_STYLES["long"](letter_date),
        "employee_name": values.pop("employee_name", p.display_name),
        "honorific": {"M": "Mr", "F": "Ms"}[p.sex],
        "pronoun": he,
        "positions": printed,
        "since_phrase": since,
        "works_phrase": "has been employed with us " + since if current else "was employed with us " + since,
        "passport_no": p.passport_no,
    } | values
    build = {"letter_centered": layouts_work.letter_centered, "letter_sidebar": layouts_work.letter_sidebar}[
        layout
    ]

    def iso(x: date) -> str:
        return x.strftime("%Y-%m") if precision == "month" else x.isoformat()

    facts: dict[str, Any] = {
        "reference_letter.employee_name": d["employee_name"],
        "reference_letter.employer": employer,
        "reference_letter.position": positions[-1][0],
        "reference_letter.start_date": iso(positions[0][1]),
        "reference_letter.country": country,
        "reference_letter.letter_date": letter_date.isoformat(),
        "reference_letter.senior_role": senior,
    }
    if not current:
        facts["reference_letter.end_date"] = iso(positions[-1][2])
    extra = {
        "positions": [
            {"title": t, "start_date": iso(s), "end_date": iso(e) if e else None} for t, s, e in positions
        ],
        "city": city,
        "date_style": date_style,
        "senior_role_derived_from": values.get("senior_evidence"),
    }
    return DocSpec(file, "reference_letter", layout, render, partial(build, d), facts, extra=extra, **kw)
