"""The HTML of a report, from the one template both audit.html and audit.pdf come from."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

TEMPLATES = Path(__file__).parent / "templates"

GOOD = {"ok", "met", "satisfied", "accepted", "resolved", "passed", "true", "intact", "completed", "yes"}
WARN = {"needs_review", "unknown", "waived", "warning", "duplicate", "running", "review", "mixed"}
BAD = {
    "not_met",
    "missing",
    "rejected",
    "blocker",
    "unreadable",
    "encrypted",
    "failed",
    "false",
    "changed",
    "blocked",
    "unsupported",
    "no",
}


def fmt(value: Any) -> str:
    """A scalar as a person reads it: no 'None', no float noise."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{round(value, 4)}"
    return str(value)


def when(value: Any) -> str:
    """An ISO timestamp as a person reads it: 2026-11-01 09:30:00 UTC."""
    text = fmt(value)
    if len(text) >= 19 and text[10] == "T":
        zone = text[19:]
        return f"{text[:10]} {text[11:19]} " + ("UTC" if zone in ("+00:00", "Z") else zone)
    return text


def short(value: Any, length: int = 16) -> str:
    text = fmt(value)
    return text if len(text) <= length else text[:length] + "…"


def tone(value: Any) -> str:
    """The colour class of a status word."""
    word = fmt(value).lower()
    if word in GOOD:
        return "good"
    if word in WARN:
        return "warn"
    if word in BAD:
        return "bad"
    return "plain"


def label(name: Any) -> str:
    return str(name).replace("_", " ")


def is_records(value: Any) -> bool:
    """A non-empty list of mappings: shown as a table."""
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def columns(records: list[dict[str, Any]]) -> list[str]:
    keys: list[str] = []
    for record in records:
        keys += [k for k in record if k not in keys]
    return keys


def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html", "j2"], default_for_string=True),
        undefined=StrictUndefined,  # a misspelt name in the template fails the tests, not the auditor
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(fmt=fmt, when=when, short=short, tone=tone, label=label, columns=columns)
    env.tests.update(records=is_records)
    return env


def render_html(report: Any) -> str:
    return environment().get_template("audit.html.j2").render(r=report)
