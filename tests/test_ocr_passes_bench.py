"""The OCR passes bench switches off what it says it does, puts it back, and judges fairly."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from bench import ocr_passes_bench as bench
from extractors import text_fields
from extractors.mrz import reader as mrz_reader
from readers import ocr_page as ocr_page_module
from readers.ocr_page import HAN_LANG, LATIN_LANG, ocr_page

SAMPLES = Path(__file__).resolve().parents[1] / "sample_docs" / "uploads"


def _switched_attributes() -> tuple[object, ...]:
    return (
        ocr_page_module._CLEARLY_UPRIGHT_FULL,
        ocr_page_module._LOW_CONF,
        ocr_page_module._HAN_SCRIPTS,
        text_fields.reocr,
        text_fields.is_sideways,
        mrz_reader.ocr_band,
        mrz_reader.ocr_page_words,
    )


def test_every_pass_is_put_back_after_the_block() -> None:
    before = _switched_attributes()
    with bench.passes_off({p.name for p in bench.PASSES}):
        assert ocr_page_module._LOW_CONF < 0
        assert text_fields.reocr is not before[3]
        assert mrz_reader.ocr_band(Image.new("L", (40, 10)), model="mrz") == []
    assert _switched_attributes() == before


def test_without_the_second_recognizer_only_eng_band_reads_are_skipped() -> None:
    seen: list[str] = []

    def original(image: object, psm: int = 6, model: str = "mrz") -> list[str]:
        seen.append(model)
        return ["P<UTOERIKSSON<<ANNA<MARIA"]

    band = bench._without_eng_band(original)
    assert band(None, model="eng") == []
    assert band(None, model="mrz") == ["P<UTOERIKSSON<<ANNA<MARIA"]
    assert seen == ["mrz"]


def test_an_unknown_pass_is_refused_rather_than_measured_as_if_switched_off() -> None:
    with pytest.raises(ValueError, match="unknown passes"), bench.passes_off({"spell check"}):
        pass


def _result(seconds: float, accuracy: float, wrong_accepted: int) -> dict[str, object]:
    return {"tesseract_seconds": seconds, "accuracy": accuracy, "wrong_accepted": wrong_accepted}


def test_the_verdict_names_the_fastest_configuration_that_keeps_issue_4() -> None:
    configurations = {
        "as shipped": _result(100.0, 0.98, 0),
        "without x": _result(50.0, 0.96, 0),
        "one reading": _result(25.0, 0.60, 0),
    }
    verdict = bench.figures(configurations, {"seconds": 30.0})
    assert verdict["best_keeping_issue_4"] == "without x"
    assert verdict["best_ceiling_ratio_keeping_issue_4"] == 0.6
    assert verdict["both_targets_reachable"] is False


def test_a_wrong_value_accepted_disqualifies_a_configuration_however_fast() -> None:
    configurations = {"as shipped": _result(100.0, 0.98, 0), "fast": _result(30.0, 0.99, 1)}
    verdict = bench.figures(configurations, {"seconds": 30.0})
    assert verdict["best_keeping_issue_4"] == "as shipped"
    assert verdict["both_targets_reachable"] is False
    configurations["fast"]["wrong_accepted"] = 0
    assert bench.figures(configurations, {"seconds": 30.0})["both_targets_reachable"] is True


def test_switching_the_chinese_re_read_off_really_leaves_a_chinese_scan_in_english() -> None:
    """Real Tesseract: the bench's switch reaches the reader, so its figures measure something."""
    with Image.open(SAMPLES / "C001" / "psc.png") as image:
        page = image.convert("RGB")
    with bench.timed_tesseract() as spent:
        shipped = ocr_page(page, 1, 120.0)
    shipped_calls = spent["calls"]
    with bench.passes_off({"Chinese re-read"}), bench.timed_tesseract() as spent:
        english_only = ocr_page(page, 1, 120.0)
    assert shipped.ocr_lang == HAN_LANG
    assert english_only.ocr_lang == LATIN_LANG
    assert spent["calls"] == shipped_calls - 1
