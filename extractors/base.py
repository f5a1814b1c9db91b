"""What every extractor shares: the input it gets and how a fact's status follows its confidence."""

from __future__ import annotations

from collections.abc import Callable

from core.models import BBox, Fact, FactStatus, Page, Scalar

# Extraction runs before the document is tied to an upload path (the same bytes can be uploaded
# twice); the pipeline fills in `file` when it assembles the case.
UNBOUND_FILE = ""
ACCEPT_CONFIDENCE = 0.80

Extractor = Callable[[list[Page]], list[Fact]]


def make_fact(
    field: str,
    value: Scalar,
    confidence: float,
    method: str,
    page: int | None = None,
    bbox: BBox | None = None,
    note: str | None = None,
    force_review: bool = False,
) -> Fact:
    confidence = round(max(0.0, min(1.0, confidence)), 3)
    status = (
        FactStatus.accepted
        if confidence >= ACCEPT_CONFIDENCE and not force_review
        else FactStatus.needs_review
    )
    return Fact(
        file=UNBOUND_FILE,
        field=field,
        value=value,
        confidence=confidence,
        status=status,
        page=page,
        bbox=bbox,
        method=method,
        note=note,
    )


def union_bbox(boxes: list[BBox]) -> BBox | None:
    if not boxes:
        return None
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )
