"""Evidence is shown exactly as written: text that looks like Rich console markup is never
interpreted — not in tables, JSON, CSV, `explain`, titles or errors."""

from __future__ import annotations

import csv
import io
import json

from tests.present.conftest import MARKUP, rows


def test_messages_show_markup_literally_in_every_format(markup_case, cli):
    table = cli("messages", "--case", markup_case, "--limit", "100").stdout
    for fragment in MARKUP:
        assert fragment in table, fragment
    assert "Paid [b]Room[/b]" not in table  # the room title lives in `chats`, checked below
    texts = [r["text"] for r in rows(cli("messages", "--case", markup_case, "-f", "json"))]
    for fragment in MARKUP:
        assert any(fragment in t for t in texts), fragment
    data = list(csv.DictReader(io.StringIO(cli("messages", "--case", markup_case, "-f", "csv").stdout)))
    assert [r["text"] for r in data] == texts  # CSV carries the same strings, byte for byte


def test_closing_tag_alone_does_not_crash(markup_case, cli):
    result = cli("messages", "--case", markup_case, "--search", "[/quote]")
    assert "a [/quote] b" in result.stdout and "Traceback" not in result.output


def test_room_title_shown_literally(markup_case, cli):
    assert "Paid [b]Room[/b]" in cli("chats", "--case", markup_case).stdout
    assert rows(cli("chats", "--case", markup_case, "-f", "json"))[0]["title"] == "Paid [b]Room[/b]"


def test_explain_shows_cited_context_literally(markup_case, cli):
    triage = json.loads(cli("triage", "--case", markup_case, "-f", "json").stdout)
    boss = triage["participants"][0]["person"] if "participants" in triage else triage[0]["person"]
    table = cli("explain", boss, "--case", markup_case).stdout
    for fragment in ("[photo]", "a [/quote] b", "[create_group]", "Paid [b]Room[/b]"):
        assert fragment in table, fragment
    doc = json.loads(cli("explain", boss, "--case", markup_case, "-f", "json").stdout)
    lines = [line for f in doc["findings"] for line in f["context"]]
    assert any(MARKUP[2] in line["text"] for line in lines)


def test_errors_are_not_markup(markup_case, cli):
    result = cli("messages", "--case", markup_case, "--chat", "[b]nope[/b]", expect=2)
    assert "[b]nope[/b]" in result.stderr and result.stderr.count("\n") == 1
