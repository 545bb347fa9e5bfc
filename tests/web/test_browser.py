"""Browser tests: Playwright for Python driving Debian's Chromium (/usr/bin/chromium; nothing
is downloaded). Screenshots of every step go to the test's tmp folder (and to
$ROOMSIFT_SCREENSHOTS when set, e.g. benchmarks/out/web)."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is missing (apt-get install chromium)")


@pytest.fixture(scope="module")
def server(app):
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def shots(tmp_path):
    out = Path(os.environ["ROOMSIFT_SCREENSHOTS"]) if os.environ.get("ROOMSIFT_SCREENSHOTS") else tmp_path
    out.mkdir(parents=True, exist_ok=True)

    def shot(page, name: str) -> None:
        page.wait_for_load_state("load")  # a capture during a navigation fails in Chromium
        page.screenshot(path=str(out / f"{name}.png"), full_page=False)

    return shot


def _sign_in(browser, server, user, password):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    ctx.set_default_timeout(120_000)  # CI runs two test workers on two cores: pages can be slow there
    page = ctx.new_page()
    outside = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith((server, "data:")) else None)
    page.goto(server + "/")
    page.get_by_label("User name").fill(user)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.outside = outside
    return page


def test_tour_request_approve_reveal(browser, server, team_case, shots):
    team = team_case[1]
    kim = _sign_in(browser, server, "kim", team["kim"]["password"])
    assert "kim (investigator)" in kim.locator("#whoami").inner_text()
    shots(kim, "01-overview")
    kim.get_by_role("link", name="Participants").click()
    # A changed filter submits the form itself; the screenshot must not race that navigation.
    with kim.expect_navigation():
        kim.get_by_label("role").select_option("operator")
    assert "role=operator" in kim.url
    with kim.expect_navigation():
        kim.get_by_role("button", name="Filter").click()
    assert "role=operator" in kim.url
    shots(kim, "02-ranked-operators")
    first = kim.locator("a.person").first
    label = first.inner_text()
    first.click()
    assert kim.locator("#person-label").inner_text() == label
    shots(kim, "03-person")
    kim.locator("a.jump").first.click()
    target = kim.locator("li.target")
    assert target.count() == 1 and target.is_visible()
    shots(kim, "04-cited-message")
    kim.goto(server + f"/person/{label}")
    kim.locator("#request-basis").click()
    kim.get_by_label("reference").fill("2020-WR-0042")
    kim.get_by_label("issuer").fill("Seoul Central District Court")
    kim.get_by_label("expires (YYYY-MM-DD)").fill("2030-12-31")
    kim.get_by_label("grounds").fill("runs the paid rooms")
    kim.locator("#basis-submit").click()
    assert "pending approval" in kim.locator("#bases").inner_text()
    shots(kim, "05-basis-requested")

    lee = _sign_in(browser, server, "lee", team["lee"]["password"])
    lee.get_by_role("link", name="Legal bases").click()
    lee.locator("button[id^=approve-]").last.click()
    assert "active" in lee.locator("#bases").inner_text()
    shots(lee, "06-basis-approved-by-second-supervisor")

    kim.goto(server + f"/person/{label}")
    before = kim.locator("td.ident").first.inner_text()
    kim.locator("#reveal-toggle").click()
    after = kim.locator("td.ident").first.inner_text()
    assert before.startswith("acct_") and not after.startswith("acct_"), (before, after)
    shots(kim, "07-identity-revealed")
    lee.goto(server + "/audit")
    log = lee.locator("table.audit").inner_text()
    assert "basis_approved" in log and "reveal" in log
    shots(lee, "08-audit-entry")
    assert not kim.outside and not lee.outside, "requests to another host"


def test_failed_sign_in_and_forbidden_admin_route(browser, server, team_case, shots):
    page = _sign_in(browser, server, "kim", "not-the-password")
    assert "wrong user name or password" in page.locator("#signin-error").inner_text()
    shots(page, "09-failed-sign-in")
    kim = _sign_in(browser, server, "kim", team_case[1]["kim"]["password"])
    response = kim.goto(server + "/admin/users")
    assert response.status == 403
    shots(kim, "10-investigator-on-admin-route")


def test_ranked_list_filters_on_change_and_pages_by_cursor(browser, server, team_case, shots):
    """The shipped script: a changed filter applies without the button; Next / Previous
    follow the keyset cursor with the filter kept; Alt+Arrow keys page too."""
    kim = _sign_in(browser, server, "kim", team_case[1]["kim"]["password"])
    kim.goto(server + "/participants")
    with kim.expect_navigation():
        kim.get_by_label("sort").select_option("cited")
    assert "sort=cited" in kim.url
    first_page = kim.locator("a.person").all_inner_texts()
    kim.get_by_role("link", name="next").click()
    assert "after=" in kim.url and "sort=cited" in kim.url
    second_page = kim.locator("a.person").all_inner_texts()
    assert second_page and not set(first_page) & set(second_page)
    shots(kim, "11-ranked-second-page-by-cursor")
    with kim.expect_navigation():
        kim.keyboard.press("Alt+ArrowLeft")
    assert "before=" in kim.url
    assert kim.locator("a.person").all_inner_texts() == first_page
    assert not kim.outside, "requests to another host"

