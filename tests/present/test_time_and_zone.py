"""Messages are listed and put in context in time order (KakaoTalk and WhatsApp ids are
content hashes, not a sequence); JSON carries the times; `ingest --tz` and the formats'
documented default zones give local times a UTC instant; time filters never drop a
local-time message silently."""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timedelta

from tests.conftest import SAMPLES
from tests.present.conftest import rows

WA_SAMPLE = SAMPLES / "whatsapp" / "whats_json_android_en_group-system-messages.txt"


def _whatsapp_room(path, start=datetime(2020, 2, 17, 20, 1)):
    """The criminal room of tests/present/conftest.py as a WhatsApp export (local times)."""
    lines = [
        ("Boss Kim", "Entry fee 50,000 KRW, pay to my account then send proof"),
        ("Boss Kim", "rules: anyone who leaks gets exposed, no captures"),
        ("Boss Kim", "send us something good, new batch uploaded"),
        ("Haneul Park", "paid 50,000 KRW, here is my proof"),
        ("Haneul Park", "send more like that one, something good please"),
        ("Boss Kim", "new batch uploaded"),
        ("Boss Kim", "payment confirmed, added you to the VIP room"),  # admission on payment: a gated room
        ("Boss Kim", "price list: tier 1 50,000 KRW, VIP 100,000 KRW"),
    ]
    text = "".join(f"{(start + timedelta(minutes=i)):%d/%m/%Y, %H:%M} - {who}: {what}\n" for i, (who, what) in enumerate(lines))
    path.write_text(text, encoding="utf-8")
    return path


def test_messages_listed_in_time_order_not_by_id(case_dir, cli, tmp_path):
    cli("ingest", WA_SAMPLE, "--case", case_dir)
    listed = rows(cli("messages", "--case", case_dir, "-f", "json", "--limit", "500"))
    local = [r["time_local"] for r in listed]
    assert local == sorted(local), "not in time order"
    ids = [r["message"] for r in listed]
    assert ids != sorted(ids)  # the ids are hashes: sorting by them would scramble the chat


def test_explain_context_in_time_order_with_times(case_dir, cli, tmp_path):
    cli("ingest", _whatsapp_room(tmp_path / "WhatsApp Chat with Paid Room.txt"), "--case", case_dir)
    triage = json.loads(cli("triage", "--case", case_dir, "-f", "json").stdout)
    person = triage["participants"][0]["person"]
    cited = [e for p in triage["participants"] for e in p["evidence"]]
    assert cited and all(e["time_local"] for e in cited)  # triage JSON cites each message with its time
    doc = json.loads(cli("explain", person, "--case", case_dir, "-f", "json").stdout)
    assert doc["findings"]
    for finding in doc["findings"]:
        times = [line["time_local"] for line in finding["context"] if line["where"] != "reply"]
        assert all(times) and times == sorted(times), finding["context"]
        cited = next(line["time_local"] for line in finding["context"] if "cited" in line["where"])
        assert all(line["time_local"] <= cited for line in finding["context"] if line["where"] == "before")
        assert all(line["time_local"] >= cited for line in finding["context"] if line["where"] == "after")


def test_tz_gives_local_times_a_utc_time(case_dir, cli, tmp_path):
    result = cli("ingest", _whatsapp_room(tmp_path / "chat.txt"), "--case", case_dir, "--tz", "Asia/Seoul")
    assert "read as Asia/Seoul" in result.stdout
    first = rows(cli("messages", "--case", case_dir, "-f", "json"))[0]
    assert first["time_local"] == "2020-02-17T20:01"
    assert first["time_utc"] == int(datetime(2020, 2, 17, 11, 1).timestamp() - datetime(1970, 1, 1).timestamp())
    assert first["time"] == "2020-02-17 11:01:00 UTC"


def test_bad_tz_is_one_line_and_changes_nothing(case_dir, cli, tmp_path):
    result = cli("ingest", _whatsapp_room(tmp_path / "chat.txt"), "--case", case_dir, "--tz", "Mars/Olympus", expect=2)
    assert "unknown time zone 'Mars/Olympus'" in result.stderr and result.stderr.count("\n") == 1
    assert rows(cli("messages", "--case", case_dir, "-f", "json")) == []


def test_kakaotalk_default_zone_and_tz_none(case_dir, cli, tmp_path):
    sample = SAMPLES / "kakaotalk" / "uoneway_android_en.txt"
    result = cli("ingest", sample, "--case", case_dir)
    assert "read as Asia/Seoul time, by the kakaotalk default" in result.stdout
    assert all(r["time_utc"] is not None for r in rows(cli("messages", "--case", case_dir, "-f", "json", "--limit", "500")))
    other = tmp_path / "other"
    cli("case", "new", other)
    cli("ingest", sample, "--case", other, "--tz", "none")
    assert all(r["time_utc"] is None for r in rows(cli("messages", "--case", other, "-f", "json", "--limit", "500")))
    assert "Asia/Seoul" in cli("formats").stdout


def test_time_filters_never_drop_local_messages_silently(case_dir, cli, tmp_path):
    cli("ingest", _whatsapp_room(tmp_path / "chat.txt"), "--case", case_dir)  # no zone: local times only
    every = cli("messages", "--case", case_dir, "-f", "json", "--since", "2020-01-01")
    assert len(rows(every)) == 8 and "8 message(s) have only a local time" in every.stderr
    window = cli("messages", "--case", case_dir, "-f", "json", "--since", "2020-02-17T20:02", "--until", "2020-02-17T20:04")
    assert [r["time_local"] for r in rows(window)] == ["2020-02-17T20:02", "2020-02-17T20:03"]
    assert "placed in --since/--until by their local clock time" in window.stderr


def test_korean_and_english_exports_of_one_chat_merge_without_edits(case_dir, cli, tmp_path):
    folder = tmp_path / "kakao"
    folder.mkdir()
    for name in ("kakaoship_android_en_cut.txt", "kakaoship_android_kr_cut.txt"):
        shutil.copy(SAMPLES / "kakaotalk" / name, folder / name)
    first = cli("ingest", folder / "kakaoship_android_en_cut.txt", "--case", case_dir).stdout
    second = cli("ingest", folder / "kakaoship_android_kr_cut.txt", "--case", case_dir).stdout
    assert " 0 edited" in first and " 0 edited" in second, second
    assert " 0 new message(s)" in second
