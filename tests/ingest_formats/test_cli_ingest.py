"""End to end through `roomsift ingest`: custody, idempotence, overlap, zips, hostile
paths, malformed and unknown files, --format."""

from __future__ import annotations

import json
import re
import shutil
import zipfile

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from roomsift.case import schema
from roomsift.case.store import Case
from roomsift.cli import app

from .conftest import SAMPLES, stored_messages
from .test_discord import EXPECTED as DISCORD
from .test_kakaotalk import EXPECTED as KAKAO
from .test_whatsapp import EXPECTED as WHATSAPP

runner = CliRunner()


@pytest.fixture
def case_dir(tmp_path):
    Case.create(tmp_path / "case").close()
    return tmp_path / "case"


def ingest(case_dir, path, *args):
    return runner.invoke(app, ["ingest", str(path), "--case", str(case_dir), *args])


def error_line(result) -> str:
    """The one-line error of a failed command: exit code 2, one line on stderr."""
    assert result.exit_code == 2, (result.exit_code, result.output, result.exception)
    text = result.output.strip()
    assert len(text.splitlines()) == 1 and text.startswith("error: "), text
    return text


def count(case_dir, table) -> int:
    case = Case.open(case_dir)
    with case.connect() as conn:
        n = conn.execute(select(func.count()).select_from(table)).scalar()
    case.close()
    return n


@pytest.mark.parametrize("platform, per_file", [("kakaotalk", KAKAO), ("whatsapp", WHATSAPP), ("discord", DISCORD)])
def test_every_sample_folder_ingests_with_exact_counts(case_dir, tmp_path, platform, per_file):
    expected = sum(per_file.values())
    folder = tmp_path / platform
    shutil.copytree(SAMPLES / platform, folder)
    result = ingest(case_dir, folder)
    assert result.exit_code == 0, result.output
    m = re.search(r"(\d+) new message\(s\), (\d+) already known, (\d+) edited", result.output)
    new, known, edited = map(int, m.groups())
    # every message of every file is accounted for; Korean and English exports of one
    # chat from one kind of device share ids, so the second copy is known — never
    # duplicated, and never an "edit" because the UI language words a service line differently
    assert new + known + edited == expected
    assert edited == 0
    case = Case.open(case_dir)
    rows = stored_messages(case)
    case.close()
    assert len(rows) == new and {r["platform"] for r in rows} == {platform}
    if platform == "kakaotalk":
        # KakaoTalk's documented default zone (Asia/Seoul) gives every local time its UTC instant
        assert all(r["time_utc"] is not None and r["identity_basis"] in ("nickname", None) for r in rows)
    if platform == "whatsapp":
        assert known == edited == 0


def test_custody_and_idempotent_reingest(case_dir):
    path = SAMPLES / "whatsapp" / "whats_json_android_en_group-system-messages.txt"
    first = ingest(case_dir, path)
    assert first.exit_code == 0 and "20 new message(s)" in first.output
    case = Case.open(case_dir)
    with case.connect() as conn:
        ev = conn.execute(select(schema.evidence.c.role, schema.evidence.c.path, schema.evidence.c.sha256)).all()
        accounts = dict(conn.execute(select(schema.accounts.c.key, schema.accounts.c.identity_basis)).all())
    case.close()
    assert [(r.role, r.path) for r in ev] == [("export", path.name)] and len(ev[0].sha256) == 64
    # A contact saved by name is an account of its chat; a phone number is one account everywhere.
    by_name = [k for k in accounts if k.endswith("/Dmitry S")]
    assert len(by_name) == 1 and accounts[by_name[0]] == "nickname" and accounts["whatsapp:+79999999999"] == "phone"
    again = ingest(case_dir, path)
    assert again.exit_code == 0 and "already ingested" in again.output
    assert count(case_dir, schema.messages) == 20


