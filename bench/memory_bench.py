"""Peak memory and time of reading the largest files an upload can hold, each in a fresh process.

Run as `uv run python -m bench.memory_bench` (also part of `make bench`). Writes
bench/results/memory.json and docs/MEMORY.md. A fresh process per file makes the peak resident
set size (ru_maxrss) that file's alone; the interpreter and libraries are measured on their own
first (baseline), so the table shows what the file added.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "memory.json"
DOC = ROOT / "docs" / "MEMORY.md"

# Child: import what the pipeline imports, read one file (or none) with default settings, report.
_CHILD = """
import json, resource, sys, time
from core.settings import Settings
from readers.read_document import read_document
path = sys.argv[1]
start = time.perf_counter()
status, pages, error = "baseline", 0, ""
if path != "-":
    result = read_document(__import__("pathlib").Path(path), Settings())
    status, pages, error = result.status.value, len(result.pages), result.error or ""
print(json.dumps({
    "status": status, "pages": pages, "error": error[:160],
    "seconds": round(time.perf_counter() - start, 2),
    "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
}))
"""


def build_files(folder: Path) -> list[tuple[str, Path | None]]:
    from tests.helpers import text_image
    from tests.hostile_files import blank_png, long_pdf

    photo = folder / "photo-12mp.jpg"
    # A phone photo of a page at 12 megapixels: under the pixel limit, so it is decoded and OCR'd.
    text_image(
        ["IELTS Test Report Form", "Overall Band Score 7.5"] * 6, size=(4000, 3000), font_size=90
    ).save(photo, quality=85)
    tiff = folder / "scan-8pages.tif"
    page = text_image(["Statement of account", "Closing balance 12,345.67"] * 8)
    page.save(tiff, save_all=True, append_images=[page] * 7)
    return [
        ("baseline (imports only)", None),
        ("12-megapixel phone photo (JPEG, OCR)", photo),
        ("8-page TIFF scan (OCR)", tiff),
        ("500-page text PDF (read to the page limit)", long_pdf(folder / "long.pdf", 500)),
        ("100-megapixel PNG (over the pixel limit)", blank_png(folder / "huge.png", 10_000, 10_000, 8)),
        ("900-megapixel decompression bomb PNG", blank_png(folder / "bomb.png", 30_000, 30_000, 1)),
        ("1-bit 60-megapixel PNG at the pixel limit", blank_png(folder / "at-limit.png", 10_000, 6_000, 1)),
    ]


def measure(path: Path | None) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OMP_THREAD_LIMIT": "1"}
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path) if path else "-"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=False,
        timeout=900,
    )
    if done.returncode != 0:
        return {"status": "crashed", "error": done.stderr.strip()[-300:]}
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    if path is not None:
        result["file_mb"] = round(path.stat().st_size / 1e6, 2)
    return result


def write_doc(rows: list[dict[str, Any]]) -> None:
    base = rows[0]["peak_rss_mb"]
    lines = [
        "# Memory on large files",
        "",
        "Written by `uv run python -m bench.memory_bench` (part of `make bench`). Each file is read by",
        "`readers.read_document` with the default limits (`core/settings.py`) in a fresh process;",
        "*peak* is that process's maximum resident set size, *added* is peak minus the baseline process",
        "that only imported the same modules.",
        "",
        "| file | size MB | status | pages read | peak MB | added MB | seconds |",
        "|---|---:|---|---:|---:|---:|---:|",
    ]
    for r in rows:
        added = round(r.get("peak_rss_mb", base) - base, 1)
        lines.append(
            f"| {r['name']} | {r.get('file_mb', '')} | {r['status']} | {r.get('pages', '')} | "
            f"{r.get('peak_rss_mb', '')} | {added} | {r.get('seconds', '')} |"
        )
    lines += [
        "",
        "What bounds it: images are refused from their header before decoding when over `max_pixels`",
        "(the bomb never allocates its 900 megapixels); PDFs are read page by page and stop at",
        "`max_pages`; a page is rendered for OCR only when its size at 300 dpi fits `max_pixels`; OCR",
        "runs one page at a time per worker. See `docs/SECURITY.md` for the threat model.",
        "",
        f"Measured {dt.date.today().isoformat()} on {os.cpu_count()} cores, Python {sys.version.split()[0]}.",
        "",
    ]
    DOC.write_text("\n".join(lines), encoding="utf-8")


def main() -> int:
    sys.path.insert(0, str(ROOT))
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        files = build_files(Path(tmp))
        for name, path in files:
            row = {"name": name, **measure(path)}
            rows.append(row)
            print(json.dumps(row), flush=True)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    write_doc(rows)
    return 0 if all(r["status"] != "crashed" for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
