"""Payment views over the stored artifacts, with persons from identity."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, select

from roomsift.analysis.artifacts.context import ASK, OFFER, PROOF
from roomsift.analysis.artifacts.model import AMOUNT, PAYMENT_KINDS, PHONE
from roomsift.analysis.artifacts.tables import artifacts
from roomsift.analysis.identity.api import person_map
from roomsift.analysis.payments.rates import Rates
from roomsift.case import schema

HOW = {OFFER: "asks others to pay here", PROOF: "says they paid", ASK: "asks where/how to pay", "self": "gives as their own", "mention": "mentions"}


def _fmt_time(utc: int | None) -> str:
    from roomsift.browse.queries import fmt_time

    return fmt_time(utc)


def artifact_rows(
    conn: Connection,
    *,
    kinds: list[str] | None = None,
    chat: int | None = None,
    person: str | None = None,
    include_malformed: bool = True,
    persons: dict[int, str] | None = None,
) -> list[dict[str, Any]]:
    t, c, a = artifacts.c, schema.chats.c, schema.accounts.c
    q = (
        select(t.id, t.kind, t.value, t.raw, t.validity, t.context, t.detail, t.time_utc, t.message_id, t.source,
               t.account_id, t.chat_id, c.title, a.key, a.name)
        .join(schema.chats, schema.chats.c.id == t.chat_id)
        .outerjoin(schema.accounts, schema.accounts.c.id == t.account_id)
        .order_by(t.time_utc, t.id)
    )
    if kinds:
        q = q.where(t.kind.in_(kinds))
    if chat is not None:
        q = q.where(t.chat_id == chat)
    if not include_malformed:
        q = q.where(t.validity != "malformed")
    persons = persons if persons is not None else person_map(conn)
    rows = []
    for r in conn.execute(q):
        p = persons.get(r.account_id) if r.account_id is not None else None
        if person and p != person:
            continue
        rows.append({
            "artifact": r.id, "time": _fmt_time(r.time_utc), "chat": r.chat_id, "room": r.title, "person": p,
            "account": r.key, "sender": r.name, "kind": r.kind, "value": r.value, "validity": r.validity,
            "how": r.context, "detail": r.detail, "message": r.message_id, "source": r.source,
        })
    return rows


def price_list(conn: Connection, rates: Rates, chat: int | None = None) -> list[dict[str, Any]]:
    """Amounts posted as offers, per room in time order: the room's prices over time."""
    rows = artifact_rows(conn, kinds=[AMOUNT], chat=chat)
    by_msg: dict[int, list[dict]] = defaultdict(list)
    for r in rows:
        if r["how"] == OFFER:
            by_msg[r["message"]].append(r)
    pay_ids = _payment_values_by_message(conn, list(by_msg))
    out = []
    for mid, items in by_msg.items():
        first = items[0]
        for r in items:
            amount, currency = r["detail"]["amount"], r["detail"]["currency"]
            krw = rates.to_krw(amount, currency)
            out.append({
                "time": first["time"], "chat": first["chat"], "room": first["room"], "person": first["person"],
                "account": first["account"], "price": r["value"], "krw": None if krw is None else round(krw),
                "pay_to": pay_ids.get(mid, []), "message": mid,
            })
    return sorted(out, key=lambda r: (r["chat"], r["time"], r["message"]))


def _payment_values_by_message(conn: Connection, message_ids: list[int]) -> dict[int, list[str]]:
    t = artifacts.c
    out: dict[int, list[str]] = defaultdict(list)
    for i in range(0, len(message_ids), 900):
        q = select(t.message_id, t.kind, t.value).where(
            t.message_id.in_(message_ids[i:i + 900]), t.kind.in_(PAYMENT_KINDS), t.validity != "malformed"
        )
        for r in conn.execute(q):
            out[r.message_id].append(f"{r.kind}:{r.value}")
    return out


def claimed_totals(conn: Connection, rates: Rates, person: str | None = None) -> list[dict[str, Any]]:
    """Per person: payments they say they made. One amount per message (the largest in
    KRW), so "0.01 BTC (약 10만원)" is not counted twice."""
    rows = [r for r in artifact_rows(conn, kinds=[AMOUNT], person=person) if r["how"] == PROOF and r["person"]]
    best: dict[int, dict] = {}
    for r in rows:
        krw = rates.to_krw(r["detail"]["amount"], r["detail"]["currency"])
        r = dict(r, krw=krw)
        cur = best.get(r["message"])
        if cur is None or (krw or 0) > (cur["krw"] or 0):
            best[r["message"]] = r
    per: dict[str, dict[str, Any]] = {}
    for r in best.values():
        p = per.setdefault(r["person"], {"person": r["person"], "claims": 0, "total_krw": 0, "amounts": [], "rooms": set(), "accounts": set(), "first": r["time"], "last": r["time"]})
        p["claims"] += 1
        p["total_krw"] += round(r["krw"] or 0)
        p["amounts"].append(r["value"])
        p["rooms"].add(r["room"])
        p["accounts"].add(r["account"])
        p["first"], p["last"] = min(p["first"], r["time"]), max(p["last"], r["time"])
    out = []
    for p in per.values():
        out.append(dict(p, rooms=sorted(p["rooms"]), accounts=sorted(p["accounts"])))
    return sorted(out, key=lambda r: (-r["total_krw"], r["person"]))


def shared_across_rooms(conn: Connection, min_rooms: int = 2) -> list[dict[str, Any]]:
    """Wallets, bank accounts, PINs and phones that appear in more than one room."""
    rows = artifact_rows(conn, kinds=list(PAYMENT_KINDS) + [PHONE], include_malformed=False)
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in rows:
        groups[(r["kind"], r["value"])].append(r)
    out = []
    for (kind, value), items in groups.items():
        rooms = sorted({r["room"] for r in items})
        if len(rooms) < min_rooms:
            continue
        out.append({
            "kind": kind, "value": value, "rooms": rooms, "room_count": len(rooms), "posts": len(items),
            "persons": sorted({r["person"] for r in items if r["person"]}),
            "how": sorted({r["how"] for r in items}), "first": items[0]["time"], "last": items[-1]["time"],
        })
    return sorted(out, key=lambda r: (-r["room_count"], -r["posts"], r["kind"], r["value"]))


def flow_rows(conn: Connection, persons: dict[int, str] | None = None, person: str | None = None) -> list[dict[str, Any]]:
    """Payment relations (payer → collector) as rows with accounts, persons and rooms."""
    from roomsift.analysis.payments.flows import relations

    rels = relations(conn)
    persons = persons if persons is not None else person_map(conn)
    keys = dict(conn.execute(select(schema.accounts.c.id, schema.accounts.c.key)).all())
    rooms = dict(conn.execute(select(schema.chats.c.id, schema.chats.c.title)).all())
    rows = []
    for r in rels:
        payer_person = persons.get(r.payer) if r.payer is not None else None
        collector_persons = list(dict.fromkeys(persons.get(c) for c in r.collectors if persons.get(c)))
        if person and person != payer_person and person not in collector_persons:
            continue
        rows.append({
            "time": _fmt_time(r.time), "room": rooms.get(r.chat), "payer_person": payer_person,
            "payer": keys.get(r.payer) if r.payer is not None else None,
            "collector_persons": collector_persons, "collectors": [keys.get(c) for c in r.collectors],
            "kind": r.kind, "value": r.value, "amount": r.amount, "how": r.how, "messages": r.messages,
        })
    return rows
