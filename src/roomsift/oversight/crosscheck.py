"""The case database checked against its own audit log, for `roomsift audit verify`.

The exported bundle proves the log is intact; this proves the database agrees with it:
every event row has a log entry whose MAC covers the row's content (an edited summary,
actor, time or detail is named), no entry's event was deleted, and every stored user and
legal basis matches a signed decision in the log."""

from __future__ import annotations

import json

from sqlalchemy import Connection, select

from roomsift.case import schema
from roomsift.errors import UserError
from roomsift.oversight import tables
from roomsift.oversight.auditlog import event_mac, mac_key
from roomsift.oversight.basis import Ledger, all_bases
from roomsift.oversight.users import Roster, list_users

MAX_NAMED = 20  # problems of one kind named one by one; the rest are counted


def compare_events(case, conn: Connection) -> tuple[list[str], int]:
    """(problems, entries from before event MACs). Streams both sides in event id order."""
    key = mac_key(case, conn)
    ev, au = schema.events, tables.audit_entries
    query = (select(ev, au.c.seq, au.c.entry).select_from(ev.outerjoin(au, au.c.event_id == ev.c.id))
             .order_by(ev.c.id))
    problems: dict[str, list[str]] = {"missing": [], "changed": []}
    legacy = 0
    for row in conn.execute(query, execution_options={"yield_per": 5000}):
        if row.entry is None:
            problems["missing"].append(f"event #{row.id} ({row.kind}) is not in the audit log (added outside roomsift)")
            continue
        logged = json.loads(row.entry).get("event_mac")
        if logged is None:
            legacy += 1
        elif logged != event_mac(key, row.id, row):
            problems["changed"].append(f"event #{row.id} ({row.kind}) differs from log entry #{row.seq} (edited in the database)")
    orphans = conn.execute(
        select(au.c.seq, au.c.event_id).where(au.c.event_id.not_in(select(ev.c.id))).order_by(au.c.seq)).all()
    problems["deleted"] = [f"event #{e} of log entry #{s} was deleted from the case" for s, e in orphans]
    out = []
    for items in problems.values():
        out += items[:MAX_NAMED]
        if len(items) > MAX_NAMED:
            out.append(f"… and {len(items) - MAX_NAMED} more like the above")
    return out, legacy


def compare_decisions(conn: Connection) -> list[str]:
    """Every stored user and legal basis against the signed log."""
    roster = Roster(conn)
    out = []
    for user in list_users(conn):
        try:
            roster.verify(user.name)
        except UserError as exc:
            out.append(str(exc))
    ledger = Ledger(conn, roster)
    for row in all_bases(conn):
        try:
            ledger.status(row)
        except UserError as exc:
            out.append(str(exc))
    return out
