"""Telegram Desktop JSON exports (`result.json`): single-chat and full-account exports.

Format reference: /shared/formats/telegram-desktop-json.md (from tdesktop's
export_output_json.cpp). Quirks handled here, each where it matters:
- the hand-written serializer writes control characters as invalid `\\xHH` escapes
  (`XEscapeFixer`), so the byte stream is repaired before the JSON parser sees it;
- `from_id` has had four generations (absent, int, shifted PeerId, "user123" string);
- `text` is a string or a list of plain strings and entity objects;
- old exports write a bogus `edited` (the epoch in local time) on every message;
- media paths may hold a sentence instead of a path when the file was not exported;
- migrated basic-group messages have negative ids (kept as they are).
Every key that is not mapped onto a record field is kept verbatim in `extra`.
"""

from __future__ import annotations

import io
import itertools
import re
import sys
from collections.abc import Iterator
from typing import Any, BinaryIO

import ijson
import orjson

from roomsift.ingest.compiled import speedups as _fast
from roomsift.ingest.errors import IngestError
from roomsift.ingest.formats._json_events import build_value, open_json
from roomsift.ingest.records import (
    IDENTITY_NICKNAME,
    MEDIA_INCLUDED,
    MEDIA_NOT_INCLUDED,
    MEDIA_TOO_LARGE,
    MEDIA_UNAVAILABLE,
    AccountRef,
    ActionTarget,
    ChatRecord,
    ExportInfo,
    MediaRecord,
    MessageRecord,
    Record,
)
from roomsift.ingest.registry import Parser, register
from roomsift.ingest.source import ExportSource

# Telegram caps a message at 4096 characters (captions at 1024, premium 4096); anything far
# larger is a corrupt or hostile export, not a message.
MAX_FIELD_CHARS = 1_000_000

# A message object (text, entities, media fields) is kilobytes; tens of MB is not a message.
MAX_MESSAGE_BYTES = 16 * 2**20

SHIFT_USER = 1 << 32  # v2.4.5–v2.7.1 wrote users as 2^32 | id
SHIFT_CHAT = 1 << 33  # ... and chats/channels as 2^33 | id

_XESCAPE = re.compile(rb"(?<!\\)((?:\\\\)*)\\x([0-9A-Fa-f]{2})")
_PLACEHOLDER_STATUS = (
    ("not included", MEDIA_NOT_INCLUDED),
    ("exceeds maximum size", MEDIA_TOO_LARGE),
    ("unavailable", MEDIA_UNAVAILABLE),
)
_BOGUS_EDIT_PREFIX = "1970-01-0"  # pre-2020-06 exports: epoch rendered in local time

# Keys consumed into record fields; everything else goes to `extra`.
_MESSAGE_KEYS = {
    "id", "type", "date", "date_unixtime", "edited", "edited_unixtime", "from", "from_id",
    "actor", "actor_id", "text", "text_entities", "reply_to_message_id", "reply_to_peer_id",
    "forwarded_from", "forwarded_from_id", "saved_from", "via_bot", "author", "action",
    "members", "inviter",
}
# Media keys: path key -> (kind, keys describing it)
_PHOTO_KEYS = {"photo", "photo_file_size", "width", "height", "media_spoiler"}
_FILE_KEYS = {"file", "file_name", "file_size", "thumbnail", "thumbnail_file_size", "media_type",
              "mime_type", "duration_seconds", "width", "height", "media_spoiler"}


