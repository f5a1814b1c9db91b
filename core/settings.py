"""Settings validated once into one object (limits, workers, languages)."""

from __future__ import annotations

import os
from typing import Literal

from pydantic import BaseModel, Field


class Settings(BaseModel):
    # Reading
    pdf_render_dpi: int = 300
    max_file_bytes: int = 200 * 1024 * 1024
    max_pages: int = 60
    max_pixels: int = 60_000_000
    ocr_timeout_seconds: float = 120.0
    ocr_workers: int = Field(default_factory=lambda: max(1, os.cpu_count() or 1))
    # Where document tasks run: threads of the flow's process (OCR is a Tesseract subprocess, so
    # threads keep the cores busy), or Dask (prefect-dask): a LocalCluster of `dask_workers` worker
    # processes, or the scheduler at `dask_address` (e.g. "tcp://10.0.0.5:8786") for a real cluster.
    task_runner: Literal["threads", "dask"] = "threads"
    dask_address: str | None = None
    dask_workers: int = Field(default=2, ge=1)
    # A text layer with fewer usable characters than this is treated as no text layer.
    min_text_layer_chars: int = 20
    # Classification
    min_classification_score: float = 3.0
    # Extraction
    accept_confidence: float = 0.80
    # Incremental runs: a file modified this recently may still be being copied.
    settle_seconds: float = 0.0
    # Reports: audit.html (and audit.pdf when Chromium is present) for every case a run re-assesses.
    reports: bool = True
    # A named ruleset instead of the one the application date picks (e.g. "gpt-points-2023").
    ruleset: str | None = None

    @classmethod
    def from_env(cls) -> Settings:
        """QMAS_<NAME> environment variables override defaults (validated by pydantic)."""
        overrides = {
            name: os.environ[f"QMAS_{name.upper()}"]
            for name in cls.model_fields
            if f"QMAS_{name.upper()}" in os.environ
        }
        return cls.model_validate(overrides)
