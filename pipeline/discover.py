"""Find the cases under an upload root and the files in each, safely.

Symlinks are never followed (a link could point anywhere on the machine), hidden files are left
alone, and a case folder's name must be a safe identifier.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

APPLICATION_FILE = "application.yaml"
_SAFE_CASE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


@dataclass(frozen=True)
class UploadedFile:
    rel: str  # path relative to the case folder, as uploaded
    path: Path
    size: int
    mtime_ns: int


@dataclass(frozen=True)
class SkippedEntry:
    rel: str
    reason: str


def is_safe_case_id(name: str) -> bool:
    return bool(_SAFE_CASE_ID.match(name)) and ".." not in name


def list_cases(upload_root: Path, only: list[str] | None = None) -> tuple[list[str], list[SkippedEntry]]:
    cases: list[str] = []
    skipped: list[SkippedEntry] = []
    for entry in sorted(upload_root.iterdir(), key=lambda p: p.name):
        if entry.name.startswith(".") or not entry.is_dir() or entry.is_symlink():
            continue
        if not is_safe_case_id(entry.name):
            skipped.append(SkippedEntry(entry.name, "case folder name is not a safe identifier"))
            continue
        if only and entry.name not in only:
            continue
        cases.append(entry.name)
    return cases, skipped


def list_files(case_dir: Path) -> tuple[list[UploadedFile], list[SkippedEntry]]:
    files: list[UploadedFile] = []
    skipped: list[SkippedEntry] = []
    stack = [case_dir]
    while stack:
        folder = stack.pop()
        for entry in sorted(folder.iterdir(), key=lambda p: p.name):
            rel = entry.relative_to(case_dir).as_posix()
            if entry.is_symlink():
                skipped.append(SkippedEntry(rel, "symbolic link (not followed)"))
            elif entry.name.startswith("."):
                continue
            elif entry.is_dir():
                stack.append(entry)
            elif entry.is_file():
                if rel == APPLICATION_FILE:
                    continue
                stat = entry.stat()
                files.append(UploadedFile(rel, entry, stat.st_size, stat.st_mtime_ns))
    files.sort(key=lambda f: f.rel)
    return files, skipped
