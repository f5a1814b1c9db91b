"""Shared fixtures. Prefect gets an isolated home per test session, set before anything imports it."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

_PREFECT_HOME = tempfile.mkdtemp(prefix="qmas-prefect-home-")
os.environ["PREFECT_HOME"] = _PREFECT_HOME
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
# Runs in tests skip the audit report (Chromium costs seconds a case); tests/test_audit_* draw it.
os.environ.setdefault("QMAS_REPORTS", "false")

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLE_UPLOADS = ROOT / "sample_docs" / "uploads"
SAMPLE_TRUTH = ROOT / "sample_docs" / "truth"
SAMPLE_AS_OF = "2026-11-01"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent (real specimen material is not part of a user's clone)")
    return SHARED


@pytest.fixture(scope="session")
def sample_first_run(tmp_path_factory: pytest.TempPathFactory):
    """The sample cases read once per session with real Tesseract; tests that need readings share it.

    Modules using it belong to the xdist group "samples" so they run in one worker and one session.
    """
    from datetime import date

    from pipeline.run import process_upload_root

    out = tmp_path_factory.mktemp("sample-out")
    return out, process_upload_root(SAMPLE_UPLOADS, out, date.fromisoformat(SAMPLE_AS_OF))
