"""Data flows one way: scoring reads the profile and never reaches back into extraction or orchestration."""

from __future__ import annotations

import ast
from pathlib import Path

import yaml

SCORING = Path(__file__).resolve().parents[1] / "scoring"
FORBIDDEN = ("extractors", "readers", "flows", "prefect", "pipeline", "store", "cli")


def test_scoring_imports_nothing_upstream() -> None:
    for path in SCORING.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert name.split(".")[0] not in FORBIDDEN, f"{path.name} imports {name}"


def test_every_data_file_names_its_source_and_date() -> None:
    for path in [*SCORING.glob("data/*.yaml"), *SCORING.glob("rulesets/*.yaml")]:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert raw.get("source"), path.name
        assert raw.get("as_of") or raw.get("applies_from"), path.name
