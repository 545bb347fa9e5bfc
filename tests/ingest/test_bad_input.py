"""Bad input: each gives a one-line error naming the file (and position where it
applies), exit code 2, and leaves the case exactly as it was."""

from __future__ import annotations

import os
import zipfile

import pytest

from tests.backend import raw_db
from tgexport import dump_tdesktop, msg, write_single_chat

TABLES = ["chats", "accounts", "messages", "media", "evidence", "ingests", "events", "action_targets", "account_names", "chat_titles"]


def snapshot(case_dir) -> dict:
    conn = raw_db(case_dir)
    return {t: conn.execute(f"select * from {t} order by 1").fetchall() for t in TABLES}


@pytest.fixture
def seeded_case(cli, case_dir, tmp_path):
    """A case that already holds something, so 'unchanged' is a real check."""
    cli("ingest", write_single_chat(tmp_path / "seed", [msg(1, "earlier"), msg(2, "data")], chat_id=1), "--case", case_dir)
    return case_dir


def assert_rejected(cli, case_dir, path, *needles, extra=()):
    before = snapshot(case_dir)
    result = cli("ingest", path, "--case", case_dir, *extra, expect=2)
    err = result.stderr.strip()
    assert err.startswith("error: ") and "\n" not in err, err
    for needle in needles:
        assert needle in err, err
    assert snapshot(case_dir) == before
    return err


def big_valid_messages(n=3000):
    return [msg(i, f"message number {i} " * 3) for i in range(1, n + 1)]


def test_not_json(cli, seeded_case, tmp_path):
    f = tmp_path / "result.json"
    f.write_text("this is not json at all", encoding="utf-8")
    assert_rejected(cli, seeded_case, f, "result.json", "no known export format")


def test_not_json_forced_format(cli, seeded_case, tmp_path):
    f = tmp_path / "notes.txt"
    f.write_text("hello", encoding="utf-8")
    assert_rejected(cli, seeded_case, f, "notes.txt", "telegram", extra=("--format", "telegram"))


@pytest.mark.parametrize("cut", [0.3, 0.6, 0.9999])
def test_truncated_json(cli, seeded_case, tmp_path, cut):
    """Cut deep inside a large file, after many valid messages were already read."""
    folder = write_single_chat(tmp_path / "t", big_valid_messages())
    data = (folder / "result.json").read_bytes()
    (folder / "result.json").write_bytes(data[: int(len(data) * cut)])
    err = assert_rejected(cli, seeded_case, folder, "result.json", "truncated")
    assert "byte" in err


def test_malformed_json_deep_in_file(cli, seeded_case, tmp_path):
    folder = write_single_chat(tmp_path / "m", big_valid_messages())
    data = (folder / "result.json").read_text(encoding="utf-8")
    pos = data.index('"message number 2500 ')
    (folder / "result.json").write_text(data[:pos] + '"broken, "oops": }' + data[pos + 30 :], encoding="utf-8")
    err = assert_rejected(cli, seeded_case, folder, "result.json", "malformed JSON")
    assert "near byte" in err