def test_overlapping_later_export_adds_only_new_messages(case_dir, tmp_path):
    lines = [f"0{d}/0{d}/2024, 10:0{i} - Kim: message {d}-{i}" for d in range(1, 6) for i in range(3)]
    early, late = tmp_path / "a" / "WhatsApp Chat with Kim.txt", tmp_path / "b" / "WhatsApp Chat with Kim.txt"
    early.parent.mkdir(), late.parent.mkdir()
    early.write_text("\n".join(["13/01/2024, 09:00 - Kim: first"] + lines[:9]) + "\n", encoding="utf-8")
    late.write_text("\n".join(["13/01/2024, 09:00 - Kim: first"] + lines + ["13/01/2024, 09:01 - Lee: last"]) + "\n", encoding="utf-8")
    assert "10 new message(s)" in ingest(case_dir, early).output
    out = ingest(case_dir, late).output
    assert "7 new message(s), 10 already known" in out, out
    assert count(case_dir, schema.messages) == 17


def test_whatsapp_zip_with_media_hashes_the_files(case_dir, tmp_path):
    src = SAMPLES / "whatsapp" / "frozenspider_android_en_mixed-date-orders.txt"
    archive = tmp_path / "WhatsApp Chat - Sample.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(src, "_chat.txt")
        zf.writestr("IMG-20230630-WA0000.jpg", b"\xff\xd8 synthetic bytes")
        zf.writestr("VID-20230630-WA0001.mp4", b"synthetic video bytes")
    result = ingest(case_dir, archive)
    assert result.exit_code == 0, result.output
    assert "13 new message(s)" in result.output and "media 2 included / 2 missing" in result.output
    case = Case.open(case_dir)
    with case.connect() as conn:
        roles = sorted(conn.execute(select(schema.evidence.c.role)).scalars())
        title = conn.execute(select(schema.chats.c.title)).scalar()
    case.close()
    assert roles == ["archive", "export", "media", "media"] and title == "Sample"


def test_hostile_attachment_path_is_refused_and_case_unchanged(case_dir, tmp_path):
    doc = {"guild": {"id": "1", "name": "G"}, "channel": {"id": "42", "type": "GuildTextChat", "name": "room"},
           "messages": [{"id": "5", "type": "Default", "timestamp": "2024-01-02T03:04:05+00:00", "content": "x",
                         "author": {"id": "7", "name": "u"}, "attachments": [{"id": "1", "url": "..\\..\\etc\\passwd", "fileName": "passwd"}]}]}
    path = tmp_path / "room [42].json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    result = ingest(case_dir, path)
    assert "escapes the export" in error_line(result)
    assert count(case_dir, schema.messages) == 0 and count(case_dir, schema.evidence) == 0


def test_malformed_unknown_and_forced_formats(case_dir, tmp_path):
    bad = tmp_path / "KakaoTalk_Chat_room_2024-01-01-10-00-00.csv"
    bad.write_text('Date,User,Message\n2024-01-01 10:00:00,"a"\n', encoding="utf-8")
    result = ingest(case_dir, bad)
    line = error_line(result)
    assert "expected 3 columns" in line and "line 2" in line
    unknown = tmp_path / "notes.txt"
    unknown.write_text("shopping list\nmilk\n", encoding="utf-8")
    result = ingest(case_dir, unknown)
    assert "looks like no known export format" in error_line(result)
    wrong = ingest(case_dir, SAMPLES / "kakaotalk" / "uoneway_window_kr.txt", "--format", "whatsapp")
    assert "does not look like a whatsapp export" in error_line(wrong)
    forced = ingest(case_dir, SAMPLES / "kakaotalk" / "uoneway_window_kr.txt", "--format", "kakaotalk")
    assert forced.exit_code == 0 and "5 new message(s)" in forced.output
    assert count(case_dir, schema.messages) == 5


def test_hostile_zip_is_refused(case_dir, tmp_path):
    archive = tmp_path / "WhatsApp Chat - Evil.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("_chat.txt", "[1/2/23, 10:00:00] Kim: hi\r\n")
        zf.writestr("../../outside.jpg", b"x")
    line = error_line(ingest(case_dir, archive))
    assert "escapes the export" in line
    assert count(case_dir, schema.messages) == 0 and count(case_dir, schema.evidence) == 0
