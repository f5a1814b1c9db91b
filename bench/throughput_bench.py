"""Throughput of the whole pipeline against raw Tesseract, the incremental re-run, memory, and Dask.

    uv run python -m bench.throughput_bench               # >= 200 documents, >= 150 OCR pages
    uv run python -m bench.throughput_bench --docs 40     # a quick check on a busy machine

1. A seeded corpus: replicas of the eight sample cases (`sample_docs/gen`), each replica under its
   own case ids so every scan, photo and TIFF gets other noise, skew and blur, and every text PDF
   another title, i.e. other bytes (the store would otherwise reuse one reading for all copies).
2. Raw Tesseract: the page images the pipeline OCRs (the same selection: image files, PDF pages
   without a usable text layer, greyscale and scaled as `readers.images.prepare_for_ocr` does), read
   once each by `tesseract IMAGE stdout -l eng --psm 3 tsv`, `ocr_workers` at a time,
   `OMP_THREAD_LIMIT=1`.
3. The pipeline's first run: `flows.intake.run_intake` in a fresh process on an ephemeral Prefect
   server (Python and Prefect import, server start and the flow timed apart), threads runner.
4. The second run over the unchanged corpus into the same output: no OCR, a fraction of the time.
5. The first run again on the Dask runner (LocalCluster of 2 worker processes) into a new output.
6. Where the OCR time goes: a sample of pages read by `readers.ocr_page.ocr_page` in one thread,
   each Tesseract call timed by what it is for (OSD, orientation trials, reading, Chinese re-read).

Peak memory is the sum of the RSS of the run's process and all its descendants (Tesseract, the
Prefect server, Dask workers), sampled every 0.2 s from /proc. Writes bench/results/throughput.json
and docs/THROUGHPUT.md. Audit reports (Chromium) are off during the runs (QMAS_REPORTS=false).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import threading
import time
import zlib
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.report_block import replace_block

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "bench" / "work" / "throughput"
RESULTS = ROOT / "bench" / "results" / "throughput.json"
REPORT = ROOT / "docs" / "THROUGHPUT.md"
AS_OF = "2026-11-01"
CORPUS_VERSION = 1
TARGET_RATIO = 0.85
TARGET_RERUN_FRACTION = 0.10
TARGET_RSS_BYTES = 1.5 * 1024**3


# -- 1. corpus -------------------------------------------------------------------------------------


def _case_plan(docs: int) -> list[tuple[int, int]]:
    """(replica, case index) pairs, whole cases, until at least `docs` documents."""
    sys.path.insert(0, str(ROOT / "sample_docs"))
    from gen.cases import CASES

    sizes = [len(make().docs) for make in CASES]
    plan, total, replica = [], 0, 0
    while total < docs:
        for index, size in enumerate(sizes):
            if total >= docs:
                break
            plan.append((replica, index))
            total += size
        replica += 1
    return plan


def _write_case(uploads: str, replica: int, index: int) -> int:
    """One case of one replica; runs in a pool process (the specs hold closures, so each builds its own)."""
    sys.path.insert(0, str(ROOT / "sample_docs"))
    from gen.cases import CASES
    from gen.produce import produce

    from sample_docs.generate import application_yaml

    case = CASES[index]()
    case_id = f"R{replica:02d}-{case.case_id}"
    folder = Path(uploads) / case_id
    done: dict[str, bytes] = {}
    for spec in case.docs:
        if spec.build is not None:
            build = spec.build

            def retitled(build=build):  # other metadata, so a text PDF's bytes differ per replica
                doc = build()
                doc.title = f"{doc.title} ({case_id})"
                return doc

            spec.build = retitled
        data = produce(spec, case_id, done)
        done[spec.file] = data
        path = folder / spec.file
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    if case.application is not None:
        (folder / "application.yaml").write_bytes(application_yaml(case.application))
    return len(case.docs)


def build_corpus(docs: int, workers: int) -> tuple[Path, int, float]:
    uploads = WORK / "uploads"
    plan = _case_plan(docs)
    stamp = WORK / "corpus.json"
    want = {"version": CORPUS_VERSION, "plan": [list(pair) for pair in plan]}
    if stamp.is_file() and uploads.is_dir() and json.loads(stamp.read_text())["plan"] == want["plan"]:
        return uploads, json.loads(stamp.read_text())["documents"], 0.0
    start = time.perf_counter()
    shutil.rmtree(uploads, ignore_errors=True)
    uploads.mkdir(parents=True)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        counts = list(pool.map(_write_case, [str(uploads)] * len(plan), *zip(*plan, strict=True)))
    stamp.write_text(json.dumps({**want, "documents": sum(counts)}))
    return uploads, sum(counts), time.perf_counter() - start


# -- 2. the page images the pipeline OCRs, and raw Tesseract over them -----------------------------


def _page_images_of(path: str, out_dir: str) -> list[str]:
    from core.models import FileKind
    from core.settings import Settings
    from readers import pdf as pdf_reader
    from readers.images import load_frames_counted, prepare_for_ocr
    from readers.read_document import IMAGE_KINDS
    from readers.sniff import sniff_file

    settings = Settings.from_env()
    file = Path(path)
    kind = sniff_file(file)
    images = []
    try:
        if kind is FileKind.pdf:
            layer_pages, _ = pdf_reader.read_text_layer(file, settings.max_pages)
            for layer in layer_pages:
                if layer.usable_chars < settings.min_text_layer_chars:
                    render = pdf_reader.render_page
                    images.append(render(file, layer.number, settings.pdf_render_dpi, settings.max_pixels))
        elif kind in IMAGE_KINDS:
            frames, _ = load_frames_counted(file, settings.max_pixels, settings.max_pages)
            images = [image for image, _ in frames]
    except Exception:  # encrypted, truncated: the pipeline OCRs nothing there either
        return []
    names = []
    stem = Path(out_dir) / f"{zlib.crc32(path.encode()):08x}"
    for number, image in enumerate(images, start=1):
        name = f"{stem}-{number}.png"
        prepare_for_ocr(image)[0].save(name, compress_level=1)
        names.append(name)
    return names


def page_images(uploads: Path, workers: int) -> list[Path]:
    pages_dir = WORK / "pages"
    shutil.rmtree(pages_dir, ignore_errors=True)
    pages_dir.mkdir(parents=True)
    files = sorted(str(p) for p in uploads.rglob("*") if p.is_file() and p.name != "application.yaml")
    with ProcessPoolExecutor(max_workers=workers) as pool:
        found = pool.map(_page_images_of, files, [str(pages_dir)] * len(files))
        return sorted(Path(name) for names in found for name in names)


def _tesseract(image: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        ["tesseract", str(image), "stdout", "-l", "eng", "--psm", "3", "tsv"],
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - start


def raw_tesseract(pages: list[Path], workers: int) -> dict[str, Any]:
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        per_page = list(pool.map(_tesseract, pages))
    wall = time.perf_counter() - start
    return {
        "pages": len(pages),
        "workers": workers,
        "seconds": round(wall, 1),
        "pages_per_minute": round(60 * len(pages) / wall, 1),
        "mean_seconds_per_page": round(sum(per_page) / len(per_page), 2),
    }


# -- 3-5. pipeline runs in a fresh process, with the memory of its process tree --------------------


def _tree_memory(root: int) -> tuple[int, int]:
    """(sum of RSS, sum of PSS) of `root` and its descendants, in bytes.

    RSS counts a page shared by several processes (Python, numpy, Tesseract's libraries and models)
    once per process; PSS divides it among them, so the PSS sum is what the tree really occupies.
    """
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                stat = fh.read()
        except OSError:
            continue
        pid, ppid = int(entry), int(stat[stat.rindex(")") + 2 :].split()[1])
        children.setdefault(ppid, []).append(pid)
    rss = pss = 0
    todo = [root]
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, []))
        try:
            with open(f"/proc/{pid}/smaps_rollup") as fh:
                for line in fh:
                    if line.startswith(("Rss:", "Pss:")):
                        kib = int(line.split()[1]) * 1024
                        if line.startswith("Rss:"):
                            rss += kib
                        else:
                            pss += kib
        except (OSError, ValueError, IndexError):
            continue
    return rss, pss


def run_pipeline(uploads: Path, out: Path, env_extra: dict[str, str]) -> dict[str, Any]:
    env = {
        **os.environ,
        "PREFECT_HOME": str(WORK / "prefect-home"),
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
        "PREFECT_LOGGING_LEVEL": "WARNING",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "QMAS_REPORTS": "false",
        **env_extra,
    }
    env.pop("PREFECT_API_URL", None)  # always the ephemeral server: the worst case for start-up
    command = [sys.executable, "-m", "bench.throughput_bench", "--child", str(uploads), str(out)]
    start = time.perf_counter()
    child = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    peak = peak_pss = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak, peak_pss
        while not stop.wait(0.2):
            rss, pss = _tree_memory(child.pid)
            peak, peak_pss = max(peak, rss), max(peak_pss, pss)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, _ = child.communicate()
    wall = time.perf_counter() - start
    stop.set()
    sampler.join()
    if child.returncode != 0:
        raise RuntimeError(f"pipeline run failed with exit {child.returncode}")
    timings = json.loads(stdout.strip().splitlines()[-1])
    return {
        **timings,
        "wall_seconds": round(wall, 1),
        "peak_tree_rss_mb": round(peak / 1024**2),
        "peak_tree_pss_mb": round(peak_pss / 1024**2),
    }


def _count_tesseract_calls_by_caller() -> dict[str, list]:
    """Wrap readers.tesseract's entry points (in this process only) to time each call by its caller.

    With the threads runner every document runs in this process; Dask workers are not counted.
    """
    from readers import tesseract

    table: dict[str, list] = {}
    lock = threading.Lock()

    def wrap(name: str):
        original = getattr(tesseract, name)

        def timed(*args, **kwargs):
            frame = sys._getframe(1)
            caller = f"{frame.f_globals.get('__name__')}.{frame.f_code.co_name} -> {name}"
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                with lock:
                    entry = table.setdefault(caller, [0, 0.0])
                    entry[0] += 1
                    entry[1] += time.perf_counter() - start

        setattr(tesseract, name, timed)

    for name in ("ocr_words", "ocr_text", "detect_orientation"):
        wrap(name)
    return table


def child_run(uploads: Path, out: Path) -> None:
    """One run as `qmas-intake process` does it, timing the import, the server start and the flow."""
    start = time.perf_counter()
    from datetime import date

    calls = _count_tesseract_calls_by_caller()  # before the callers bind the functions by name
    from flows.intake import run_intake  # imports Prefect

    imported = time.perf_counter()
    from prefect.server.api.server import SubprocessASGIServer

    SubprocessASGIServer().start(timeout=120)  # the instance the flow's client then uses
    server_up = time.perf_counter()
    report = run_intake(uploads, out, date.fromisoformat(AS_OF))
    done = time.perf_counter()
    print(
        json.dumps(
            {
                "import_seconds": round(imported - start, 1),
                "server_start_seconds": round(server_up - imported, 1),
                "flow_seconds": round(done - server_up, 1),
                "cases": len(report.results),
                "ocr_calls": report.ocr_calls,
                "tesseract_by_caller": {
                    k: {"calls": n, "seconds": round(t, 1)} for k, (n, t) in calls.items()
                },
            }
        ),
        flush=True,
    )


# -- 6. where a page's OCR time goes ---------------------------------------------------------------


def profile_pages(pages: list[Path], sample: int) -> dict[str, Any]:
    """ocr_page on `sample` pages in this thread, each Tesseract call timed by its purpose."""
    from PIL import Image

    from readers import ocr_page as ocr_page_module
    from readers import tesseract

    spent: dict[str, float] = {}
    calls: dict[str, int] = {}
    original_words, original_osd = tesseract.ocr_words, tesseract.detect_orientation

    def account(what: str, seconds: float) -> None:
        spent[what] = spent.get(what, 0.0) + seconds
        calls[what] = calls.get(what, 0) + 1

    def timed_words(image, lang="eng", psm=3, timeout=120.0, extra_config=""):
        start = time.perf_counter()
        try:
            return original_words(image, lang, psm, timeout, extra_config)
        finally:
            small = max(image.size) <= 1200
            what = (
                "orientation trials (<=1200 px)"
                if small
                else ("chinese re-read" if lang != "eng" else "read")
            )
            account(what, time.perf_counter() - start)

    def timed_osd(image, timeout):
        start = time.perf_counter()
        try:
            return original_osd(image, timeout)
        finally:
            account("osd", time.perf_counter() - start)

    step = max(1, len(pages) // sample)
    chosen = pages[::step][:sample]
    tesseract.ocr_words, tesseract.detect_orientation = timed_words, timed_osd
    try:
        start = time.perf_counter()
        for page in chosen:
            with Image.open(page) as image:
                ocr_page_module.ocr_page(image.copy(), 1, 120.0)
        pipeline = time.perf_counter() - start
    finally:
        tesseract.ocr_words, tesseract.detect_orientation = original_words, original_osd
    raw = sum(_tesseract(page) for page in chosen)
    return {
        "pages": len(chosen),
        "raw_seconds": round(raw, 1),
        "ocr_page_seconds": round(pipeline, 1),
        "tesseract_calls_per_page": round(sum(calls.values()) / len(chosen), 2),
        "by_purpose": {
            what: {"calls": calls[what], "seconds": round(spent[what], 1)} for what in sorted(spent)
        },
        "python_seconds": round(pipeline - sum(spent.values()), 1),
    }


# -- report ----------------------------------------------------------------------------------------


def machine(load_before: tuple[float, float, float]) -> dict[str, Any]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = int(Path("/proc/meminfo").read_text().split()[1]) * 1024
    tesseract = subprocess.run(["tesseract", "--version"], capture_output=True, text=True).stdout.split()[1]
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": round(mem / 1024**3, 1),
        "os": platform.platform(),
        "python": platform.python_version(),
        "tesseract": tesseract,
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
    }


def busy_share(r: dict[str, Any]) -> float:
    """Share of the first run's worker time (workers x flow seconds) spent inside Tesseract calls."""
    callers = r["first_run"].get("tesseract_by_caller") or {}
    busy = sum(v["seconds"] for v in callers.values())
    return busy / (r["ocr_workers"] * r["first_run"]["flow_seconds"])


def markdown(r: dict[str, Any]) -> str:
    m, c, raw = r["machine"], r["corpus"], r["raw_tesseract"]
    first, second, dask = r["first_run"], r["second_run"], r.get("dask_run")
    loaded = r["load_condition"]

    def row(label: str, run: dict[str, Any]) -> str:
        return (
            f"| {label} | {run['flow_seconds']} | {run['import_seconds']} + {run['server_start_seconds']} | "
            f"{run['wall_seconds']} | {run['ocr_calls']} | {run.get('pages_per_minute', '-')} | "
            f"{run.get('ratio_to_raw', '-')} | {run['peak_tree_rss_mb']} | "
            f"{run.get('peak_tree_pss_mb', '-')} |"
        )

    lines = [
        "# Throughput: the pipeline against raw Tesseract",
        "",
        f"Measured {r['date']} on {m['cores']} cores ({m['cpu']}), {m['memory_gb']} GB, {m['os']}, "
        f"Python {m['python']}, Tesseract {m['tesseract']}, `ocr_workers` = {r['ocr_workers']}.",
        "",
        f"**Machine: {loaded}.** Load average before the bench {m['load_average_before']}, after "
        f"{m['load_average_after']}.",
        "",
        f"Corpus: {c['documents']} documents in {c['cases']} cases (replicas of the eight sample cases, "
        f"seeded per replica), {c['ocr_pages']} pages that need OCR.",
        "",
        "| run | flow s | import + Prefect server start s | wall s | Tesseract calls | OCR pages/min "
        "| ratio to raw | peak RSS MB (tree) | peak PSS MB (tree) |",
        "|---|---|---|---|---|---|---|---|---|",
        f"| raw `tesseract` ({raw['workers']} at a time) | {raw['seconds']} | - | {raw['seconds']} | "
        f"{raw['pages']} | {raw['pages_per_minute']} | 1.00 | - | - |",
        row("pipeline, first run (threads)", first),
        row("pipeline, second run (unchanged)", second),
    ]
    if dask:
        lines.append(row(f"pipeline, first run (Dask LocalCluster, {dask['dask_workers']} workers)", dask))
    lines += [
        "",
        "Pages per minute and the ratio use the flow's time (Prefect's import and the ephemeral",
        "server's start are in their own column); wall is the whole process. RSS sums count a page",
        "shared by several processes once per process; PSS sums share it out (what the tree occupies).",
        "",
        "| target | figure | met |",
        "|---|---|---|",
        f"| first run >= {TARGET_RATIO} of raw OCR throughput | {first['ratio_to_raw']} | "
        f"{'yes' if first['ratio_to_raw'] >= TARGET_RATIO else 'no'} |",
        f"| second run: no OCR | {second['ocr_calls']} Tesseract calls | "
        f"{'yes' if second['ocr_calls'] == 0 else 'no'} |",
        f"| second run < {int(TARGET_RERUN_FRACTION * 100)}% of the first, start-up included | "
        f"{second['wall_seconds']} s / {first['wall_seconds']} s = {r['rerun_fraction']:.1%} | "
        f"{'yes' if r['rerun_fraction'] < TARGET_RERUN_FRACTION else 'no'} |",
    ]
    for label, run in (("threads", first), ("Dask", dask)):
        if run:
            lines.append(
                f"| peak RSS of the whole run < 1.5 GB ({label}) | {run['peak_tree_rss_mb']} MB "
                f"(PSS {run.get('peak_tree_pss_mb', '-')} MB) | "
                f"{'yes' if run['peak_tree_rss_mb'] * 1024**2 < TARGET_RSS_BYTES else 'no'} |"
            )
    served = second["wall_seconds"] - second["server_start_seconds"]
    lines += [
        "",
        f"Without the ephemeral server's start (the served deployment's case, see below) the second run "
        f"costs about {served:.1f} s, {served / first['wall_seconds']:.1%} of the first run's wall time "
        '(an estimate; `bench/served_bench.py` times the served path itself, see "Scheduled runs on a '
        'running server" below).',
    ]
    callers = first.get("tesseract_by_caller") or {}
    if callers:
        total = sum(v["seconds"] for v in callers.values())
        lines += [
            "",
            f"## Tesseract calls of the first run, by caller ({first['ocr_calls']} calls for "
            f"{c['ocr_pages']} OCR pages; raw makes 1 a page)",
            "",
            "Seconds are summed over the concurrent calls (with 2 at a time, about twice the flow's time "
            "spent in Tesseract).",
            "",
            "| caller -> entry point | calls | seconds | share |",
            "|---|---|---|---|",
            *[
                f"| `{k}` | {v['calls']} | {v['seconds']} | {v['seconds'] / total:.0%} |"
                for k, v in sorted(callers.items(), key=lambda kv: -kv[1]["seconds"])
            ],
            "",
            f"**Tesseract kept the workers busy for {busy_share(r):.0%} of the first run's flow** "
            f"({total:.1f} s of Tesseract over {r['ocr_workers']} workers x {first['flow_seconds']} s): the "
            "rest is orchestration, PDF rendering, image preparation, extraction and assessment. The "
            "ratio to raw above is lower because the pipeline makes more Tesseract calls than raw's one "
            "a page (this table), not because the workers wait.",
        ]
    p = r.get("profile")
    if p:
        lines += [
            "",
            f"## Where a page's OCR time goes ({p['pages']} pages, one at a time)",
            "",
            f"Raw `tesseract` on these pages: {p['raw_seconds']} s. `readers.ocr_page.ocr_page`: "
            f"{p['ocr_page_seconds']} s, {p['tesseract_calls_per_page']} Tesseract calls a page, "
            f"{p['python_seconds']} s outside Tesseract.",
            "",
            "| purpose | calls | seconds |",
            "|---|---|---|",
            *[f"| {what} | {v['calls']} | {v['seconds']} |" for what, v in p["by_purpose"].items()],
        ]
    return "\n".join(lines) + "\n"


def write_report(table: str) -> None:
    """The measured part of docs/THROUGHPUT.md; the prose around it is kept."""
    replace_block(REPORT, "throughput_bench", table.replace("# Throughput", "## Figures", 1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=250, help="documents in the corpus (default 250)")
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask run")
    parser.add_argument("--profile-pages", type=int, default=12, help="pages in the OCR profile (0: none)")
    parser.add_argument("--load", default=None, help='say how busy the machine was, e.g. "idle"')
    parser.add_argument("--child", nargs=2, metavar=("UPLOADS", "OUT"), help=argparse.SUPPRESS)
    parser.add_argument("--report-only", action="store_true", help="redraw the docs table from the JSON")
    args = parser.parse_args(argv)
    if args.report_only:
        write_report(markdown(json.loads(RESULTS.read_text())))
        return 0
    if args.child:
        child_run(Path(args.child[0]), Path(args.child[1]))
        return 0

    sys.path.insert(0, str(ROOT))
    from core.settings import Settings

    load_before = os.getloadavg()
    workers = Settings.from_env().ocr_workers
    WORK.mkdir(parents=True, exist_ok=True)
    print(f"corpus of >= {args.docs} documents ...", flush=True)
    uploads, documents, gen_seconds = build_corpus(args.docs, workers)
    pages = page_images(uploads, workers)
    cases = sum(1 for p in uploads.iterdir() if p.is_dir())
    print(f"  {documents} documents, {cases} cases, {len(pages)} OCR pages", flush=True)
    print("raw tesseract ...", flush=True)
    raw = raw_tesseract(pages, workers)
    print(f"  {raw}", flush=True)

    def throughput(run: dict[str, Any]) -> dict[str, Any]:
        ppm = 60 * len(pages) / run["flow_seconds"]
        return {
            **run,
            "pages_per_minute": round(ppm, 1),
            "ratio_to_raw": round(ppm / raw["pages_per_minute"], 2),
        }

    out = WORK / "out-threads"
    shutil.rmtree(out, ignore_errors=True)
    print("pipeline, first run ...", flush=True)
    first = throughput(run_pipeline(uploads, out, {"QMAS_TASK_RUNNER": "threads"}))
    print(f"  {first}", flush=True)
    print("pipeline, second run ...", flush=True)
    second = run_pipeline(uploads, out, {"QMAS_TASK_RUNNER": "threads"})
    print(f"  {second}", flush=True)
    dask = None
    if not args.no_dask:
        out = WORK / "out-dask"
        shutil.rmtree(out, ignore_errors=True)
        print("pipeline on Dask ...", flush=True)
        env = {"QMAS_TASK_RUNNER": "dask", "QMAS_DASK_WORKERS": "2"}
        dask = {**throughput(run_pipeline(uploads, out, env)), "dask_workers": 2}
        print(f"  {dask}", flush=True)
    profile = None
    if args.profile_pages:
        print("profile ...", flush=True)
        profile = profile_pages(pages, args.profile_pages)
        print(f"  {profile}", flush=True)

    load = args.load or (
        "loaded: other processes were busy on this shared machine"
        if max(load_before) > 0.5 * (os.cpu_count() or 1)
        else "idle as far as the load average shows"
    )
    runs = [first, second, *([dask] if dask else [])]
    result = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "load_condition": load,
        "machine": machine(load_before),
        "ocr_workers": workers,
        "reproduce": f"uv run python -m bench.throughput_bench --docs {args.docs}",
        "corpus": {
            "documents": documents,
            "cases": cases,
            "ocr_pages": len(pages),
            "generation_seconds": round(gen_seconds, 1),
        },
        "raw_tesseract": raw,
        "first_run": first,
        "second_run": second,
        "dask_run": dask,
        "rerun_fraction": round(second["wall_seconds"] / first["wall_seconds"], 3),
        "rerun_fraction_without_server_start": round(
            (second["wall_seconds"] - second["server_start_seconds"]) / first["wall_seconds"], 3
        ),
        "peak_rss_mb": max(run["peak_tree_rss_mb"] for run in runs),
        "profile": profile,
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    write_report(markdown(result))
    print(f"wrote {RESULTS} and {REPORT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
