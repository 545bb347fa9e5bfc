"""The case's append-only audit log: every recorded event becomes a Merkle-tree entry in
the same transaction as the event, and signed checkpoints fix the tree's state.

Each entry also carries `prev`, the leaf hash of the entry before it. The tree alone can
say that *something* changed between two checkpoints; the links let the verifier name
*which* entry changed."""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from typing import Any, Iterable

from sqlalchemy import Connection, bindparam, func, insert, select

from roomsift.case import schema
from roomsift.case.store import now_utc
from roomsift.oversight import keys, tables
from roomsift.oversight.merkle import consistency_proof, frontier, inclusion_proof
from roomsift.oversight.verify import ZERO_LINK, CompactRange, checkpoint_body, leaf_hash

CHECKPOINT_EVERY = 1000
# Details keys holding investigators' free text (a link note, grounds):
# the events table keeps the text, the log (which outsiders get) only its hash.
FREE_TEXT = ("note", "grounds", "comment")


def canonical(obj: Any) -> str:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


_LAST_SEQ = select(func.max(tables.audit_entries.c.seq))
_NODE = select(tables.audit_nodes.c.hash).where(
    tables.audit_nodes.c.level == bindparam("level"), tables.audit_nodes.c.idx == bindparam("idx"))


def origin_of(case) -> str:
    return f"roomsift/{case.meta['id']}"


class AuditLog:
    """The log's right edge, loaded from the case; appends are buffered until `flush`."""

    def __init__(self, conn: Connection, size: int, nodes: list[bytes], last_leaf: bytes | None):
        self.conn = conn
        self.range = CompactRange(size, nodes)
        self.last_leaf = last_leaf
        self._entries: list[dict] = []
        self._nodes: list[dict] = []

    @classmethod
    def load(cls, conn: Connection, known: tuple | None = None) -> "AuditLog":
        """The log's right edge as stored. `known`: (size, nodes, last leaf) remembered from
        this process's last append; used when the stored log still ends with that leaf.
        Each entry names the leaf before it, so its leaf hash fixes every entry up to it and
        with them the whole edge: two reads instead of one per subtree of the edge."""
        last = conn.execute(_LAST_SEQ).scalar_one()
        size = 0 if last is None else last + 1
        if known is not None and size and known[0] == size:
            leaf = conn.execute(_NODE, {"level": 0, "idx": size - 1}).scalar_one_or_none()
            if leaf == known[2]:
                return cls(conn, size, known[1], leaf)
        edge = frontier(size)
        found = {}
        for level, idx in edge + ([(0, size - 1)] if size else []):
            found[(level, idx)] = conn.execute(_NODE, {"level": level, "idx": idx}).scalar_one_or_none()
        missing = [k for k, v in found.items() if v is None]
        if missing:
            raise RuntimeError(f"audit log damaged: subtree hashes {missing[:3]} are missing")
        return cls(conn, size, [found[w] for w in edge], found[(0, size - 1)] if size else None)

    @property
    def size(self) -> int:
        return self.range.size

    def root(self) -> bytes:
        return self.range.root()

    def append(self, event_id: int, row: dict[str, Any], mac: str | None = None) -> int:
        seq = self.range.size
        body = {
            "seq": seq,
            "prev": self.last_leaf.hex() if self.last_leaf else ZERO_LINK,
            "event_id": event_id,
            "time_utc": row["time_utc"],
            "actor": row["actor"],
            "kind": row["kind"],
            "summary": row["summary"],
            "details": row.get("details") or {},
        }
        if mac is not None:
            body["event_mac"] = mac
        entry = canonical(body)
        leaf = leaf_hash(entry.encode("utf-8"))
        self._entries.append({"seq": seq, "event_id": event_id, "entry": entry})
        self._nodes.extend({"level": lv, "idx": ix, "hash": h} for lv, ix, h in self.range.append(leaf))
        self.last_leaf = leaf
        return seq

    def flush(self) -> None:
        """Write buffered rows with the driver's executemany: at a checkpoint every 1,000
        entries, SQLAlchemy's per-row parameter processing was a third of the append cost."""
        if self._entries:
            mark = "?" if self.conn.dialect.paramstyle == "qmark" else "%s"
            self.conn.exec_driver_sql(f"INSERT INTO audit_entries (seq, event_id, entry) VALUES ({mark}, {mark}, {mark})",
                                      [(e["seq"], e["event_id"], e["entry"]) for e in self._entries])
            self.conn.exec_driver_sql(f"INSERT INTO audit_nodes (level, idx, hash) VALUES ({mark}, {mark}, {mark})",
                                      [(n["level"], n["idx"], n["hash"]) for n in self._nodes])
            self._entries, self._nodes = [], []


