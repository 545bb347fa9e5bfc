"""The case store's core tables (SQLAlchemy Core, portable SQL: SQLite and PostgreSQL).

These hold the normalised records of DESIGN.md. Capabilities that derive findings
(analysis, media, oversight) define their own tables in their own package, on the same
`metadata`, each with its own Alembic migration branch (see case/migrations/).

Conventions: times are integer epoch seconds UTC (`*_utc`); a local time whose zone is
unknown is kept as ISO text in `*_local`. JSON columns hold verbatim source fields.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

# Key/value facts about the case (id, name, created, schema notes).
case_meta = Table(
    "case_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

# Everything that happened to the case, in order (ingests, verifications, ...).
events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("time_utc", BigInteger, nullable=False),
    Column("actor", String(200), nullable=False),
    Column("kind", String(64), nullable=False),
    Column("summary", Text, nullable=False),
    Column("details", JSON, nullable=False, default=dict),
)

# One run of `roomsift ingest`.
ingests = Table(
    "ingests",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started_utc", BigInteger, nullable=False),
    Column("finished_utc", BigInteger),
    Column("actor", String(200), nullable=False),
    Column("format", String(64), nullable=False),
    Column("location", Text, nullable=False),  # absolute path of the export as given
    Column("container", String(16), nullable=False),  # folder | file | zip
    Column("counts", JSON, nullable=False, default=dict),
    Column("export_info", JSON, nullable=False, default=dict),
)

# Chain of custody: every input file (export JSON/TXT, each media file, the zip itself).
evidence = Table(
    "evidence",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("ingest_id", Integer, ForeignKey("ingests.id"), nullable=False),
    Column("role", String(16), nullable=False),  # export | media | archive
    Column("location", Text, nullable=False),  # absolute path of the export/archive
    Column("path", Text, nullable=False),  # path within the export ('' for the archive itself)
    Column("size", BigInteger, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("sha1", String(40)),
    Column("md5", String(32)),
    Column("added_by", String(200), nullable=False),
    Column("added_utc", BigInteger, nullable=False),
    Column("last_verified_utc", BigInteger),
    Column("verify_state", String(16), nullable=False, default="ok"),  # ok | changed | missing
)
Index("ix_evidence_sha256", evidence.c.sha256)
Index("ix_evidence_ingest", evidence.c.ingest_id)

chats = Table(
    "chats",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("platform", String(32), nullable=False),
    Column("platform_id", String(128), nullable=False),
    Column("title", Text),  # latest title
    Column("type", String(64)),
    Column("extra", JSON, nullable=False, default=dict),
    UniqueConstraint("platform", "platform_id", name="uq_chats_platform_id"),
)

chat_titles = Table(
    "chat_titles",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("chat_id", Integer, ForeignKey("chats.id"), nullable=False),
    Column("title", Text, nullable=False),
    Column("time_utc", BigInteger),  # when the title was seen/set (None: export header)
    Column("source", String(32), nullable=False),  # export | service:<action>
    UniqueConstraint("chat_id", "title", "source", name="uq_chat_titles"),
)

# One platform identity. `key` is "<platform>:<platform_id>", e.g. "telegram:user123456".
accounts = Table(
    "accounts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", String(200), nullable=False, unique=True),
    Column("platform", String(32), nullable=False),
    Column("platform_id", String(160), nullable=False),
    Column("identity_basis", String(16), nullable=False),  # id | nickname | phone
    Column("name", Text),  # latest display name
)

# Display names and usernames an account was seen with, and when.
account_names = Table(
    "account_names",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("account_id", Integer, ForeignKey("accounts.id"), nullable=False),
    Column("kind", String(16), nullable=False),  # display | username
    Column("name", Text, nullable=False),
    Column("first_utc", BigInteger),
    Column("last_utc", BigInteger),
    Column("count", Integer, nullable=False, default=0),
    UniqueConstraint("account_id", "kind", "name", name="uq_account_names"),
)

messages = Table(
    "messages",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("chat_id", Integer, ForeignKey("chats.id"), nullable=False),
    Column("platform_id", BigInteger, nullable=False),
    Column("kind", String(16), nullable=False),  # message | service | unsupported
    Column("account_id", Integer, ForeignKey("accounts.id")),  # None: deleted/unknown sender
    Column("sender_name", Text),
    Column("time_utc", BigInteger),
    Column("time_local", String(32)),  # as written by the source; zone unknown if time_utc is None
    Column("text", Text, nullable=False, default=""),
    Column("entities", JSON),
    Column("reply_to", BigInteger),
    Column("reply_to_chat", String(128)),
    Column("forwarded_from", Text),
    Column("forwarded_from_id", String(128)),
    Column("saved_from", Text),
    Column("via_bot", String(200)),
    Column("author", Text),
    Column("edited_utc", BigInteger),
    Column("edited_local", String(32)),
    Column("action", String(64)),
    Column("extra", JSON),
    Column("content_hash", String(32), nullable=False),  # detects edits between exports
    Column("ingest_id", Integer, ForeignKey("ingests.id"), nullable=False),
    Column("evidence_id", Integer, ForeignKey("evidence.id"), nullable=False),
    UniqueConstraint("chat_id", "platform_id", name="uq_messages_chat_platform_id"),
)
Index("ix_messages_chat_time", messages.c.chat_id, messages.c.time_utc)
Index("ix_messages_account_time", messages.c.account_id, messages.c.time_utc)
Index(
    "ix_messages_action",
    messages.c.action,
    sqlite_where=messages.c.action.is_not(None),
    postgresql_where=messages.c.action.is_not(None),
)

# Earlier contents of a message that a later export shows edited.
message_versions = Table(
    "message_versions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("message_id", Integer, ForeignKey("messages.id"), nullable=False),
    Column("ingest_id", Integer, ForeignKey("ingests.id"), nullable=False),  # ingest that saw the change
    Column("text", Text, nullable=False),
    Column("edited_utc", BigInteger),
    Column("extra", JSON),
    Column("content_hash", String(32), nullable=False),
)
Index("ix_message_versions_message", message_versions.c.message_id)

# Who a service action is about (invite_members members, join_group_by_link inviter, ...).
action_targets = Table(
    "action_targets",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("message_id", Integer, ForeignKey("messages.id"), nullable=False),
    Column("role", String(16), nullable=False),  # member | inviter
    Column("name", Text),
    Column("account_id", Integer, ForeignKey("accounts.id")),
)
Index("ix_action_targets_message", action_targets.c.message_id)
Index("ix_action_targets_account", action_targets.c.account_id)

media = Table(
    "media",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("message_id", Integer, ForeignKey("messages.id"), nullable=False),
    Column("kind", String(32), nullable=False),
    Column("path", Text),  # inside the export; None when not included
    Column("status", String(16), nullable=False),  # included | not_included | too_large | unavailable | missing
    Column("file_name", Text),
    Column("mime", String(128)),
    Column("size", BigInteger),
    Column("width", Integer),
    Column("height", Integer),
    Column("duration", Float),
    Column("extra", JSON),
    Column("sha256", String(64)),
    Column("sha1", String(40)),
    Column("md5", String(32)),
    Column("evidence_id", Integer, ForeignKey("evidence.id")),
)
Index("ix_media_message", media.c.message_id)
Index("ix_media_sha256", media.c.sha256)
