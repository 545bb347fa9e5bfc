"""`roomsift media hash --cluster`: the same hashes, in the same rows, as the local path."""

from __future__ import annotations

import pytest

from tests.cluster.conftest import copy_case, dump_tables, write_photo_room

# The comparison reads both cases' SQLite files table by table (conftest.dump_tables) and copies a
# case as files; the coordinator's writes go through the same store code the PostgreSQL run tests.
pytestmark = pytest.mark.sqlite_only("compares and copies SQLite case files directly")


def test_media_hash_on_cluster_equals_single_process(tmp_path, cli, case_dir, cluster_address):
    export = write_photo_room(tmp_path / "tg", photos=21)  # 20 images + 1 unreadable file; > one task's batch
    cli("ingest", export, "--case", case_dir)
    single, clustered = case_dir, copy_case(case_dir, tmp_path / "clustered")
    cli("media", "hash", "--case", single, "--workers", "1")
    out = cli("media", "hash", "--case", clustered, "--cluster", cluster_address).stdout
    assert "hashed 21 media file(s)" in out
    one, many = dump_tables(single, ["media_hashes"]), dump_tables(clustered, ["media_hashes"])
    states = sorted(r for r in one["media_hashes"])
    assert len(states) == 21 and sum(1 for r in states if r[2] == "ok") == 20  # (id, media_id, state, …)
    assert one == many
    listing = ["media", "list", "--problems", "--format", "json"]
    assert cli(*listing, "--case", single).stdout == cli(*listing, "--case", clustered).stdout
    # a rerun on the cluster has nothing left to hash
    assert "hashed 0 media file(s)" in cli("media", "hash", "--case", clustered, "--cluster", cluster_address).stdout


def test_a_worker_dying_is_a_clear_error(cluster_address):
    import os

    import pytest
    from distributed import Client

    from roomsift.cluster.session import ClusterError, Session

    with Client(cluster_address) as client:
        with pytest.raises(ClusterError, match="workers kept dying"):
            list(Session(client, "test").map(os._exit, [3]))
