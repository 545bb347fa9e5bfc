"""Discord channel exports made with DiscordChatExporter (JSON, every schema generation).

Format reference: /shared/formats/discord-chat-exporter.md (from Tyrrrz/DiscordChatExporter's
JsonMessageWriter.cs); samples in /shared/samples/discord/. One JSON file per channel or
thread; a folder of them (with `_threads/` and `*.json_Files/` asset folders) is one export.
What the format knows and how it is kept:
- ids are Discord snowflakes (strings; never parsed as floats): message ids are the store's
  message ids, author ids are accounts with identity basis "id", their username
  (`name`, `name#1234` before 2023) and display nickname go into the name history;
- timestamps carry the exporter's UTC offset: `time_utc` is the instant, `time_local` the
  wall-clock text as written, the offset goes into `extra`;
- system messages (joins, pins, calls, renames, thread starts, recipients added/removed)
  become service messages with Telegram's action names where the meaning is the same;
  types DCE could not name arrive as numbers and are kept as `discord_type_<n>`;
- `--media` exports name attachments by local paths relative to the JSON file, written with
  Windows backslashes (sometimes doubled); they are passed to the ingest core, which
  resolves them inside the export and refuses any that would leave it;
- the same message can appear twice in one file: repeats within a window are dropped here,
  and the store never keeps two messages with one id in a chat;
- every key is optional (older files lack stickers, exportedAt, reference.type ...); keys
  not mapped onto record fields are kept verbatim in `extra`.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterator
from datetime import datetime
from pathlib import PurePosixPath
from typing import Any

import ijson

from roomsift.ingest.errors import IngestError
from roomsift.ingest.formats._text import _CountingReader, read_head
from roomsift.ingest.formats._json_events import build_value, open_json
from roomsift.ingest.records import (
    IDENTITY_ID,
    MEDIA_INCLUDED,
    MEDIA_NOT_INCLUDED,
    AccountRef,
    ActionTarget,
    ChatRecord,
    MediaRecord,
    MessageRecord,
    Record,
)
from roomsift.ingest.registry import Parser, register
from roomsift.ingest.source import ExportSource

PLATFORM = "discord"
DEDUPE_WINDOW = 4096
_HEAD = re.compile(r'^\s*\{\s*"guild"\s*:\s*\{')
_MESSAGE_KINDS = {"Default", "Reply", "20", "23"}  # 20/23: slash-command and context-menu replies
_SERVICE_ACTIONS = {
    "GuildMemberJoin": "join_group_by_link",
    "RecipientAdd": "invite_members",
    "RecipientRemove": "remove_members",
    "ChannelNameChange": "edit_group_title",
    "ChannelIconChange": "edit_group_photo",
    "ChannelPinnedMessage": "pin_message",
    "Call": "phone_call",
    "ThreadCreated": "topic_created",
}
_MAPPED = {"id", "type", "timestamp", "timestampEdited", "content", "author", "attachments", "stickers", "reference", "mentions"}
_KIND_BY_EXT = {
    "png": "photo", "jpg": "photo", "jpeg": "photo", "webp": "photo", "gif": "animation", "mp4": "video_file",
    "webm": "video_file", "mov": "video_file", "mp3": "audio_file", "ogg": "voice_message", "wav": "audio_file",
}


def _when(value: Any, where: str, msg_id: Any) -> tuple[int | None, str | None, str | None]:
    """(epoch seconds UTC, local wall-clock text, UTC offset) of a DCE timestamp."""
    if not value:
        return None, None, None
    try:
        dt = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        raise IngestError(f"unreadable timestamp {value!r}", file=where, position=f"message {msg_id}") from None
    text = str(value)
    local, offset = (text[:-6], text[-6:]) if dt.tzinfo is not None and text[-6] in "+-" else (text, None)
    if dt.tzinfo is None:  # no offset: the zone is unknown, do not invent one
        return None, local, None
    return int(dt.timestamp()), local, offset


def _snowflake(value: Any, where: str, what: str) -> int:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        raise IngestError(f"{what} is not a Discord id: {value!r}", file=where) from None


def _local_path(url: str, folder: str) -> str | None:
    """Export-relative path of a `--media` asset, or None for a web URL."""
    if re.match(r"^[a-z][a-z0-9+.-]*://", url, re.I):
        return None
    return folder + re.sub(r"/{2,}", "/", url.replace("\\", "/"))


def _media_kind(name: str) -> str:
    return _KIND_BY_EXT.get(name.rsplit(".", 1)[-1].lower(), "file") if "." in name else "file"


def _account(user: dict[str, Any], where: str) -> AccountRef:
    name = user.get("name") or None
    disc = str(user.get("discriminator") or "")
    username = f"{name}#{disc}" if name and disc not in ("", "0", "0000") else name
    return AccountRef(
        platform_id=str(_snowflake(user.get("id"), where, "author id")),
        name=user.get("nickname") or name,
        identity_basis=IDENTITY_ID,
        username=username,
    )


@register
class DiscordChatExporterJSON(Parser):
    name = "discord"
    platform = PLATFORM
    description = "Discord channel/thread export by DiscordChatExporter (JSON, any version; folder of channels too)"

    @classmethod
    def detect(cls, source: ExportSource) -> list[str]:
        candidates = [source.single_file] if source.single_file else [p for p in source.files() if p.lower().endswith(".json")]
        return [p for p in candidates if p and p.lower().endswith(".json") and _HEAD.match(read_head(source, p, 2048))]

    def parse(self, source: ExportSource, main_file: str, on_read=None) -> Iterator[Record]:
        where = source.describe(main_file)
        folder = str(PurePosixPath(main_file).parent)
        folder = "" if folder == "." else folder + "/"
        try:
            header = self._header(source, main_file)
            yield self._chat(header, main_file, where)
            channel_id = str(header["channel"].get("id"))
            recent: OrderedDict[int, None] = OrderedDict()
            with open_json(source, main_file) as raw:
                counter = _CountingReader(raw, on_read)
                for m in ijson.items(counter, "messages.item", use_float=True):
                    if not isinstance(m, dict):
                        raise IngestError("a message is not a JSON object", file=where)
                    mid = _snowflake(m.get("id"), where, "message id")
                    if mid in recent:  # DCE sometimes writes a message twice
                        continue
                    recent[mid] = None
                    if len(recent) > DEDUPE_WINDOW:
                        recent.popitem(last=False)
                    yield self._message(m, mid, channel_id, folder, where)
        except ijson.common.IncompleteJSONError as exc:
            detail = str(exc).strip().splitlines()[0] if str(exc).strip() else "unexpected end of file"
            raise IngestError(f"malformed or truncated JSON: {detail}", file=where) from None
        except ijson.common.JSONError as exc:
            raise IngestError(f"malformed JSON: {exc}", file=where) from None
        except UnicodeDecodeError as exc:
            raise IngestError(f"not UTF-8 text: {exc.reason}", file=where) from None

    @staticmethod
    def _header(source: ExportSource, main_file: str) -> dict[str, Any]:
        """The keys DCE writes before `messages` (guild, channel, dateRange, exportedAt)."""
        header: dict[str, Any] = {}
        location = source.describe(main_file)
        with open_json(source, main_file) as fh:  # stops reading at the "messages" key
            events = ijson.parse(fh, use_float=True)
            for prefix, event, value in events:
                if prefix == "" and event == "map_key":
                    if value == "messages":
                        break
                    header[value] = build_value(events, location)
        if not isinstance(header.get("channel"), dict) or header["channel"].get("id") is None:
            raise IngestError("not a DiscordChatExporter export: no channel id before the messages", file=source.describe(main_file))
        return header

    @staticmethod
    def _chat(header: dict[str, Any], main_file: str, where: str) -> ChatRecord:
        channel, guild = header["channel"], header.get("guild") or {}
        channel_id = str(_snowflake(channel.get("id"), where, "channel id"))
        extra = {
            "guild_id": guild.get("id"), "guild": guild.get("name"), "category_id": channel.get("categoryId"),
            "category": channel.get("category"), "topic": channel.get("topic"),
            "date_range": header.get("dateRange"), "exported_at": header.get("exportedAt"),
        }
        if "Thread" in str(channel.get("type")):  # DCE writes the parent channel into category*
            extra["parent_channel_id"] = extra.pop("category_id")
            extra["parent_channel"] = extra.pop("category")
        return ChatRecord(
            platform=PLATFORM, platform_id=channel_id, title=channel.get("name"), type=channel.get("type"),
            source_file=main_file, extra={k: v for k, v in extra.items() if v is not None},
        )

    @staticmethod
    def _message(m: dict[str, Any], mid: int, channel_id: str, folder: str, where: str) -> MessageRecord:
        kind = str(m.get("type") or "Default")
        author = m.get("author") if isinstance(m.get("author"), dict) else None
        sender = _account(author, where) if author else None
        time_utc, time_local, offset = _when(m.get("timestamp"), where, mid)
        edited_utc, edited_local, _ = _when(m.get("timestampEdited"), where, mid)
        rec = MessageRecord(
            platform_id=mid, kind="message", sender=sender, sender_name=sender.name if sender else None,
            time_utc=time_utc, time_local=time_local, text=str(m.get("content") or ""),
            edited_utc=edited_utc, edited_local=edited_local,
            extra={k: v for k, v in m.items() if k not in _MAPPED and v not in (None, [], False)},
        )
        if offset:
            rec.extra["utc_offset"] = offset
        ref = m.get("reference") if isinstance(m.get("reference"), dict) else None
        if ref:
            rec.extra["reference"] = ref
            if ref.get("messageId") and ref.get("type", "Default") == "Default":
                rec.reply_to = _snowflake(ref["messageId"], where, "referenced message id")
                if ref.get("channelId") and str(ref["channelId"]) != channel_id:
                    rec.reply_to_chat = str(ref["channelId"])
        forwarded = m.get("forwardedMessage")
        if isinstance(forwarded, dict) and ref and ref.get("channelId"):
            rec.forwarded_from = f"discord channel {ref.get('channelId')}"
            rec.reply_to = None
            if not rec.text:
                rec.text = str(forwarded.get("content") or "")
        if m.get("mentions"):
            rec.entities = [{"type": "mention", "user_id": str(u.get("id")), "name": u.get("name")} for u in m["mentions"] if isinstance(u, dict)]
        for a in m.get("attachments") or []:
            url = str(a.get("url") or "")
            name = a.get("fileName") or url.replace("\\", "/").rsplit("/", 1)[-1]
            path = _local_path(url, folder) if url else None
            media = MediaRecord(
                kind=_media_kind(name), path=path, status=MEDIA_INCLUDED if path else MEDIA_NOT_INCLUDED,
                file_name=name, size=a.get("fileSizeBytes"), extra={"attachment_id": a.get("id")},
            )
            if path is None and url:
                media.extra["url"] = url
            rec.media.append(media)
        for s in m.get("stickers") or []:
            url = str(s.get("sourceUrl") or "")
            path = _local_path(url, folder) if url else None
            rec.media.append(MediaRecord(
                kind="sticker", path=path, status=MEDIA_INCLUDED if path else MEDIA_NOT_INCLUDED,
                file_name=s.get("name"), extra={"sticker_id": s.get("id"), "format": s.get("format"), **({"url": url} if url and not path else {})},
            ))
        if kind not in _MESSAGE_KINDS:
            _service(rec, kind, m, sender, where)
        return rec


def _service(rec: MessageRecord, kind: str, m: dict[str, Any], sender: AccountRef | None, where: str) -> None:
    rec.kind = "service"
    rec.action = _SERVICE_ACTIONS.get(kind, f"discord_type_{kind}" if kind.isdigit() else kind)
    rec.extra["discord_type"] = kind
    mentioned = [_account(u, where) for u in m.get("mentions") or [] if isinstance(u, dict) and u.get("id") is not None]
    if kind == "GuildMemberJoin" and sender:
        rec.targets = [ActionTarget("member", sender.name, sender)]
    elif kind in ("RecipientAdd", "RecipientRemove"):
        rec.targets = [ActionTarget("member", u.name, u) for u in mentioned]
        if kind == "RecipientRemove" and sender and [u.platform_id for u in mentioned] in ([], [sender.platform_id]):
            rec.action = "leave_group"
            rec.targets = [ActionTarget("member", sender.name, sender)]
    elif kind == "ChannelNameChange":
        rec.extra["title"] = rec.text
    elif kind == "ChannelPinnedMessage":
        rec.extra["message_id"] = rec.reply_to
    elif kind == "Call" and m.get("callEndedTimestamp"):
        rec.extra["call_ended"] = m["callEndedTimestamp"]
