"""Team mode: the demo case ingested, triaged and served from PostgreSQL (`serve --db`).
Runs when a server answers at $ROOMSIFT_TEST_DB (default postgresql://postgres@127.0.0.1/postgres,
trust auth); each run uses a fresh database, dropped afterwards."""

from __future__ import annotations

import os
import re
import uuid

import pytest

ADMIN_URL = os.environ.get("ROOMSIFT_TEST_DB", "postgresql://postgres@127.0.0.1/postgres")
# These build their case on PostgreSQL whatever --db says: the same test in both passes.
pytestmark = pytest.mark.backend_neutral("on PostgreSQL ($ROOMSIFT_TEST_DB) in either pass")


def _server():
    psycopg = pytest.importorskip("psycopg", reason="psycopg is not installed (pip install '.[postgres]')")
    try:
        return psycopg.connect(ADMIN_URL, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as exc:
        pytest.skip(f"no PostgreSQL server at {ADMIN_URL}: {str(exc).splitlines()[0]}")


@pytest.fixture(scope="module")
def pg_case(tmp_path_factory):
    admin = _server()
    name = f"roomsift_web_{uuid.uuid4().hex[:10]}"
    admin.execute(f'CREATE DATABASE "{name}"')
    url = ADMIN_URL.rsplit("/", 1)[0] + "/" + name
    before = os.environ.get("ROOMSIFT_DATABASE_URL")
    os.environ["ROOMSIFT_DATABASE_URL"] = url  # the demo builds into PostgreSQL: ingest, artifacts, identity, media
    try:
        from roomsift.demo.build import build_demo
        from roomsift.present.commands.web import make_demo_team

        result = build_demo(tmp_path_factory.mktemp("pgdemo") / "demo")
        team = {u["user"]: u for u in make_demo_team(result.case)}
        result.case.close()
    finally:
        if before is None:
            os.environ.pop("ROOMSIFT_DATABASE_URL", None)
        else:
            os.environ["ROOMSIFT_DATABASE_URL"] = before
    yield url, team, result.folder
    admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.close()


@pytest.fixture(scope="module")
def pg_app(pg_case):
    from roomsift.present.web.app import create_app
    from roomsift.present.web.teamcase import open_database

    case = open_database(pg_case[0])
    assert case.engine.dialect.name == "postgresql"
    yield create_app(case)
    case.close()


def _client(app, user, password):
    from fastapi.testclient import TestClient

    client = TestClient(app, follow_redirects=False)
    pre = re.search(r'name="csrf" value="([^"]+)"', client.get("/signin").text).group(1)
    assert client.post("/signin", data={"user": user, "password": password, "csrf": pre}).status_code == 303
    client.csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/bases").text).group(1)
    return client


def _identifiers(app) -> set[str]:
    from sqlalchemy import text

    found = set()
    with app.state.case.connect() as conn:
        rooms = {a for a, p in conn.execute(text("select id, platform_id from accounts")) if p.startswith("channel")}
        for aid, key, pid, name in conn.execute(text("select id, key, platform_id, name from accounts")):
            found |= {key, pid} | ({name} if aid not in rooms and name else set())
        found |= {n.lstrip("@") for a, n in conn.execute(text("select account_id, name from account_names")) if a not in rooms}
    return {f for f in found if f and len(f) >= (4 if f.isascii() else 2)}


def test_team_case_on_postgresql_pages_are_pseudonymised(pg_app, pg_case):
    from web_identifiers import leaks

    kim = _client(pg_app, "kim", pg_case[1]["kim"]["password"])
    ranked = kim.get("/api/participants?role=operator").json()
    assert ranked["total"] >= 1 and ranked["participants"][0]["roles"][0] == "operator"
    idents = _identifiers(pg_app)
    assert len(idents) > 150
    person = ranked["participants"][0]["person"]
    for url in ("/", "/participants", f"/person/{person}", "/chat/1", "/payments", "/network", "/media", "/victims"):
        r = kim.get(url)
        assert r.status_code == 200, url
        assert not leaks(r.text, idents), url


def test_two_people_approve_and_see_a_reveal_on_postgresql(pg_app, pg_case):
    from web_identifiers import leaks

    team = pg_case[1]
    kim, lee, park = (_client(pg_app, u, team[u]["password"]) for u in ("kim", "lee", "park"))
    person = kim.get("/api/participants?role=operator").json()["participants"][0]["person"]
    idents = _identifiers(pg_app)
    kim.post("/prefs", data={"csrf": kim.csrf, "reveal": "on"})
    assert kim.post("/bases", data={"csrf": kim.csrf, "type": "court_order", "reference": "2020-CO-7", "persons": person,
                                    "issuer": "court", "expires": "2031-01-31", "grounds": "operator"}).status_code == 303
    basis_id = int(re.findall(r'id="basis-(\d+)"', lee.get("/bases").text)[-1])
    assert not leaks(kim.get(f"/person/{person}").text, idents)
    assert lee.post(f"/bases/{basis_id}/approve", data={"csrf": lee.csrf}).status_code == 303
    # a second approval is refused (already active), and the reveal shows at once
    assert park.post(f"/bases/{basis_id}/approve", data={"csrf": park.csrf}).status_code == 400
    assert leaks(kim.get(f"/person/{person}").text, idents)
    assert "basis_approved" in lee.get("/audit").text
    assert 'class="verdict ok"' in lee.post("/audit/verify", data={"csrf": lee.csrf}).text


def test_serve_db_refuses_what_is_not_a_case(cli):
    out = cli("serve", "--db", "sqlite:///x.db", expect=2)
    assert "--db takes a PostgreSQL URL" in out.stderr
    out = cli("serve", expect=2)
    assert "--case DIR or --db" in out.stderr
