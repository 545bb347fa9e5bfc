"""`roomsift serve` runs one process per core: a session made in one process works in every
other (auth.SharedSessions), with its preferences, until it is ended in any of them."""

from __future__ import annotations

import re
import secrets

from fastapi.testclient import TestClient


def test_a_session_is_shared_by_every_server_process(team_case, tmp_path):
    from roomsift.case.store import Case
    from roomsift.present.web import auth
    from roomsift.present.web.app import create_app

    secret = secrets.token_bytes(32)
    cases = [Case.open(team_case[0]) for _ in range(2)]
    one, two = (create_app(c, auth.SharedSessions(str(tmp_path), secret)) for c in cases)
    try:
        a = TestClient(one, follow_redirects=False)
        pre = re.search(r'name="csrf" value="([^"]+)"', a.get("/signin").text).group(1)
        assert a.post("/signin", data={"user": "kim", "password": team_case[1]["kim"]["password"], "csrf": pre}).status_code == 303
        b = TestClient(two, follow_redirects=False, cookies={auth.COOKIE: a.cookies[auth.COOKIE]})
        assert b.get("/api/participants").status_code == 200
        csrf = re.search(r'name="csrf" value="([^"]+)"', b.get("/bases").text).group(1)
        # a preference set through the second process holds in the first
        assert b.post("/prefs", data={"csrf": csrf, "lang": "ko", "back": "/"}).status_code == 303
        assert 'lang="ko"' in a.get("/participants").text
        # the store keeps no usable token or key: only the token's hash, the key sealed
        import sqlite3

        token, key = sqlite3.connect(tmp_path / "sessions.db").execute("SELECT token, key FROM sessions").fetchone()
        assert token != a.cookies[auth.COOKIE] and len(key) == 12 + 32 + 16
        # an unknown token is no session
        assert TestClient(two, cookies={auth.COOKIE: "forged"}).get("/api/participants").status_code == 401
        # signed out in process two: gone in process one too
        assert b.post("/signout", data={"csrf": csrf}).status_code == 303
        assert a.get("/api/participants").status_code == 401
    finally:
        for c in cases:
            c.close()
