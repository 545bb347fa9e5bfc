"""`roomsift ingest --cluster`: the same case as the single-process ingest, byte for byte."""

from __future__ import annotations

import pytest

from tests.cluster.conftest import copy_case, dump_tables, write_photo_room, write_whatsapp_chats

# The comparison reads both cases' SQLite files table by table (conftest.dump_tables) and copies a
# case as files; the coordinator's writes go through the same store code the PostgreSQL run tests.
pytestmark = pytest.mark.sqlite_only("compares and copies SQLite case files directly")

TABLES = ["chats", "chat_titles", "messages", "accounts", "account_names", "media", "action_targets", "evidence", "ingests"]


@pytest.fixture
def twin_cases(tmp_path, cli):
    """Two copies of one new case (same key, so the same pseudonyms in every output)."""
    cli("case", "new", tmp_path / "single")
    return tmp_path / "single", copy_case(tmp_path / "single", tmp_path / "cluster")


def _listing(cli, case):
    return (cli("messages", "--case", case, "--limit", "1000", "--format", "json").stdout,
            cli("accounts", "--case", case, "--limit", "1000", "--format", "json").stdout)


def test_ingest_on_cluster_equals_single_process(tmp_path, cli, twin_cases, cluster_address):
    whatsapp = write_whatsapp_chats(tmp_path / "wa", chats=3)
    photos = write_photo_room(tmp_path / "tg", photos=4)
    single, clustered = twin_cases
    for export in (whatsapp, photos):
        cli("ingest", export, "--case", single)
        cli("ingest", export, "--case", clustered, "--cluster", cluster_address)
    one, many = dump_tables(single, TABLES), dump_tables(clustered, TABLES)
    assert len(one["messages"]) == 3 * 60 + 4 and len(one["chats"]) == 4
    assert one == many
    assert _listing(cli, single) == _listing(cli, clustered)
    # idempotent on the cluster too: the same export again adds nothing
    again = cli("ingest", whatsapp, "--case", clustered, "--cluster", cluster_address).stdout
    assert "already ingested" in again
    assert dump_tables(clustered, TABLES) == many


def test_local_cluster_option(tmp_path, cli, twin_cases):
    whatsapp = write_whatsapp_chats(tmp_path / "wa", chats=2, lines=20)
    single, clustered = twin_cases
    cli("ingest", whatsapp, "--case", single)
    cli("ingest", whatsapp, "--case", clustered, "--cluster", "local:2")
    assert dump_tables(single, TABLES) == dump_tables(clustered, TABLES)


def test_bad_file_on_a_worker_leaves_the_case_unchanged(tmp_path, cli, fails, case_dir, cluster_address):
    export = write_whatsapp_chats(tmp_path / "wa", chats=3)
    before = dump_tables(case_dir, TABLES)
    bad = export / "WhatsApp Chat with Room B.txt"
    bad.write_bytes(bad.read_bytes()[:200] + b"\xff\xfe broken bytes \xc3\x28\n")
    err = fails("ingest", export, "--case", case_dir, "--cluster", cluster_address)
    assert "Room B" in err
    assert dump_tables(case_dir, TABLES) == before


def test_unreachable_scheduler_is_a_clear_error_and_changes_nothing(tmp_path, fails, case_dir, monkeypatch):
    monkeypatch.setattr("roomsift.cluster.session.CONNECT_TIMEOUT", "1s")
    export = write_whatsapp_chats(tmp_path / "wa", chats=1, lines=5)
    before = dump_tables(case_dir, TABLES)
    err = fails("ingest", export, "--case", case_dir, "--cluster", "tcp://127.0.0.1:9")
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in err
    assert dump_tables(case_dir, TABLES) == before


def test_bad_cluster_spec(fails, case_dir, tmp_path):
    export = write_whatsapp_chats(tmp_path / "wa", chats=1, lines=5)
    assert "local:N" in fails("ingest", export, "--case", case_dir, "--cluster", "local:zero")
