"""`make bench`: every benchmark in turn, each in its own process so one failure does not hide the rest.

Figures land in bench/results/*.json; each benchmark also writes its table under docs/, and
bench/results.json gathers every benchmark's headline figures and targets (bench/summary.py).
"""

from __future__ import annotations

import subprocess
import sys
import time

from bench import summary

BENCHMARKS = [
    "bench.validation_bench",
    "bench.mrz_bench",
    "bench.extraction_bench",
    "bench.review_bench",
    "bench.throughput_bench",
    "bench.ocr_passes_bench",
    "bench.served_bench",
    "bench.memory_bench",
]


def main() -> int:
    failed = []
    for module in BENCHMARKS:
        print(f"== {module}", flush=True)
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", module], check=False)
        print(f"== {module}: exit {done.returncode} after {time.perf_counter() - start:.0f} s", flush=True)
        if done.returncode != 0:
            failed.append(module)
    index = summary.write()
    print(f"== bench/results.json: {index['targets_met']}/{index['targets']} targets met", flush=True)
    if failed:
        print("failed: " + ", ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
