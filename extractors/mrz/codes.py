"""Which three-letter state codes an MRZ may carry (ISO 3166-1 alpha-3 plus the ICAO extras)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pycountry
import yaml

_CODES_FILE = Path(__file__).with_name("icao_codes.yaml")


@cache
def known_codes() -> frozenset[str]:
    # Loaded once: the set is consulted twice per record and never changes while running.
    iso = {c.alpha_3 for c in pycountry.countries}
    extra = yaml.safe_load(_CODES_FILE.read_text(encoding="utf-8"))["codes"]
    return frozenset(iso | set(extra))


def is_known_code(code: str) -> bool:
    return code in known_codes()
