"""What a case run shows in the Prefect UI: a markdown summary and a table of flags, as plain data.

The flow publishes these (``create_markdown_artifact``, ``create_table_artifact``); nothing here imports
Prefect, so the content is tested without a server. Values only, never crops or identity numbers
beyond what case.json already holds: the Prefect database is not the place for personal data.
"""

from __future__ import annotations

from typing import Any

from core.logging import redact
from core.models import CaseResult, Severity
from pipeline.writer import case_status

SEVERITY_ORDER = {Severity.blocker: 0, Severity.warning: 1, Severity.info: 2}


def _cell(text: object) -> str:
    """Markdown table cell: no pipes or line breaks to break the row, no numbers clients wrote in names."""
    return redact(str(text)).replace("|", "\\|").replace("\n", " ")


def flag_rows(result: CaseResult) -> list[dict[str, Any]]:
    """One row per flag, blockers first, with whether a person closed it."""
    flags = sorted(result.flags, key=lambda f: (SEVERITY_ORDER.get(f.severity, 9), f.code, f.file or ""))
    return [
        {
            "severity": f.severity.value,
            "code": f.code,
            "status": f.status,
            "file": redact(f.file or ""),
            "field": f.field or "",
            "message": redact(f.message),
            "decided_by": f.decided_by or "",
        }
        for f in flags
    ]


def _outcome(assessment: dict[str, Any]) -> str:
    summary = assessment.get("summary")
    if isinstance(summary, dict) and summary.get("score") is not None:
        verdict = {True: "passes", False: "does not pass"}.get(summary.get("passed"), "")
        return f"{summary['score']} {verdict}".strip()
    gpt = assessment.get("general_points_test")
    if isinstance(gpt, dict) and "passed" in gpt:
        return "passes" if gpt["passed"] else "does not pass"
    return str(assessment.get("status") or "not scored")


def case_markdown(result: CaseResult) -> str:
    open_flags = [f for f in result.flags if f.status == "open"]
    blockers = [f for f in open_flags if f.severity == Severity.blocker]
    lines = [
        f"# Case {result.case_id}: {case_status(result)}",
        "",
        f"- as of **{result.as_of.isoformat()}**, ruleset **{result.assessment.get('ruleset') or '—'}**",
        f"- outcome: **{_outcome(result.assessment)}**",
        f"- {len(result.documents)} document(s), {len(result.facts)} fact(s), "
        f"{len(open_flags)} open flag(s) of {len(result.flags)}",
        "",
    ]
    if blockers:
        lines += ["## Open blockers", ""] + [f"- `{f.code}`: {f.message}" for f in blockers] + [""]
    lines += ["## Documents", "", "| file | type | status | pages | read as |", "|---|---|---|---|---|"]
    lines += [
        f"| {_cell(d.file)} | {d.doc_type.value} | {d.status.value} | {d.pages} | {d.text_source or '—'} |"
        for d in result.documents
    ]
    if result.checklist:
        lines += ["", "## Checklist", "", "| item | status | reason |", "|---|---|---|"]
        lines += [f"| {c.item} | {c.status} | {_cell(c.reason)} |" for c in result.checklist]
    return "\n".join(lines) + "\n"
