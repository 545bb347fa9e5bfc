"""Every label a command shows is accepted back by the commands that take that kind of
argument; rooms follow one rule (only a 1:1 chat's title is a person's name); a message
has one number everywhere (its chat and the id `roomsift messages` shows)."""

from __future__ import annotations

import json

from tests.present.conftest import room_messages, rows
from tests.tgexport import msg, write_single_chat


def _with_personal_chat(case, cli, tmp_path):
    """Add a 1:1 chat titled with a person's name, where that name is also written in text."""
    dm = [msg(101, "hi, it is Boss Kim here", sender=("Haneul Park", "user901")),
          msg(102, "ok Haneul Park, wait", sender=("Boss Kim", "user900"))]
    write_single_chat(tmp_path / "dm", dm, name="Haneul Park", chat_type="personal_chat", chat_id=901)
    cli("ingest", tmp_path / "dm", "--case", case)


def test_rooms_follow_one_rule(markup_case, cli, tmp_path):
    _with_personal_chat(markup_case, cli, tmp_path)
    chats = rows(cli("chats", "--case", markup_case, "-f", "json"))
    titles = {c["type"]: c["title"] for c in chats}
    assert titles["private_supergroup"] == "Paid [b]Room[/b]"  # a group's title is shown
    assert titles["personal_chat"].startswith("name_")  # a 1:1 chat's title is a name
    table = cli("chats", "--case", markup_case).stdout + cli("triage", "--case", markup_case).stdout
    assert "Haneul Park" not in table and "Paid [b]Room[/b]" in table


def test_shown_labels_are_accepted_back(markup_case, cli, tmp_path):
    _with_personal_chat(markup_case, cli, tmp_path)
    chats = rows(cli("chats", "--case", markup_case, "-f", "json"))
    dm = next(c for c in chats if c["type"] == "personal_chat")
    in_dm = rows(cli("messages", "--case", markup_case, "--chat", dm["title"], "-f", "json"))
    assert [m["message"] for m in in_dm] == [101, 102]
    assert rows(cli("accounts", "--case", markup_case, "--chat", dm["title"], "-f", "json"))

    account = in_dm[0]["account"]  # acct_… of Haneul Park
    mine = rows(cli("messages", "--case", markup_case, "--account", account, "-f", "json"))
    assert {m["account"] for m in mine} == {account} and len(mine) == 3

    sender = in_dm[0]["sender"]  # name_… of Haneul Park: finds where that name is written
    found = rows(cli("messages", "--case", markup_case, "--search", sender, "-f", "json"))
    assert [m["message"] for m in found] == [102]


def test_triage_chat_accepts_the_chat_number(markup_case, cli):
    by_number = json.loads(cli("triage", "--case", markup_case, "--chat", "1", "-f", "json").stdout)
    by_title = json.loads(cli("triage", "--case", markup_case, "--chat", "Paid [b]Room[/b]", "-f", "json").stdout)
    assert by_number["participants"] and by_number["participants"] == by_title["participants"]
    assert cli("triage", "--case", markup_case, "--chat", "1").stdout.count("P00000") >= 2


def test_payments_cite_messages_by_their_shown_number(markup_case, cli):
    listed = {(m["chat"], m["message"]) for m in rows(cli("messages", "--case", markup_case, "-f", "json", "--limit", "100"))}
    artifacts = rows(cli("payments", "--case", markup_case, "-f", "json"))
    assert artifacts and all((a["chat"], a["message"]) in listed for a in artifacts)
    assert {a["message"] for a in artifacts} <= {m["id"] for m in room_messages()}


def test_payment_values_keep_their_kind_and_amounts_stay(markup_case, cli):
    artifacts = rows(cli("payments", "--case", markup_case, "-f", "json"))
    by_kind = {}
    for a in artifacts:
        by_kind.setdefault(a["kind"], set()).add(a["value"])
    assert all(v.startswith("wallet_") for v in by_kind["btc"])
    assert by_kind["amount"] == {"50000 KRW"}  # amounts identify nobody: never a pseudonym
    wallet = next(iter(by_kind["btc"]))
    texts = [m["text"] for m in rows(cli("messages", "--case", markup_case, "-f", "json"))]
    assert any(wallet in t for t in texts), "the same wallet has another pseudonym in `messages`"
    prices = rows(cli("payments", "--case", markup_case, "--view", "prices", "-f", "json"))
    pay_to = [p for r in prices for p in r["pay_to"]]
    assert pay_to == [f"btc:{wallet}"]  # one value, one pseudonym, in every view


def test_link_list_cites_messages_by_chat_and_id(demo_case, cli):
    links = rows(cli("link", "list", "--case", demo_case, "-f", "json"))
    cited = [m for link in links for m in link["messages"]]
    assert cited and all(isinstance(m, str) and m.count(":") == 1 for m in cited)
    chat, message = cited[0].split(":")
    assert int(message) in {r["message"] for r in rows(cli("messages", "--case", demo_case, "--chat", chat, "-f", "json", "--limit", "1000"))}


def test_exporter_placeholder_is_not_a_name(markup_case, cli, samples):
    cli("ingest", samples / "kakaotalk" / "kakaoship_ios_en_cut.txt", "--case", markup_case)  # its owner is "You"
    texts = [m["text"] for m in rows(cli("messages", "--case", markup_case, "-f", "json", "--limit", "500"))]
    assert "you know the rules, you paid, you are in" in texts


def test_person_commands_take_a_shown_account_pseudonym(markup_case, cli):
    account = rows(cli("messages", "--case", markup_case, "-f", "json"))[1]["account"]  # the boss's acct_…
    by_pseudonym = json.loads(cli("explain", account, "--case", markup_case, "-f", "json").stdout)
    by_label = json.loads(cli("explain", by_pseudonym["person"], "--case", markup_case, "-f", "json").stdout)
    assert by_pseudonym == by_label and by_label["findings"]
    assert json.loads(cli("person", account, "--case", markup_case, "-f", "json").stdout)["person"] == by_label["person"]
