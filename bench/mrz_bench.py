"""MRZ reading benchmark: our reader vs PassportEye on the shared real specimens with trusted truth.

    uv run python -m bench.mrz_bench            (from the repository root)

Writes bench/results/mrz.json (per image and totals) and the table in docs/MRZ_BENCH.md.
Skips cleanly when ../shared is absent. PassportEye runs in its own venv (bench/.venv-passporteye,
made here from bench/passporteye.lock) through bench/passporteye_runner.py, because its pdfminer
dependency breaks pdfplumber in the project's venv.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
MANIFEST = SHARED / "real_cases" / "passport" / "manifest.jsonl"
PE_VENV = ROOT / "bench" / ".venv-passporteye"
PE_LOCK = ROOT / "bench" / "passporteye.lock"
RESULTS = ROOT / "bench" / "results" / "mrz.json"
DOC = ROOT / "docs" / "MRZ_BENCH.md"

TRUSTED = {
    "stated_by_source",
    "fields_stated_by_source_test",
    "matches_source_text_vector",
    "transcription_verified_by_check_digits",
}
OUTCOMES = ("right", "flagged", "silent", "not_found")
MARKER = "<!-- analysis: hand-written, kept by bench/mrz_bench.py -->"


def trusted_rows() -> list[dict[str, Any]]:
    rows = [json.loads(x) for x in MANIFEST.read_text(encoding="utf-8").splitlines() if x.strip()]
    return [
        r for r in rows if r["ground_truth_provenance"] in TRUSTED and r.get("valid_check_digits") is True
    ]


def norm_lines(lines: list[str]) -> list[str]:
    return ["".join(x.split()).upper() for x in lines if "".join(x.split())]


def outcome(found: bool, lines_right: bool, accepted: bool) -> str:
    """right: every line equals the truth; otherwise flagged (not accepted) or silent (accepted)."""
    if not found:
        return "not_found"
    if lines_right:
        return "right"
    return "silent" if accepted else "flagged"


# --- ours -------------------------------------------------------------------------------------


def run_ours(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    from PIL import Image, ImageOps

    from extractors.mrz.reader import read_mrz

    out = []
    for r in rows:
        path = SHARED / "real_cases" / r["file"]
        start = time.perf_counter()
        image = ImageOps.exif_transpose(Image.open(path))
        reading = read_mrz(image)
        seconds = time.perf_counter() - start
        truth = norm_lines(r["ground_truth_mrz"])
        accepted = reading.status == "valid" and not reading.needs_review
        out.append(
            {
                "file": r["file"],
                "outcome": outcome(reading.status != "not_found", reading.lines == truth, accepted),
                "status": reading.status,
                "confirmed": reading.confirmed,
                "accepted": accepted,
                "lines": reading.lines,
                "truth": truth,
                "rotation": reading.rotation,
                "preparation": reading.preparation,
                "attempts": reading.attempts,
                "seconds": round(seconds, 3),
            }
        )
        print(f"ours  {out[-1]['outcome']:9} {seconds:5.2f}s {r['file']}", flush=True)
    return out


# --- PassportEye --------------------------------------------------------------------------------


def _pe_python() -> Path:
    return PE_VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_passporteye() -> str | None:
    """Make the PassportEye venv if needed; the reason it is unavailable, or None."""
    if _pe_python().exists():
        probe = subprocess.run(
            [str(_pe_python()), "-c", "import passporteye"], capture_output=True, check=False
        )
        if probe.returncode == 0:
            return None
    # `make bench` bootstraps uv into .tools/ without putting it on PATH.
    local_uv = ROOT / ".tools" / "bin" / "uv"
    uv = str(local_uv) if local_uv.is_file() else shutil.which("uv")
    if uv is None:
        return "uv not found: cannot build bench/.venv-passporteye"
    steps = [
        [uv, "venv", "--python", "3.11", "--allow-existing", str(PE_VENV)],
        [uv, "pip", "install", "--python", str(_pe_python()), "--require-hashes", "-r", str(PE_LOCK)],
    ]
    for cmd in steps:
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            return f"{' '.join(cmd[:3])} failed: {done.stderr.strip()[-300:]}"
    return None


def _pe_fields_match(fields: dict[str, Any], truth_lines: list[str]) -> bool:
    """PassportEye cleans fields by position itself; count it right when every field is right."""
    from extractors.mrz import MrzRecord, parse_mrz

    rec = parse_mrz(truth_lines)
    if not isinstance(rec, MrzRecord):
        return False

    def n(v: object) -> str:
        return "".join(str(v or "").replace("<", " ").split()).upper()

    pairs = [
        (fields.get("number"), rec.number),
        (fields.get("date_of_birth"), rec.birth_date_text),
        (fields.get("expiration_date"), rec.expiry_date_text),
        (fields.get("nationality"), rec.nationality),
        (fields.get("country"), rec.issuing_country),
        (fields.get("surname"), rec.surname),
        (fields.get("names"), rec.given_names),
    ]
    return all(n(a) == n(b) for a, b in pairs)


def run_passporteye(rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], str | None]:
    reason = ensure_passporteye()
    if reason:
        return [], reason
    paths = [str(SHARED / "real_cases" / r["file"]) for r in rows]
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}  # the same Tesseract threading as our reader
    done = subprocess.run(
        [str(_pe_python()), str(ROOT / "bench" / "passporteye_runner.py")],
        input="\n".join(paths) + "\n",
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if done.returncode != 0:
        return [], f"passporteye_runner failed: {done.stderr.strip()[-300:]}"
    by_path = {}
    for line in done.stdout.splitlines():
        if line.startswith("{"):
            rec = json.loads(line)
            by_path[rec["file"]] = rec
    out = []
    for r, path in zip(rows, paths, strict=True):
        pe = by_path.get(path, {"found": False, "seconds": None})
        truth = norm_lines(r["ground_truth_mrz"])
        raw = norm_lines((pe.get("raw_text") or "").splitlines())
        right = raw == truth or (pe.get("found") and _pe_fields_match(pe.get("fields") or {}, truth))
        accepted = bool(pe.get("valid"))
        out.append(
            {
                "file": r["file"],
                "outcome": outcome(bool(pe.get("found")), bool(right), accepted),
                "accepted": accepted,
                "valid_score": pe.get("valid_score"),
                "lines": raw,
                "seconds": pe.get("seconds"),
                "error": pe.get("error"),
            }
        )
    return out, None


# --- report ---------------------------------------------------------------------------------------


def totals(results: list[dict[str, Any]]) -> dict[str, Any]:
    if not results:
        return {}
    counts = {k: sum(1 for r in results if r["outcome"] == k) for k in OUTCOMES}
    secs = sorted(r["seconds"] for r in results if r.get("seconds") is not None)
    return {
        **counts,
        "images": len(results),
        "fully_right_rate": round(counts["right"] / len(results), 3),
        "right_and_accepted": sum(1 for r in results if r["outcome"] == "right" and r.get("accepted")),
        "median_seconds": round(statistics.median(secs), 2) if secs else None,
        "p90_seconds": round(secs[min(len(secs) - 1, int(0.9 * len(secs)))], 2) if secs else None,
    }


def machine() -> dict[str, str]:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    tess = subprocess.run(["tesseract", "--version"], capture_output=True, text=True, check=False)
    return {
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "python": platform.python_version(),
        "os": platform.platform(),
        "tesseract": (tess.stdout or tess.stderr).splitlines()[0] if (tess.stdout or tess.stderr) else "?",
        "date": dt.date.today().isoformat(),
    }


def write_doc(report: dict[str, Any]) -> None:
    ours, pe = report["ours"]["totals"], report["passporteye"]["totals"]
    m = report["machine"]

    def row(name: str, t: dict[str, Any]) -> str:
        if not t:
            return f"| {name} | n/a | | | | | |"
        return (
            f"| {name} | {t['right']}/{t['images']} ({t['fully_right_rate']:.0%}) | {t['flagged']} | "
            f"{t['silent']} | {t['not_found']} | {t['median_seconds']} | {t['p90_seconds']} |"
        )

    lines = [
        "# MRZ reading benchmark",
        "",
        f"{report['images']} real specimen images from `../shared/real_cases/passport/` whose",
        "ground-truth MRZ is trusted (provenance stated_by_source, fields_stated_by_source_test,",
        "matches_source_text_vector or",
        "transcription_verified_by_check_digits, and every check digit valid).",
        "",
        "| reader | fully right | flagged (wrong, not accepted) | silent (wrong, accepted) | not found |"
        " median s/image | p90 s/image |",
        "|---|---|---|---|---|---|---|",
        row("ours (extractors/mrz/reader.py)", ours),
        row("PassportEye 2.2.2", pe),
        "",
        "- *fully right*: every MRZ line equals the truth (after removing spaces). PassportEye is also",
        "  counted right when all its cleaned fields (number, dates, codes, names) equal the truth's.",
        "- *accepted* means, for ours, status `valid` and confirmed (`needs_review` false); for PassportEye,",
        "  `mrz.valid` (all its check digits hold). A wrong reading that is not accepted is *flagged*.",
        f"- ours, right and also accepted without review: {ours.get('right_and_accepted', 'n/a')}.",
    ]
    if report["passporteye"].get("unavailable"):
        lines.append(f"- PassportEye was not run: {report['passporteye']['unavailable']}")
    lines += [
        "",
        "Per-image outcomes: `bench/results/mrz.json`.",
        "",
        "## Reproduce",
        "",
        "    uv run python -m bench.mrz_bench",
        "",
        "(needs `../shared`; builds `bench/.venv-passporteye` from `bench/passporteye.lock` on first run).",
        "",
        "## Machine",
        "",
        f"{m['date']}; {m['cpu']}, {m['cores']} cores; {m['os']}; Python {m['python']}; {m['tesseract']}.",
        "Times are wall-clock seconds per image including image loading, one image at a time.",
        "",
    ]
    # Everything from the marker on is hand-written analysis: kept across runs.
    old = DOC.read_text(encoding="utf-8") if DOC.is_file() else ""
    if MARKER in old:
        lines.append(old[old.index(MARKER) :])
    DOC.write_text("\n".join(lines), encoding="utf-8")


def main() -> int:
    if not MANIFEST.is_file():
        print(f"skipped: {MANIFEST} is absent (../shared is not part of a user's clone)")
        return 0
    sys.path.insert(0, str(ROOT))
    rows = trusted_rows()
    ours = run_ours(rows)
    pe, unavailable = run_passporteye(rows)
    report = {
        "images": len(rows),
        "machine": machine(),
        "ours": {"totals": totals(ours), "per_image": ours},
        "passporteye": {"totals": totals(pe), "per_image": pe, "unavailable": unavailable},
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=1), encoding="utf-8")
    write_doc(report)
    print(
        json.dumps(
            {"ours": report["ours"]["totals"], "passporteye": report["passporteye"]["totals"]}, indent=1
        )
    )
    if unavailable:
        print(f"PassportEye unavailable: {unavailable}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
