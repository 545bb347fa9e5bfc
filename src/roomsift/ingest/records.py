"""The normalised records every ingest module produces (DESIGN.md, "Normalised records").

A parser turns one export format into a stream of these records; the ingest core
(`roomsift.ingest.core`) writes them to the case store. Parsers never touch the store,
and nothing downstream ever reads the raw export again.

Stream shape: a `ChatRecord` opens a chat; the `MessageRecord`s that follow belong to it
until the next `ChatRecord`. `ExportInfo` may appear anywhere and describes the export
as a whole (e.g. the exporting account of a full Telegram export).

Times: `time_utc` is integer epoch seconds in UTC, set only when the source states the
instant (e.g. Telegram's `date_unixtime`). `time_local` keeps the wall-clock time exactly
as the source wrote it (ISO 8601 without offset). A record with `time_local` but no
`time_utc` has a local time whose zone is unknown; outputs must say so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Identity basis of an account: how the source identifies the sender.
IDENTITY_ID = "id"  # a stable platform id (Telegram user id, Discord snowflake)
IDENTITY_NICKNAME = "nickname"  # only a display name / nickname (KakaoTalk text export)
IDENTITY_PHONE = "phone"  # a phone number (WhatsApp export of an unsaved contact)

# Media availability in the export.
MEDIA_INCLUDED = "included"  # the file is in the export
MEDIA_NOT_INCLUDED = "not_included"  # exporter settings left it out
MEDIA_TOO_LARGE = "too_large"  # exporter skipped it for size
MEDIA_UNAVAILABLE = "unavailable"  # server could not provide it (e.g. self-destructing)
MEDIA_MISSING = "missing"  # the export names a file that is not there


@dataclass(slots=True)
class AccountRef:
    """An account as a message names it. `platform_id` is unique within the platform
    (Telegram `user123`, Discord snowflake, KakaoTalk nickname); the case key is
    `<platform>:<platform_id>`."""

    platform_id: str
    name: str | None = None
    identity_basis: str = IDENTITY_ID
    username: str | None = None


@dataclass(slots=True)
class ActionTarget:
    """Someone a service action is about: `member` of invite/remove/create, `inviter` of a
    join-by-link. Exports often give only a name; `account` is set when an id is known."""

    role: str
    name: str | None
    account: AccountRef | None = None


@dataclass(slots=True)
class MediaRecord:
    kind: str  # photo, video_file, voice_message, video_message, sticker, animation, audio_file, file, contact_vcard, thumbnail ...
    path: str | None  # path inside the export, '/'-separated; None when not included
    status: str = MEDIA_INCLUDED
    file_name: str | None = None
    mime: str | None = None
    size: int | None = None  # size the export claims
    width: int | None = None
    height: int | None = None
    duration: float | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class ChatRecord:
    platform: str
    platform_id: str
    title: str | None
    type: str | None
    source_file: str  # path inside the export of the file this chat was read from
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class MessageRecord:
    platform_id: int  # message id within its chat (negative for migrated Telegram groups)
    kind: str  # "message", "service" or "unsupported"
    sender: AccountRef | None = None  # None: deleted account or unknown
    sender_name: str | None = None  # display name as shown in this message
    time_utc: int | None = None
    time_local: str | None = None
    text: str = ""
    entities: list[dict[str, Any]] = field(default_factory=list)
    reply_to: int | None = None
    reply_to_chat: str | None = None
    forwarded_from: str | None = None
    forwarded_from_id: str | None = None
    saved_from: str | None = None
    via_bot: str | None = None
    author: str | None = None  # channel post signature
    edited_utc: int | None = None
    edited_local: str | None = None
    action: str | None = None  # service action name (create_group, invite_members, ...)
    targets: list[ActionTarget] = field(default_factory=list)
    media: list[MediaRecord] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)  # every other source field, verbatim


@dataclass(slots=True)
class ExportInfo:
    """Facts about the export as a whole (exporting account, app version, ...)."""

    platform: str
    extra: dict[str, Any] = field(default_factory=dict)


Record = ChatRecord | MessageRecord | ExportInfo
