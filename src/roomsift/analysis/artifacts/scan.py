"""Find the artifacts of every message in a case and store them (table `artifacts`).

The scan is a derivation: it is rebuilt whole when the case's messages changed since the
last scan (fingerprint in `derivations`), inside one transaction, so a failure leaves the
previous scan in place."""

from __future__ import annotations

import time
from typing import Any, Callable

from sqlalchemy import Connection, delete, func, insert, select

from roomsift.analysis.artifacts import bulk
from roomsift.analysis.artifacts.context import classify
from roomsift.analysis.artifacts.extract import PREFILTER_RE, extract
from roomsift.analysis.artifacts.ownership import owned
from roomsift.analysis.artifacts.tables import artifacts, derivations
from roomsift.case import schema
from roomsift.case.store import Case

EXTRACTOR_VERSION = "4"  # 4: refund requests and values after their claim (identity rules 9); 2: detail.own (ownership.py); 3: own compounds ("제 환불계좌"), not a named other person's
BATCH = 5000


def fingerprint(conn: Connection) -> str:
    m, v, md = schema.messages, schema.message_versions, schema.media
    count, top = conn.execute(select(func.count(m.c.id), func.max(m.c.id))).one()
    versions = conn.execute(select(func.count(v.c.id))).scalar_one()
    media = conn.execute(select(func.count(md.c.id))).scalar_one()
    return f"v{EXTRACTOR_VERSION}:{count}:{top}:{versions}:{media}"


def is_current(conn: Connection, name: str, fp: str) -> bool:
    row = conn.execute(select(derivations.c.fingerprint).where(derivations.c.name == name)).first()
    return row is not None and row.fingerprint == fp


def mark(conn: Connection, name: str, fp: str, details: dict[str, Any]) -> None:
    conn.execute(delete(derivations).where(derivations.c.name == name))
    conn.execute(insert(derivations), {"name": name, "fingerprint": fp, "updated_utc": int(time.time()), "details": details})


def _rows_for(message_id, chat_id, account_id, time_utc, text, source) -> list[dict[str, Any]]:
    found = extract(text)
    if not found:
        return []
    context = classify(text)
    own = owned(text, found)
    return [
        {
            "message_id": message_id, "chat_id": chat_id, "account_id": account_id, "time_utc": time_utc,
            "source": source, "kind": a.kind, "value": a.value, "raw": a.raw, "validity": a.validity,
            "context": context, "detail": {**a.detail, "own": True} if mine else a.detail, "start": a.start, "end": a.end,
        }
        for a, mine in zip(found, own)
    ]


def scan(case: Case, *, force: bool = False, progress: Callable[[int], None] | None = None) -> dict[str, int]:
    """Rebuild the artifacts table if the case changed. Returns counts."""
    with case.begin() as conn:
        fp = fingerprint(conn)
        if not force and is_current(conn, "artifacts", fp):
            return {"scanned": 0, "artifacts": conn.execute(select(func.count(artifacts.c.id))).scalar_one(), "skipped": 1}
        conn.execute(delete(artifacts))
        batch: list[dict[str, Any]] = []
        scanned = total = 0
        sql = "SELECT id, chat_id, account_id, time_utc, text FROM messages WHERE kind = 'message' ORDER BY id"
        for mid, chat_id, account_id, time_utc, text in bulk.rows(conn, sql):
            scanned += 1
            if text and PREFILTER_RE.search(text):
                batch.extend(_rows_for(mid, chat_id, account_id, time_utc, text, "text"))
            if len(batch) >= BATCH:
                total += bulk.insert_many(conn, artifacts, batch)
                batch = []
            if progress and scanned % 50000 == 0:
                progress(50000)
        sql = (
            "SELECT m.id, m.chat_id, m.account_id, m.time_utc, md.file_name FROM messages m "
            "JOIN media md ON md.message_id = m.id WHERE md.file_name IS NOT NULL"
        )
        for mid, chat_id, account_id, time_utc, name in bulk.rows(conn, sql):
            if PREFILTER_RE.search(name):
                batch.extend(_rows_for(mid, chat_id, account_id, time_utc, name, "file_name"))
        total += bulk.insert_many(conn, artifacts, batch)
        mark(conn, "artifacts", fp, {"messages": scanned, "artifacts": total})
    return {"scanned": scanned, "artifacts": total, "skipped": 0}
