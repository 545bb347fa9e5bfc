"""Format fidelity on generated exports: every quirk of the format note, field by field."""

from __future__ import annotations

import json

from tests.backend import raw_db
from tgexport import dump_tdesktop, msg, service, write_single_chat


def rows(case_dir, sql, *args):
    conn = raw_db(case_dir, named=True)
    return conn.execute(sql, args).fetchall()


def by_id(case_dir, platform_id):
    return rows(case_dir, "select * from messages where platform_id=?", platform_id)[0]


def test_every_field_is_kept(cli, case_dir, tmp_path):
    messages = [
        service(1, "create_group", title="Room A", members=["Alice", "Bob", None]),
        service(2, "invite_members", members=["Carol"]),
        service(3, "join_group_by_link", actor=("Dave", "user104"), inviter="Alice"),
        service(4, "remove_members", members=["Bob"]),
        service(5, "pin_message", message_id=7),
        service(6, "edit_group_title", title="Room B"),
        service(7, "migrate_from_group", title="Old basic group"),
        msg(8, [{"type": "bold", "text": "Rules"}, ": read ", {"type": "mention", "text": "@alice_adm"},
                {"type": "text_link", "text": "here", "href": "https://example.invalid/rules"}]),
        msg(9, "reply", sender=("Bob", "user102"), reply_to_message_id=8),
        msg(10, "cross reply", reply_to_message_id=55, reply_to_peer_id="channel777"),
        msg(11, "fwd", forwarded_from="Notice Channel", saved_from="Saved chat"),
        msg(12, "via", via_bot="@somebot"),
        msg(13, "edited", edited="2023-11-14T23:00:00", edited_unixtime="1700003600"),
        msg(14, "", photo="photos/photo_1@14-11-2023_22-13-20.jpg", width=10, height=10),
        msg(15, "", file="(File not included. Change data exporting settings to download.)", media_type="video_file",
            mime_type="video/mp4", duration_seconds=12, width=640, height=480, file_name="clip.mp4"),
        msg(16, "", file="stickers/sticker.webp", media_type="sticker", sticker_emoji="🙂", width=512, height=512),
        msg(17, "", poll={"question": "Q?", "closed": False, "total_voters": 2, "answers": [{"text": "a", "voters": 2, "chosen": False}]}),
        msg(18, "", contact_information={"first_name": "X", "last_name": "", "phone_number": "+82 10 0000 0000"}),
        msg(19, "", location_information={"latitude": 37.5, "longitude": 127.0}),
        msg(20, "nice", reactions=[{"type": "emoji", "count": 1, "emoji": "👍", "recent": [{"from": "Bob", "from_id": "user102", "date": "2023-11-14T22:14:00"}]}]),
        msg(21, "deleted sender", sender=None),
        msg(22, "renamed", sender=("Alice Renamed", "user101")),
        msg(23, "channel post", sender=("Test Room", "channel4242"), author="Editor Kim"),
        msg(24, "", file="(File exceeds maximum size. Change data exporting settings to download.)", media_type="video_file"),
        {"id": 25, "type": "unsupported"},
        msg(-999999990, "from the old basic group"),
        {"id": 26, "type": "service", "date": "2023-11-14T22:13:20", "date_unixtime": "1700000026",
         "actor": "Alice Renamed", "actor_id": "user101", "information_text": "Custom server text", "text": "", "text_entities": []},
    ]
    folder = write_single_chat(tmp_path / "export", messages)
    (folder / "photos").mkdir()
    (folder / "photos" / "photo_1@14-11-2023_22-13-20.jpg").write_bytes(b"\xff\xd8 not really a jpeg")
    (folder / "stickers").mkdir()
    (folder / "stickers" / "sticker.webp").write_bytes(b"RIFF sticker")
    cli("ingest", folder, "--case", case_dir)

    assert len(rows(case_dir, "select id from messages")) == len(messages)
    # service actions with actor and targets
    targets = rows(case_dir, "select m.platform_id, t.role, t.name from action_targets t join messages m on m.id=t.message_id order by t.id")
    assert [(t["platform_id"], t["role"], t["name"]) for t in targets] == [
        (1, "member", "Alice"), (1, "member", "Bob"), (1, "member", None), (2, "member", "Carol"),
        (3, "inviter", "Alice"), (4, "member", "Bob"),
    ]
    assert by_id(case_dir, 3)["account_id"] is not None  # the joiner is the actor
    assert json.loads(by_id(case_dir, 5)["extra"]) == {"message_id": 7}
    titles = {r["title"]: r["source"] for r in rows(case_dir, "select title, source from chat_titles")}
    assert titles == {"Test Room": "export", "Room A": "service:create_group", "Room B": "service:edit_group_title",
                      "Old basic group": "service:migrate_from_group"}
    # text as an entity list: flattened, entities kept
    m8 = by_id(case_dir, 8)
    assert m8["text"] == "Rules: read @alice_admhere"
    assert [e["type"] for e in json.loads(m8["entities"])] == ["bold", "plain", "mention", "text_link"]
    assert by_id(case_dir, 9)["reply_to"] == 8
    assert (by_id(case_dir, 10)["reply_to"], by_id(case_dir, 10)["reply_to_chat"]) == (55, "channel777")
    assert (by_id(case_dir, 11)["forwarded_from"], by_id(case_dir, 11)["saved_from"]) == ("Notice Channel", "Saved chat")
    assert by_id(case_dir, 12)["via_bot"] == "@somebot"
    assert (by_id(case_dir, 13)["edited_utc"], by_id(case_dir, 13)["edited_local"]) == (1700003600, "2023-11-14T23:00:00")
    media = {r["platform_id"]: r for r in rows(case_dir, "select g.platform_id, m.* from media m join messages g on g.id=m.message_id")}
    assert media[14]["status"] == "included" and len(media[14]["sha256"]) == 64 and len(media[14]["md5"]) == 32 and len(media[14]["sha1"]) == 40
    assert (media[15]["status"], media[15]["kind"], media[15]["mime"], media[15]["duration"], media[15]["file_name"]) == (
        "not_included", "video_file", "video/mp4", 12, "clip.mp4")
    assert media[16]["kind"] == "sticker" and json.loads(by_id(case_dir, 16)["extra"])["sticker_emoji"] == "🙂"
    assert media[24]["status"] == "too_large"
    assert json.loads(by_id(case_dir, 17)["extra"])["poll"]["question"] == "Q?"
    assert json.loads(by_id(case_dir, 18)["extra"])["contact_information"]["phone_number"] == "+82 10 0000 0000"
    assert json.loads(by_id(case_dir, 19)["extra"])["location_information"]["latitude"] == 37.5
    assert json.loads(by_id(case_dir, 20)["extra"])["reactions"][0]["emoji"] == "👍"
    assert by_id(case_dir, 21)["sender_name"] is None
    assert by_id(case_dir, 23)["author"] == "Editor Kim"
    assert by_id(case_dir, 25)["kind"] == "unsupported" and by_id(case_dir, 25)["time_utc"] is None
    assert by_id(case_dir, -999999990)["text"] == "from the old basic group"
    assert by_id(case_dir, 26)["action"] == "custom_action"
    assert json.loads(by_id(case_dir, 26)["extra"])["information_text"] == "Custom server text"
    # one from_id with two display names: one account, both names in its history
    names = rows(case_dir, "select n.name from account_names n join accounts a on a.id=n.account_id where a.key='telegram:user101' and n.kind='display'")
    assert {n["name"] for n in names} == {"Alice", "Alice Renamed"}
    assert rows(case_dir, "select name from accounts where key='telegram:user101'")[0]["name"] == "Alice Renamed"
    # evidence: the export file and both media files
    assert sorted(r["path"] for r in rows(case_dir, "select path from evidence")) == [
        "photos/photo_1@14-11-2023_22-13-20.jpg", "result.json", "stickers/sticker.webp"]


