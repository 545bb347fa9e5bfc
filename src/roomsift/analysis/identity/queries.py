"""Read persons, one person's dossier, and links from the stored identity tables."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, and_, func, or_, select

from roomsift.analysis.artifacts.tables import artifacts as artifacts_table
from roomsift.analysis.identity.tables import identity_links, link_decisions, person_accounts, persons
from roomsift.browse.queries import fmt_time
from roomsift.case import schema
from roomsift.errors import UserError


def list_persons(conn: Connection, *, min_accounts: int = 1, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    p, pa, a = persons.c, person_accounts.c, schema.accounts.c
    q = (
        select(p.label, p.accounts, p.rooms, p.messages)
        .where(p.accounts >= min_accounts)
        .order_by(p.accounts.desc(), p.rooms.desc(), p.messages.desc(), p.label)
        .limit(limit)
        .offset(offset)
    )
    rows = [dict(r._mapping) for r in conn.execute(q)]
    labels = [r["label"] for r in rows]
    names: dict[str, list[str]] = {}
    keys: dict[str, list[str]] = {}
    if labels:
        for r in conn.execute(select(pa.person, a.key, a.name).join(schema.accounts, a.id == pa.account_id).where(pa.person.in_(labels)).order_by(a.id)):
            keys.setdefault(r.person, []).append(r.key)
            if r.name:
                names.setdefault(r.person, []).append(r.name)
    cand = _candidate_counts(conn)
    for r in rows:
        r["person"] = r.pop("label")
        r["account_keys"] = keys.get(r["person"], [])
        r["names"] = sorted(set(names.get(r["person"], [])))
        r["candidates"] = cand.get(r["person"], 0)
    return rows


def _candidate_counts(conn: Connection) -> dict[str, int]:
    pa = person_accounts.c
    person_of = dict(conn.execute(select(pa.account_id, pa.person)).all())
    out: dict[str, int] = {}
    for r in conn.execute(select(identity_links.c.account_a, identity_links.c.account_b).where(identity_links.c.status.in_(("candidate", "review")))):
        for acc in (r.account_a, r.account_b):
            p = person_of.get(acc)
            if p:
                out[p] = out.get(p, 0) + 1
    return out


def resolve_person(conn: Connection, ref: str) -> str:
    """A person by label (P000012), or by any of its accounts (number, key, platform id)."""
    p = conn.execute(select(persons.c.label).where(persons.c.label == ref)).first()
    if p:
        return p.label
    from roomsift.browse.queries import resolve_account

    try:
        acc = resolve_account(conn, ref)
    except UserError:
        raise UserError(f"no person or account {ref!r}; see `roomsift persons`") from None
    row = conn.execute(select(person_accounts.c.person).where(person_accounts.c.account_id == acc)).first()
    if row is None:
        raise UserError(f"account {ref!r} has no person yet; run `roomsift persons` first")
    return row.person


def dossier(conn: Connection, label: str, *, rooms: bool = True, artifacts: tuple[int, int] | None = None) -> dict[str, Any]:
    """Everything known about one person. `rooms=False`: without the per-room message counts
    (a web server keeps them per account for the whole case, see `room_counts`);
    `artifacts=(offset, limit)`: that slice of the payment values, in time order, with their
    number as "artifacts_total" (a leading participant of a 1,000,000-message case has 11,000)."""
    pa, a, n, c = person_accounts.c, schema.accounts.c, schema.account_names.c, schema.chats.c
    acc_rows = conn.execute(
        select(a.id, a.key, a.identity_basis, a.name).join(person_accounts, pa.account_id == a.id).where(pa.person == label).order_by(a.id)
    ).all()
    ids = [r.id for r in acc_rows]
    accounts = [{"account": r.id, "key": r.key, "identity_basis": r.identity_basis, "name": r.name} for r in acc_rows]
    names = [
        {"account": r.key, "kind": r.kind, "name": r.name, "first": fmt_time(r.first_utc), "last": fmt_time(r.last_utc), "count": r.count}
        for r in conn.execute(
            select(a.key, n.kind, n.name, n.first_utc, n.last_utc, n.count)
            .join(schema.accounts, a.id == n.account_id)
            .where(n.account_id.in_(ids))
            .order_by(n.first_utc, n.id)
        )
    ]
    t = artifacts_table.c
    owned = and_(t.account_id.in_(ids), t.kind != "url")
    q = (select(t.time_utc, c.title, t.kind, t.value, t.validity, t.context, t.message_id)
         .join(schema.chats, c.id == t.chat_id).where(owned).order_by(t.time_utc, t.id))
    if artifacts is not None:
        q = q.offset(artifacts[0]).limit(artifacts[1])
    arts = [{"time": fmt_time(r.time_utc), "room": r.title, "kind": r.kind, "value": r.value, "validity": r.validity,
             "how": r.context, "message": r.message_id} for r in conn.execute(q)]
    found: dict[str, Any] = {"person": label, "accounts": accounts, "names": names}
    if rooms:
        m = schema.messages.c
        found["rooms"] = [
            {"chat": r.id, "room": r.title, "messages": r.messages, "first": fmt_time(r.first), "last": fmt_time(r.last)}
            for r in conn.execute(
                select(c.id, c.title, func.count(m.id).label("messages"), func.min(m.time_utc).label("first"),
                       func.max(m.time_utc).label("last"))
                .join(schema.messages, m.chat_id == c.id)
                .where(m.account_id.in_(ids))
                .group_by(c.id, c.title)
                .order_by(func.min(m.time_utc))
            )
        ]
    found["artifacts"] = arts
    if artifacts is not None:
        found["artifacts_total"] = conn.execute(select(func.count()).select_from(artifacts_table).where(owned)).scalar_one()
    found["links"] = link_rows(conn, account_ids=ids)
    return found


def room_counts(conn: Connection) -> dict[int, list[tuple[int, int, int | None, int | None]]]:
    """Per account, the rooms it wrote in: (chat id, messages, first, last UTC) — one pass
    over the case's messages, from which any person's rooms are summed without reading
    their messages again (a leading participant of a 1,000,000-message case wrote 566,000)."""
    m = schema.messages.c
    out: dict[int, list] = {}
    q = (select(m.account_id, m.chat_id, func.count(m.id), func.min(m.time_utc), func.max(m.time_utc))
         .where(m.account_id.is_not(None)).group_by(m.account_id, m.chat_id))
    for account, chat, count, first, last in conn.execute(q):
        out.setdefault(account, []).append((chat, count, first, last))
    return out


def person_rooms(conn: Connection, account_ids: list[int], counts: dict[int, list]) -> list[dict[str, Any]]:
    """A person's rooms as `dossier` lists them, from `room_counts` (titles read as they are now)."""
    per: dict[int, list] = {}
    for account in account_ids:
        for chat, count, first, last in counts.get(account, ()):
            row = per.setdefault(chat, [0, None, None])
            row[0] += count
            row[1] = first if row[1] is None or (first is not None and first < row[1]) else row[1]
            row[2] = last if row[2] is None or (last is not None and last > row[2]) else row[2]
    if not per:
        return []
    titles = dict(conn.execute(select(schema.chats.c.id, schema.chats.c.title).where(schema.chats.c.id.in_(list(per)))).all())
    order = sorted(per, key=lambda chat: (per[chat][1] is not None, per[chat][1] or 0, chat))
    return [{"chat": chat, "room": titles.get(chat), "messages": per[chat][0], "first": fmt_time(per[chat][1]),
             "last": fmt_time(per[chat][2])} for chat in order]


