"""What each OCR accuracy pass costs and what it buys, on the sample scans and photos.

    uv run python -m bench.ocr_passes_bench

Issue 9 asks the first run to reach 0.85 of the throughput of raw Tesseract reading each page once
in English. The pipeline reads a page once too, and then, where the page needs it, searches its
orientation, re-reads it with the Chinese models, re-reads fields that page segmentation drops,
and reads a passport's MRZ band with two recognizers that must agree. This bench prices each of
those passes: it switches them off one at a time (in this process only, by patching the module
attributes named in `PASSES`; no product code has a switch for them), reads and extracts every
sample scan and photo of the extraction bench's kinds afresh, and reports per configuration:

- Tesseract calls and seconds (every call of `pytesseract` timed, one document at a time);
- the **ceiling ratio**: raw Tesseract's seconds over the same page images divided by the
  configuration's Tesseract seconds. It is the ratio to raw the pipeline would reach if rendering,
  extraction, storage and Prefect cost nothing, so the real run's ratio is below it;
- field accuracy, right values accepted (the rest go to staff) and wrong values accepted against
  the sample truth (as `bench.extraction_bench`
  scores them), and whether issue 4's targets for scans and photos (95%, no wrong value accepted)
  still hold.

Writes ``bench/results/ocr_passes.json`` and a table in ``docs/THROUGHPUT.md``.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytesseract

from bench.report_block import replace_block

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "ocr_passes.json"
REPORT = ROOT / "docs" / "THROUGHPUT.md"
# Issue 4's targets for scans and photos, and issue 9's ratio.
TARGET_ACCURACY = 0.95
TARGET_RATIO = 0.85


def _no_words(*_args: Any, **_kwargs: Any) -> list[Any]:
    return []


def _never(*_args: Any, **_kwargs: Any) -> bool:
    return False


def _without_eng_band(original: Callable[..., list[str]]) -> Callable[..., list[str]]:
    def ocr_band(image: Any, psm: int = 6, model: str = "mrz") -> list[str]:
        return [] if model == "eng" else original(image, psm=psm, model=model)

    return ocr_band


@dataclass(frozen=True)
class Pass:
    """One accuracy pass, and the module attributes that switch it off."""

    name: str
    what: str
    # (module, attribute, replacement); a callable replacement is given the original.
    patches: tuple[tuple[str, str, Any], ...]


PASSES = (
    Pass(
        "orientation search",
        "OSD and trial readings of a thumbnail when the upright reading finds little text, and the "
        "extractors' quarter-turn re-read of a page whose words run vertically",
        (
            # Why 0: a page with fewer legible characters than this is searched; none has fewer than 0.
            ("readers.ocr_page", "_CLEARLY_UPRIGHT_FULL", 0),
            ("extractors.text_fields", "is_sideways", lambda _original: _never),
        ),
    ),
    Pass(
        "Chinese re-read",
        "chi_sim+chi_tra+eng reading of a page whose English reading is unsure",
        (("readers.ocr_page", "_LOW_CONF", -1.0), ("readers.ocr_page", "_HAN_SCRIPTS", frozenset())),
    ),
    Pass(
        "field re-reads",
        "crops re-read as one line (scores in boxes, faint grades, sideways text)",
        (("extractors.text_fields", "reocr", lambda _original: _no_words),),
    ),
    Pass(
        "MRZ second recognizer",
        "the MRZ band read again with eng, to confirm what check digits cannot",
        (("extractors.mrz.reader", "ocr_band", _without_eng_band),),
    ),
    Pass(
        "MRZ page search",
        "the page read with the MRZ model to find a band the morphology missed",
        (("extractors.mrz.reader", "ocr_page_words", lambda _original: _no_words),),
    ),
    Pass(
        "MRZ band reads",
        "every MRZ band reading (both recognizers); the passport is read from its page only",
        (("extractors.mrz.reader", "ocr_band", lambda _original: _no_words),),
    ),
)


@contextmanager
def passes_off(names: set[str]) -> Iterator[None]:
    """Switch the named passes off inside the block, and back on after it."""
    import importlib

    unknown = names - {p.name for p in PASSES}
    if unknown:
        raise ValueError(f"unknown passes: {sorted(unknown)}")
    with ExitStack() as stack:
        for accuracy_pass in PASSES:
            if accuracy_pass.name not in names:
                continue
            for module_name, attribute, replacement in accuracy_pass.patches:
                module = importlib.import_module(module_name)
                original = getattr(module, attribute)
                stack.callback(setattr, module, attribute, original)
                new = replacement(original) if callable(replacement) else replacement
                setattr(module, attribute, new)
        yield


@contextmanager
def timed_tesseract() -> Iterator[dict[str, float]]:
    """Count and time every Tesseract call made through pytesseract inside the block."""
    spent = {"calls": 0, "seconds": 0.0}
    lock = threading.Lock()
    names = ("image_to_data", "image_to_string", "image_to_osd")
    originals = {name: getattr(pytesseract, name) for name in names}

    def wrap(original: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                with lock:
                    spent["calls"] += 1
                    spent["seconds"] += time.perf_counter() - start

        return timed

    for name, original in originals.items():
        setattr(pytesseract, name, wrap(original))
    try:
        yield spent
    finally:
        for name, original in originals.items():
            setattr(pytesseract, name, original)


# Configurations: everything on, each pass off alone, and one reading a page (every pass off).
CONFIGURATIONS: list[tuple[str, set[str]]] = [
    ("as shipped", set()),
    *[(f"without {p.name}", {p.name}) for p in PASSES if p.name != "MRZ band reads"],
    ("without any MRZ band read", {"MRZ band reads", "MRZ page search"}),
    ("one reading a page (every pass off)", {p.name for p in PASSES}),
]


def ocr_samples() -> list[dict[str, Any]]:
    """Truth documents of the extraction bench's kinds that are scans, photos or image PDFs."""
    from bench.extraction_bench import TEXT_RENDER, truth_documents

    return [doc for doc in truth_documents() if doc["render"] != TEXT_RENDER]


