"""Decide what a file is from its first bytes, never from its name."""

from __future__ import annotations

from pathlib import Path

from core.models import FileKind

_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1", b"avif"}


def sniff_bytes(head: bytes) -> FileKind:
    if not head:
        return FileKind.empty
    # Some producers put junk before the header; readers accept it within the first KiB.
    if b"%PDF-" in head[:1024]:
        return FileKind.pdf
    if head.startswith(b"\xff\xd8\xff"):
        return FileKind.jpeg
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return FileKind.png
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return FileKind.tiff
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return FileKind.webp
    if head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS:
        return FileKind.heic
    return FileKind.other


def sniff_file(path: Path) -> FileKind:
    with path.open("rb") as fh:
        return sniff_bytes(fh.read(1024))
