"""Oversight tables: the audit log and its checkpoints, wrapped case secrets, case users
and legal bases, and the privacy layer's case-state token. Defined on the core `metadata`;
created by migrations `oversight_0001` to `oversight_0003`."""

from __future__ import annotations

from sqlalchemy import JSON, BigInteger, Boolean, Column, Integer, LargeBinary, String, Table, Text

from roomsift.case.schema import metadata

# One row per log entry; `entry` is the exact text whose bytes the leaf hash covers.
audit_entries = Table(
    "audit_entries",
    metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("event_id", Integer, nullable=False, unique=True),
    Column("entry", Text, nullable=False),
)

# Every perfect subtree of the Merkle tree (level 0 = leaf hashes), so proofs need
# O(log n) lookups instead of rehashing the log.
audit_nodes = Table(
    "audit_nodes",
    metadata,
    Column("level", Integer, primary_key=True, autoincrement=False),
    Column("idx", BigInteger, primary_key=True, autoincrement=False),
    Column("hash", LargeBinary(32), nullable=False),
)

audit_checkpoints = Table(
    "audit_checkpoints",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("size", BigInteger, nullable=False),
    Column("root", String(64), nullable=False),
    Column("time_utc", BigInteger, nullable=False),
    Column("key_id", String(16), nullable=False),
    Column("signature", String(128), nullable=False),
)

# Countersignatures of checkpoints by auditors (witnesses).
audit_cosignatures = Table(
    "audit_cosignatures",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("size", BigInteger, nullable=False),
    Column("root", String(64), nullable=False),
    Column("time_utc", BigInteger, nullable=False),
    Column("witness", String(200), nullable=False),
    Column("public_key", String(64), nullable=False),
    Column("signature", String(128), nullable=False),
)

# Case secrets (pseudonym key, log signing key), AES-GCM wrapped with the case key that
# lives outside the case folder (see keys.py).
oversight_secrets = Table(
    "oversight_secrets",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("nonce", LargeBinary(12), nullable=False),
    Column("wrapped", LargeBinary, nullable=False),
    Column("created_utc", BigInteger, nullable=False),
)

oversight_settings = Table(
    "oversight_settings",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

case_users = Table(
    "case_users",
    metadata,
    Column("name", String(200), primary_key=True),
    Column("role", String(16), nullable=False),  # investigator | supervisor | auditor | admin
    Column("public_key", String(64), nullable=False),  # Ed25519, base64 of the raw 32 bytes
    Column("added_by", String(200), nullable=False),
    Column("added_utc", BigInteger, nullable=False),
    Column("active", Boolean, nullable=False, default=True),
)

legal_bases = Table(
    "legal_bases",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("type", String(32), nullable=False),  # warrant | court_order | consent | exigent
    Column("reference", String(200), nullable=False),
    Column("scope", JSON, nullable=False),  # person labels
    # account ids of those persons when the basis was signed (migration oversight_0002): a
    # later merge into one of the persons is not covered until a new basis is approved
    Column("accounts", JSON),
    Column("issuer", String(200), nullable=False),
    Column("expires_utc", BigInteger, nullable=False),
    Column("grounds", Text, nullable=False),
    Column("status", String(16), nullable=False),  # pending | active | revoked
    Column("created_by", String(200), nullable=False),
    Column("created_utc", BigInteger, nullable=False),
    Column("approved_by", String(200)),
    Column("approved_utc", BigInteger),
    Column("revoked_by", String(200)),
    Column("revoked_utc", BigInteger),
    Column("signatures", JSON, nullable=False, default=list),  # [{user, action, key_id, signature}]
)

# One row (id 1): a random token that triggers replace whenever a row the privacy layer's
# identifier index is built from changes (oversight/index_cache.py, migration oversight_0003).
privacy_state = Table(
    "privacy_state",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("token", String(64), nullable=False),
)
