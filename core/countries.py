"""Country and currency codes the whole pipeline agrees on (ISO 3166-1 alpha-3, ICAO extras, ISO 4217)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pycountry
import yaml

ICAO_CODES_FILE = Path(__file__).resolve().parents[1] / "extractors" / "mrz" / "icao_codes.yaml"
# ICAO Doc 9303 Part 3 writes Germany as "D"; everything downstream uses the ISO code.
ICAO_TO_ISO = {"D": "DEU"}


@cache
def iso_alpha3() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.countries)


@cache
def icao_extra_codes() -> frozenset[str]:
    data = yaml.safe_load(ICAO_CODES_FILE.read_text(encoding="utf-8"))
    return frozenset(data["codes"])


def is_travel_document_code(code: str) -> bool:
    """A nationality or issuing-state code a passport may carry."""
    return code in iso_alpha3() or code in icao_extra_codes()


@cache
def iso_currencies() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.currencies)
