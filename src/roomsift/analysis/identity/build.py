"""Derive persons and links for a case and store them (tables in identity/tables.py).

Rebuilt whole when its inputs changed (messages, accounts, names, decisions); a rebuild
runs in one transaction. Decisions are inputs, never outputs: they outlive rebuilds."""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict

from sqlalchemy import Connection, delete, func, select

from roomsift.analysis.artifacts import bulk
from roomsift.analysis.artifacts import scan as artifact_scan
from roomsift.analysis.identity import tables as t
from roomsift.analysis.identity.cluster import Clusters, cluster
from roomsift.analysis.identity.inputs import load
from roomsift.analysis.identity.links import Link, find_links
from roomsift.case import schema
from roomsift.case.store import Case

NAME = "identity"
RULES_VERSION = "9"  # 9: claims around the value (a name sentence then the arrival, "그거 나임", moves ahead, renames, former names in passing, reply claims, refund values); 8: a clause ends where Kiwi ends the sentence ("…이걸로 옴 ㅠ …됨?"); own values in compounds ("제 환불계좌"); 7: equality, rename/move notices, third-person and reply-context claims, one word of a display name; 3-4: ownership only, alt claims via declared handles, review beyond 4 accounts; 5: named claims, name takeover, contacts; 6: former/deleted accounts by name history, copula-less "쓰던 사람"


def fingerprint(conn: Connection) -> str:
    a, n, d = schema.accounts, schema.account_names, t.link_decisions
    acc = conn.execute(select(func.count(a.c.id), func.max(a.c.id))).one()
    names = conn.execute(select(func.count(n.c.id), func.max(n.c.id))).one()
    # Decisions are few and can be replaced in place (reject after confirm reuses the row id
    # within the same second), so their content is hashed, not just counted.
    dec = hashlib.sha256()
    for row in conn.execute(select(d.c.account_a, d.c.account_b, d.c.decision).order_by(d.c.account_a, d.c.account_b)):
        dec.update(f"{row.account_a}:{row.account_b}:{row.decision};".encode())
    return f"r{RULES_VERSION}:{artifact_scan.fingerprint(conn)}:{tuple(acc)}:{tuple(names)}:{dec.hexdigest()[:16]}"


def decisions(conn: Connection) -> dict[tuple[int, int], str]:
    d = t.link_decisions.c
    return {(r.account_a, r.account_b): r.decision for r in conn.execute(select(d.account_a, d.account_b, d.decision))}


def compute(conn: Connection) -> tuple[list[Link], Clusters]:
    """Links and persons from the case as it is, without writing anything."""
    with bulk.no_gc_pauses():
        inputs = load(conn)
        links = find_links(inputs)
        return links, cluster(inputs.accounts.keys(), links, decisions(conn))


def is_current(conn: Connection) -> bool:
    return artifact_scan.is_current(conn, NAME, fingerprint(conn))


def ensure(case: Case, *, force: bool = False, rescan: bool = False) -> dict[str, int]:
    """Scan artifacts and rebuild identity if the case changed since the last build
    (`force`: rebuild identity anyway; `rescan`: extract artifacts anyway)."""
    artifact_scan.scan(case, force=rescan)
    with case.begin() as conn:
        fp = fingerprint(conn)
        if not force and artifact_scan.is_current(conn, NAME, fp):
            return {"rebuilt": 0}
        links, clusters = compute(conn)
        with bulk.no_gc_pauses():
            store(conn, links, clusters)
        counts = {"rebuilt": 1, "persons": len(set(clusters.person_of.values())), "links": len(links),
                  "review": sum(1 for s in clusters.status.values() if s == "review")}
        artifact_scan.mark(conn, NAME, fp, counts)
    return counts


def store(conn: Connection, links: list[Link], clusters: Clusters) -> None:
    for table in (t.identity_links, t.person_accounts, t.persons):
        conn.execute(delete(table))
    bulk.insert_many(conn, t.identity_links, (
        {
            "label": link.label, "account_a": link.a, "account_b": link.b, "kinds": ",".join(link.kinds),
            "strength": round(link.strength, 4), "status": clusters.status[link.label],
            "evidence": [{"kind": e.kind, "strength": e.strength, "summary": e.summary, "messages": e.messages} for e in link.evidence],
        }
        for link in links
    ))
    bulk.insert_many(conn, t.person_accounts, ({"account_id": acc, "person": p} for acc, p in clusters.person_of.items()))
    msgs: Counter = Counter()
    rooms: dict[str, set] = defaultdict(set)
    sql = "SELECT account_id, chat_id, COUNT(*) FROM messages WHERE account_id IS NOT NULL GROUP BY account_id, chat_id"
    for acc, chat, count in bulk.rows(conn, sql):
        p = clusters.person_of.get(acc)
        if p:
            msgs[p] += count
            rooms[p].add(chat)
    sizes = Counter(clusters.person_of.values())
    bulk.insert_many(conn, t.persons, ({"label": p, "accounts": n, "rooms": len(rooms.get(p, ())), "messages": msgs.get(p, 0)} for p, n in sizes.items()))
