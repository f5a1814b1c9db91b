"""Turning a posted form into a call of ``pipeline.review_actions.decide``.

Forms name facts by file and field and flags by code, file and field (never by list position), so a
decision lands on the same thing even if another person's decision re-ordered the case meanwhile.
"""

from __future__ import annotations

import threading
from pathlib import Path

from core.decisions import DecisionKind
from core.models import CaseResult, DocType, Scalar
from pipeline.review_actions import DecisionError, decide

# Decisions are rare and each re-assesses its case: one at a time keeps two re-assessments of the
# same case from overwriting each other's result.
_decide_lock = threading.Lock()


def coerce_value(text: str, current: Scalar) -> Scalar:
    """The typed value a correction means, by the type of the value it replaces (JSON scalars only)."""
    text = text.strip()
    if text == "":
        raise DecisionError("a correction needs a value")
    if isinstance(current, bool):
        lowered = text.lower()
        if lowered in ("true", "yes", "y", "1"):
            return True
        if lowered in ("false", "no", "n", "0"):
            return False
        raise DecisionError(f"{text!r} is not yes or no")
    if isinstance(current, int | float):
        try:
            number = float(text)
        except ValueError as exc:
            raise DecisionError(f"{text!r} is not a number") from exc
        return int(number) if isinstance(current, int) and number.is_integer() else number
    return text


def _optional(form: dict[str, str], key: str) -> str | None:
    value = form.get(key, "").strip()
    return value or None


def apply_form(out: Path, result: CaseResult, actor: str, form: dict[str, str]) -> CaseResult:
    try:
        kind = DecisionKind(form.get("kind", ""))
    except ValueError as exc:
        raise DecisionError("unknown kind of decision") from exc
    file, field = _optional(form, "file"), _optional(form, "field")
    reason = _optional(form, "reason")
    after: Scalar = None
    if kind == DecisionKind.correct_fact:
        current = next((f.value for f in result.facts if f.file == file and f.field == field), None)
        after = coerce_value(form.get("value", ""), current)
    elif kind == DecisionKind.set_doc_type:
        try:
            after = DocType(form.get("doc_type", "")).value
        except ValueError as exc:
            raise DecisionError("unknown document type") from exc
    with _decide_lock:
        return decide(
            out,
            result.case_id,
            kind,
            actor,
            file=file,
            field=field,
            flag_code=_optional(form, "flag_code"),
            after=after,
            reason=reason,
        )
