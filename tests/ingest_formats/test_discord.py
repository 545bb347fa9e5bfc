"""DiscordChatExporter JSON: every sample with its exact count, authors, times, threads,
attachments and duplicate messages."""

from __future__ import annotations

import json

import pytest

from roomsift.ingest.errors import IngestError
from roomsift.ingest.records import IDENTITY_ID, MEDIA_INCLUDED, MEDIA_NOT_INCLUDED

from .conftest import SAMPLES, parse_export, parse_one

pytestmark = pytest.mark.backend_neutral("parsers only; no case")

D = SAMPLES / "discord"

# Distinct message ids per file, counted from the raw JSON (messageCount in the chill-talk
# file says 35 but the file holds 6; the chat-analytics file repeats one message).
EXPECTED = {
    "mlomb_chat-analytics_SV_5A_5M.json": 4,
    "slatinsky_example-guild_chill-talk_1012224565567125544.json": 6,
    "slatinsky_example-guild_general_1012224565567721552.json": 35,
    "slatinsky_example-guild_thread_1060927310439657577.json": 5,
}


def test_every_sample_is_covered():
    assert sorted(p.name for p in D.iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_counts_authors_and_times(name):
    raw = json.loads((D / name).read_text(encoding="utf-8"))
    chat, msgs = parse_one(D / name)
    assert chat.platform == "discord" and chat.platform_id == raw["channel"]["id"]
    assert len(msgs) == EXPECTED[name] == len({m["id"] for m in raw["messages"]})
    by_id = {int(m["id"]): m for m in raw["messages"]}
    for rec in msgs:
        src = by_id[rec.platform_id]
        assert rec.sender.platform_id == src["author"]["id"] and rec.sender.identity_basis == IDENTITY_ID
        assert rec.time_local == src["timestamp"][:-6] and rec.extra["utc_offset"] == "+00:00"


def test_general_channel_details():
    chat, msgs = parse_one(D / "slatinsky_example-guild_general_1012224565567721552.json")
    assert (chat.title, chat.type, chat.extra["guild"]) == ("general", "GuildTextChat", "Example guild")
    first = msgs[0]
    assert first.time_utc == 1673013783 and first.sender_name == "Adam" and first.sender.username == "Adam#7077"
    joins = [m for m in msgs if m.action == "join_group_by_link"]
    assert [m.targets[0].name for m in joins] == ["Thomas", "Patrick", "RICK NITRO"]
    bot = joins[-1].sender
    assert (bot.name, bot.username) == ("RICK NITRO", "aLittleSpammyBot#9001")  # nickname and username both kept
    thread = next(m for m in msgs if m.action == "topic_created")
    assert thread.kind == "service" and thread.reply_to is None
    reply = next(m for m in msgs if m.platform_id == 1060926395313827840)
    assert reply.reply_to == 1060926346089476176 and reply.reply_to_chat is None
    image = next(m for m in msgs if m.platform_id == 1060926845832409158)
    att = image.media[0]
    assert att.status == MEDIA_INCLUDED and att.kind == "photo" and att.size == 42900
    assert att.path == "Example guild - Text Channels - general [1012224565567721552].json_Files/dce-export-more-662EF.png"
    sticker = msgs[3].media[0]
    assert sticker.kind == "sticker" and sticker.path.endswith("1045179611115421738-47841.png")
    assert next(m for m in msgs if m.platform_id == 1060926346089476176).extra["reactions"]


def test_thread_keeps_its_parent_channel():
    chat, msgs = parse_one(D / "slatinsky_example-guild_thread_1060927310439657577.json")
    assert chat.type == "GuildPublicThread" and chat.extra["parent_channel_id"] == "1012224565567721552"
    assert "category_id" not in chat.extra
    assert sum(m.reply_to is not None for m in msgs) == 2


def test_old_schema_web_urls_and_duplicates():
    _chat, msgs = parse_one(D / "mlomb_chat-analytics_SV_5A_5M.json")
    assert [m.platform_id for m in msgs].count(459136077417021488) == 1
    assert msgs[0].edited_utc is not None
    media = msgs[2].media
    assert [(x.kind, x.status, x.path) for x in media] == [("photo", MEDIA_NOT_INCLUDED, None), ("sticker", MEDIA_NOT_INCLUDED, None)]
    assert media[0].extra["url"].startswith("https://cdn.discordapp.com/")


def _export(tmp_path, messages, name="Guild - cat - room [42].json", header=True):
    doc = {"guild": {"id": "1", "name": "G"}, "channel": {"id": "42", "type": "DirectGroupTextChat", "name": "room"}} if header else {}
    doc["messages"] = messages
    path = tmp_path / name
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def _msg(i, kind="Default", author="7", **extra):
    return {"id": str(i), "type": kind, "timestamp": "2024-01-02T03:04:05.6+09:00", "content": f"m{i}",
            "author": {"id": author, "name": f"user{author}", "discriminator": "0000", "nickname": None}, **extra}


def test_group_dm_recipients_numeric_types_and_offsets(tmp_path):
    path = _export(tmp_path, [
        _msg(1, "RecipientAdd", mentions=[{"id": "8", "name": "eight"}]),
        _msg(2, "RecipientRemove", mentions=[{"id": "7", "name": "user7"}]),
        _msg(3, "ChannelNameChange"),
        _msg(4, "24"),
        _msg(5, attachments=[{"id": "9", "url": "Guild - cat - room [42].json_Files\\\\photo-ABCDE.jpg", "fileName": "photo.jpg", "fileSizeBytes": 3}]),
    ])
    _chat, msgs = parse_one(path)
    assert [m.action for m in msgs] == ["invite_members", "leave_group", "edit_group_title", "discord_type_24", None]
    assert msgs[0].targets[0].account.platform_id == "8"
    assert msgs[2].extra["title"] == "m3"
    assert msgs[0].time_utc == 1704132245 and msgs[0].time_local == "2024-01-02T03:04:05.6" and msgs[0].extra["utc_offset"] == "+09:00"
    assert msgs[4].media[0].path == "Guild - cat - room [42].json_Files/photo-ABCDE.jpg"


def test_truncated_export_is_a_one_line_error(tmp_path):
    path = _export(tmp_path, [_msg(1), _msg(2)])
    path.write_text(path.read_text()[:-30], encoding="utf-8")
    with pytest.raises(IngestError) as exc:
        parse_one(path)
    assert "truncated" in str(exc.value) and "\n" not in str(exc.value)


def test_telegram_json_is_not_claimed():
    name, _chats = parse_export(SAMPLES / "telegram" / "frozenspider_telegram_2023-01_result.json")
    assert name == "telegram"