def raw_seconds(docs: list[dict[str, Any]]) -> dict[str, Any]:
    """Raw Tesseract over the page images these documents' readings OCR, one at a time."""
    from bench.extraction_bench import UPLOADS
    from bench.throughput_bench import _page_images_of, _tesseract

    with tempfile.TemporaryDirectory(prefix="qmas_passes_") as tmp:
        pages = [
            Path(name)
            for doc in docs
            for name in _page_images_of(str(UPLOADS / doc["case_id"] / doc["file"]), tmp)
        ]
        seconds = sum(_tesseract(page) for page in pages)
    return {"pages": len(pages), "calls": len(pages), "seconds": round(seconds, 1)}


def run_configuration(docs: list[dict[str, Any]], off: set[str]) -> dict[str, Any]:
    from bench.extraction_bench import UPLOADS, Report, SampleDoc, document_input, score_document
    from core.models import DocType
    from core.settings import Settings
    from extractors.registry import EXTRACTORS
    from readers.read_document import read_document

    settings = Settings()
    report = Report()
    start = time.perf_counter()
    with passes_off(off), timed_tesseract() as spent:
        for doc in docs:
            reading = read_document(UPLOADS / doc["case_id"] / doc["file"], settings)
            kind = DocType(doc["doc_type"])
            sample = SampleDoc(doc["case_id"], doc["file"], kind, doc["render"], doc["facts"], reading)
            extractor = EXTRACTORS[sample.doc_type]
            report.fields.extend(score_document(sample, extractor(document_input(sample, settings))))
    block = report.summary()["by_group"]["scan_photo"]
    return {
        "passes_off": sorted(off),
        "tesseract_calls": spent["calls"],
        "tesseract_seconds": round(spent["seconds"], 1),
        "wall_seconds": round(time.perf_counter() - start, 1),
        "fields": block["fields"],
        "correct": block["correct"],
        "accuracy": block["accuracy"],
        "correct_accepted": block["correct_accepted"],
        "wrong_accepted": block["wrong_accepted"],
        "lost": sorted(
            f"{r.case_id}/{r.file} {r.field}: {r.outcome}" for r in report.fields if r.outcome != "correct"
        ),
    }


