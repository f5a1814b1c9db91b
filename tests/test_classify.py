from core.models import DocType, Page, TextSource, Word
from extractors.classify import classify_pages


def _page(*lines: str) -> Page:
    words = [Word(text=text, bbox=(0, i * 10, 100, i * 10 + 8), line=i) for i, text in enumerate(lines)]
    return Page(number=1, width=600, height=800, unit="pt", text_source=TextSource.text_layer, words=words)


def test_a_test_report_form_is_ielts() -> None:
    page = _page(
        "IELTS", "Test Report Form", "ACADEMIC", "Listening 7.5 Reading 8.0", "Overall Band Score 7.5"
    )
    result = classify_pages([page], min_score=3.0)
    assert result.doc_type is DocType.ielts
    assert result.confidence >= 0.8


def test_an_mrz_alone_is_enough_for_a_passport() -> None:
    page = _page(
        "P<CANMARTIN<<SARAH<<<<<<<<<<<<<<<<<<<<<<<<<<<", "ZE000509<9CAN8501019F2301147<<<<<<<<<<<<<<08"
    )
    assert classify_pages([page], min_score=3.0).doc_type is DocType.passport


def test_chinese_score_report_is_hsk() -> None:
    page = _page("汉语水平考试 HSK 成绩报告", "姓名 Name 王小明", "听力 Listening 85", "总分 Total 251")
    assert classify_pages([page], min_score=3.0).doc_type is DocType.hsk


def test_a_shop_receipt_is_unknown_rather_than_forced_into_a_type() -> None:
    page = _page("FRESHMART", "RECEIPT #44120", "MILK 2L 23.50", "BREAD 15.00", "TOTAL 38.50", "CASH 50.00")
    result = classify_pages([page], min_score=3.0)
    assert result.doc_type is DocType.unknown
    assert result.confidence < 0.5
