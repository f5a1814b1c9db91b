"""Run PassportEye on image paths (one per line on stdin) and print one JSON line per image.

Runs inside bench/.venv-passporteye, never in the project's venv: PassportEye's `pdfminer`
dependency would break pdfplumber there. Only the benchmark calls it, as a subprocess.
"""

from __future__ import annotations

import json
import sys
import time


def main() -> int:
    from passporteye import read_mrz  # imported here: this module must load without PassportEye too

    for raw in sys.stdin:
        path = raw.strip()
        if not path:
            continue
        start = time.perf_counter()
        try:
            mrz = read_mrz(path)
            error = None
        except Exception as exc:  # one bad image must not end the run
            mrz, error = None, repr(exc)
        seconds = time.perf_counter() - start
        out: dict[str, object] = {"file": path, "seconds": round(seconds, 3), "found": mrz is not None}
        if error:
            out["error"] = error
        if mrz is not None:
            d = mrz.to_dict()
            out.update(
                valid=bool(mrz.valid),
                valid_score=d.get("valid_score"),
                mrz_type=d.get("mrz_type"),
                raw_text=d.get("raw_text"),
                fields={
                    k: d.get(k)
                    for k in (
                        "type",
                        "country",
                        "number",
                        "date_of_birth",
                        "expiration_date",
                        "nationality",
                        "sex",
                        "names",
                        "surname",
                        "personal_number",
                    )
                },
            )
        print(json.dumps(out), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
