"""Versions of the code that turns bytes into pages and pages into facts.

A cached reading is reused only while the reader code is unchanged; the same for extraction. The
version is a digest of the source and data files, so nobody has to remember to bump a number.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[1]


def _digest(*folders: str) -> str:
    digest = hashlib.sha256()
    for folder in folders:
        for path in sorted((_ROOT / folder).rglob("*")):
            if path.suffix in {".py", ".yaml", ".json"} and "__pycache__" not in path.parts:
                digest.update(path.relative_to(_ROOT).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@cache
def reader_version() -> str:
    return "r-" + _digest("readers")


@cache
def extractor_version() -> str:
    return "x-" + _digest("readers", "extractors")


@cache
def assessment_version() -> str:
    """Everything a case result depends on besides its files: a change here re-assesses every case."""
    return "a-" + _digest("core", "readers", "extractors", "validators", "scoring", "pipeline")
