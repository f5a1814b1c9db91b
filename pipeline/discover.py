"""Find the cases under an upload root and the files in each, safely.

Symlinks are never followed (a link could point anywhere on the machine), hidden files are not read
(but reported), and a case folder's name must be a safe identifier.
"""

from __future__ import annotations

import os
import re
import stat
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


def printable_name(name: str) -> str:
    """A name fit for case.json, SQLite and logs: bytes that are not UTF-8 shown as \\xNN escapes.

    Why: os.listdir gives undecodable bytes as lone surrogates ("bad\\udcff.pdf"), which JSON
    serialisation and SQLite refuse, so one such name used to fail its whole case.
    """
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def _is_utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def is_safe_case_id(name: str) -> bool:
    return bool(_SAFE_CASE_ID.match(name)) and ".." not in name


def list_cases(upload_root: Path, only: list[str] | None = None) -> tuple[list[str], list[SkippedEntry]]:
    cases: list[str] = []
    skipped: list[SkippedEntry] = []
    for entry in sorted(upload_root.iterdir(), key=lambda p: p.name):
        if entry.name.startswith("."):
            continue
        if entry.is_symlink():
            # Why reported: a linked case folder used to vanish without a word; staff must know.
            if entry.is_dir():
                skipped.append(SkippedEntry(printable_name(entry.name), "symbolic link (not followed)"))
            continue
        if not entry.is_dir():
            continue
        if not is_safe_case_id(entry.name):
            skipped.append(
                SkippedEntry(printable_name(entry.name), "case folder name is not a safe identifier")
            )
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
                skipped.append(SkippedEntry(printable_name(rel), "symbolic link (not followed)"))
            elif entry.name.startswith("."):
                # Why reported: "..passport.pdf" or ".scan.jpg" is hidden by its name alone; skipping it
                # without a word lost a client's document silently. Still never read (OS and sync junk).
                skipped.append(SkippedEntry(printable_name(rel), "hidden (name starts with a dot); not read"))
            elif not _is_utf8(rel):
                skipped.append(
                    SkippedEntry(
                        printable_name(rel), "name is not valid UTF-8; rename the file and upload it again"
                    )
                )
            elif entry.is_dir():
                stack.append(entry)
            else:
                # lstat: the entry itself, never what it might point to.
                info = entry.lstat()
                if not stat.S_ISREG(info.st_mode):
                    # Why: a FIFO or device file would block or stream forever when opened for hashing.
                    skipped.append(SkippedEntry(rel, "not a regular file (not read)"))
                    continue
                if rel == APPLICATION_FILE:
                    continue
                files.append(UploadedFile(rel, entry, info.st_size, info.st_mtime_ns))
    files.sort(key=lambda f: f.rel)
    return files, skipped
