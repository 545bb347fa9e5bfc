"""The records a report (and a package) is made of, gathered from the case and the
analyses, scoped to persons and chats. Returns a plain document keyed so the privacy
layer knows each identifying field (`text`, `account(s)`, `display_name`, `bank_account`,
`mention`); nothing here is pseudonymised yet — `present.export_door.shown` does that."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select

from roomsift.case import schema

JOIN_ACTIONS = ("join_group_by_link", "invite_members", "join_group_by_request", "add_members")
TOP_PARTICIPANTS = 50
FINDINGS_PER_PERSON = 8
CONTEXT = 2
EVIDENCE_FILES_SHOWN = 300
DAY = 86400


@dataclass
class Scope:
    persons: list[str]  # person labels; empty = everyone
    chats: list[int]  # chat ids; empty = every chat

    @property
    def whole_case(self) -> bool:
        return not self.persons and not self.chats


def iso(t: int | None) -> str:
    from roomsift.browse.queries import fmt_time

    return fmt_time(t) if t is not None else ""


def resolve_scope(case, persons: list[str] | None, chats: list[str] | None) -> Scope:
    from roomsift.browse.queries import resolve_chat
    from roomsift.oversight.privacy import resolve_persons

    with case.connect() as conn:
        labels = resolve_persons(case, conn, list(persons)) if persons else []
        chat_ids = [resolve_chat(conn, c) for c in chats or []]
    return Scope(labels, chat_ids)


# -- sections --------------------------------------------------------------------------------------
def case_section(case, conn: Connection, scope: Scope) -> dict:
    from roomsift.browse.queries import case_summary

    s = case_summary(conn)
    s["account_count"] = s.pop("accounts")  # a count, not account identifiers (the privacy layer reads keys)
    titles = dict(conn.execute(select(schema.chats.c.id, schema.chats.c.title)).all())
    return {"name": case.name, "id": case.meta.get("id"), "summary": s, "first": iso(s["first_utc"]), "last": iso(s["last_utc"]),
            "scope": {"persons": scope.persons, "chats": [titles.get(c) for c in scope.chats], "whole_case": scope.whole_case}}


def _evidence_of_chats(conn: Connection, chats: list[int]) -> list[int]:
    m, md = schema.messages.c, schema.media.c
    ids = {i for (i,) in conn.execute(select(m.evidence_id).where(m.chat_id.in_(chats)).distinct())}
    ids |= {i for (i,) in conn.execute(select(md.evidence_id).join(schema.messages, schema.messages.c.id == md.message_id)
                                       .where(m.chat_id.in_(chats), md.evidence_id.is_not(None)).distinct())}
    return sorted(ids)


def evidence_section(conn: Connection, chats: list[int] | None = None) -> dict:
    """All evidence, or (scoped) the files behind the messages of `chats`."""
    ev, ing = schema.evidence.c, schema.ingests.c
    where = ev.id.in_(_evidence_of_chats(conn, chats)) if chats else ev.id.is_not(None)
    total, size = conn.execute(select(func.count(), func.coalesce(func.sum(ev.size), 0)).where(where)).one()
    by_state = dict(conn.execute(select(ev.verify_state, func.count()).where(where).group_by(ev.verify_state)).all())
    # `text`: the privacy layer scans it for identifiers — export file names carry them
    # ("WhatsApp Chat with +82 10-…", a KakaoTalk room named after a person)
    files = [{"role": r.role, "text": r.path or "(archive)", "size": r.size, "sha256": r.sha256, "added_by": r.added_by,
              "added": iso(r.added_utc), "verified": iso(r.last_verified_utc), "state": r.verify_state}
             for r in conn.execute(select(schema.evidence).where(where).order_by(ev.id).limit(EVIDENCE_FILES_SHOWN))]
    used = select(ev.ingest_id).where(where).distinct()
    ingests = [{"ingest": r.id, "format": r.format, "container": r.container, "started": iso(r.started_utc),
                "finished": iso(r.finished_utc), "actor": r.actor, "counts": r.counts}
               for r in conn.execute(select(schema.ingests).where(ing.id.in_(used)).order_by(ing.id))]
    e = schema.events.c
    custody = [{"time": iso(r.time_utc), "actor": r.actor, "kind": r.kind, "text": r.summary}
               for r in conn.execute(select(e.time_utc, e.actor, e.kind, e.summary)
                                     .where(e.kind.in_(("case_created", "ingest", "ingested", "evidence_verified", "verify",
                                                        "hashset_imported", "media_hashed")) | e.kind.like("ingest%") | e.kind.like("verif%"))
                                     .order_by(e.id).limit(500))]
    return {"files_total": total, "bytes_total": int(size), "by_state": by_state, "files": files,
            "files_shown": len(files), "ingests": ingests, "custody": custody}


def _per_day(conn: Connection, q) -> dict[int, dict[int, int]]:
    out: dict[int, dict[int, int]] = defaultdict(dict)
    for chat_id, day, n in conn.execute(q):
        if day is not None:
            out[chat_id][int(day)] = n
    return out


def rooms_section(conn: Connection, scope: Scope, criminal: dict[int, bool]) -> list[dict]:
    m, c = schema.messages.c, schema.chats.c
    day = m.time_utc // DAY  # integer division on SQLite and PostgreSQL alike
    base = select(m.chat_id, day.label("day"), func.count()).group_by(m.chat_id, "day")
    msgs = _per_day(conn, base.where(m.kind == "message"))
    joins = _per_day(conn, base.where(m.action.in_(JOIN_ACTIONS)))
    from roomsift.analysis.artifacts.tables import artifacts

    a = artifacts.c
    pay_day = a.time_utc // DAY
    pays = _per_day(conn, select(a.chat_id, pay_day.label("day"), func.count()).where(
        ((a.kind == "amount") & (a.context == "proof")) | (a.kind.in_(_payment_kinds()) & (a.context == "offer")))
        .group_by(a.chat_id, "day"))
    rows = []
    q = select(c.id, c.platform, c.platform_id, c.title, c.type, func.count(m.id), func.min(m.time_utc), func.max(m.time_utc)) \
        .select_from(schema.chats.outerjoin(schema.messages, schema.messages.c.chat_id == c.id)).group_by(c.id).order_by(c.id)
    for r in conn.execute(q):
        if scope.chats and r[0] not in scope.chats:
            continue
        rows.append({"chat": r[0], "platform": r[1], "platform_id": r[2], "title": r[3] or f"chat {r[0]}", "type": r[4],
                     "messages": r[5], "first": iso(r[6]), "last": iso(r[7]), "signs_of_crime": criminal.get(r[0], False),
                     "series": {"messages": msgs.get(r[0], {}), "joins": joins.get(r[0], {}), "payments": pays.get(r[0], {})}})
    return rows


def _payment_kinds() -> tuple[str, ...]:
    from roomsift.analysis.artifacts.model import PAYMENT_KINDS

    return tuple(PAYMENT_KINDS)


def _line(ctx_line: dict) -> dict:
    return {"time": iso(ctx_line.get("time_utc")), "where": ctx_line["where"], "person": ctx_line["person"],
            "account": ctx_line["account"], "message_id": ctx_line["message"], "text": ctx_line["text"]}


def participants_section(result, scope: Scope, top: int) -> list[dict]:
    from roomsift.analysis.triage import engine, explain

    chat_ids = set(scope.chats)
    out = []
    for rank, pf in enumerate(result.participants, start=1):
        if scope.persons and pf.person not in scope.persons:
            continue
        if chat_ids and not any(e.chat.id in chat_ids for e in [c.evidence for c in pf.cited] + pf.membership):
            continue
        doc = explain.explain(result, pf.person, CONTEXT)
        findings = []
        for f in doc["findings"][:FINDINGS_PER_PERSON]:
            if f["kind"] != "role":
                continue
            lines = sorted((_line(x) for x in f["context"]), key=lambda x: (x["time"], x["message_id"]))
            findings.append({"role": f["role"], "signal": f["signal"], "weight": round(f["weight"], 3), "chat": f["chat"],
                             "message_id": f["message"], "context": lines})
        out.append({"rank": rank, "person": pf.person, "roles": pf.roles, "tier": pf.tier, "score": round(pf.score, 3),
                    "accounts": engine.participant_accounts(result, pf), "messages": pf.messages,
                    "cited_total": pf.evidence_total, "rooms": doc["rooms"], "findings": findings})
        if not scope.persons and len(out) >= top:
            break
    return out


def victims_section(result, scope: Scope) -> list[dict]:
    from roomsift.analysis.triage.explain import _context

    chat_ids = set(scope.chats)
    out = []
    for v in result.victims:
        label = result.labels.get(v.who) if v.who is not None else None
        cites = sorted(v.cited, key=lambda c: -c[1])
        if chat_ids:
            cites = [c for c in cites if c[0].chat.id in chat_ids]
        if scope.persons:  # a scoped package keeps only what its persons are cited with
            cites = [c for c in cites if result.labels.get(c[0].who) in scope.persons or label in scope.persons]
        if not cites:
            continue
        out.append({"person": label, "mention": v.mention, "strength": round(v.strength, 3), "evidence": [
            {"signal": e.signal, "weight": round(w, 3), "chat": e.chat.title, "by": result.labels.get(e.who),
             "context": sorted((_line(x) for x in _context(result, e, 1)), key=lambda x: (x["time"], x["message_id"]))}
            for e, w in cites[:5]]})
    return out


def payments_section(conn: Connection, scope: Scope) -> dict:
    from roomsift.analysis.artifacts.context import OFFER
    from roomsift.analysis.payments import report
    from roomsift.analysis.payments.rates import load_rates

    rates = load_rates(None)
    totals = report.claimed_totals(conn, rates)
    if scope.persons:
        totals = [t for t in totals if t["person"] in scope.persons]
    pay_to = [r for r in report.artifact_rows(conn, kinds=list(_payment_kinds()), include_malformed=False) if r["how"] == OFFER]
    if scope.chats:
        pay_to = [r for r in pay_to if r["chat"] in scope.chats]
    collectors: dict[str, dict] = {}
    for r in pay_to:
        c = collectors.setdefault(r["room"], {"room": r["room"], "collectors": set(), "identifiers": set()})
        if r["person"]:
            c["collectors"].add(r["person"])
        c["identifiers"].add((r["kind"], r["value"]))
    # who paid whom: a payer's claimed payment in a room goes to that room's advertised collectors.
    # Identifiers stay bare values under `bank_account`, so they get the same pseudonym as in
    # `roomsift payments`.
    def pay_to_list(col) -> list[dict]:
        return [{"kind": k, "bank_account": v} for k, v in sorted(col["identifiers"])] if col else []

    flows = []
    for t in totals:
        for room in t["rooms"]:
            col = collectors.get(room)
            others = sorted(col["collectors"] - {t["person"]}) if col else []  # no one pays themselves
            flows.append({"payer": t["person"], "room": room, "collectors": others, "pay_to": pay_to_list(col) if others else []})
    if scope.persons:
        flows = [f for f in flows if f["payer"] in scope.persons or set(f["collectors"]) & set(scope.persons)]
    return {"basis": rates.basis, "totals": totals, "claimed_krw": sum(t["total_krw"] for t in totals), "flows": flows,
            "pay_to": [{"room": c["room"], "collectors": sorted(c["collectors"]), "pay_to": pay_to_list(c)}
                       for c in collectors.values()]}


def links_section(conn: Connection, scope: Scope, limit: int = 300) -> list[dict]:
    from roomsift.analysis.identity import queries

    rows = queries.link_rows(conn, limit=None if scope.persons else limit)
    if scope.persons:
        rows = [r for r in rows if r["person_a"] in scope.persons or r["person_b"] in scope.persons][:limit]
    return [{"link": r["link"], "status": r["status"], "strength": round(r["strength"], 3), "kinds": r["kinds"],
             "accounts": [r["account_a"], r["account_b"]], "persons": [r["person_a"], r["person_b"]], "text": r["evidence"],
             "message_ids": r["messages"][:20]} for r in rows]


def matches_section(conn: Connection, scope: Scope, accounts: set[str] | None) -> dict:
    """Counts only: known-material matches are never shown as images. Scoped to persons:
    the media their accounts posted."""
    from roomsift.media import hashset_store, queries

    rows = queries.list_matches(conn, limit=1_000_000)
    if scope.chats:
        rows = [r for r in rows if r["chat"] in scope.chats]
    if accounts is not None:
        rows = [r for r in rows if r["account"] in accounts]
    media = {r["media_id"] for r in rows}
    by = Counter((r["hashset"], r["category"] or "uncategorised", r["kind"]) for r in rows)
    return {"matched_media": len(media), "matches": len(rows),
            "by_set": [{"hashset": h, "category": c, "match": k, "count": n} for (h, c, k), n in sorted(by.items())],
            "hashsets": [{"name": h["name"], "source": h["source"], "scheme": h["scheme"], "version": h["version"],
                          "entries": h["entries"], "file_sha256": h["file_sha256"]} for h in hashset_store.list_hashsets(conn)],
            "rows": rows}


# -- the whole report -----------------------------------------------------------------------------
def report_document(case, scope: Scope, top: int = TOP_PARTICIPANTS) -> dict[str, Any]:
    from roomsift.analysis.identity.build import ensure
    from roomsift.analysis.triage import engine

    ensure(case)
    with case.connect() as conn:
        result = engine.run(conn)
        criminal = {cid: ctx.criminal for cid, ctx in result.contexts.items()}
        participants = participants_section(result, scope, top)
        rooms_scope, accounts = scope, None
        if scope.persons:  # a person-scoped report shows their rooms and the evidence behind them only
            ids = {a for p in scope.persons for a in result.person_accounts.get(p, set())}
            accounts = {k for k in (result.corpus.account_keys.get(a) for a in ids) if k}
            m = schema.messages.c
            theirs = {c for (c,) in conn.execute(select(m.chat_id).where(m.account_id.in_(sorted(ids))).distinct())}
            theirs |= {e.chat.id for pf in result.participants if pf.person in scope.persons for e in pf.membership}
            rooms_scope = Scope(scope.persons, sorted(theirs & set(scope.chats)) if scope.chats else sorted(theirs))
        doc = {
            "case": case_section(case, conn, scope),
            "evidence": evidence_section(conn, rooms_scope.chats if not scope.whole_case else None),
            "rooms": rooms_section(conn, rooms_scope, criminal),
            "participants": participants,
            "payments": payments_section(conn, scope),
            "links": links_section(conn, scope),
            "matches": matches_section(conn, scope, accounts),
            "potential_victims": victims_section(result, scope),
        }
    doc["matches"].pop("rows")
    return doc
