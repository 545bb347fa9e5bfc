"""Idempotent and incremental ingest; an interrupted ingest leaves the case as before."""

from __future__ import annotations

import signal
import sqlite3

import pytest
import subprocess
import sys
import time

from tests.backend import raw_db
from tgexport import msg, write_single_chat


def q(case_dir, sql):
    return raw_db(case_dir).execute(sql).fetchall()


def test_overlapping_later_export_adds_only_new_and_records_edits(cli, case_dir, tmp_path):
    first = [msg(i, f"text {i}") for i in range(1, 11)]
    cli("ingest", write_single_chat(tmp_path / "e1", first), "--case", case_dir)
    # A later export of the same chat: messages 6-15; 7 was edited, 8 shows a new display
    # name and a reaction (neither is an edit of the message).
    later = [msg(i, f"text {i}") for i in range(6, 16)]
    later[1] = msg(7, "text 7 (corrected)", edited="2023-11-15T10:00:00", edited_unixtime="1700042400")
    later[2] = msg(8, "text 8", sender=("Alice New Name", "user101"), reactions=[{"type": "emoji", "count": 2, "emoji": "👍"}])
    out = cli("ingest", write_single_chat(tmp_path / "e2", later), "--case", case_dir).stdout
    assert "5 new message(s), 4 already known, 1 edited" in out
    assert q(case_dir, "select count(*) from messages")[0][0] == 15
    assert q(case_dir, "select text from messages where platform_id=7")[0][0] == "text 7 (corrected)"
    versions = q(case_dir, "select v.text, v.ingest_id from message_versions v join messages m on m.id=v.message_id where m.platform_id=7")
    assert versions == [("text 7", 2)]
    names = {r[0] for r in q(case_dir, "select name from account_names where kind='display'")}
    assert names == {"Alice", "Alice New Name"}
    # and the same later export once more adds nothing at all
    assert "already ingested" in cli("ingest", tmp_path / "e2", "--case", case_dir).stdout
    assert q(case_dir, "select count(*) from message_versions")[0][0] == 1


def test_duplicate_messages_inside_one_export(cli, case_dir, tmp_path):
    messages = [msg(1, "a"), msg(2, "b"), msg(2, "b"), msg(3, "c")]
    out = cli("ingest", write_single_chat(tmp_path / "d", messages), "--case", case_dir).stdout
    assert "3 new message(s), 1 already known" in out


@pytest.mark.sqlite_only("kills the ingest once SQLite's WAL file grows, then checks the file's integrity")
def test_killed_ingest_leaves_case_unchanged(cli, case_dir, tmp_path):
    """SIGKILL while a large export is being written into the case: nothing of it stays."""
    cli("ingest", write_single_chat(tmp_path / "seed", [msg(1, "before")], chat_id=1), "--case", case_dir)
    before = q(case_dir, "select count(*) from messages")[0][0], q(case_dir, "select count(*) from events")[0][0]
    big = write_single_chat(tmp_path / "big", [msg(i, f"message {i} " * 8) for i in range(1, 80_001)], chat_id=2)
    proc = subprocess.Popen([sys.executable, "-m", "roomsift.cli", "ingest", str(big), "--case", str(case_dir)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wal = case_dir / "case.db-wal"
    deadline = time.time() + 60
    # Wait until the ingest has started writing pages, then kill it mid-transaction.
    while time.time() < deadline and proc.poll() is None and (not wal.exists() or wal.stat().st_size < 1_000_000):
        time.sleep(0.02)
    assert proc.poll() is None, "the ingest finished before it could be interrupted; make the export larger"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    conn = sqlite3.connect(case_dir / "case.db")
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    after = conn.execute("select count(*) from messages").fetchone()[0], conn.execute("select count(*) from events").fetchone()[0]
    assert after == before
    # and the case still works: the same export now ingests completely
    assert "80000 new message(s)" in cli("ingest", big, "--case", case_dir).stdout
