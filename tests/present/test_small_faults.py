"""Smaller faults of issue 14: a bad --format is a one-line error in every listing command;
a missing case key keeps its hint; a WhatsApp group export from a Korean-locale iPhone
ingests; a legacy Telegram message with exactly six keys keeps its extra field."""

from __future__ import annotations

import pytest

from tests.present.conftest import rows

LISTING = {  # every command with an output --format, with the arguments it needs
    "chats": [], "accounts": [], "messages": [], "triage": [], "explain": ["P000001"], "victims": [],
    "eval": ["--truth", "truth.json"], "payments": [], "persons": [], "person": ["P000001"], "network": [],
    "case info": [], "user list": [], "basis list": [], "audit report": [], "link list": [], "media list": [],
    "media matches": [], "hashset list": [],
}
NOT_OUTPUT_FORMATS = {"ingest", "hashset import", "hashset export"}  # their --format names an input/file format


def test_every_listing_command_is_in_the_table():
    import typer.main

    from roomsift.cli import app

    def walk(cmd, path=()):
        if hasattr(cmd, "commands"):
            for name, sub in cmd.commands.items():
                yield from walk(sub, path + (name,))
        else:
            yield " ".join(path), cmd

    with_format = {name for name, cmd in walk(typer.main.get_command(app))
                   if "--format" in [o for p in cmd.params for o in getattr(p, "opts", [])]}
    assert with_format - NOT_OUTPUT_FORMATS == set(LISTING)


@pytest.mark.parametrize("command", sorted(LISTING))
def test_bad_format_is_one_line(command, case_dir, cli):
    result = cli(*command.split(), *LISTING[command], "--case", case_dir, "--format", "xml", expect=2)
    assert result.stderr.startswith("error: unknown format 'xml'") and result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.output


def test_missing_case_key_keeps_the_hint(case_dir, cli, monkeypatch, tmp_path):
    monkeypatch.setenv("ROOMSIFT_KEYRING", str(tmp_path / "empty-keyring"))
    result = cli("chats", "--case", case_dir, expect=2)
    assert "is not in" in result.stderr and "ROOMSIFT_KEYRING" in result.stderr and result.stderr.count("\n") == 1


KOREAN_IPHONE_GROUP = (
    "[2020. 2. 17. 오후 8:00:00] 3반 엄마들: \u200e메시지와 전화는 종단간 암호화로 보호됩니다.\n"
    "[2020. 2. 17. 오후 8:01:00] 3반 엄마들: \u200e지호엄마님이 민수아빠님을 추가했습니다.\n"
    "[2020. 2. 17. 오후 8:01:30] 지호엄마: 안녕하세요, 준비물 공지 드려요\n"
    "[2020. 2. 17. 오후 8:02:10] 민수아빠: 네 감사합니다\n둘째 줄도 있어요\n"
    "[2020. 2. 18. 오전 9:15:00] 지호엄마님이 수지님, 하늘님을 추가했습니다.\n"
    "[2020. 2. 18. 오전 9:16:00] 민수아빠님이 나갔습니다.\n"
)


def test_korean_locale_iphone_group_export(case_dir, cli, tmp_path):
    folder = tmp_path / "WhatsApp Chat - 3반 엄마들"
    folder.mkdir()
    (folder / "_chat.txt").write_text(KOREAN_IPHONE_GROUP, encoding="utf-8")
    result = cli("ingest", folder, "--case", case_dir, "--tz", "Asia/Seoul")
    assert "as whatsapp" in result.stdout and "6 new message(s)" in result.stdout
    listed = rows(cli("messages", "--case", case_dir, "-f", "json"))
    assert [m["time_local"] for m in listed][:3] == ["2020-02-17T20:00:00", "2020-02-17T20:01:00", "2020-02-17T20:01:30"]
    assert listed[1]["text"].startswith("[invite_members]") and listed[4]["text"].startswith("[invite_members]")
    assert listed[5]["text"].startswith("[leave_group]")
    assert listed[3]["text"].endswith("둘째 줄도 있어요")
    # a person named in a system line reads as the same pseudonym as their sender column
    assert listed[1]["text"].split("] ", 1)[1].startswith(listed[2]["sender"] + "님이")
    from roomsift.case.store import Case

    with Case.open(case_dir) as case, case.connect() as conn:
        targets = conn.exec_driver_sql(
            "SELECT m.action, t.name FROM action_targets t JOIN messages m ON m.id = t.message_id ORDER BY t.id").all()
    assert [tuple(t) for t in targets] == [("invite_members", "민수아빠"), ("invite_members", "수지"),
                                           ("invite_members", "하늘"), ("leave_group", "민수아빠")]


def test_legacy_telegram_message_with_six_keys_keeps_its_extra():
    from roomsift.ingest.formats.telegram import convert_message

    # pre-2018 exports: no date_unixtime, no from_id; five standard keys and one roomsift does not know
    legacy = {"id": 8, "type": "message", "date": "2017-05-01T10:00:00", "from": "Alice", "text": "hi", "poll_hint": "x"}
    assert len(legacy) == 6
    assert convert_message(legacy, "result.json", "private_group").extra == {"poll_hint": "x"}