class XEscapeFixer(io.RawIOBase):
    """Byte stream that rewrites tdesktop's invalid `\\xHH` escapes to `\\u00HH`, counts
    bytes (for progress and error positions) and never holds more than one chunk."""

    def __init__(self, raw: BinaryIO, chunk: int = 1 << 20, on_read=None):
        self.raw = raw
        self.chunk = chunk
        self.pending = b""
        self.out = b""
        self.consumed = 0  # bytes read from the underlying file
        self.on_read = on_read
        self.eof = False

    def readable(self) -> bool:
        return True

    def _fill(self) -> None:
        data = self.raw.read(self.chunk)
        if self.on_read and data:
            self.on_read(len(data))
        self.consumed += len(data)
        buf = self.pending + data
        if not data:
            self.eof = True
            self.pending = b""
        else:
            # Hold back a trailing run of backslashes plus up to 3 bytes: an escape may straddle chunks.
            cut = len(buf)
            tail_start = max(0, len(buf) - 4)
            idx = buf.rfind(b"\\", tail_start)
            if idx != -1:
                while idx > 0 and buf[idx - 1 : idx] == b"\\":
                    idx -= 1
                cut = idx
            self.pending = buf[cut:]
            buf = buf[:cut]
        if b"\\x" in buf:
            buf = _XESCAPE.sub(rb"\1\\u00\2", buf)
        self.out += buf

    def readinto(self, b) -> int:
        while not self.out and not self.eof:
            self._fill()
        n = min(len(b), len(self.out))
        b[:n] = self.out[:n]
        self.out = self.out[n:]
        return n


_NOT_TDESKTOP_LAYOUT = object()
_MESSAGES_KEY = b'\n "messages": ['
_SEP = b"\n  },\n"  # end of one message and start of the next, at the messages' indentation
_END = b"\n ]"  # end of the messages array (top level is indented by one space)


def _framed_messages(stream: "XEscapeFixer", location: str, chunk: int = 1 << 20):
    """Yield lists of message dicts from a single-chat export written by tdesktop.

    tdesktop indents by one space per level and escapes newlines inside strings, so the
    byte sequence `\n  },\n` occurs only between two messages; complete messages are
    cut there and parsed as one JSON array. Yields _NOT_TDESKTOP_LAYOUT first if the file
    is laid out differently (another producer), so the caller can use a generic parser."""
    buf = b""
    base = 0  # file offset of buf[0]
    while _MESSAGES_KEY not in buf:
        data = stream.read(chunk)
        if not data:
            yield _NOT_TDESKTOP_LAYOUT
            return
        buf += data
        if len(buf) > 16 * chunk:
            yield _NOT_TDESKTOP_LAYOUT
            return
    start = buf.index(_MESSAGES_KEY) + len(_MESSAGES_KEY)
    base += start
    buf = buf[start:]
    while len(buf) < 8:
        data = stream.read(chunk)
        if not data:
            break
        buf += data
    if buf.startswith(b"]") or buf.startswith(_END):
        return  # no messages
    if not buf.startswith(b"\n  {"):
        yield _NOT_TDESKTOP_LAYOUT
        return
    eof = False
    scanned = 0  # bytes of buf already searched for a separator
    while True:
        cut = buf.rfind(_SEP, max(scanned - len(_SEP), 0))
        if cut != -1:
            body, rest = buf[: cut + 4], buf[cut + 5 :]
            yield _load_array(body, base, location)
            base += cut + 5
            buf = rest
        scanned = len(buf)
        if scanned > MAX_MESSAGE_BYTES:
            raise IngestError(
                f"a single message is larger than {MAX_MESSAGE_BYTES // 2**20} MB; refusing a corrupt or hostile export",
                file=location, position=f"near byte {base:,}",
            )
        if eof:
            break
        data = stream.read(chunk)
        if not data:
            eof = True
            continue
        buf += data
    # The last message, then the end of the array and of the object.
    end = buf.rfind(_END)
    if end == -1:
        raise IngestError("truncated JSON: the export ends inside the message list", file=location, position=f"near byte {base + len(buf):,}")
    if buf[:end].strip():
        yield _load_array(buf[:end], base, location)
    tail = buf[end + len(_END) :].strip()
    if not tail.endswith(b"}"):
        raise IngestError("truncated JSON: the export does not end with '}'", file=location, position=f"near byte {base + len(buf):,}")


def _load_array(body: bytes, base: int, location: str) -> list:
    try:
        items = orjson.loads(b"[" + body + b"]")
    except orjson.JSONDecodeError as exc:
        reason = str(exc).split(":", 1)[0]
        if "utf-8" in str(exc).lower() or "surrogate" in str(exc).lower():
            raise IngestError("not UTF-8 text", file=location, position=f"near byte {base + max(exc.pos - 1, 0):,}") from None
        raise IngestError(f"malformed JSON: {reason}", file=location, position=f"near byte {base + max(exc.pos - 1, 0):,}") from None
    return items


