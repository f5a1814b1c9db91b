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


def evaluate_checklist(
    documents: list[DocumentRecord], not_valid: dict[str, str] | None = None
) -> tuple[list[ChecklistItem], list[Flag]]:
    """Satisfied by a document read cleanly and valid on the as-of date; missing only when none is there."""
    not_valid = not_valid or {}
    items: list[ChecklistItem] = []
    flags: list[Flag] = []
    for rule in load_checklist().items:
        present = [
            d
            for d in documents
            if d.doc_type in rule.proved_by and d.status in (DocStatus.ok, DocStatus.needs_review)
        ]
        good = [d.file for d in present if d.status == DocStatus.ok and d.file not in not_valid]
        unsure = [d.file for d in present if d.file not in good]
        kinds = ", ".join(t.value for t in rule.proved_by)
        if good:
            items.append(
                ChecklistItem(
                    item=rule.item,
                    status="satisfied",
                    evidence=good + unsure,
                    reason=f"{len(good)} document(s) read and valid",
                )
            )
        elif unsure:
            reasons = sorted({not_valid[f] for f in unsure if f in not_valid})
            reason = "; ".join(reasons) or "documents found but they need a person's review"
            items.append(ChecklistItem(item=rule.item, status="needs_review", evidence=unsure, reason=reason))
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