def test_malformed_in_generic_layout(cli, seeded_case, tmp_path):
    import json

    folder = tmp_path / "g"
    folder.mkdir()
    text = json.dumps({"name": "C", "type": "private_group", "id": 9, "messages": big_valid_messages(500)}, separators=(",", ":"))
    (folder / "result.json").write_text(text[: len(text) // 2], encoding="utf-8")
    assert_rejected(cli, seeded_case, folder, "result.json", extra=("--format", "telegram"))


@pytest.mark.parametrize("body", ['[{"id": 1}]', '{"name": "x", "type": "private_group", "id": 3, "messages": {"id": 1}}',
                                  '{"name": "x", "type": "private_group", "id": 3, "messages": [1, 2]}'])
def test_wrong_top_level_shape(cli, seeded_case, tmp_path, body):
    folder = tmp_path / "w"
    folder.mkdir()
    (folder / "result.json").write_text(body, encoding="utf-8")
    assert_rejected(cli, seeded_case, folder, "/w", extra=("--format", "telegram"))


def test_non_utf8_bytes(cli, seeded_case, tmp_path):
    folder = write_single_chat(tmp_path / "u", big_valid_messages(200))
    data = (folder / "result.json").read_bytes()
    pos = data.index(b"message number 150 ")
    (folder / "result.json").write_bytes(data[:pos] + b"\xff\xfe\xc3(" + data[pos + 4 :])
    assert_rejected(cli, seeded_case, folder, "result.json", "UTF-8")


@pytest.mark.parametrize("path, reason", [
    ("../../etc/passwd", "escapes the export"), ("/etc/passwd", "absolute path"),
    ("photos/../../../outside.jpg", "escapes the export"), ("C:\\Windows\\x.jpg", "absolute path"),
])
def test_media_path_escaping_the_export(cli, seeded_case, tmp_path, path, reason):
    folder = write_single_chat(tmp_path / "h", [msg(1, "ok"), msg(2, "", photo=path)])
    assert_rejected(cli, seeded_case, folder, reason, "/h")


def test_symlink_pointing_outside(cli, seeded_case, tmp_path):
    secret = tmp_path / "secret.jpg"
    secret.write_bytes(b"outside the export")
    folder = write_single_chat(tmp_path / "s", [msg(1, "", photo="photos/link.jpg")])
    (folder / "photos").mkdir()
    os.symlink(secret, folder / "photos" / "link.jpg")
    assert_rejected(cli, seeded_case, folder, "leaves the export")


def test_zip_with_escaping_entry(cli, seeded_case, tmp_path):
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("result.json", dump_tdesktop({"name": "x", "type": "private_group", "id": 5, "messages": [msg(1, "a")]}))
        zf.writestr("../../outside.txt", "escape")
    assert_rejected(cli, seeded_case, archive, "evil.zip", "escapes the export")


def test_zip_with_absolute_entry(cli, seeded_case, tmp_path):
    archive = tmp_path / "abs.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("result.json", dump_tdesktop({"name": "x", "type": "private_group", "id": 5, "messages": [msg(1, "a")]}))
        zf.writestr("/etc/cron.d/x", "escape")
    assert_rejected(cli, seeded_case, archive, "abs.zip", "absolute path")


def test_zip_bomb(cli, seeded_case, tmp_path):
    archive = tmp_path / "bomb.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("result.json", dump_tdesktop({"name": "x", "type": "private_group", "id": 5, "messages": [msg(1, "a")]}))
        zf.writestr("photos/huge.bin", b"\0" * (64 * 1024 * 1024))  # compresses ~1000:1
    assert_rejected(cli, seeded_case, archive, "bomb.zip", "zip bomb")


def test_fifty_megabyte_text_field(cli, seeded_case, tmp_path):
    folder = write_single_chat(tmp_path / "big", [msg(1, "fine"), msg(2, "x" * (50 * 1024 * 1024)), msg(3, "after")])
    err = assert_rejected(cli, seeded_case, folder, "result.json", "refusing a corrupt or hostile export")
    assert "byte" in err or "message id 2" in err


def test_oversized_field_in_generic_layout(cli, seeded_case, tmp_path):
    """The same limit holds when the generic parser reads a non-tdesktop layout."""
    import json

    folder = tmp_path / "g"
    folder.mkdir()
    body = {"name": "C", "type": "private_group", "id": 9, "messages": [msg(1, "ok"), msg(2, "y" * (2 * 1024 * 1024))]}
    (folder / "result.json").write_text(json.dumps(body, separators=(",", ":")), encoding="utf-8")
    err = assert_rejected(cli, seeded_case, folder, "result.json", "exceeds the limit", extra=("--format", "telegram"))
    assert "message id 2" in err


def test_empty_folder(cli, seeded_case, tmp_path):
    (tmp_path / "empty").mkdir()
    assert_rejected(cli, seeded_case, tmp_path / "empty", "empty", "no known export format")


def test_missing_path(cli, seeded_case, tmp_path):
    assert_rejected(cli, seeded_case, tmp_path / "nope", "nope", "no such file")


def test_not_a_case(cli, tmp_path):
    result = cli("chats", "--case", tmp_path, expect=2)
    assert "not a roomsift case" in result.stderr and "\n" not in result.stderr.strip()


def test_case_new_refuses_existing_case(cli, case_dir):
    assert "already exists" in cli("case", "new", case_dir, expect=2).stderr
