"""Every real Telegram Desktop sample ingests with its exact message count and keeps
the fields the format note lists."""

from __future__ import annotations

import json

import pytest

from tests.backend import raw_db

from pathlib import Path

TG = Path(__file__).resolve().parents[2].parent / "shared" / "samples" / "telegram"
# Counted from the raw files by hand (chat list lengths): see shared/samples/SOURCES.md.
EXPECTED = {
    "frozenspider_telegram_2020-01_result.json": {"messages": 48, "chats": 4},
    "frozenspider_telegram_2023-01_result.json": {"messages": 6, "chats": 1},
    "frozenspider_telegram_2025-12_result.json": {"messages": 6, "chats": 2},
    "frozenspider_telegram_2026-08_1to1_single-chat_result.json": {"messages": 2, "chats": 1},
}


def db(case_dir):
    return raw_db(case_dir, named=True)


def independent_count(path) -> int:
    data = json.loads(path.read_text(encoding="utf-8"))
    if "messages" in data:
        return len(data["messages"])
    return sum(len(c.get("messages", [])) for sec in ("chats", "left_chats") for c in data.get(sec, {}).get("list", []))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_ingests_with_exact_count(cli, case_dir, samples, name):
    assert TG == samples / "telegram"
    path = TG / name
    assert independent_count(path) == EXPECTED[name]["messages"]
    out = cli("ingest", path, "--case", case_dir).stdout
    assert f"{EXPECTED[name]['messages']} new message(s)" in out
    conn = db(case_dir)
    assert conn.execute("select count(*) from messages").fetchone()[0] == EXPECTED[name]["messages"]
    assert conn.execute("select count(*) from chats").fetchone()[0] == EXPECTED[name]["chats"]


def test_all_samples_together_and_idempotent(cli, case_dir):
    for name in sorted(EXPECTED):
        cli("ingest", TG / name, "--case", case_dir)
    again = cli("ingest", TG / "frozenspider_telegram_2023-01_result.json", "--case", case_dir).stdout
    assert "already ingested" in again
    conn = db(case_dir)
    assert conn.execute("select count(*) from messages").fetchone()[0] == sum(e["messages"] for e in EXPECTED.values())
    assert conn.execute("select count(*) from ingests").fetchone()[0] == 4


def test_2020_legacy_export_fields(cli, case_dir):
    """Pre-2020-06 full export: integer from_id, bogus `edited`, no UTC timestamps,
    entity-list text, 'File not included' placeholders, service members."""
    out = cli("ingest", TG / "frozenspider_telegram_2020-01_result.json", "--case", case_dir).stdout
    assert "local time with an unknown zone" in out
    conn = db(case_dir)
    # integer from_id 22222222 -> telegram:user22222222
    assert conn.execute("select count(*) from accounts where key='telegram:user22222222'").fetchone()[0] == 1
    # every message has only local time; none carries a UTC instant
    assert conn.execute("select count(*) from messages where time_utc is not null").fetchone()[0] == 0
    assert conn.execute("select count(*) from messages where time_local is null").fetchone()[0] == 0
    # the epoch-in-local-time `edited` is not an edit; the one real edit is kept
    edited = conn.execute("select platform_id, edited_local from messages where edited_local is not null").fetchall()
    assert {r["platform_id"] for r in edited} == {67346, 129455}
    # text given as a list of strings and entities is flattened; entities are kept
    row = conn.execute("select text, entities from messages where platform_id=10415").fetchone()
    assert row["text"].startswith("девиз Вольво:\n")
    assert any(e["type"] == "link" for e in json.loads(row["entities"]))
    # placeholders are recorded as not included, not as paths
    assert conn.execute("select count(*) from media where status='not_included' and path is null").fetchone()[0] >= 10
    # media files referenced but absent from the sample are recorded as missing
    assert conn.execute("select count(*) from media where status='missing'").fetchone()[0] >= 1
    # service action members are kept as targets
    assert conn.execute(
        "select count(*) from action_targets t join messages m on m.id=t.message_id where m.action='create_group'"
    ).fetchone()[0] >= 1


def test_2023_migrated_group_negative_ids_and_null_members(cli, case_dir):
    cli("ingest", TG / "frozenspider_telegram_2023-01_result.json", "--case", case_dir)
    conn = db(case_dir)
    ids = [r[0] for r in conn.execute("select platform_id from messages order by platform_id")]
    assert min(ids) < 0, "migrated basic-group messages keep their negative ids"
    assert conn.execute("select count(*) from action_targets where name is null").fetchone()[0] >= 1
    assert conn.execute("select count(*) from messages where time_utc is null").fetchone()[0] == 0


def test_2025_new_fields(cli, case_dir):
    cli("ingest", TG / "frozenspider_telegram_2025-12_result.json", "--case", case_dir)
    conn = db(case_dir)
    row = conn.execute("select forwarded_from, forwarded_from_id from messages where platform_id=11112").fetchone()
    assert row["forwarded_from"] == "This Should Not Matter" and row["forwarded_from_id"] == "channel123123123"
    todo = json.loads(conn.execute("select extra from messages where platform_id=11113").fetchone()["extra"])
    assert todo["todo_list"]["title"] == "testing"
    edited = conn.execute("select edited_utc from messages where platform_id=11113").fetchone()["edited_utc"]
    assert edited == 1665499754
    media = conn.execute("select m.status, m.extra from media m join messages g on g.id=m.message_id where g.platform_id=11115").fetchone()
    assert media["status"] == "unavailable"
    assert "unavailable" in json.loads(media["extra"])["placeholder"]
    extra = json.loads(conn.execute("select extra from messages where platform_id=11115").fetchone()["extra"])
    assert extra["self_destruct_period_seconds"] == 2147483647
    # an action with extra keys keeps them
    price = json.loads(conn.execute("select extra from messages where action='paid_messages_price_change'").fetchone()["extra"])
    assert price["price_stars"] == 0 and price["is_broadcast_messages_allowed"] is True


def test_custody_rows_for_each_sample(cli, case_dir):
    for name in sorted(EXPECTED):
        cli("ingest", TG / name, "--case", case_dir)
    conn = db(case_dir)
    rows = conn.execute("select path, sha256, size, added_by, added_utc from evidence where role='export'").fetchall()
    assert len(rows) == 4
    import hashlib

    for r in rows:
        data = (TG / r["path"]).read_bytes()
        assert r["sha256"] == hashlib.sha256(data).hexdigest() and r["size"] == len(data)
        assert r["added_by"] == "test-investigator" and r["added_utc"] > 0
    assert conn.execute("select count(*) from events where kind='ingest'").fetchone()[0] == 4
