"""The one place that runs Chromium: print a self-contained HTML file to PDF, headless.

Chromium is optional: without it a case gets its HTML report and no PDF, and the report says so.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

DEFAULT_CHROMIUM = "/usr/bin/chromium"
TIMEOUT_SECONDS = 120.0
# Quiet and offline: no first-run UI, no background fetches, no updates, no sync.
FLAGS = (
    "--headless",
    "--no-sandbox",  # runs as an unprivileged batch job, often in a container without user namespaces
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-pdf-header-footer",
)


class PdfError(RuntimeError):
    """Chromium ran but produced no PDF (a timeout, a crash, an empty file)."""


def find_chromium() -> str | None:
    """``QMAS_CHROMIUM`` if set (an empty value turns PDFs off), else the usual install locations."""
    configured = os.environ.get("QMAS_CHROMIUM")
    if configured is not None:
        return configured if configured and Path(configured).is_file() else None
    if Path(DEFAULT_CHROMIUM).is_file():
        return DEFAULT_CHROMIUM
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if found := shutil.which(name):
            return found
    return None


def print_pdf(chromium: str, html: Path, pdf: Path, timeout: float = TIMEOUT_SECONDS) -> Path:
    """Print ``html`` to ``pdf`` atomically (temp file, then rename); raises PdfError on failure."""
    with tempfile.TemporaryDirectory(prefix="qmas-chromium-") as profile:
        target = Path(profile) / "out.pdf"
        command = [
            chromium,
            *FLAGS,
            f"--user-data-dir={profile}",
            f"--print-to-pdf={target}",
            html.resolve().as_uri(),
        ]
        # Its own process group, so a timeout ends Chromium's helper processes too.
        process = subprocess.Popen(
            command,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        try:
            _, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            raise PdfError(f"Chromium did not finish within {timeout:.0f} s") from None
        if process.returncode != 0 or not target.is_file() or target.read_bytes()[:5] != b"%PDF-":
            last = (stderr.decode("utf-8", "replace").strip().splitlines() or ["no message"])[-1]
            raise PdfError(f"Chromium exited with status {process.returncode} and no PDF ({last[:200]})")
        staged = pdf.with_name(f".{pdf.name}.tmp")
        shutil.move(target, staged)
        os.chmod(staged, 0o600)  # the report shows passports and bank statements
        os.replace(staged, pdf)
    return pdf
