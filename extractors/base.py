"""What every extractor shares: the input it gets and how a fact's status follows its confidence."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

from core.models import BBox, Fact, FactStatus, FileKind, Page, Scalar
from extractors.label_split import split_label_words

# Extraction runs before the document is tied to an upload path (the same bytes can be uploaded
# twice); the pipeline fills in `file` when it assembles the case.
UNBOUND_FILE = ""
ACCEPT_CONFIDENCE = 0.80


@dataclass
class DocumentInput:
    """A read document as extractors see it: pages of words, and the pixels when a step needs them."""

    pages: list[Page]
    kind: FileKind = FileKind.other
    path: Path | None = None
    image_loader: Callable[[Page], Image.Image] | None = None
    _images: dict[int, Image.Image] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.pages = [split_label_words(p) for p in self.pages]

    def page_image(self, page: Page) -> Image.Image | None:
        """The upright page image in the coordinates of the page's word boxes (None for a text-only input)."""
        if self.image_loader is None:
            return None
        if page.number not in self._images:
            self._images[page.number] = self.image_loader(page)
        return self._images[page.number]


Extractor = Callable[[DocumentInput], list[Fact]]


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