def test_four_generations_of_from_id(cli, case_dir, tmp_path):
    legacy = {"date": "2019-01-01T10:00:00"}  # no date_unixtime: an old export
    messages = [
        {"id": 1, "type": "message", **legacy, "from": "Absent Id", "text": "v1.4.7: no from_id"},
        {"id": 2, "type": "message", **legacy, "from": "Int Id", "from_id": 5550001, "text": "v1.4.8: int"},
        {"id": 3, "type": "message", **legacy, "from": "Shifted User", "from_id": 4294967296 + 5550002, "text": "v2.4.5: shifted user"},
        {"id": 4, "type": "message", **legacy, "from": "Shifted Chat", "from_id": 8589934592 + 5550003, "text": "v2.4.5: shifted chat"},
        {"id": 5, "type": "message", "date": "2023-01-01T10:00:00", "date_unixtime": "1672567200", "from": "String", "from_id": "user5222222222", "text": "modern, id > 2^32"},
    ]
    cli("ingest", write_single_chat(tmp_path / "e", messages), "--case", case_dir)
    keys = {r["key"]: r["identity_basis"] for r in rows(case_dir, "select key, identity_basis from accounts")}
    assert keys == {
        "telegram:name:Absent Id": "nickname",
        "telegram:user5550001": "id",
        "telegram:user5550002": "id",
        "telegram:chat5550003": "id",
        "telegram:user5222222222": "id",  # a modern large id is not 'unshifted'
    }
    out = cli("messages", "--case", case_dir).stdout
    assert "zone unknown" in out and "2023-01-01 10:00:00 UTC" in out


