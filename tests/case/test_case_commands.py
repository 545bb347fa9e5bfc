"""case new/info/verify, chats/accounts/messages on a real ingest, and the demo."""

from __future__ import annotations

import csv
import io
import json

from tests import backend
from tests.backend import raw_db
from tgexport import msg, service, write_single_chat


def test_verify_reports_changed_and_missing_evidence(cli, case_dir, tmp_path):
    folder = write_single_chat(tmp_path / "e", [msg(1, "", photo="photos/a.jpg"), msg(2, "", photo="photos/b.jpg")])
    (folder / "photos").mkdir()
    (folder / "photos" / "a.jpg").write_bytes(b"original a")
    (folder / "photos" / "b.jpg").write_bytes(b"original b")
    cli("ingest", folder, "--case", case_dir)
    assert "3 ok, 0 changed, 0 missing" in cli("case", "verify", "--case", case_dir).stdout
    (folder / "photos" / "a.jpg").write_bytes(b"tampered a")
    (folder / "photos" / "b.jpg").unlink()
    out = cli("case", "verify", "--case", case_dir, expect=1).stdout
    assert "1 ok, 1 changed, 1 missing" in out
    assert "CHANGED" in out and "photos/a.jpg" in out and "MISSING" in out and "photos/b.jpg" in out
    states = dict(raw_db(case_dir).execute("select path, verify_state from evidence").fetchall())
    assert states == {"result.json": "ok", "photos/a.jpg": "changed", "photos/b.jpg": "missing"}


def test_info_chats_accounts_messages(cli, case_dir, tmp_path):
    msgs = [service(1, "create_group", title="Room"), msg(2, "hello world"), msg(3, "second", sender=("Bob", "user102")),
            msg(4, "third hello", sender=("Bob", "user102"), t=1700086400)]
    cli("ingest", write_single_chat(tmp_path / "e", msgs, name="Room"), "--case", case_dir)
    info = cli("case", "info", "--case", case_dir).stdout
    where = "case.db" if backend.BACKEND == "sqlite" else backend.database_of(case_dir).rsplit("/", 1)[1]
    assert "messages" in info and "4" in info and "2023-11-14" in info and where in info
    chats = json.loads(cli("chats", "--case", case_dir, "--format", "json").stdout)
    assert chats[0]["title"] == "Room" and chats[0]["messages"] == 4 and chats[0]["senders"] == 2
    accounts = json.loads(cli("accounts", "--case", case_dir, "--format", "json").stdout)
    assert [(a["messages"], a["chats"]) for a in accounts] == [(2, 1), (2, 1)]
    assert all("user10" not in json.dumps(a) for a in accounts), "account ids are pseudonymised by default"
    rows = list(csv.DictReader(io.StringIO(cli("messages", "--case", case_dir, "--search", "hello", "--format", "csv").stdout)))
    assert [r["message"] for r in rows] == ["2", "4"]
    by_account = json.loads(cli("messages", "--case", case_dir, "--account", "telegram:user102", "-f", "json").stdout)
    assert [m["message"] for m in by_account] == [3, 4]
    since = json.loads(cli("messages", "--case", case_dir, "--since", "2023-11-15", "-f", "json").stdout)
    assert [m["message"] for m in since] == [4]
    page2 = json.loads(cli("messages", "--case", case_dir, "--limit", "3", "--page", "2", "-f", "json").stdout)
    assert [m["message"] for m in page2] == [4]
    assert "no chat matches" in cli("messages", "--case", case_dir, "--chat", "nope", expect=2).stderr
    assert "cannot read time" in cli("messages", "--case", case_dir, "--since", "yesterday", expect=2).stderr


def test_demo_builds_and_summarises(cli, demo_built, tmp_path):
    import re
    import shutil

    # Over an earlier demo (a copy of the one the session built): rebuilding needs an explicit --overwrite
    shutil.copytree(demo_built[0], tmp_path / "demo")
    earlier = json.loads((tmp_path / "demo" / "case" / "case.json").read_text(encoding="utf-8"))["id"]
    assert "--overwrite" in cli("demo", tmp_path / "demo", expect=2).stderr
    rebuilt = cli("demo", tmp_path / "demo", "--overwrite").stdout
    assert json.loads((tmp_path / "demo" / "case" / "case.json").read_text(encoding="utf-8"))["id"] != earlier
    for folder, out in ((demo_built[0], demo_built[1]), (tmp_path / "demo", rebuilt)):
        rooms = int(re.search(r"rooms: (\d+)", out).group(1))
        assert rooms >= 10 and "accounts:" in out and "messages:" in out and "time span:" in out
        assert str(folder / "case") in out
    conn = raw_db(tmp_path / "demo" / "case")
    titles = {r[0] for r in conn.execute("select title from chats")}
    assert {"Seoul Film Photo Club", "스태프 회의", "노을 공지 | Sunset Notice"} <= titles
    assert conn.execute("select count(*) from media where status='included' and sha256 is not null").fetchone()[0] >= 50
    truth = json.loads((tmp_path / "demo" / "exports" / "truth.json").read_text(encoding="utf-8"))
    assert {"operator", "distributor", "solicitor", "payer", "viewer"} <= {r for p in truth["participants"] for r in p["roles"]}
