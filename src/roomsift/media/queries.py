"""Read-only views for `roomsift media list|matches` (never the media themselves)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, case as sql_case, func, select

from roomsift.browse.queries import fmt_time
from roomsift.case import schema
from roomsift.media.tables import hashset_entries, hashsets, media_hashes, media_matches

#: Match kinds found by the second stage (second_stage.py); exact, pdq and vpdq are stage 1.
SECOND_STAGE_KINDS = ("regions", "features")


def media_counts(conn: Connection) -> list[dict[str, Any]]:
    """Media by kind and hash state, with how many of them matched a hash set."""
    m = schema.media
    matched = select(media_matches.c.media_id).distinct().subquery()
    state = func.coalesce(media_hashes.c.state, sql_case((m.c.status == "included", "not hashed"), else_=m.c.status))
    q = (select(m.c.kind, state.label("state"), func.count().label("media"), func.count(matched.c.media_id).label("matched"))
         .select_from(m.outerjoin(media_hashes, media_hashes.c.media_id == m.c.id).outerjoin(matched, matched.c.media_id == m.c.id))
         .group_by(m.c.kind, state).order_by(m.c.kind, state))
    return [dict(r) for r in conn.execute(q).mappings()]


def hash_problems(conn: Connection, limit: int = 50) -> list[dict[str, Any]]:
    """Per-file reasons a hasher could not run (never silently skipped)."""
    q = (select(media_hashes.c.media_id, schema.media.c.kind, media_hashes.c.state, media_hashes.c.error)
         .join(schema.media, schema.media.c.id == media_hashes.c.media_id)
         .where(media_hashes.c.error.is_not(None)).order_by(media_hashes.c.media_id).limit(limit))
    return [dict(r) for r in conn.execute(q).mappings()]


def list_matches(conn: Connection, hashset: str | None = None, limit: int = 200, offset: int = 0) -> list[dict[str, Any]]:
    m, msg, ch, acc = schema.media, schema.messages, schema.chats, schema.accounts
    q = (select(media_matches.c.id, media_matches.c.media_id, media_matches.c.kind, media_matches.c.signal,
                media_matches.c.distance, media_matches.c.quality, media_matches.c.variant,
                hashsets.c.name.label("hashset"), hashsets.c.scheme, hashset_entries.c.category, hashset_entries.c.ext_id,
                msg.c.platform_id.label("message"), msg.c.time_utc, msg.c.time_local, msg.c.sender_name,
                ch.c.id.label("chat"), ch.c.title.label("room"), acc.c.key.label("account"))
         .join(m, m.c.id == media_matches.c.media_id)
         .join(msg, msg.c.id == m.c.message_id)
         .join(ch, ch.c.id == msg.c.chat_id)
         .outerjoin(acc, acc.c.id == msg.c.account_id)
         .join(hashset_entries, hashset_entries.c.id == media_matches.c.entry_id)
         .join(hashsets, hashsets.c.id == media_matches.c.hashset_id)
         .order_by(msg.c.time_utc, media_matches.c.media_id, media_matches.c.distance)
         .limit(limit).offset(offset))
    if hashset:
        q = q.where(hashsets.c.name == hashset)
    rows = []
    for r in conn.execute(q).mappings():
        d = dict(r)
        d["time"] = fmt_time(d.pop("time_utc"), d.pop("time_local"))
        d["stage"] = 2 if d["kind"] in SECOND_STAGE_KINDS else 1
        rows.append(d)
    return rows


def media_locations(conn: Connection, media_ids: list[int]) -> list[dict[str, Any]]:
    m, ev = schema.media, schema.evidence
    q = select(m.c.id, m.c.sha256, ev.c.location, ev.c.path).join(ev, ev.c.id == m.c.evidence_id).where(m.c.id.in_(media_ids))
    return [dict(r) for r in conn.execute(q).mappings()]