def test_control_character_quirk(cli, case_dir, tmp_path):
    """tdesktop writes control characters as invalid `\\xHH` escapes; an escaped backslash
    followed by 'x41' is literal text and must stay so."""
    body = dump_tdesktop({"name": "Q", "type": "private_group", "id": 1, "messages": [msg(1, "PLACEHOLDER1"), msg(2, "PLACEHOLDER2")]})
    body = body.replace("PLACEHOLDER1", "tab\\x0Bvt and \\x1F unit").replace("PLACEHOLDER2", "literal \\\\x41 stays")
    cli("ingest", write_single_chat(tmp_path / "e", [], raw_text=body), "--case", case_dir)
    assert by_id(case_dir, 1)["text"] == "tab\x0bvt and \x1f unit"
    assert by_id(case_dir, 2)["text"] == "literal \\x41 stays"


def test_full_account_export_in_a_zip_with_chat_folders(cli, case_dir, tmp_path):
    import zipfile

    full = {
        "about": "export", "personal_information": {"user_id": 777, "first_name": "Owner"},
        "chats": {"about": "chats", "list": [
            {"name": "Group", "type": "private_group", "id": 11, "messages": [
                msg(1, "", photo="chats/chat_01/photos/photo_1.jpg"), msg(2, "hi")]},
            {"name": "Friend", "type": "personal_chat", "id": 12, "messages": [msg(1, "dm")]},
        ]},
        "left_chats": {"about": "left", "list": [{"name": "Left", "type": "private_supergroup", "id": 13, "messages": [msg(5, "bye")]}]},
    }
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("DataExport_2024/result.json", dump_tdesktop(full))
        zf.writestr("DataExport_2024/chats/chat_01/photos/photo_1.jpg", b"\xff\xd8 jpeg-ish bytes")
    out = cli("ingest", archive, "--case", case_dir).stdout
    assert "3 chat(s), 4 new message(s)" in out
    chats = {r["title"]: r for r in rows(case_dir, "select * from chats")}
    assert chats["Friend"]["platform_id"] == "personal_chat:777:12"  # tied to the exporting account
    assert json.loads(chats["Left"]["extra"])["left"] is True
    media = rows(case_dir, "select status, sha256 from media")[0]
    assert media["status"] == "included" and media["sha256"]
    roles = sorted(r["role"] for r in rows(case_dir, "select role from evidence"))
    assert roles == ["archive", "export", "media"]
    info = json.loads(rows(case_dir, "select export_info from ingests")[0]["export_info"])
    assert info["personal_information"]["user_id"] == 777
    assert "already ingested" in cli("ingest", archive, "--case", case_dir).stdout


def test_non_tdesktop_layout_falls_back_to_generic_parser(cli, case_dir, tmp_path):
    """Another producer writing compact JSON is still read (by the generic streaming parser)."""
    compact = json.dumps({"name": "C", "type": "private_group", "id": 9, "messages": [msg(1, "a"), msg(2, "b")]}, separators=(",", ":"))
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "result.json").write_text(compact, encoding="utf-8")
    assert "2 new message(s)" in cli("ingest", folder, "--format", "telegram", "--case", case_dir).stdout