# -- reading the stored tree --------------------------------------------------------------------
class StoredTree:
    """Subtree lookups against the case database, memoised for one proof computation."""

    def __init__(self, conn: Connection):
        self.conn = conn
        self.memo: dict[tuple[int, int], bytes] = {}

    def fetch(self, level: int, idx: int) -> bytes:
        key = (level, idx)
        if key not in self.memo:
            n = tables.audit_nodes.c
            h = self.conn.execute(select(n.hash).where(n.level == level, n.idx == idx)).scalar_one_or_none()
            if h is None:
                raise RuntimeError(f"audit log damaged: subtree ({level}, {idx}) is missing")
            self.memo[key] = h
        return self.memo[key]

    def inclusion(self, index: int, size: int) -> list[bytes]:
        return inclusion_proof(self.fetch, index, size)

    def consistency(self, size1: int, size2: int) -> list[bytes]:
        return consistency_proof(self.fetch, size1, size2)


# -- checkpoints ---------------------------------------------------------------------------------
@dataclass
class Checkpoint:
    size: int
    root: str
    time_utc: int
    key_id: str
    signature: str


def latest_checkpoint(conn: Connection) -> Checkpoint | None:
    c = tables.audit_checkpoints.c
    row = conn.execute(select(tables.audit_checkpoints).order_by(c.id.desc()).limit(1)).first()
    return Checkpoint(row.size, row.root, row.time_utc, row.key_id, row.signature) if row else None


def sign_checkpoint(case, conn: Connection, log: AuditLog | None = None, force: bool = False) -> Checkpoint | None:
    """Sign the current tree head unless the latest checkpoint already covers it."""
    log = log or AuditLog.load(conn)
    last = latest_checkpoint(conn)
    if last and last.size == log.size and not force:
        return last
    private = keys.log_signing_key(case, conn)
    root_hex, t = log.root().hex(), now_utc()
    cp = Checkpoint(log.size, root_hex, t, keys.public_key_id(keys.public_b64(private)),
                    keys.sign(private, checkpoint_body(origin_of(case), log.size, root_hex, t)))
    conn.execute(insert(tables.audit_checkpoints), cp.__dict__)
    return cp


def mac_key(case, conn: Connection) -> bytes:
    """Key of the event MACs, derived from the pseudonym secret: outsiders cannot test a
    guessed identifier against a MAC; the case holder can check every event row."""
    key = getattr(case, "_event_mac_key", None)
    if key is None:  # unwrapping the secret reads the keyring: once per open case, not per event
        key = hmac.new(keys.case_secret(case, conn, keys.PSEUDONYM_SECRET), b"roomsift/event-mac/v1", hashlib.sha256).digest()
        case._event_mac_key = key
    return key


def event_mac(key: bytes, event_id: int, row: Any) -> str:
    """MAC of an event row as the events table holds it (details as JSON stores them)."""
    get = row.get if isinstance(row, dict) else row._mapping.get
    details = json.loads(json.dumps(get("details") or {}, default=str))
    body = canonical({"id": event_id, "time_utc": get("time_utc"), "actor": get("actor"), "kind": get("kind"),
                      "summary": get("summary"), "details": details})
    return hmac.new(key, body.encode("utf-8"), hashlib.sha256).hexdigest()


def _scrubbed(case, conn: Connection, row: Any) -> tuple[str, dict]:
    """The event pseudonymised for the log; a signed decision (hex only) is kept verbatim."""
    from roomsift.oversight.decisions import DECISION_KEY, is_decision
    from roomsift.oversight.privacy import scrub_event

    details = dict(row["details"] or {})
    decision = details.pop(DECISION_KEY, None)
    for key in FREE_TEXT:  # free text may name anyone, known to the case or not: only its hash leaves
        if isinstance(details.get(key), str):
            details[key] = "sha256:" + hashlib.sha256(details[key].encode("utf-8")).hexdigest()
    summary, details = scrub_event(case, conn, row["summary"], details)
    if decision is not None:
        details[DECISION_KEY] = decision if is_decision(decision) else "[not a decision]"
    return summary, details


def append_event(case, conn: Connection, event_id: int, row: dict[str, Any]) -> None:
    """EVENT_LISTENERS hook: log the event, pseudonymised, with the MAC of the full event
    row; sign a checkpoint every CHECKPOINT_EVERY entries."""
    log = AuditLog.load(conn, getattr(case, "_audit_edge", None))
    key = mac_key(case, conn)
    if log.size == 0:  # a case from before the audit log: log its earlier history first
        ev = schema.events
        for old in conn.execute(select(ev).where(ev.c.id != event_id).order_by(ev.c.id)):
            m = dict(old._mapping)
            summary, details = _scrubbed(case, conn, m)
            log.append(old.id, {**m, "summary": summary, "details": details}, event_mac(key, old.id, m))
    summary, details = _scrubbed(case, conn, row)
    log.append(event_id, {**row, "summary": summary, "details": details}, event_mac(key, event_id, row))
    log.flush()
    case._audit_edge = (log.size, list(log.range.nodes), log.last_leaf)  # checked against the log at the next append
    if log.size % CHECKPOINT_EVERY == 0:
        sign_checkpoint(case, conn, log)


def entries(conn: Connection) -> Iterable[tuple[int, str]]:
    c = tables.audit_entries.c
    for row in conn.execute(select(c.seq, c.entry).order_by(c.seq), execution_options={"yield_per": 10000}):  # per statement: Connection.execution_options would stick to the connection
        yield row.seq, row.entry