def link_rows(conn: Connection, *, account_ids: list[int] | None = None, status: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    li, pa = identity_links.c, person_accounts.c
    q = select(identity_links).order_by(li.strength.desc(), li.label)
    if account_ids is not None:
        q = q.where(or_(li.account_a.in_(account_ids), li.account_b.in_(account_ids)))
    if status:
        q = q.where(li.status == status)
    if limit:
        q = q.limit(limit)
    rows = conn.execute(q).all()
    accs = {x for r in rows for x in (r.account_a, r.account_b)}
    keys = dict(conn.execute(select(schema.accounts.c.id, schema.accounts.c.key).where(schema.accounts.c.id.in_(accs))).all()) if accs else {}
    person_of = dict(conn.execute(select(pa.account_id, pa.person).where(pa.account_id.in_(accs))).all()) if accs else {}
    return [
        {
            "link": r.label, "status": r.status, "strength": r.strength, "kinds": r.kinds,
            "account_a": keys.get(r.account_a), "person_a": person_of.get(r.account_a),
            "account_b": keys.get(r.account_b), "person_b": person_of.get(r.account_b),
            "evidence": "; ".join(e["summary"] for e in r.evidence),
            "messages": sorted({mid for e in r.evidence for mid in e.get("messages", [])}),
        }
        for r in rows
    ]


def find_link(conn: Connection, label: str) -> tuple[int, int]:
    """Account pair of a link label (L12-345); the pair need not be a stored link."""
    import re

    match = re.fullmatch(r"L(\d+)-(\d+)", label.strip())
    if not match:
        raise UserError(f"{label!r} is not a link label like L12-345; see `roomsift link list`")
    a, b = sorted((int(match.group(1)), int(match.group(2))))
    if a == b:
        raise UserError("a link joins two different accounts")
    found = conn.execute(select(func.count()).select_from(schema.accounts).where(schema.accounts.c.id.in_([a, b]))).scalar_one()
    if found != 2:
        raise UserError(f"link {label}: no such accounts in this case")
    return a, b


def decisions_rows(conn: Connection) -> list[dict[str, Any]]:
    d = link_decisions.c
    return [
        {"link": f"L{r.account_a}-{r.account_b}", "decision": r.decision, "actor": r.actor, "time": fmt_time(r.time_utc), "note": r.note}
        for r in conn.execute(select(link_decisions).order_by(d.id))
    ]
