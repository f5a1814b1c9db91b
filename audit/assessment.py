"""The assessment as the report shows it: known shapes as tables, anything else rendered generically.

``case.json``'s ``assessment`` may be a placeholder (``{"ruleset": null, "status": "not_scored"}``) or
the contract's full shape; pieces this module recognises become tables (a test's criteria, points
versions side by side), and every key it does not recognise is kept in ``other`` so nothing is hidden.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

HEADLINE_KEYS = (
    "ruleset",
    "ruleset_reason",
    "application_date",
    "application_date_source",
    "status",
    "reason",
    "score",
    "passed",
)


class Row(BaseModel):
    """One criterion or factor: ``name`` and the columns of a detail table."""

    name: str
    title: str | None = None
    status: str | None = None
    points: Any = None
    max: Any = None
    evidence: list[str] = Field(default_factory=list)
    reason: str | None = None
    missing: str | None = None
    parts: list[dict[str, Any]] = Field(default_factory=list)
    extra: dict[str, Any] = Field(default_factory=dict)


class VersionView(BaseModel):
    """A points version or a criteria version: its rows and its outcome."""

    name: str
    kind: str  # "points" or "criteria"
    rows: list[Row]
    outcome: dict[str, Any]  # total/max/pass_mark/passed, or met/required/passed, and the rest


class Comparison(BaseModel):
    """Versions side by side: one row per factor or criterion, one column per version."""

    kind: str
    versions: list[str]
    rows: list[tuple[str, list[str | None]]]  # name, cell per version
    footer: list[tuple[str, list[Any]]]


class AssessmentView(BaseModel):
    headline: dict[str, Any]
    summary: dict[str, Any] | None = None
    in_force: VersionView | None = None
    points: list[VersionView] = Field(default_factory=list)
    points_compare: Comparison | None = None
    criteria: list[VersionView] = Field(default_factory=list)
    criteria_compare: Comparison | None = None
    achievement: dict[str, Any] | None = None
    could_change: list[dict[str, Any]] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
    other: dict[str, Any] = Field(default_factory=dict)


def _strings(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value]
    return [] if value is None else [str(value)]


def _row(item: dict[str, Any], name_key: str) -> Row:
    known = {name_key, "title", "status", "points", "max", "evidence", "reason", "missing", "parts"}
    return Row(
        name=str(item.get(name_key, "?")),
        title=item.get("title"),
        status=item.get("status"),
        points=item.get("points"),
        max=item.get("max"),
        evidence=_strings(item.get("evidence")),
        reason=item.get("reason"),
        missing=item.get("missing"),
        parts=[p for p in item.get("parts") or [] if isinstance(p, dict)],
        extra={k: v for k, v in item.items() if k not in known and v not in (None, [], {}, False, 0)},
    )


def version_view(name: str, body: Any) -> VersionView | None:
    if not isinstance(body, dict):
        return None
    factors = [f for f in body.get("factors") or [] if isinstance(f, dict)]
    criteria = [c for c in body.get("criteria") or [] if isinstance(c, dict)]
    if factors:
        kind, rows = "points", [_row(f, "factor") for f in factors]
    elif criteria or body.get("kind") == "criteria":
        kind, rows = "criteria", [_row(c, "criterion") for c in criteria]
    else:
        return None
    outcome = {
        k: v for k, v in body.items() if k not in ("factors", "criteria", "kind", "name") and v is not None
    }
    return VersionView(name=str(body.get("name") or name), kind=kind, rows=rows, outcome=outcome)


def _points_cell(row: Row | None) -> str | None:
    return None if row is None else f"{row.points} / {row.max}"


def _criteria_cell(row: Row | None) -> str | None:
    return None if row is None else row.status


def compare(views: list[VersionView]) -> Comparison | None:
    if not views:
        return None
    kind = views[0].kind
    names: list[str] = []
    for view in views:
        names += [r.name for r in view.rows if r.name not in names]
    cell = _points_cell if kind == "points" else _criteria_cell
    rows = [
        (name, [cell(next((r for r in v.rows if r.name == name), None)) for v in views]) for name in names
    ]
    keys = (
        ("total", "max", "pass_mark", "max_reachable") if kind == "points" else ("met", "unknown", "required")
    )
    footer = [(k, [v.outcome.get(k) for v in views]) for k in (*keys, "passed", "applies_from", "applies_to")]
    footer = [(k, cells) for k, cells in footer if any(c is not None for c in cells)]
    return Comparison(kind=kind, versions=[v.name for v in views], rows=rows, footer=footer)


def _versions(body: Any) -> list[VersionView]:
    if not isinstance(body, dict):
        return []
    return [view for name, version in body.items() if (view := version_view(name, version)) is not None]


def assessment_view(assessment: dict[str, Any] | None) -> AssessmentView:
    data = dict(assessment or {})
    view = AssessmentView(headline={k: data.pop(k) for k in HEADLINE_KEYS if k in data})
    if isinstance(data.get("summary"), dict):
        view.summary = data.pop("summary")
    if gpt := version_view(str(view.headline.get("ruleset") or "in force"), data.get("general_points_test")):
        view.in_force = gpt
        data.pop("general_points_test")
    if points := _versions(data.get("points_versions")):
        view.points, view.points_compare = points, compare(points)
        data.pop("points_versions")
    if criteria := _versions(data.get("criteria_versions")):
        view.criteria, view.criteria_compare = criteria, compare(criteria)
        data.pop("criteria_versions")
    if isinstance(data.get("achievement_based_points_test"), dict):
        view.achievement = data.pop("achievement_based_points_test")
    changes = data.get("could_change_outcome")
    if isinstance(changes, list) and all(isinstance(c, dict) for c in changes):
        view.could_change = data.pop("could_change_outcome")
    notes = data.get("notes")
    if isinstance(notes, list):
        view.notes = [str(n) for n in data.pop("notes")]
    view.other = data
    return view
