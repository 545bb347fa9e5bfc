"""A ranked participant known by name only (invited into a criminal room by name, never
posting, so without an account) is listed under its name's pseudonym; its person page opens
under that pseudonym, shows neither the name nor its internal label, and is logged."""

from __future__ import annotations

import re

import pytest

from tests.tgexport import msg, service, write_single_chat

NAME_ONLY = "은하수별빛"  # invited by name; no message, no account of its own


@pytest.fixture(scope="module")
def client(tmp_path_factory, cli_module):
    from fastapi.testclient import TestClient

    from roomsift.case.store import Case
    from roomsift.present.commands.web import make_demo_team
    from roomsift.present.web.app import create_app

    base = tmp_path_factory.mktemp("name-only")
    op, buyer, quiet = ("달빛", "user1"), ("구름", "user2"), ("바람", "user3")
    export = write_single_chat(base / "export", [
        service(1, "create_group", actor=op, title="새벽 2관", members=["달빛"]),
        msg(2, "2관 입장료 20만원. 입금 확인되면 초대", sender=op),
        msg(3, "계좌는 국민 123456-01-123456 입금자명은 닉네임으로", sender=op),
        msg(4, "문상도 받음. 핀번호 여기 올리고 기다려", sender=op),
        service(5, "pin_message", actor=op, message_id=2),
        msg(6, "4185-2201-7734-9902-115", sender=buyer),
        msg(7, "ㅇㅋ 확인됐습니다 초대 보냄", sender=op, reply_to_message_id=6),
        service(8, "invite_members", actor=op, members=[NAME_ONLY]),
        msg(9, "새 거 올려주세요 기다리는 중", sender=quiet),
    ], name="새벽 2관")
    case_dir = base / "case"
    cli_module("case", "new", case_dir)
    cli_module("ingest", export, "--case", case_dir)
    with Case.open(case_dir) as case:
        team = {u["user"]: u for u in make_demo_team(case)}
    case = Case.open(case_dir)
    c = TestClient(create_app(case), follow_redirects=False)
    pre = re.search(r'name="csrf" value="([^"]+)"', c.get("/signin").text).group(1)
    assert c.post("/signin", data={"user": "kim", "password": team["kim"]["password"], "csrf": pre}).status_code == 303
    yield c, case_dir
    case.close()


@pytest.fixture(scope="module")
def cli_module():
    from typer.testing import CliRunner

    from roomsift.cli import app

    def run(*args):
        result = CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result

    return run


def test_name_only_participant_opens_under_its_pseudonym(client):
    from roomsift.case.store import Case

    c, case_dir = client
    listed = c.get("/api/participants").json()["participants"]
    name_only = [p["person"] for p in listed if not re.fullmatch(r"P\d+", p["person"])]
    assert len(name_only) == 1, listed  # the one invited by name; everyone else has an account
    shown = name_only[0]
    assert NAME_ONLY not in shown

    with Case.open(case_dir) as case:
        before = max(e["id"] for e in case.events())
    page = c.get(f"/person/{shown}")
    assert page.status_code == 200
    assert f'<h1 id="person-label">{shown}</h1>' in page.text
    assert NAME_ONLY not in page.text
    with Case.open(case_dir) as case:
        views = [e for e in case.events() if e["id"] > before]
    assert [(e["kind"], e["details"]["person"]) for e in views] == [("person_view", shown)]

    doc = c.get(f"/api/person/{shown}").json()
    assert doc["person"] == shown and doc["roles"], doc
    assert NAME_ONLY not in str(doc)
    assert c.get("/api/person/name_000000000000").status_code == 400  # a pseudonym of nobody in the list
