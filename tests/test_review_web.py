"""The review app over HTTP: login on every page, CSRF on every POST, evidence only from the case's files."""

from __future__ import annotations

import io
import json
import re
import shutil
import sqlite3
import warnings
from datetime import date
from pathlib import Path

import pytest

with warnings.catch_warnings():
    # Starlette 1.x announces httpx2 for its TestClient (a UserWarning); httpx is what the project has today.
    warnings.filterwarnings("ignore", message=".*httpx2.*")
    from fastapi.testclient import TestClient

from cli.main import main as cli_main
from pipeline.run import process_upload_root
from pipeline.writer import case_status
from review.accounts import Accounts
from review.app import create_app
from review.cases import case_status_of
from review.passwords import verify_password
from review.security import SESSION_COOKIE
from store.sqlite_store import Store
from tests.helpers import text_pdf

AS_OF = date(2026, 11, 1)
PASSWORD = "correct horse battery"


def build_uploads(root: Path, with_c300: bool = True) -> Path:
    """Small cases. C300 (only a broken PDF) misses the most documents; C100 has an unsure IELTS band and
    a broken PDF, so it comes before C200 (the same blockers, fewer warnings). C100's TRF has a test date,
    so once the band is confirmed it counts for English and moves the score."""
    uploads = root / "uploads"
    c100 = uploads / "C100"
    c100.mkdir(parents=True)
    trf = ["IELTS", "Test Report Form", "ACADEMIC", "Test Date 12 MAR 2026", "Overall Band Score 5.5"]
    text_pdf(c100 / "trf.pdf", trf)
    (c100 / "mystery.pdf").write_bytes(b"%PDF-1.4 broken")
    c200 = uploads / "C200"
    c200.mkdir(parents=True)
    text_pdf(c200 / "trf.pdf", ["IELTS", "Test Report Form", "ACADEMIC", "Overall Band Score 6.0"])
    if with_c300:
        c300 = uploads / "C300"
        c300.mkdir(parents=True)
        (c300 / "blank.pdf").write_bytes(b"%PDF-1.4 also broken")
    return uploads


def build_out(root: Path, with_c300: bool = True) -> Path:
    out = root / "out"
    process_upload_root(build_uploads(root, with_c300), out, AS_OF)
    Accounts(out).add_user("alice", PASSWORD)
    return out


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_out(tmp_path_factory.mktemp("review"))


@pytest.fixture
def out(pristine: Path, tmp_path: Path) -> Path:
    """A private copy per test, so decisions in one test never show in another; upload root stays shared."""
    copy = tmp_path / "out"
    shutil.copytree(pristine, copy)
    return copy


def login_csrf(client: TestClient) -> str:
    page = client.get("/login")
    return re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)


