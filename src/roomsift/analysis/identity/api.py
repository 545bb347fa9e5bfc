"""The one question other analyses ask identity: which person is this account?

Contract: `person_map(conn)` returns {account_id: person_label} for every account. A
person's label is `account_person_label` of its smallest account id, so it is stable
across reruns. When the stored clustering is current it is read; otherwise the clusters
are computed from the case as it is (read-only) when that is cheap, so callers get persons
that reflect strong links and investigators' decisions without having run `roomsift persons`."""

from __future__ import annotations

from typing import Callable, Iterable

from sqlalchemy import Connection, func, select

from roomsift.case import schema


# The privacy layer asks on every command; clustering a 200,000-message case on the fly
# was measured at 3.8 s, so only cases up to this size are clustered on the fly.
ON_THE_FLY_MAX_MESSAGES = 50_000


def account_person_label(account_id: int) -> str:
    return f"P{account_id:06d}"


def person_map(conn: Connection) -> dict[int, str]:
    from roomsift.analysis.identity import build
    from roomsift.analysis.identity.tables import person_accounts

    ids = [r.id for r in conn.execute(select(schema.accounts.c.id))]
    stored = {r.account_id: r.person for r in conn.execute(select(person_accounts.c.account_id, person_accounts.c.person))}
    if build.is_current(conn):
        return {i: stored.get(i, account_person_label(i)) for i in ids}
    messages = conn.execute(select(func.count()).select_from(schema.messages)).scalar_one()
    if messages <= ON_THE_FLY_MAX_MESSAGES:
        # Cheap enough to be exact: the case as it is and the decisions as they are now.
        # Clustering reads every message, so larger cases use the stored persons.
        _links, clusters = build.compute(conn)
        return clusters.person_of
    # A large case not scanned since it changed (this is asked on every output, so it must
    # stay quick): the last stored persons, else one per account. `roomsift persons` updates.
    return {i: stored.get(i, account_person_label(i)) for i in ids}


def person_lookup(conn: Connection) -> Callable[[Connection, Iterable[int]], dict[int, str]]:
    """`person_map`'s answer for a few accounts at a time, without reading every account:
    the privacy layer asks only about the accounts an output shows. Which source answers
    (the stored persons, or clusters computed on the fly) is decided here, as `person_map`
    decides it; ask for a fresh lookup whenever the case may have changed."""
    from roomsift.analysis.identity import build
    from roomsift.analysis.identity.tables import person_accounts

    stored_answers = build.is_current(conn) or (
        conn.execute(select(func.count()).select_from(schema.messages)).scalar_one() > ON_THE_FLY_MAX_MESSAGES)
    if not stored_answers:
        everyone = person_map(conn)
        return lambda _conn, ids: {i: everyone[i] for i in ids if i in everyone}

    def lookup(c: Connection, ids: Iterable[int]) -> dict[int, str]:
        wanted = sorted({int(i) for i in ids})
        out: dict[int, str] = {}
        for start in range(0, len(wanted), 500):
            part = wanted[start:start + 500]
            stored = dict(c.execute(select(person_accounts.c.account_id, person_accounts.c.person)
                                    .where(person_accounts.c.account_id.in_(part))).all())
            for (i,) in c.execute(select(schema.accounts.c.id).where(schema.accounts.c.id.in_(part))):
                out[i] = stored.get(i, account_person_label(i))
        return out

    return lookup
