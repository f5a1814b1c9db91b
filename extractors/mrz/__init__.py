"""ICAO 9303 machine-readable zone text layer: check digits, parsing, positional OCR repair.

Works on text only; locating and recognising the MRZ band in an image is a separate step.
"""

from extractors.mrz.checkdigit import check_digit
from extractors.mrz.model import MrzError, MrzRecord
from extractors.mrz.parse import parse_mrz
from extractors.mrz.repair import parse_with_repair, repair_by_position

__all__ = ["MrzError", "MrzRecord", "check_digit", "parse_mrz", "parse_with_repair", "repair_by_position"]
