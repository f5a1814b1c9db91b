"""A benchmark's measured block in a hand-written document: rewritten between its markers, the prose
around it kept."""

from __future__ import annotations

from pathlib import Path


def markers(name: str) -> tuple[str, str]:
    return f"<!-- {name}: start -->", f"<!-- {name}: end -->"


def replace_block(path: Path, name: str, body: str) -> None:
    """Put `body` between the `name` markers of `path`, adding them at the end when absent."""
    start, end = markers(name)
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    if start not in text or end not in text:
        text = f"{text.rstrip()}\n\n{start}\n{end}\n"
    before, rest = text.split(start, 1)
    after = rest.split(end, 1)[1]
    path.write_text(f"{before}{start}\n{body.rstrip()}\n{end}{after}", encoding="utf-8")
