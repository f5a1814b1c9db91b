"""Classify a read document by what its text says, never by its file name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from pydantic import BaseModel, model_validator
from rapidfuzz import fuzz

from core.models import Classification, DocType, Page

SIGNALS_FILE = Path(__file__).with_name("doc_signals.yaml")
# Share of the best score the runner-up must stay below for a confident call.
_AMBIGUITY_RATIO = 0.8


class Signal(BaseModel):
    phrase: str | None = None
    regex: str | None = None
    weight: float
    why: str | None = None

    @model_validator(mode="after")
    def _one_of(self) -> Signal:
        if (self.phrase is None) == (self.regex is None):
            raise ValueError("a signal has exactly one of phrase or regex")
        if self.regex is not None:
            re.compile(self.regex)
        return self


@dataclass(frozen=True)
class _Compiled:
    signal: Signal
    pattern: re.Pattern[str] | None


@cache
def load_signals(path: Path = SIGNALS_FILE) -> dict[DocType, tuple[_Compiled, ...]]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    signals: dict[DocType, tuple[_Compiled, ...]] = {}
    for doc_type, items in raw.items():
        parsed = [Signal.model_validate(item) for item in items]
        signals[DocType(doc_type)] = tuple(
            _Compiled(s, re.compile(s.regex) if s.regex else None) for s in parsed
        )
    return signals


_CJK_GAP = re.compile(r"(?<=[\u3000-\u9fff])\s+(?=[\u3000-\u9fff])")


def _normalise(text: str) -> str:
    # Tesseract's Chinese models put a space between characters; phrases are written without.
    return _CJK_GAP.sub("", re.sub(r"\s+", " ", text)).strip().lower()


def _phrase_found(phrase: str, text: str) -> bool:
    phrase = phrase.lower()
    if phrase in text:
        return True
    # Short phrases fuzzily match too much; long ones survive a couple of OCR slips.
    return len(phrase) >= 8 and fuzz.partial_ratio(phrase, text, score_cutoff=88) > 0


def score_text(text: str) -> dict[DocType, tuple[float, list[str]]]:
    flat = _normalise(text)
    compact = re.sub(r"\s+", "", text.upper())  # MRZ lines lose their spacing in OCR
    scores: dict[DocType, tuple[float, list[str]]] = {}
    for doc_type, signals in load_signals().items():
        total, reasons = 0.0, []
        for compiled in signals:
            signal = compiled.signal
            if compiled.pattern is not None:
                hit = compiled.pattern.search(text) or compiled.pattern.search(compact)
                label = signal.why or signal.regex
            else:
                hit = _phrase_found(signal.phrase or "", flat)
                label = f"'{signal.phrase}'"
            if hit:
                total += signal.weight
                reasons.append(label or "")
        scores[doc_type] = (total, reasons)
    return scores


def classify_pages(pages: list[Page], min_score: float) -> Classification:
    text = "\n".join(page.text for page in pages)
    scores = score_text(text)
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1][0], kv[0].value))
    best_type, (best, reasons) = ranked[0]
    runner_up = ranked[1][1][0] if len(ranked) > 1 else 0.0
    if best < min_score:
        return Classification(
            doc_type=DocType.unknown,
            confidence=round(min(best / (min_score * 2), 0.5), 3),
            reasons=[f"no document kind scored {min_score} or more (best: {best_type.value} {best:g})"],
        )
    margin = (best - runner_up) / best
    confidence = round(min(0.99, 0.5 + 0.5 * margin) * min(1.0, best / (min_score * 2)) + 0.0, 3)
    confidence = max(confidence, 0.5)
    reasons = [*reasons]
    if runner_up >= best * _AMBIGUITY_RATIO:
        reasons.append(f"close to {ranked[1][0].value} ({runner_up:g} vs {best:g})")
    return Classification(doc_type=best_type, confidence=confidence, reasons=reasons)