def _peer(value: Any, legacy: bool) -> str | None:
    """Normalise the four generations of from_id/actor_id to 'user123'/'channel123'/'chat123'."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, int):
        # Shifted PeerIds exist only in exports without date_unixtime (v2.4.5–v2.7.1);
        # modern ids can exceed 2^32, so the shift is undone only for those.
        if legacy and value >= SHIFT_CHAT:
            return f"chat{value - SHIFT_CHAT}"
        if legacy and value >= SHIFT_USER:
            return f"user{value - SHIFT_USER}"
        return f"user{value}"
    return str(value)


def flatten_text(text: Any) -> tuple[str, list[dict[str, Any]]]:
    """Telegram text is a string or a list of strings and entity objects."""
    if text is None:
        return "", []
    if isinstance(text, str):
        return text, []
    parts: list[str] = []
    entities: list[dict[str, Any]] = []
    for part in text:
        if isinstance(part, str):
            parts.append(part)
            entities.append({"type": "plain", "text": part})
        elif isinstance(part, dict):
            parts.append(str(part.get("text", "")))
            entities.append(part)
    return "".join(parts), entities


def _media_status(path: str) -> str:
    if path.startswith("(") and path.endswith(")"):
        low = path.lower()
        for needle, status in _PLACEHOLDER_STATUS:
            if needle in low:
                return status
        return MEDIA_UNAVAILABLE
    return MEDIA_INCLUDED


def _media(kind: str, path: Any, **fields: Any) -> MediaRecord:
    status = _media_status(path) if isinstance(path, str) else MEDIA_NOT_INCLUDED
    rec = MediaRecord(kind=kind, path=path if status == MEDIA_INCLUDED else None, status=status, **fields)
    if status != MEDIA_INCLUDED and isinstance(path, str):
        rec.extra["placeholder"] = path
    return rec


def _int(value: Any) -> int | None:
    try:
        return int(value) if value is not None and value != "" else None
    except (TypeError, ValueError):
        return None


def _check_size(value: Any, file: str, msg_id: Any) -> None:
    if isinstance(value, str) and len(value) > MAX_FIELD_CHARS:
        raise IngestError(
            f"text field of {len(value):,} characters exceeds the limit of {MAX_FIELD_CHARS:,}; refusing a corrupt or hostile export",
            file=file,
            position=f"message id {msg_id}",
        )


_SIMPLE_KEYS = {
    # source key -> record attribute, for keys copied as they are
    "reply_to_peer_id": "reply_to_chat",
    "forwarded_from": "forwarded_from",
    "forwarded_from_id": "forwarded_from_id",
    "saved_from": "saved_from",
    "via_bot": "via_bot",
    "author": "author",
    "action": "action",
}
_HANDLED = frozenset(_MESSAGE_KEYS)
_HANDLED_PHOTO = _HANDLED | _PHOTO_KEYS
_HANDLED_FILE = _HANDLED | _FILE_KEYS
_HANDLED_BOTH = _HANDLED_PHOTO | _FILE_KEYS
_VCARD_KEYS = frozenset({"contact_vcard", "contact_vcard_file_size"})
_KINDS = frozenset({"message", "service", "unsupported"})


# One AccountRef per (sender, display name), shared by their messages: the ingest core keys
# its per-sender bookkeeping on the object. Bounded; records never modify their refs.
_REFS: dict[tuple[str, Any], AccountRef] = {}


def _account_ref(peer: str, name: Any) -> AccountRef:
    if len(_REFS) > 100_000:
        _REFS.clear()
    ref = _REFS[(peer, name)] = AccountRef(peer, name)
    return ref


def convert_message(m: dict[str, Any], file: str, chat_type: str | None) -> MessageRecord:
    """One Telegram message object -> MessageRecord (pure; used by tests and the parser).
    This runs once per message, so it avoids repeated lookups."""
    if not isinstance(m, dict) or "id" not in m:
        raise IngestError("message without an id", file=file)
    get = m.get
    msg_id = m["id"]
    kind = get("type", "message")
    unix = get("date_unixtime")
    unix = int(unix) if unix else None
    legacy = unix is None
    rec = MessageRecord(int(msg_id), kind if kind in _KINDS else "message")
    rec.time_utc = unix
    rec.time_local = get("date")

    sender_id = get("from_id")
    sender_name = get("from")
    if sender_id is None and sender_name is None:
        sender_id = get("actor_id")
        sender_name = get("actor")
    peer = sender_id if type(sender_id) is str else _peer(sender_id, legacy)
    if peer is not None:
        rec.sender = _REFS.get((peer, sender_name)) or _account_ref(peer, sender_name)
    elif sender_name:  # pre-2018-12 exports: only a display name
        rec.sender = AccountRef(f"name:{sender_name}", sender_name, IDENTITY_NICKNAME)
    rec.sender_name = sender_name

    text = get("text")
    if type(text) is str:
        if len(text) > MAX_FIELD_CHARS:
            _check_size(text, file, msg_id)
        rec.text = text
        entities = get("text_entities")
        rec.entities = entities if type(entities) is list else []
    else:
        if isinstance(text, list):
            for part in text:
                _check_size(part.get("text") if isinstance(part, dict) else part, file, msg_id)
        rec.text, derived = flatten_text(text)
        entities = get("text_entities")
        rec.entities = entities if type(entities) is list and entities else derived

    reply = get("reply_to_message_id")
    if reply is not None:
        rec.reply_to = _int(reply)
    for key, attr in _SIMPLE_KEYS.items():
        if key in m:
            setattr(rec, attr, m[key])

    edited = get("edited")
    if edited and not (legacy and str(edited).startswith(_BOGUS_EDIT_PREFIX)):
        rec.edited_local = edited
        rec.edited_utc = _int(get("edited_unixtime"))

    if kind == "service":
        if rec.action is None and "information_text" in m:
            rec.action = "custom_action"  # ActionCustomAction has no `action` key
        members = get("members")
        if isinstance(members, list):
            rec.targets.extend(ActionTarget("member", name) for name in members)
    if "inviter" in m:
        rec.targets.append(ActionTarget("inviter", m["inviter"]))

    has_photo = "photo" in m
    has_file = "file" in m
    used = _HANDLED_BOTH if has_photo and has_file else _HANDLED_PHOTO if has_photo else _HANDLED_FILE if has_file else _HANDLED
    if has_photo:
        rec.media.append(
            _media(
                "group_photo" if kind == "service" else "photo",
                m["photo"],
                size=_int(get("photo_file_size")),
                width=_int(get("width")),
                height=_int(get("height")),
            )
        )
    if has_file:
        rec.media.append(
            _media(
                get("media_type") or "file",
                m["file"],
                file_name=get("file_name"),
                mime=get("mime_type"),
                size=_int(get("file_size")),
                width=_int(get("width")),
                height=_int(get("height")),
                duration=get("duration_seconds"),
            )
        )
        if "thumbnail" in m:
            rec.media.append(_media("thumbnail", m["thumbnail"], size=_int(get("thumbnail_file_size"))))
    if "contact_vcard" in m:
        rec.media.append(_media("contact_vcard", m["contact_vcard"], size=_int(get("contact_vcard_file_size"))))
        used = used | _VCARD_KEYS
    if not m.keys() <= used:  # any key not handled above is kept (a legacy message has fewer standard keys)
        rec.extra = {key: value for key, value in m.items() if key not in used}
    if kind not in _KINDS:
        rec.extra["type"] = kind
    return rec


convert_message_pure = convert_message
# The compiled twin (roomsift.ingest._speedups.TelegramConverter) returns the same records.
_converter = _fast.TelegramConverter(sys.modules[__name__]) if _fast is not None else None
if _converter is not None:
    convert_message = _converter.convert  # noqa: F811


def _personal_chat_id(chat_type: str | None, chat_id: Any, owner: Any) -> str:
    """Group and channel ids are global; a personal chat's id is the *other* user's id, so
    two seized phones that both talked to one person must not merge into one chat."""
    if chat_type in ("personal_chat", "bot_chat", "saved_messages", "replies", "verification_codes"):
        return f"{chat_type}:{owner if owner is not None else 'unknown-exporter'}:{chat_id}"
    return str(chat_id)


@register
class TelegramDesktopJSON(Parser):
    name = "telegram"
    platform = "telegram"
    description = "Telegram Desktop JSON export (result.json): single chat or full account, folder or .zip"

    @classmethod
    def detect(cls, source: ExportSource) -> list[str]:
        candidates = [source.single_file] if source.single_file else [p for p in source.files() if p.rsplit("/", 1)[-1] == "result.json"]
        found = []
        for path in candidates:
            if path and path.lower().endswith(".json") and cls._looks_like_telegram(source, path):
                found.append(path)
        # A full export's chats are in its root result.json only; nested ones are other exports.
        return sorted(found, key=lambda p: (p.count("/"), p))[:1] if found else []

    @staticmethod
    def _looks_like_telegram(source: ExportSource, path: str) -> bool:
        """Read the first top-level keys (any JSON layout) from the file's head."""
        with source.open(path) as fh:
            head = fh.read(8192)
        head = _XESCAPE.sub(rb"\1\\u00\2", head)
        keys: list[str] = []
        try:
            for prefix, event, value in ijson.parse(io.BytesIO(head)):
                if prefix == "" and event == "map_key":
                    keys.append(value)
                elif prefix == "" and event not in ("start_map", "map_key"):
                    break
        except (ijson.common.JSONError, ValueError):
            pass  # the head ends mid-document; the keys read so far decide
        if not keys or {"guild", "channel"} & set(keys):  # DiscordChatExporter has these
            return False
        single_chat = keys[0] in ("name", "type", "id") and "messages" in keys
        full_export = bool({"personal_information", "chats", "left_chats"} & set(keys)) or keys[0] == "about"
        return single_chat or full_export

    def parse(self, source: ExportSource, main_file: str, on_read=None) -> Iterator[Record]:
        raw = open_json(source, main_file)
        stream = XEscapeFixer(raw, on_read=on_read)
        reader = io.BufferedReader(stream, buffer_size=1 << 20)
        location = source.describe(main_file)

        def fast_messages(chat_type):
            # Single-chat export: once the header is read, the messages are framed by
            # tdesktop's layout and parsed in batches by orjson (4x faster than ijson,
            # measured: 362k vs 88k messages/s); any other layout falls back to ijson.
            nonlocal stream
            raw.close()
            second = open_json(source, main_file)
            stream = XEscapeFixer(second, on_read=on_read)
            try:
                framed = _framed_messages(stream, location)
                first = next(framed, None)
                if first is _NOT_TDESKTOP_LAYOUT:
                    second.close()
                    third = open_json(source, main_file)
                    stream = XEscapeFixer(third, on_read=on_read)
                    try:
                        for m in ijson.items(io.BufferedReader(stream, buffer_size=1 << 20), "messages.item", use_float=True):
                            yield convert_message(m, location, chat_type)
                    finally:
                        third.close()
                    return
                if first is not None:
                    if _converter is not None:  # compiled: a batch of records at a time
                        for batch in itertools.chain([first], framed):
                            yield from _converter.convert_batch(batch, location, chat_type)
                        return
                    for batch in itertools.chain([first], framed):
                        for m in batch:
                            yield convert_message(m, location, chat_type)
            finally:
                second.close()

        try:
            yield from self._parse_stream(reader, main_file, location, fast_messages)
        except IngestError:
            raise
        except ijson.common.IncompleteJSONError as exc:
            msg = str(exc).strip().splitlines()[0] if str(exc).strip() else "unexpected end of file"
            raise IngestError(f"malformed or truncated JSON: {msg}", file=location, position=f"near byte {stream.consumed:,}") from None
        except UnicodeDecodeError as exc:
            raise IngestError(f"not UTF-8 text: {exc.reason}", file=location, position=f"near byte {stream.consumed:,}") from None
        except ijson.common.JSONError as exc:
            raise IngestError(f"malformed JSON: {exc}", file=location, position=f"near byte {stream.consumed:,}") from None
        finally:
            raw.close()

    def _parse_stream(self, fh, main_file: str, location: str, fast_messages=None) -> Iterator[Record]:
        events = ijson.parse(fh, use_float=True)
        prefix, event, value = next(events, (None, None, None))
        if event != "start_map":
            raise IngestError("not a Telegram export: the top level is not a JSON object", file=location)
        header: dict[str, Any] = {}
        owner = None
        saw_messages = False
        for prefix, event, value in events:
            if prefix == "" and event == "map_key":
                key = value
                if key == "messages":  # single-chat export: header keys came first
                    saw_messages = True
                    if fast_messages is not None:
                        _, event, _ = next(events)
                        if event != "start_array":
                            raise IngestError("'messages' is not a list", file=location)
                    yield self._chat_record(header, main_file, owner)
                    if fast_messages is not None:
                        yield from fast_messages(header.get("type"))
                        return
                    yield from self._messages(events, "messages", main_file, header.get("type"))
                elif key in ("chats", "left_chats"):
                    saw_messages = True
                    yield from self._chat_list(events, key, main_file, owner)
                elif key in ("name", "type", "id"):
                    header[key] = build_value(events, location)
                else:
                    info = build_value(events, location)
                    if key == "personal_information" and isinstance(info, dict):
                        owner = info.get("user_id")
                    yield ExportInfo(platform="telegram", extra={key: info})
            elif prefix == "" and event == "end_map":
                break
        if not saw_messages:
            raise IngestError("not a Telegram export: no 'messages' or 'chats' found", file=location)

    def _chat_record(self, header: dict[str, Any], main_file: str, owner: Any, extra: dict | None = None) -> ChatRecord:
        chat_type = header.get("type")
        chat_id = header.get("id")
        if chat_id is None:
            raise IngestError("chat without an id", file=main_file)
        return ChatRecord(
            platform="telegram",
            platform_id=_personal_chat_id(chat_type, chat_id, owner),
            title=header.get("name"),
            type=chat_type,
            source_file=main_file,
            extra={"telegram_id": chat_id, **(extra or {})},
        )

    def _messages(self, events, prefix: str, main_file: str, chat_type: str | None) -> Iterator[MessageRecord]:
        """Messages of one chat from the event stream (full exports; other layouts)."""
        _, event, _ = next(events)
        if event != "start_array":
            raise IngestError("'messages' is not a list", file=main_file)
        while True:
            _, event, value = next(events)
            if event == "end_array":
                return
            if event != "start_map":
                raise IngestError("a message is not a JSON object", file=main_file)
            yield convert_message(build_value(events, main_file, (event, value)), main_file, chat_type)

    def _chat_list(self, events, key: str, main_file: str, owner: Any) -> Iterator[Record]:
        # "chats": {"about": ..., "list": [ {name, type, id, messages: [...]}, ... ]}
        prefix, event, value = next(events)
        if event != "start_map":
            raise IngestError(f"'{key}' is not an object", file=main_file)
        for prefix, event, value in events:
            if event == "end_map" and prefix == key:
                return
            if event == "map_key" and value == "list":
                prefix, event, value = next(events)
                if event != "start_array":
                    raise IngestError(f"'{key}.list' is not a list", file=main_file)
                yield from self._chats(events, f"{key}.list", main_file, owner, left=key == "left_chats")
            elif event == "map_key":
                build_value(events, main_file)

    def _chats(self, events, prefix: str, main_file: str, owner: Any, left: bool) -> Iterator[Record]:
        while True:
            p, event, value = next(events)
            if event == "end_array":
                return
            if event != "start_map":
                raise IngestError("a chat is not a JSON object", file=main_file)
            header: dict[str, Any] = {}
            emitted = False
            for p, event, value in events:
                if event == "end_map" and p == f"{prefix}.item":
                    break
                if event == "map_key" and value == "messages":
                    yield self._chat_record(header, main_file, owner, {"left": True} if left else None)
                    emitted = True
                    yield from self._messages(events, f"{prefix}.item.messages", main_file, header.get("type"))
                elif event == "map_key":
                    header[value] = build_value(events, main_file)
            if not emitted:
                yield self._chat_record(header, main_file, owner, {"left": True} if left else None)
