"""A small case whose evidence text looks like console markup, in a room that shows signs
of crime (so `triage` and `explain` cite it), plus a WhatsApp chat with local times only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.tgexport import msg, service, write_single_chat

MARKUP = ["[photo]", "[b]bold[/b]", "[link=https://e.example/x]click[/link]", "a [/quote] b", "[create_group]", ":smile:"]
WALLET = "bc1qh2yytsv9mrf4qeka9rhas33j4c9dv90pw7xezv"


def room_messages() -> list[dict]:
    boss, payer = ("Boss Kim", "user900"), ("Haneul Park", "user901")
    return [
        service(1, "create_group", actor=boss, title="Paid Room", members=[]),
        msg(2, f"Entry fee 50,000 KRW, pay to {WALLET}", sender=boss),
        msg(3, "rules: anyone who leaks gets exposed, no captures " + MARKUP[3], sender=boss),
        msg(4, "send us something good " + MARKUP[0] + " new batch uploaded", sender=boss),
        msg(5, "paid 50,000 KRW, here is my proof " + MARKUP[1], sender=payer),
        msg(6, "more please " + MARKUP[2], sender=payer),
        msg(7, "new batch uploaded " + MARKUP[4] + " " + MARKUP[5], sender=boss),
        msg(8, "payment confirmed, added you to the VIP room", sender=boss),  # admission on payment: the room is gated
        msg(9, "price list: tier 1 50,000 KRW, VIP 100,000 KRW", sender=boss),  # with it, convergent evidence of a paid room
    ]


@pytest.fixture
def markup_case(tmp_path, cli, monkeypatch) -> Path:
    monkeypatch.setenv("COLUMNS", "400")  # wide tables: a cell is not folded mid-fragment
    case = tmp_path / "case"
    cli("case", "new", case)
    write_single_chat(tmp_path / "tg", room_messages(), name="Paid [b]Room[/b]")
    cli("ingest", tmp_path / "tg", "--case", case)
    return case


def rows(result) -> list[dict]:
    return json.loads(result.stdout)
