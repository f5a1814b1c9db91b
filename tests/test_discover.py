from pathlib import Path

from pipeline.discover import is_safe_case_id, list_cases, list_files


def test_files_are_found_at_any_depth_and_application_yaml_is_not_a_document(tmp_path: Path) -> None:
    case = tmp_path / "C1"
    (case / "scans" / "2024").mkdir(parents=True)
    (case / "scans" / "2024" / "IMG_1.jpg").write_bytes(b"x")
    (case / "a.pdf").write_bytes(b"y")
    (case / "application.yaml").write_text("marital_status: single\n")
    files, skipped = list_files(case)
    assert [f.rel for f in files] == ["a.pdf", "scans/2024/IMG_1.jpg"]
    assert skipped == []


def test_a_symlink_is_reported_and_never_followed(tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("not yours")
    case = tmp_path / "root" / "C1"
    case.mkdir(parents=True)
    (case / "link.pdf").symlink_to(outside)
    files, skipped = list_files(case)
    assert files == []
    assert [(s.rel, "symbolic link" in s.reason) for s in skipped] == [("link.pdf", True)]


def test_case_folders_with_unsafe_names_are_skipped(tmp_path: Path) -> None:
    for name in ("C001", "bad name", "-rf"):
        (tmp_path / name).mkdir()
    cases, skipped = list_cases(tmp_path)
    assert cases == ["C001"]
    assert sorted(s.rel for s in skipped) == ["-rf", "bad name"]
    assert not is_safe_case_id("..")
