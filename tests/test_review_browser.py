"""End to end in real headless Chromium: sign in, open the most blocked case, correct a fact, resolve a flag.

Uses Debian's chromium at /usr/bin/chromium driven by Playwright (never a downloaded browser). Screenshots
go to test-artifacts/review/ for a person to look at.
"""

from __future__ import annotations

import importlib.util
import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts" / "review"
# The flags this machine needs: no sandbox as root, and no background calls to Google's hosts.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium"
    ),
    pytest.mark.skipif(
        importlib.util.find_spec("playwright") is None,
        reason="the playwright Python package is not installed",
    ),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    import uvicorn

    from review.app import create_app
    from review.server import LOOPBACK_NAMES
    from tests.test_review_web import build_out

    out = build_out(tmp_path, with_c300=False)
    port = free_port()
    config = uvicorn.Config(
        create_app(out, allowed_hosts=LOOPBACK_NAMES), host="127.0.0.1", port=port, log_level="warning"
    )
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the review server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


@pytest.fixture
def page(server: str) -> Iterator:
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        # launch() gives each run a fresh, empty profile directory of its own.
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1360, "height": 900}, base_url=server)
        tab = context.new_page()
        tab.set_default_timeout(30_000)
        try:
            yield tab
        finally:
            context.close()
            browser.close()


def shot(tab, name: str) -> None:
    tab.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_staff_correct_a_fact_and_resolve_a_flag_in_chromium(page, server: str) -> None:
    from playwright.sync_api import expect

    from tests.test_review_web import PASSWORD

    page.goto("/")
    expect(page).to_have_url(re.compile(r"/login\?next="))
    page.fill("input[name=username]", "alice")
    page.fill("input[name=password]", PASSWORD)
    shot(page, "01-login")
    page.click("button[type=submit]")

    # The queue: the most blocked case is the first row.
    expect(page.locator("h1")).to_have_text("Cases to review")
    shot(page, "02-queue")
    first = page.locator("table.queue a.case-link").first
    expect(first).to_have_text("C100")
    first.click()
    expect(page).to_have_url(f"{server}/cases/C100")
    # Every evidence crop and thumbnail on the page actually loaded.
    page.wait_for_load_state("networkidle")
    images = page.locator("img.crop, img.thumb")
    assert images.count() >= 3
    for i in range(images.count()):
        assert images.nth(i).evaluate("img => img.complete && img.naturalWidth > 0"), (
            f"image {i} did not load"
        )
    shot(page, "03-case")

    # Correct the IELTS overall band, with a reason.
    row = page.locator('tr.fact[data-field="ielts.overall"]')
    expect(row.locator("td.value .v")).to_have_text("5.5")
    score_before = page.locator("#case-score .num").inner_text()
    row.locator("details.correct summary").click()
    row.locator("details.correct input[name=value]").fill("7")
    row.locator("details.correct input[name=reason]").fill("read from the paper original")
    row.locator("details.correct button[type=submit]").click()
    expect(page.locator(".flash")).to_contain_text("correct fact")
    row = page.locator('tr.fact[data-field="ielts.overall"]')
    expect(row.locator("td.value .v")).to_have_text("7")
    expect(row).to_contain_text("by alice")
    score_after = page.locator("#case-score .num").inner_text()
    # The confirmed band (with its test date) now counts for English: the score moves.
    assert score_before != "—"
    assert score_after != score_before, (score_before, score_after)
    shot(page, "04-after-correction")

    # Resolve the broken PDF's flag, with a reason.
    flag = page.locator('tr.flag[data-code="DOC_UNREADABLE"]')
    expect(flag).to_contain_text("open")
    flag.locator("input[name=reason]").fill("client sent a readable copy by email")
    flag.locator("button[value=resolve_flag]").click()
    expect(page.locator(".flash")).to_contain_text("resolve flag")
    flag = page.locator('tr.flag[data-code="DOC_UNREADABLE"]')
    expect(flag).to_contain_text("resolved")
    expect(flag).to_contain_text("by alice")

    # Both decisions are in the case's history, newest first, with who and why.
    history = page.locator("#history tr.decision")
    expect(history).to_have_count(2)
    expect(history.nth(0)).to_contain_text("resolve flag")
    expect(history.nth(0)).to_contain_text("client sent a readable copy by email")
    expect(history.nth(1)).to_contain_text("correct fact")
    expect(history.nth(1)).to_contain_text("5.5")
    expect(history.nth(1)).to_contain_text("read from the paper original")
    for i in range(2):
        expect(history.nth(i)).to_contain_text("alice")
    page.locator("#history").scroll_into_view_if_needed()
    shot(page, "05-after-resolve")
