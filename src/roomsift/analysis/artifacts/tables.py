"""Tables for artifacts and for the bookkeeping of derived analyses (migration identity_0001)."""

from __future__ import annotations

from sqlalchemy import JSON, BigInteger, Column, ForeignKey, Index, Integer, String, Table, Text

from roomsift.case.schema import metadata

# One artifact found in one message (its text, or the file name of its media).
artifacts = Table(
    "artifacts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("message_id", Integer, ForeignKey("messages.id"), nullable=False),
    Column("chat_id", Integer, ForeignKey("chats.id"), nullable=False),
    Column("account_id", Integer, ForeignKey("accounts.id")),  # who posted it (None: unknown sender)
    Column("time_utc", BigInteger),
    Column("source", String(16), nullable=False),  # text | file_name
    Column("kind", String(32), nullable=False),
    Column("value", Text, nullable=False),  # normalised
    Column("raw", Text, nullable=False),  # as written
    Column("validity", String(16), nullable=False),  # valid | unchecked | malformed
    Column("context", String(16), nullable=False),  # offer | proof | ask | self | mention
    Column("detail", JSON, nullable=False, default=dict),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)
Index("ix_artifacts_kind_value", artifacts.c.kind, artifacts.c.value)
Index("ix_artifacts_account", artifacts.c.account_id)
Index("ix_artifacts_chat", artifacts.c.chat_id)
Index("ix_artifacts_message", artifacts.c.message_id)

# When a derived table set (artifacts, identity) was last rebuilt, and from which state of
# the case (a fingerprint of the inputs): a rerun on unchanged input does nothing.
derivations = Table(
    "derivations",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("fingerprint", Text, nullable=False),
    Column("updated_utc", BigInteger, nullable=False),
    Column("details", JSON, nullable=False, default=dict),
)
