"""The media capability's tables, on the case's shared metadata (migration branch "media")."""

from __future__ import annotations

from sqlalchemy import JSON, BigInteger, Column, ForeignKey, Index, Integer, String, Table, Text, UniqueConstraint

from roomsift.case.schema import metadata

# One row per media file once the hasher has looked at it (a rerun skips these).
media_hashes = Table(
    "media_hashes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("media_id", Integer, ForeignKey("media.id"), nullable=False, unique=True),
    Column("state", String(16), nullable=False),  # ok | low_quality | error | unsupported | changed | unavailable
    Column("error", Text),  # why a hasher could not run, per file
    Column("pdq", String(64)),
    Column("quality", Integer),
    Column("dihedral", JSON),  # the 8 dihedral PDQ hashes (see signals.pdq.DIHEDRAL)
    Column("trimmed", String(64)),  # PDQ without uniform borders (variants.trim_borders), if any
    Column("vpdq", JSON),  # video: list of "pdq,quality,timestamp" frame strings
    Column("decode", String(16)),  # full | draft
    Column("hasher", String(64)),  # e.g. "pdqhash 0.2.8"
    Column("hashed_utc", BigInteger, nullable=False),
)

# A known-material list as imported; one row per name, updated by newer versions.
hashsets = Table(
    "hashsets",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("source", Text, nullable=False),  # who supplied it (organisation / exchange)
    Column("scheme", String(64), nullable=False),  # category scheme, e.g. VICS "US", ThreatExchange opinion
    Column("version", String(64), nullable=False),
    Column("format", String(32), nullable=False),  # csv | pdq | vics
    Column("file_name", Text, nullable=False),
    Column("file_sha256", String(64), nullable=False),
    Column("entries", Integer, nullable=False),
    Column("imported_utc", BigInteger, nullable=False),
    Column("imported_by", String(200), nullable=False),
    Column("event_id", Integer, ForeignKey("events.id")),
)

# Exact lookups (md5/sha1/sha256, at most 64 hex characters) go through an index on
# value_key, a fixed-size prefix of the value filled in on insert: second-stage values
# (ORB descriptors, ...) run to kilobytes, beyond PostgreSQL's B-tree row limit, and are
# never looked up by value. A lookup compares value_key to use the index and value itself
# to stay exact (migration media_0003).
VALUE_KEY_CHARS = 64


def _value_key(context) -> str:
    return context.get_current_parameters()["value"][:VALUE_KEY_CHARS]


hashset_entries = Table(
    "hashset_entries",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("hashset_id", Integer, ForeignKey("hashsets.id"), nullable=False),
    Column("kind", String(16), nullable=False),  # md5 | sha1 | sha256 | pdq | vpdq
    Column("value", Text, nullable=False),  # normalised (lower-case hex; vpdq: signal string)
    Column("value_key", String(VALUE_KEY_CHARS), default=_value_key),  # value's first 64 characters, indexed
    Column("quality", Integer),
    Column("ext_id", String(200)),  # the list's own id for the item
    Column("category", String(64)),  # raw category as the list writes it (meaning per scheme)
    Column("extra", JSON),
)
Index("ix_hashset_entries_kind_key", hashset_entries.c.kind, hashset_entries.c.value_key)
Index("ix_hashset_entries_set", hashset_entries.c.hashset_id)

media_matches = Table(
    "media_matches",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("media_id", Integer, ForeignKey("media.id"), nullable=False),
    Column("entry_id", Integer, ForeignKey("hashset_entries.id"), nullable=False),
    Column("hashset_id", Integer, ForeignKey("hashsets.id"), nullable=False),
    Column("kind", String(16), nullable=False),  # exact | pdq | vpdq
    Column("signal", String(16), nullable=False),  # md5 | sha1 | sha256 | pdq | vpdq
    Column("distance", Integer, nullable=False),
    Column("quality", Integer),
    Column("variant", String(16)),  # dihedral variant of the query that matched (pdq)
    Column("matched_utc", BigInteger, nullable=False),
    UniqueConstraint("media_id", "entry_id", name="uq_media_matches"),
)
Index("ix_media_matches_media", media_matches.c.media_id)
