"""The evidence report: every fact of case.json with its crop, one self-contained HTML, a PDF that prints."""

from __future__ import annotations

import base64
import io
import json
import shutil
import subprocess
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PIL import Image

from audit.assessment import assessment_view
from audit.pdf import find_chromium
from audit.render import render_html
from audit.report import ReportError, build_report, write_case_report
from cli.main import main
from core.decisions import DecisionKind
from pipeline.review_actions import decide
from pipeline.run import process_upload_root
from tests.helpers import text_image, text_pdf

AS_OF = date(2026, 11, 1)
PNG_PREFIX = "data:image/png;base64,"


@pytest.fixture(scope="module")
def processed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One case with a text-layer PDF (IELTS) and a photographed page (TOEFL, read by OCR)."""
    root = tmp_path_factory.mktemp("audit-report")
    case = root / "uploads" / "C100"
    case.mkdir(parents=True)
    text_pdf(
        case / "trf.pdf",
        [
            "IELTS",
            "Test Report Form",
            "ACADEMIC",
            "Date of Birth: 14/03/1988",
            "Test Date: 08/11/2025",
            "Listening 8.0 Reading 7.0 Writing 6.5 Speaking 7.0",
            "Overall Band Score 7.5",
        ],
    )
    text_image(
        [
            "TOEFL iBT Score Report",
            "Test Date: 12/09/2026",
            "Reading 28  Listening 27",
            "Speaking 25  Writing 26",
            "Total Score 106",
        ]
    ).save(case / "toefl.png")
    process_upload_root(root / "uploads", root / "out", AS_OF)
    return root / "out"


class FactRows(HTMLParser):
    """The report's fact rows: (file, field) -> the image sources inside that row."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: dict[tuple[str, str], list[str]] = {}
        self.current: tuple[str, str] | None = None
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append(tag)
        if tag == "tr" and "fact" in (a.get("class") or "").split():
            self.current = (a["data-file"] or "", a["data-field"] or "")
            self.rows[self.current] = []
        elif tag == "img" and self.current is not None:
            self.rows[self.current].append(a.get("src") or "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "tr":
            self.current = None


def parse(html: str) -> FactRows:
    parser = FactRows()
    parser.feed(html)
    return parser


def test_every_fact_of_case_json_is_in_the_report_with_its_crop(processed: Path) -> None:
    html_path, _ = write_case_report(processed, "C100")
    case = json.loads((processed / "cases" / "C100" / "case.json").read_text())
    rows = parse(html_path.read_text(encoding="utf-8")).rows
    assert case["facts"], "the fixture should yield facts"
    assert {d["text_source"] for d in case["documents"]} == {"ocr", "text_layer"}
    for fact in case["facts"]:
        images = rows[(fact["file"], fact["field"])]
        assert len(images) == 1 and images[0].startswith(PNG_PREFIX), fact["field"]
        crop = Image.open(io.BytesIO(base64.b64decode(images[0][len(PNG_PREFIX) :])))
        assert crop.format == "PNG" and min(crop.size) > 10
    assert len(rows) == len(case["facts"])


def test_the_html_is_one_self_contained_file(processed: Path) -> None:
    html = write_case_report(processed, "C100")[0].read_text(encoding="utf-8")
    for outside in ('src="http', "<link", "<script", "url(http"):
        assert outside not in html
    report = build_report(processed, "C100")
    assert report.chain_head and report.chain_head in html
    for document in report.documents:
        assert document.sha256 in html
        assert document.on_disk == "matches"
    assert "ocr" in {p.text_source for d in report.documents for p in d.page_reads}


def test_the_pdf_renders_to_page_images(processed: Path, tmp_path: Path) -> None:
    if find_chromium() is None:
        pytest.skip("Chromium is not installed: no PDF to render")
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    _, pdf = write_case_report(processed, "C100")
    assert pdf is not None and pdf.read_bytes()[:5] == b"%PDF-"
    subprocess.run(
        ["pdftoppm", "-r", "30", "-png", str(pdf), str(tmp_path / "page")], check=True, timeout=120
    )
    pages = sorted(tmp_path.glob("page*.png"))
    assert len(pages) >= 1
    assert Image.open(pages[0]).size[0] > 100


def test_without_chromium_the_html_is_written_and_says_there_is_no_pdf(
    processed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stale = processed / "cases" / "C100" / "audit.pdf"
    stale.write_bytes(b"%PDF- an older report")
    monkeypatch.setenv("QMAS_CHROMIUM", "")
    html, pdf = write_case_report(processed, "C100")
    assert pdf is None and not stale.exists()
    assert "No PDF was made" in html.read_text(encoding="utf-8")


def test_the_report_command_regenerates_from_the_store(
    processed: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("QMAS_CHROMIUM", "")  # the PDF path is covered above; keep this one quick
    (processed / "cases" / "C100" / "audit.html").unlink(missing_ok=True)
    assert main(["report", "C100", "--out", str(processed)]) == 0
    assert (processed / "cases" / "C100" / "audit.html").is_file()
    assert "audit.html" in capsys.readouterr().out
    assert main(["report", "NOPE", "--out", str(processed)]) == 2
    with pytest.raises(ReportError):
        build_report(processed, "NOPE")


def test_a_decision_and_its_review_run_appear_in_the_report(processed: Path) -> None:
    decide(
        processed,
        "C100",
        DecisionKind.correct_fact,
        "alice",
        file="trf.pdf",
        field="ielts.overall",
        after=7.0,
        reason="read from the paper original",
    )
    report = build_report(processed, "C100")
    [decision] = report.decisions
    assert (decision.actor, decision.before, decision.after) == ("alice", 7.5, 7.0)
    assert {run.kind for run in report.runs} == {"run", "review"}
    assert report.integrity.ok
    html = render_html(report)
    assert "read from the paper original" in html
    fact = next(f for d in report.documents for f in d.facts if f.field == "ielts.overall")
    assert fact.decided_by == "alice" and fact.crop


FULL_ASSESSMENT = {
    "ruleset": "gpt-criteria-2024",
    "general_points_test": {
        "kind": "criteria",
        "name": "gpt-criteria-2024",
        "criteria": [
            {
                "criterion": "english",
                "title": "Good English",
                "status": "met",
                "evidence": ["trf.pdf#ielts.overall"],
                "reason": "IELTS 7.5",
            },
            {
                "criterion": "age",
                "title": "Under 40",
                "status": "unknown",
                "evidence": [],
                "reason": "no date of birth",
                "missing": "a passport",
            },
        ],
        "met": 1,
        "required": 6,
        "passed": False,
    },
    "points_versions": {
        "gpt-points-2023": {
            "total": 95,
            "max": 245,
            "pass_mark": 80,
            "passed": True,
            "factors": [
                {"factor": "age", "points": 30, "max": 30, "evidence": [], "reason": "35"},
                {
                    "factor": "language",
                    "points": 20,
                    "max": 20,
                    "evidence": ["trf.pdf#ielts.overall"],
                    "reason": "x",
                },
            ],
        },
        "gpt-points-2020": {
            "total": 75,
            "max": 225,
            "pass_mark": 80,
            "passed": False,
            "factors": [{"factor": "age", "points": 20, "max": 30, "evidence": [], "reason": "35"}],
        },
    },
    "achievement_based_points_test": {"status": "needs_review", "evidence": []},
    "could_change_outcome": [{"criterion": "age", "missing": "a passport", "could_add": 1}],
    "something_new": {"added": "later"},
}


def test_a_full_assessment_shows_points_versions_side_by_side(processed: Path) -> None:
    report = build_report(processed, "C100")
    report.assessment = assessment_view(FULL_ASSESSMENT)
    compare = report.assessment.points_compare
    assert compare is not None and compare.versions == ["gpt-points-2023", "gpt-points-2020"]
    assert ("language", ["20 / 20", None]) in compare.rows
    html = render_html(report)
    fact_anchor = report.anchors["trf.pdf#ielts.overall"]
    assert f'href="#{fact_anchor}"' in html  # criteria evidence links to the fact and its crop
    assert "Good English" in html and "something new" in html and "a passport" in html
