"""Sign-in, sessions, CSRF, lock-out, role checks, and the four-eyes legal basis in the
browser: requested by an investigator, approved by another supervisor, reveal at once."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient


def test_unauthenticated_requests_are_refused(app):
    anon = TestClient(app, follow_redirects=False)
    r = anon.get("/participants")
    assert r.status_code == 303 and r.headers["location"].startswith("/signin")
    assert anon.get("/api/participants").status_code == 401
    assert anon.get("/api/person/P000001").status_code == 401
    assert anon.post("/bases", data={"type": "warrant"}).status_code == 401


def test_wrong_password_is_refused_and_logged(sign_in, app):
    bad = sign_in("kim", "not-the-password")
    assert bad.signin_status == 401
    assert bad.get("/api/participants").status_code == 401
    oh = sign_in("oh")
    assert "web_sign_in_failed" in oh.get("/audit").text


def test_lock_out_after_repeated_failures(sign_in):
    for _ in range(5):
        assert sign_in("park", "wrong-password-x").signin_status == 401
    # the right password no longer opens the account while it is locked
    locked = sign_in("park")
    assert locked.signin_status == 401
    assert locked.get("/api/participants").status_code == 401


def test_csrf_token_is_required_on_every_post(sign_in):
    kim = sign_in("kim")
    for url in ("/bases", "/prefs", "/signout", "/links/L1-2/confirm", "/media/1/preview"):
        assert kim.post(url, data={"lang": "ko"}).status_code == 403, url
        assert kim.post(url, data={"csrf": "forged"}).status_code == 403, url
    # sign-in itself needs the sign-in page's token
    fresh = TestClient(kim.app, follow_redirects=False)
    assert fresh.post("/signin", data={"user": "kim", "password": "x", "csrf": "forged"}).status_code == 403


def test_investigator_on_admin_route_gets_403(sign_in):
    kim = sign_in("kim")
    assert kim.get("/admin/users").status_code == 403
    assert kim.get("/api/users").status_code == 403
    # and a supervisor's decision: an investigator cannot approve
    assert kim.post("/bases/1/approve", data={"csrf": kim.csrf}).status_code == 403


def test_basis_four_eyes_reveal_and_audit(sign_in, team_case):
    from web_identifiers import identifiers, leaks

    kim, lee = sign_in("kim"), sign_in("lee")
    top = kim.get("/api/participants?role=operator").json()["participants"][0]["person"]
    idents = identifiers(team_case[0])
    # reveal on, no basis: still pseudonyms
    kim.post("/prefs", data={"csrf": kim.csrf, "reveal": "on", "back": "/"})
    assert not leaks(kim.get(f"/person/{top}").text, idents)
    r = kim.post("/bases", data={"csrf": kim.csrf, "type": "warrant", "reference": "2020-WR-0042", "persons": top,
                                 "issuer": "Seoul Central District Court", "expires": "2030-12-31", "grounds": "runs the paid rooms"})
    assert r.status_code == 303
    listing = kim.get("/bases").text
    basis_id = int(re.findall(r'id="basis-(\d+)"', listing)[-1])
    assert "pending approval" in listing
    assert not leaks(kim.get(f"/person/{top}").text, idents)  # pending: nothing revealed
    # the author cannot approve their own basis; a supervisor other than the author can
    assert kim.post(f"/bases/{basis_id}/approve", data={"csrf": kim.csrf}).status_code == 403
    assert lee.post(f"/bases/{basis_id}/approve", data={"csrf": lee.csrf}).status_code == 303
    page = kim.get(f"/person/{top}").text
    shown = leaks(page, idents)
    assert shown, "an approved basis should reveal the person's identifiers"
    # the audit log records the request, the approval (signed) and the reveal, by user
    audit = lee.get("/audit").text
    for kind in ("basis_added", "basis_approved", "reveal", "person_view"):
        assert kind in audit, kind
    verdict = lee.post("/audit/verify", data={"csrf": lee.csrf}).text
    assert 'class="verdict ok"' in verdict
    # revoked: the next page is pseudonymised again
    assert lee.post(f"/bases/{basis_id}/revoke", data={"csrf": lee.csrf, "reason": "order set aside"}).status_code == 303
    assert not leaks(kim.get(f"/person/{top}").text, idents)


def test_user_password_cli_sets_a_working_password(cli, team_case, app, monkeypatch):
    monkeypatch.setenv("ROOMSIFT_WEB_PASSWORD", "a-new-password-for-oh")
    monkeypatch.setenv("ROOMSIFT_USER", "kim")
    monkeypatch.setenv("ROOMSIFT_PASSPHRASE", team_case[1]["kim"]["passphrase"])  # kim's own key, not oh's
    out = cli("user", "password", "oh", "--case", team_case[0], expect=2)
    assert "only oh sets their own web password" in out.stderr
    monkeypatch.setenv("ROOMSIFT_USER", "oh")
    monkeypatch.setenv("ROOMSIFT_PASSPHRASE", team_case[1]["oh"]["passphrase"])
    cli("user", "password", "oh", "--case", team_case[0])
    client = TestClient(app, follow_redirects=False)
    pre = re.search(r'name="csrf" value="([^"]+)"', client.get("/signin").text).group(1)
    r = client.post("/signin", data={"user": "oh", "password": "a-new-password-for-oh", "csrf": pre})
    assert r.status_code == 303
