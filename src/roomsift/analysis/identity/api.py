"""The one question other analyses ask identity: which person is this account?

Contract: `person_map(conn)` returns {account_id: person_label} for every account. A
person's label is `account_person_label` of its smallest account id, so it is stable
across reruns. When the stored clustering is current it is read; otherwise the clusters
are computed from the case as it is (read-only), so callers always get persons that
reflect strong links and investigators' decisions."""

from __future__ import annotations

from sqlalchemy import Connection, select

from roomsift.case import schema


def account_person_label(account_id: int) -> str:
    return f"P{account_id:06d}"


def person_map(conn: Connection) -> dict[int, str]:
    from roomsift.analysis.identity import build
    from roomsift.analysis.identity.tables import person_accounts

    if build.is_current(conn):
        stored = {r.account_id: r.person for r in conn.execute(select(person_accounts.c.account_id, person_accounts.c.person))}
        ids = [r.id for r in conn.execute(select(schema.accounts.c.id))]
        return {i: stored.get(i, account_person_label(i)) for i in ids}
    _links, clusters = build.compute(conn)
    return clusters.person_of
