"""A demo case with the demo team (admin, investigator, two supervisors, auditor) and
their web passwords, and a signed-in TestClient per user."""

from __future__ import annotations

import re

import pytest


@pytest.fixture(scope="module")
def team_case(demo_case):
    from roomsift.case.store import Case
    from roomsift.present.commands.web import make_demo_team

    with Case.open(demo_case) as case:
        team = {u["user"]: u for u in make_demo_team(case)}
    return demo_case, team


@pytest.fixture(scope="module")
def app(team_case):
    from roomsift.case.store import Case
    from roomsift.present.web.app import create_app

    case = Case.open(team_case[0])
    yield create_app(case)
    case.close()


@pytest.fixture(scope="module")
def sign_in(app, team_case):
    """sign_in(user) -> a TestClient with that user's session (and its CSRF token as .csrf)."""
    from fastapi.testclient import TestClient

    def go(user: str, password: str | None = None) -> TestClient:
        client = TestClient(app, follow_redirects=False)
        page = client.get("/signin")
        pre = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
        r = client.post("/signin", data={"user": user, "password": password or team_case[1][user]["password"], "csrf": pre})
        client.signin_status = r.status_code
        if r.status_code == 303:
            home = client.get("/bases")
            client.csrf = re.search(r'name="csrf" value="([^"]+)"', home.text).group(1)
        return client

    return go
