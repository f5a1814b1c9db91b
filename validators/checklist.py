"""Which checklist items a case's documents satisfy."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml
from pydantic import BaseModel

from core.models import ChecklistItem, DocStatus, DocType, DocumentRecord, Flag, Severity

CHECKLIST_FILE = Path(__file__).with_name("checklist.yaml")


class ChecklistRule(BaseModel):
    item: str
    label: str
    proved_by: list[DocType]
    code: str


class Checklist(BaseModel):
    version: str
    items: list[ChecklistRule]


@cache
def load_checklist(path: Path = CHECKLIST_FILE) -> Checklist:
    return Checklist.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def evaluate_checklist(documents: list[DocumentRecord]) -> tuple[list[ChecklistItem], list[Flag]]:
    items: list[ChecklistItem] = []
    flags: list[Flag] = []
    for rule in load_checklist().items:
        relevant = [d for d in documents if d.doc_type in rule.proved_by and d.status != DocStatus.duplicate]
        good = [d.file for d in relevant if d.status == DocStatus.ok]
        unsure = [d.file for d in relevant if d.status == DocStatus.needs_review]
        kinds = ", ".join(t.value for t in rule.proved_by)
        if good:
            items.append(
                ChecklistItem(
                    item=rule.item,
                    status="satisfied",
                    evidence=good + unsure,
                    reason=f"{len(good)} document(s) read",
                )
            )
        elif unsure:
            items.append(
                ChecklistItem(
                    item=rule.item,
                    status="needs_review",
                    evidence=unsure,
                    reason="documents found but they need a person's review",
                )
            )
        else:
            items.append(
                ChecklistItem(
                    item=rule.item, status="missing", evidence=[], reason=f"no {kinds} document in the case"
                )
            )
            flags.append(
                Flag(
                    code=rule.code,
                    severity=Severity.blocker,
                    message=f"{rule.label}: no document found ({kinds})",
                )
            )
    return items, flags
