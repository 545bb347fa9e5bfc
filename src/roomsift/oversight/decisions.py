"""Signed decisions, and reading them back from the audit log.

Every decision that changes who may see what (adding or removing a user, recording,
approving or revoking a legal basis, confirming or rejecting an identity link, a reveal)
is signed with the acting user's own key. The signature covers a canonical record of the
decision; the audit log entry of the decision carries the record's hash and the
signature (hex only, so the log's pseudonymisation never touches them).

Before a stored user or basis is used, its row is recomputed into that record and must
match a signed log entry: a row inserted or edited with SQL has no such entry and is
refused (see `users.Roster` and `basis.verify_basis`)."""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from typing import Any, Iterable

from sqlalchemy import Connection, or_, select

from roomsift.errors import UserError
from roomsift.oversight import tables
from roomsift.oversight.auditlog import canonical
from roomsift.oversight.verify import check_signature, key_id

DECISION_KEY = "decision"  # details key of the signed part of a decision's event


class Tampered(UserError):
    """A stored decision does not match what was signed and logged."""

    def __init__(self, message: str):
        super().__init__(f"refused: {message}")


def message_of(action: str, record: dict[str, Any]) -> bytes:
    return canonical({"action": action, **record}).encode("utf-8")


def record_hash(action: str, record: dict[str, Any]) -> str:
    return hashlib.sha256(message_of(action, record)).hexdigest()


def sign(private, action: str, record: dict[str, Any]) -> dict[str, str]:
    """The part of a decision that goes into its log entry: record hash, key id, signature."""
    message = message_of(action, record)
    public = private.public_key().public_bytes_raw()
    return {"record_sha256": hashlib.sha256(message).hexdigest(), "key_id": key_id(public),
            "sig": private.sign(message).hex()}


def check(decision: dict | None, action: str, record: dict[str, Any], public_b64: str) -> bool:
    """Does `decision` (from a log entry) sign exactly this record with this public key?"""
    if not isinstance(decision, dict):
        return False
    message = message_of(action, record)
    if decision.get("record_sha256") != hashlib.sha256(message).hexdigest():
        return False
    try:
        sig = bytes.fromhex(str(decision.get("sig", "")))
    except ValueError:
        return False
    return check_signature(public_b64, base64.b64encode(sig).decode(), message)


def is_decision(value: Any) -> bool:
    """Only hex fields: safe to keep verbatim in the pseudonymised log."""
    return (isinstance(value, dict) and set(value) <= {"record_sha256", "key_id", "sig"}
            and all(isinstance(v, str) and all(ch in "0123456789abcdef" for ch in v) for v in value.values()))


@dataclass(frozen=True)
class LogEntry:
    seq: int
    actor: str
    kind: str
    details: dict

    @property
    def decision(self) -> dict:
        d = self.details.get(DECISION_KEY)
        return d if isinstance(d, dict) else {}


def log_entries(conn: Connection, kinds: Iterable[str]) -> list[LogEntry]:
    """Log entries of the given kinds, oldest first, read from the log itself (not from the
    editable events table). The LIKE only narrows the scan; the parsed kind decides."""
    kinds = tuple(kinds)
    c = tables.audit_entries.c
    query = select(c.seq, c.entry).where(or_(*[c.entry.like(f'%"kind":"{k}"%') for k in kinds])).order_by(c.seq)
    out = []
    for seq, text in conn.execute(query):
        try:
            entry = json.loads(text)
        except ValueError:
            continue
        if entry.get("kind") in kinds:
            out.append(LogEntry(seq, str(entry.get("actor", "")), entry["kind"], entry.get("details") or {}))
    return out
