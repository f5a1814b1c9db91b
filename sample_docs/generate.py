"""Regenerate sample_docs/uploads/: synthetic QMAS application uploads with their truth.

    uv run python sample_docs/generate.py

Deterministic: fixed seeds, fixed PDF dates, sorted output, no timestamps; two runs give identical bytes.
See README.md for what is made and the truth format (sample_docs/truth/<case_id>.json).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
from datetime import date
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen.cases import AS_OF, CASES
from gen.produce import produce
from gen.spec import CaseSpec, DocSpec

OUT = Path(__file__).resolve().parent / "uploads"
# Truth lives beside the uploads, never inside a case folder, where it would be read as an upload.
TRUTH = Path(__file__).resolve().parent / "truth"
APPLICATION_KEYS = [
    "application_date",
    "marital_status",
    "spouse_education",
    "children_under_18",
    "hk_permanent_resident_relatives",
    "talent_list_profession",
]


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def application_yaml(app: dict) -> bytes:
    """The client's declaration, keys in the contract's order, the date as a YAML date."""
    ordered = {k: app[k] for k in APPLICATION_KEYS}
    ordered["application_date"] = date.fromisoformat(app["application_date"])
    return yaml.safe_dump(ordered, sort_keys=False, allow_unicode=True, default_flow_style=None).encode()


def truth_entry(spec: DocSpec) -> dict:
    entry = {
        "file": spec.file,
        "doc_type": spec.doc_type,
        "status": spec.status,
        "duplicate_of": spec.duplicate_of,
        "render": spec.render,
        "rotation": spec.rotation,
        "exif_orientation": spec.exif_orientation,
        "layout": spec.layout,
        "facts": spec.facts,
    }
    if spec.extra:
        entry["extra"] = {k: v for k, v in spec.extra.items() if v is not None}
    return entry


def write_case(case: CaseSpec) -> list[dict]:
    folder = OUT / case.case_id
    done: dict[str, bytes] = {}
    files = []
    for spec in case.docs:  # in list order, so a duplicate's original exists before it
        data = produce(spec, case.case_id, done)
        done[spec.file] = data
        path = folder / spec.file
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    if case.application is not None:
        done["application.yaml"] = application_yaml(case.application)
        (folder / "application.yaml").write_bytes(done["application.yaml"])
    truth = {
        "case_id": case.case_id,
        "as_of": AS_OF,
        "application": case.application,
        "documents": [truth_entry(s) for s in sorted(case.docs, key=lambda s: s.file)],
        "planted": sorted(case.planted),
        "missing": sorted(case.missing),
    }
    truth_bytes = (json.dumps(truth, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()
    (TRUTH / f"{case.case_id}.json").write_bytes(truth_bytes)
    for name in sorted(done):
        files.append({"file": name, "bytes": len(done[name]), "sha256": sha256(done[name])})
    return files


def main() -> None:
    for folder in (OUT, TRUTH):
        if folder.exists():
            shutil.rmtree(folder)  # stale files from an older generator must not survive
        folder.mkdir(parents=True)
    manifest = {"generator": "sample_docs/generate.py", "as_of": AS_OF, "cases": []}
    for make in CASES:
        case = make()
        manifest["cases"].append({"case_id": case.case_id, "files": write_case(case)})
        print(f"{case.case_id}: {len(case.docs)} uploads")
    (TRUTH / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
