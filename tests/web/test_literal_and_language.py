"""Evidence is shown exactly as written in the browser — HTML in a message is text, never
markup — in time order; the interface switches between English and Korean."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from markupsafe import escape

from tests.tgexport import msg, service, write_single_chat

HOSTILE = ['<script>alert("x")</script>', "<b>bold</b>", '<img src=x onerror="alert(1)">', "a &amp; b", "[b]room[/b]"]


@pytest.fixture
def hostile_app(tmp_path, cli, monkeypatch):
    boss, payer = ("Boss Kim", "user900"), ("Haneul Park", "user901")
    messages = [service(1, "create_group", actor=boss, title="Paid Room", members=[]),
                msg(2, "Entry fee 50,000 KRW, pay to bc1qh2yytsv9mrf4qeka9rhas33j4c9dv90pw7xezv", sender=boss)]
    messages += [msg(3 + i, f"send us something good {frag} new batch uploaded", sender=boss if i % 2 else payer)
                 for i, frag in enumerate(HOSTILE)]
    # a paid, gated room (convergent evidence), so triage ranks its posters
    messages += [msg(20, "payment confirmed, added you to the VIP room", sender=boss),
                 msg(21, "price list: tier 1 50,000 KRW, VIP 100,000 KRW", sender=boss)]
    case_dir = tmp_path / "case"
    cli("case", "new", case_dir)
    write_single_chat(tmp_path / "tg", messages, name="Paid <i>Room</i>")
    cli("ingest", tmp_path / "tg", "--case", case_dir)
    from roomsift.case.store import Case, acting_as
    from roomsift.oversight import keys, users
    from roomsift.present.web import credentials
    from roomsift.present.web.app import create_app

    case = Case.open(case_dir)
    with acting_as("ina"):
        users.add_user(case, "ina", "investigator")
    credentials.set_password(case, "ina", keys.load_user_key(case, "ina"), "ina-password-1")
    client = TestClient(create_app(case), follow_redirects=False)
    pre = re.search(r'name="csrf" value="([^"]+)"', client.get("/signin").text).group(1)
    assert client.post("/signin", data={"user": "ina", "password": "ina-password-1", "csrf": pre}).status_code == 303
    client.csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/bases").text).group(1)
    yield client
    case.close()


def test_chat_shows_html_in_messages_as_text_in_time_order(hostile_app):
    page = hostile_app.get("/chat/1").text
    for frag in HOSTILE:
        assert str(escape(frag)) in page, frag  # the escaping the templates use
    assert "<script>alert" not in page and "<b>bold</b>" not in page and "<img src=x" not in page
    assert "Paid &lt;i&gt;Room&lt;/i&gt;" in page
    ids = [int(x) for x in re.findall(r'<li id="m-(\d+)"', page)]
    assert ids == sorted(ids) and len(ids) == 4 + len(HOSTILE)


def test_person_page_context_is_literal_too(hostile_app):
    ranked = hostile_app.get("/api/participants").json()["participants"]
    assert ranked, "the room shows signs of crime: its posters are ranked"
    page = hostile_app.get(f"/person/{ranked[0]['person']}").text
    assert "&lt;script&gt;" in page or "&lt;b&gt;bold&lt;/b&gt;" in page
    assert "<script>alert" not in page


def test_language_switch(hostile_app):
    assert ">Participants<" in hostile_app.get("/").text
    hostile_app.post("/prefs", data={"csrf": hostile_app.csrf, "lang": "ko", "back": "/"})
    page = hostile_app.get("/").text
    assert ">참여자<" in page and 'lang="ko"' in page
    hostile_app.post("/prefs", data={"csrf": hostile_app.csrf, "lang": "en", "back": "/"})
    assert ">Participants<" in hostile_app.get("/").text