def log_in(client: TestClient, name: str = "alice", password: str = PASSWORD) -> None:
    response = client.post(
        "/login",
        data={"csrf": login_csrf(client), "username": name, "password": password, "next": "/"},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text


def page_csrf(client: TestClient, case_id: str = "C100") -> str:
    return re.search(r'name="csrf" value="([^"]+)"', client.get(f"/cases/{case_id}").text).group(1)


@pytest.fixture
def client(out: Path) -> TestClient:
    return TestClient(create_app(out))


@pytest.fixture
def alice(client: TestClient) -> TestClient:
    log_in(client)
    return client


def decisions(out: Path, case_id: str = "C100") -> list:
    return Store(out / "store.sqlite").decisions_for_case(case_id)


# Login on every page
@pytest.mark.parametrize(
    "path",
    ["/", "/cases/C100", "/cases/C100/evidence/0", "/cases/C100/documents/1/thumbnail", "/?status=blocked"],
)
def test_an_anonymous_request_is_sent_to_the_login_page(client: TestClient, path: str) -> None:
    response = client.get(path, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"].startswith("/login?next=")
    assert "C100" not in response.text


def test_an_anonymous_decision_is_refused_and_records_nothing(client: TestClient, out: Path) -> None:
    response = client.post(
        "/cases/C100/decisions",
        data={"kind": "waive_flag", "flag_code": "DOC_UNREADABLE", "file": "mystery.pdf", "reason": "x"},
        follow_redirects=False,
    )
    assert (response.status_code, response.headers["location"]) == (303, "/login")
    assert decisions(out) == []


def test_login_sets_a_strict_httponly_session_and_returns_to_the_page_asked_for(client: TestClient) -> None:
    first = client.get("/cases/C100", follow_redirects=False)
    next_path = first.headers["location"].split("next=")[1]
    response = client.post(
        "/login",
        data={"csrf": login_csrf(client), "username": "alice", "password": PASSWORD, "next": "/cases/C100"},
        follow_redirects=False,
    )
    assert next_path == "%2Fcases%2FC100"
    assert (response.status_code, response.headers["location"]) == (303, "/cases/C100")
    cookie = next(c for c in response.headers.get_list("set-cookie") if c.startswith(SESSION_COOKIE))
    assert "HttpOnly" in cookie and "samesite=strict" in cookie.lower()
    assert client.get("/cases/C100").status_code == 200


@pytest.mark.parametrize(
    ("name", "password"), [("alice", "wrong password!"), ("mallory", PASSWORD), ("alice", "")]
)
def test_a_wrong_password_or_unknown_user_fails(client: TestClient, name: str, password: str) -> None:
    response = client.post(
        "/login",
        data={"csrf": login_csrf(client), "username": name, "password": password},
        follow_redirects=False,
    )
    assert response.status_code == 401
    assert "Wrong user name or password" in response.text
    assert SESSION_COOKIE not in client.cookies
    assert client.get("/", follow_redirects=False).status_code == 303


def test_repeated_wrong_passwords_lock_the_name_for_a_while(client: TestClient) -> None:
    for _ in range(5):
        client.post("/login", data={"csrf": login_csrf(client), "username": "alice", "password": "nope-nope"})
    response = client.post(
        "/login",
        data={"csrf": login_csrf(client), "username": "alice", "password": PASSWORD},
        follow_redirects=False,
    )
    assert response.status_code == 401


def test_login_never_redirects_off_site(client: TestClient) -> None:
    for target in ("//evil.example/", "https://evil.example/", "/\\evil.example"):
        response = client.post(
            "/login",
            data={"csrf": login_csrf(client), "username": "alice", "password": PASSWORD, "next": target},
            follow_redirects=False,
        )
        assert response.headers["location"] == "/"


def test_passwords_are_stored_as_salted_scrypt_hashes(out: Path) -> None:
    Accounts(out).add_user("bob", PASSWORD)
    with sqlite3.connect(out / "review.sqlite") as db:
        rows = dict(db.execute("SELECT name, password_hash FROM users").fetchall())
    assert PASSWORD not in rows["alice"] and PASSWORD not in rows["bob"]
    assert rows["alice"].startswith("scrypt$16384$8$1$")
    assert rows["alice"] != rows["bob"]  # a random salt each
    assert verify_password(PASSWORD, rows["bob"]) and not verify_password("correct horse", rows["bob"])


def test_an_expired_session_is_sent_back_to_login(alice: TestClient, out: Path) -> None:
    with sqlite3.connect(out / "review.sqlite") as db:
        db.execute("UPDATE sessions SET expires='2000-01-01T00:00:00+00:00'")
    assert alice.get("/", follow_redirects=False).status_code == 303


def test_signing_out_ends_the_session_on_the_server(alice: TestClient, out: Path) -> None:
    token = alice.cookies[SESSION_COOKIE]
    response = alice.post("/logout", data={"csrf": page_csrf(alice)}, follow_redirects=False)
    assert response.headers["location"] == "/login"
    assert Accounts(out).session(token) is None


# CSRF on every POST
@pytest.mark.parametrize("csrf", [None, "", "forged-token-0123456789"])
def test_a_decision_without_the_sessions_csrf_token_is_refused(
    alice: TestClient, out: Path, csrf: str | None
) -> None:
    form = {"kind": "waive_flag", "flag_code": "DOC_UNREADABLE", "file": "mystery.pdf", "reason": "forged"}
    if csrf is not None:
        form["csrf"] = csrf
    response = alice.post("/cases/C100/decisions", data=form, follow_redirects=False)
    assert response.status_code == 403
    assert decisions(out) == []


def test_another_sessions_csrf_token_is_refused(out: Path) -> None:
    app = create_app(out)
    mallory_client, alice_client = TestClient(app), TestClient(app)
    Accounts(out).add_user("mallory", PASSWORD)
    log_in(mallory_client, "mallory")
    log_in(alice_client)
    form = {
        "csrf": page_csrf(mallory_client),
        "kind": "accept_fact",
        "file": "trf.pdf",
        "field": "ielts.overall",
    }
    assert alice_client.post("/cases/C100/decisions", data=form, follow_redirects=False).status_code == 403
    assert decisions(out) == []


def test_a_cross_site_post_is_refused_even_with_the_token(alice: TestClient, out: Path) -> None:
    form = {"csrf": page_csrf(alice), "kind": "accept_fact", "file": "trf.pdf", "field": "ielts.overall"}
    response = alice.post(
        "/cases/C100/decisions", data=form, headers={"Origin": "https://evil.example"}, follow_redirects=False
    )
    assert response.status_code == 403
    assert decisions(out) == []


def test_the_login_form_needs_its_own_token(client: TestClient) -> None:
    response = client.post("/login", data={"username": "alice", "password": PASSWORD}, follow_redirects=False)
    assert response.status_code == 403


def test_logout_needs_the_csrf_token(alice: TestClient) -> None:
    assert alice.post("/logout", data={}, follow_redirects=False).status_code == 403
    assert alice.get("/", follow_redirects=False).status_code == 200


# Evidence only from the case's own files
def test_a_fact_of_the_case_has_its_crop_and_page(alice: TestClient) -> None:
    for path in (
        "/cases/C100/evidence/0",
        "/cases/C100/evidence/0/page",
        "/cases/C100/documents/1/thumbnail",
    ):
        response = alice.get(path)
        assert response.status_code == 200 and response.headers["content-type"] == "image/png"
        assert response.content.startswith(b"\x89PNG")


@pytest.mark.parametrize(
    "path",
    [
        "/cases/C300/evidence/0",  # C300 has no facts: C100's fact 0 is not C300's
        "/cases/C100/evidence/3",  # out of range
        "/cases/C100/evidence/-1",
        "/cases/C100/evidence/1.0",
        "/cases/C100/evidence/%2e%2e",
        "/cases/C100/evidence/..%2F..%2Fstore.sqlite",
        "/cases/C100/evidence/%2Fetc%2Fpasswd",
        "/cases/C100/documents/9/thumbnail",
        "/cases/C100/documents/0/thumbnail",  # the broken PDF has no page to show
        "/cases/NOPE/evidence/0",
        "/cases/..%2FC100/evidence/0",
    ],
)
def test_an_evidence_request_outside_the_case_is_refused(alice: TestClient, path: str) -> None:
    assert alice.get(path).status_code == 404


def test_a_stored_file_name_that_leaves_the_case_folder_is_refused(alice: TestClient, out: Path) -> None:
    """Even if a stored record were altered to point at another case's file, no image is served."""
    with sqlite3.connect(out / "store.sqlite") as db:
        raw = json.loads(
            db.execute("SELECT result_json FROM case_results WHERE case_id='C200'").fetchone()[0]
        )
        c100 = json.loads(
            db.execute("SELECT result_json FROM case_results WHERE case_id='C100'").fetchone()[0]
        )
        c100_trf = next(d for d in c100["documents"] if d["file"] == "trf.pdf")
        for record in raw["documents"]:
            record.update(file="../C100/trf.pdf", sha256=c100_trf["sha256"])
        for fact in raw["facts"]:
            fact["file"] = "../C100/trf.pdf"
        db.execute(
            "UPDATE case_results SET result_json=?, run_id=run_id WHERE case_id='C200'", (json.dumps(raw),)
        )
    assert alice.get("/cases/C200/evidence/0").status_code == 404
    assert alice.get("/cases/C200/documents/0/thumbnail").status_code == 404


def test_a_file_changed_since_it_was_read_shows_no_crop(alice: TestClient, pristine: Path, out: Path) -> None:
    upload_root = Path(Store(out / "store.sqlite").case_run("C200")["upload_root"])
    trf = upload_root / "C200" / "trf.pdf"
    original = trf.read_bytes()
    try:
        text_pdf(trf, ["IELTS", "Test Report Form", "ACADEMIC", "Overall Band Score 9.0"])
        assert alice.get("/cases/C200/evidence/0").status_code == 404
    finally:
        trf.write_bytes(original)
    assert alice.get("/cases/C200/evidence/0").status_code == 200


# Pages and decisions
def test_the_queue_puts_the_most_blocked_case_first_and_filters(alice: TestClient) -> None:
    page = alice.get("/").text
    order = re.findall(r'class="case-link" href="/cases/(\w+)"', page)
    assert order == ["C300", "C100", "C200"]  # 5 blockers; then 4 blockers with 3 warnings before 2
    assert re.findall(r'class="case-link" href="/cases/(\w+)"', alice.get("/?flag=DOC_UNREADABLE").text) == [
        "C300",
        "C100",
    ]
    assert "DOC_UNREADABLE (2)" in page
    missing = alice.get("/?missing=language_proof").text
    assert re.findall(r'class="case-link" href="/cases/(\w+)"', missing) == ["C300"]
    assert "Showing 0 of 3" in alice.get("/?status=ready").text


def test_the_queue_status_follows_the_pipelines_rule(out: Path) -> None:
    with sqlite3.connect(out / "store.sqlite") as db:
        raws = [json.loads(r[0]) for r in db.execute("SELECT result_json FROM case_results")]
    results = Store(out / "store.sqlite").latest_case_results()
    assert [case_status_of(r["flags"]) for r in sorted(raws, key=lambda r: r["case_id"])] == [
        case_status(r) for r in results
    ]


def test_a_correction_is_recorded_with_the_user_and_shown_reassessed(alice: TestClient, out: Path) -> None:
    form = {
        "csrf": page_csrf(alice),
        "kind": "correct_fact",
        "file": "trf.pdf",
        "field": "ielts.overall",
        "value": "7",
        "reason": "read from the paper original",
        "anchor": "fact-2",
    }
    response = alice.post("/cases/C100/decisions", data=form, follow_redirects=False)
    assert response.status_code == 303
    assert re.fullmatch(r"/cases/C100\?decided=\d+#fact-2", response.headers["location"])
    [decision] = decisions(out)
    assert (decision.actor, decision.before, decision.after) == ("alice", 5.5, 7.0)
    page = alice.get(response.headers["location"]).text
    row = re.search(r'data-field="ielts.overall">(.*?)</tr>', page, re.S).group(1)
    assert '<span class="v">7</span>' in row and "st-accepted" in row and "by alice" in row
    assert "Recorded: correct fact" in page
    history = page.split('id="history"')[1]
    assert "read from the paper original" in history and "alice" in history


def test_a_waiver_and_a_document_type_are_recorded(alice: TestClient, out: Path) -> None:
    csrf = page_csrf(alice)
    alice.post(
        "/cases/C100/decisions",
        data={
            "csrf": csrf,
            "kind": "waive_flag",
            "flag_code": "DOC_UNREADABLE",
            "file": "mystery.pdf",
            "reason": "client re-sent it by email",
        },
    )
    page = alice.post(
        "/cases/C100/decisions",
        data={"csrf": csrf, "kind": "set_doc_type", "file": "trf.pdf", "doc_type": "toefl"},
    ).text
    assert [d.kind.value for d in decisions(out)] == ["waive_flag", "set_doc_type"]
    assert "client re-sent it by email" in page
    assert re.search(r'<option value="toefl" selected>', page)


@pytest.mark.parametrize(
    ("form", "message"),
    [
        (
            {"kind": "correct_fact", "file": "trf.pdf", "field": "ielts.overall", "value": "8"},
            "needs a reason",
        ),
        (
            {
                "kind": "correct_fact",
                "file": "trf.pdf",
                "field": "ielts.overall",
                "value": "eight",
                "reason": "r",
            },
            "not a number",
        ),
        (
            {"kind": "resolve_flag", "flag_code": "DOC_UNREADABLE", "file": "mystery.pdf", "reason": ""},
            "needs a reason",
        ),
        ({"kind": "accept_fact", "file": "../C200/trf.pdf", "field": "ielts.overall"}, "has no document"),
        ({"kind": "set_doc_type", "file": "trf.pdf", "doc_type": "spaceship"}, "unknown document type"),
        ({"kind": "drop_table"}, "unknown kind"),
    ],
)
def test_a_bad_decision_is_shown_and_not_recorded(
    alice: TestClient, out: Path, form: dict[str, str], message: str
) -> None:
    response = alice.post("/cases/C100/decisions", data={"csrf": page_csrf(alice), **form})
    assert response.status_code == 400
    assert message in response.text
    assert decisions(out) == []


def test_pages_carry_a_strict_content_security_policy(alice: TestClient) -> None:
    response = alice.get("/cases/C100")
    assert "default-src 'none'" in response.headers["content-security-policy"]
    assert response.headers["cache-control"] == "no-store"
    assert "<script" not in response.text


def test_markup_in_stored_text_is_escaped(alice: TestClient, out: Path) -> None:
    csrf = page_csrf(alice)
    alice.post(
        "/cases/C100/decisions",
        data={
            "csrf": csrf,
            "kind": "waive_flag",
            "flag_code": "DOC_UNREADABLE",
            "file": "mystery.pdf",
            "reason": "<script>alert(1)</script>",
        },
    )
    page = alice.get("/cases/C100").text
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)" in page


# The user command
def test_user_add_reads_a_piped_password(out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("a long enough secret\n"))
    assert cli_main(["user", "add", "carol", "--out", str(out)]) == 0
    accounts = Accounts(out)
    assert "carol" in accounts.users()
    assert accounts.check_password("carol", "a long enough secret")
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert cli_main(["user", "add", "dave", "--out", str(out)]) == 2
    monkeypatch.setattr("sys.stdin", io.StringIO("a long enough secret\n"))
    assert cli_main(["user", "add", "carol", "--out", str(out)]) == 2  # already there


def test_refusals_are_pages_a_person_can_read(alice: TestClient) -> None:
    response = alice.get("/cases/NOPE")
    assert response.status_code == 404
    assert "text/html" in response.headers["content-type"] and "Back to the queue" in response.text
    forged = alice.post("/cases/C100/decisions", data={"csrf": "x", "kind": "accept_fact"})
    assert forged.status_code == 403 and "reload the page" in forged.text


def test_the_review_command_binds_to_loopback_and_refuses_other_host_names(out: Path) -> None:
    from cli.main import build_parser

    args = build_parser().parse_args(["review", "--out", str(out)])
    assert (args.host, args.port) == ("127.0.0.1", 8000)
    from review.server import LOOPBACK_NAMES

    guarded = TestClient(create_app(out, allowed_hosts=LOOPBACK_NAMES), base_url="http://127.0.0.1")
    assert guarded.get("/login").status_code == 200
    assert guarded.get("/login", headers={"Host": "rebound.evil.example"}).status_code == 400