def figures(configurations: dict[str, dict[str, Any]], raw: dict[str, Any]) -> dict[str, Any]:
    """Each configuration's ceiling ratio and whether issue 4's targets still hold."""
    for result in configurations.values():
        result["ceiling_ratio"] = round(raw["seconds"] / result["tesseract_seconds"], 2)
        result["keeps_issue_4"] = (
            result["accuracy"] is not None
            and result["accuracy"] >= TARGET_ACCURACY
            and result["wrong_accepted"] == 0
        )
    keeping = [name for name, r in configurations.items() if r["keeps_issue_4"]]
    best = max(keeping, key=lambda name: configurations[name]["ceiling_ratio"], default=None)
    return {
        "best_keeping_issue_4": best,
        "best_ceiling_ratio_keeping_issue_4": configurations[best]["ceiling_ratio"] if best else None,
        "both_targets_reachable": any(
            r["keeps_issue_4"] and r["ceiling_ratio"] >= TARGET_RATIO for r in configurations.values()
        ),
    }


def markdown(data: dict[str, Any]) -> str:
    raw = data["raw_tesseract"]
    shipped = data["configurations"]["as shipped"]
    lines = [
        "## What each accuracy pass costs and buys (`bench/ocr_passes_bench.py`)",
        "",
        f"Measured {data['date']} on {data['machine']}. The {data['documents']} sample scans, photos and "
        f"image PDFs of the extraction bench's kinds ({raw['pages']} OCR pages, {shipped['fields']} truth "
        "fields), read and extracted one document at a time with the passes below switched off. Raw "
        f"Tesseract (`-l eng --psm 3`, once a page) over the same page images: {raw['seconds']} s. The "
        "ceiling ratio is raw's seconds over the configuration's Tesseract seconds: the ratio to raw a "
        "run would reach if everything but Tesseract were free.",
        "",
        "| configuration | Tesseract calls | Tesseract s | ceiling ratio | correct | accuracy "
        "| correct and accepted | wrong accepted | issue 4 kept |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name, r in data["configurations"].items():
        lines.append(
            f"| {name} | {r['tesseract_calls']} | {r['tesseract_seconds']} | {r['ceiling_ratio']:.2f} | "
            f"{r['correct']}/{r['fields']} | {r['accuracy']:.1%} | {r['correct_accepted']} | "
            f"{r['wrong_accepted']} | "
            f"{'yes' if r['keeps_issue_4'] else 'no'} |"
        )
    lines += ["", "| pass | what it does |", "|---|---|"]
    lines += [f"| {p.name} | {p.what} |" for p in PASSES]
    verdict = data["verdict"]
    lines += [
        "",
        f"Highest ceiling that keeps issue 4's targets (scans and photos >= {TARGET_ACCURACY:.0%}, no "
        f"wrong value accepted): **{verdict['best_ceiling_ratio_keeping_issue_4']}** "
        f"({verdict['best_keeping_issue_4']}). A configuration meeting both that and issue 9's "
        f"{TARGET_RATIO}: **{'exists' if verdict['both_targets_reachable'] else 'none'}**.",
    ]
    return "\n".join(lines)


def write_report(table: str) -> None:
    replace_block(REPORT, "ocr_passes_bench", table)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--report-only", action="store_true", help="redraw the table from the JSON")
    args = parser.parse_args(argv)
    if args.report_only:
        write_report(markdown(json.loads(RESULTS.read_text(encoding="utf-8"))))
        return 0
    docs = ocr_samples()
    raw = raw_seconds(docs)
    print(f"raw tesseract: {raw}", flush=True)
    configurations = {}
    for name, off in CONFIGURATIONS:
        configurations[name] = run_configuration(docs, off)
        result = configurations[name]
        print(
            f"{name}: {result['tesseract_calls']} calls, {result['tesseract_seconds']} s, "
            f"{result['correct']}/{result['fields']}, wrong accepted {result['wrong_accepted']}",
            flush=True,
        )
    data = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{platform.processor() or platform.machine()}, Python {platform.python_version()}",
        "reproduce": "uv run python -m bench.ocr_passes_bench",
        "documents": len(docs),
        "raw_tesseract": raw,
        "configurations": configurations,
    }
    data["verdict"] = figures(configurations, raw)
    RESULTS.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    write_report(markdown(data))
    print(json.dumps(data["verdict"]), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
