"""Is the applicant's English / Chinese "good", by the thresholds of the ruleset in force?

A language is `met` when one test result within the window reaches its threshold, `not_met` when a
result within the window falls short and none reaches it, and `unknown` when there is no usable result
(none at all, too old, undated, or the score was not read).
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

from core.profile import LanguageResult, Profile
from scoring.results import Status
from scoring.ruleset import LanguageThresholds
from scoring.timeline import years_before

Language = Literal["english", "chinese"]


class LanguageStanding(BaseModel):
    language: Language
    status: Status
    evidence: list[str] = Field(default_factory=list)
    reason: str


class _Verdict(BaseModel):
    outcome: Literal["pass", "fail", "unusable"]
    why: str


def _judge(result: LanguageResult, window_start: date, t: LanguageThresholds) -> _Verdict:
    label = result.test.upper()
    if result.test_date is None:
        return _Verdict(outcome="unusable", why=f"{label} result has no test date")
    if result.test_date < window_start:
        return _Verdict(
            outcome="unusable",
            why=f"{label} taken {result.test_date}, more than {t.test_max_age_years} years before applying",
        )
    if result.test == "ielts":
        return _against(result.overall, t.ielts_overall_min, f"IELTS overall {result.overall}")
    if result.test == "toefl":
        if result.overall is None:
            return _Verdict(outcome="unusable", why="TOEFL total not read")
        if _is_one_to_six(result):
            return _against(result.overall, t.toefl_1_6_min, f"TOEFL iBT {result.overall} on the 1-6 scale")
        return _against(result.overall, t.toefl_ibt_total_min, f"TOEFL iBT total {result.overall}")
    if result.test == "hsk":
        return _against(result.level, t.hsk_level_min, f"HSK level {result.level}")
    return _judge_psc(result, t)


def _is_one_to_six(result: LanguageResult) -> bool:
    # The scale is stated on the score report; when it was not read, a total of 6 or less can only be the
    # 1-6 scale (nobody reports 6 out of 120 as a result worth uploading).
    if result.scale:
        return "120" not in result.scale and "6" in result.scale
    return result.overall is not None and result.overall <= 6


def _against(value: float | None, minimum: float, label: str) -> _Verdict:
    if value is None:
        return _Verdict(outcome="unusable", why=f"{label.split()[0]} score not read")
    if value >= minimum:
        return _Verdict(outcome="pass", why=f"{label} reaches {minimum:g}")
    return _Verdict(outcome="fail", why=f"{label} is below {minimum:g}")


def _judge_psc(result: LanguageResult, t: LanguageThresholds) -> _Verdict:
    grade = (result.grade or "").strip().replace(" ", "")
    grade = t.psc_grade_aliases.get(grade.upper(), t.psc_grade_aliases.get(grade, grade))
    if grade not in t.psc_grade_order:
        return _Verdict(outcome="unusable", why=f"PSC grade {result.grade!r} not recognised")
    if t.psc_grade_order.index(grade) >= t.psc_grade_order.index(t.psc_grade_min):
        return _Verdict(outcome="pass", why=f"PSC grade {grade} is at or above {t.psc_grade_min}")
    return _Verdict(outcome="fail", why=f"PSC grade {grade} is below {t.psc_grade_min}")


def language_standing(
    profile: Profile, language: Language, application_date: date, t: LanguageThresholds
) -> LanguageStanding:
    window_start = years_before(application_date, t.test_max_age_years)
    results = [r for r in profile.languages if r.language == language]
    if not results:
        return LanguageStanding(
            language=language, status="unknown", reason=f"no {language} test result in the case"
        )
    verdicts = [(r, _judge(r, window_start, t)) for r in results]
    passes = [(r, v) for r, v in verdicts if v.outcome == "pass"]
    if passes:
        return LanguageStanding(
            language=language,
            status="met",
            evidence=[ref for r, _ in passes for ref in r.evidence],
            reason="; ".join(v.why for _, v in passes),
        )
    fails = [(r, v) for r, v in verdicts if v.outcome == "fail"]
    status: Status = "not_met" if fails else "unknown"
    return LanguageStanding(
        language=language,
        status=status,
        evidence=[ref for r, _ in verdicts for ref in r.evidence],
        reason="; ".join(v.why for _, v in verdicts),
    )


def standings(
    profile: Profile, application_date: date, t: LanguageThresholds
) -> dict[Language, LanguageStanding]:
    return {lang: language_standing(profile, lang, application_date, t) for lang in ("english", "chinese")}
