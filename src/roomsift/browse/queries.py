"""Read-only queries behind `roomsift chats|accounts|messages` and `case info`."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Connection, and_, func, or_, select, true

from roomsift.case import schema
from roomsift.errors import UserError

m, c, a = schema.messages.c, schema.chats.c, schema.accounts.c

# Chat types whose title names a person (Telegram's; other formats map to these).
PERSONAL_CHAT_TYPES = {"personal_chat", "bot_chat", "saved_messages", "replies", "verification_codes"}


def fmt_time(utc: int | None, local: str | None = None) -> str:
    """UTC when the source stated it; otherwise the local time, marked as zone unknown."""
    if utc is not None:
        return datetime.fromtimestamp(utc, tz=timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")
    if local:
        return f"{local.replace('T', ' ')} (local, zone unknown)"
    return ""


def parse_time(text: str | None) -> int | None:
    """Accept 2024-01-31, 2024-01-31T12:00 or an epoch; naive values are UTC."""
    if text is None:
        return None
    if text.isdigit():
        return int(text)
    try:
        dt = datetime.fromisoformat(text)
    except ValueError:
        raise UserError(f"cannot read time {text!r}; use YYYY-MM-DD[THH:MM[:SS]] (UTC) or epoch seconds") from None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return int(dt.timestamp())


def as_local(utc: int | None) -> str | None:
    """A --since/--until bound as a wall-clock string, to compare with messages that have
    only a local time (zone unknown): they are compared by their clock, never dropped."""
    if utc is None:
        return None
    dt = datetime.fromtimestamp(utc, tz=timezone.utc)  # exports write minutes or seconds: "…T21:06" is 21:06:00
    return dt.strftime("%Y-%m-%dT%H:%M" if dt.second == 0 else "%Y-%m-%dT%H:%M:%S")


def _time_conds(since: int | None, until: int | None) -> list:
    conds = []
    local = and_(m.time_utc.is_(None), m.time_local.is_not(None))
    if since is not None:
        conds.append(or_(m.time_utc >= since, and_(local, m.time_local >= as_local(since))))
    if until is not None:
        conds.append(or_(m.time_utc < until, and_(local, m.time_local < as_local(until))))
    return conds


def case_summary(conn: Connection) -> dict[str, Any]:
    count = lambda t: conn.execute(select(func.count()).select_from(t)).scalar_one()  # noqa: E731
    span = conn.execute(select(func.min(m.time_utc), func.max(m.time_utc))).first()
    local_span = conn.execute(select(func.min(m.time_local), func.max(m.time_local)).where(m.time_utc.is_(None))).first()
    local_only = conn.execute(select(func.count()).where(and_(m.time_utc.is_(None), m.time_local.is_not(None)))).scalar_one()
    media_by_status = dict(conn.execute(select(schema.media.c.status, func.count()).group_by(schema.media.c.status)).all())
    by_platform = dict(conn.execute(select(c.platform, func.count()).group_by(c.platform)).all())
    return {
        "chats": count(schema.chats),
        "chats_by_platform": by_platform,
        "accounts": count(schema.accounts),
        "messages": count(schema.messages),
        "media": count(schema.media),
        "media_by_status": media_by_status,
        "evidence_files": count(schema.evidence),
        "ingests": count(schema.ingests),
        "first_utc": span[0],
        "last_utc": span[1],
        "local_only_messages": local_only,
        "local_first": local_span[0],
        "local_last": local_span[1],
    }


def resolve_chat(conn: Connection, ref: str) -> int:
    """A chat by case id (#12 or 12), platform id, or exact/unique partial title."""
    key = ref.lstrip("#")
    if key.isdigit():
        row = conn.execute(select(c.id).where(c.id == int(key))).first()
        if row:
            return row.id
    rows = conn.execute(select(c.id).where(or_(c.platform_id == ref, c.title == ref))).all()
    if len(rows) == 1:
        return rows[0].id
    rows = conn.execute(select(c.id, c.title).where(c.title.contains(ref))).all()
    if len(rows) == 1:
        return rows[0].id
    if not rows:
        raise UserError(f"no chat matches {ref!r}; see `roomsift chats`")
    raise UserError(f"{ref!r} matches {len(rows)} chats; use the chat number from `roomsift chats`")


def resolve_account(conn: Connection, ref: str) -> int:
    """An account by case id, key (telegram:user123) or platform id."""
    key = ref.lstrip("#")
    if key.isdigit():
        row = conn.execute(select(a.id).where(a.id == int(key))).first()
        if row:
            return row.id
    rows = conn.execute(select(a.id).where(or_(a.key == ref, a.platform_id == ref))).all()
    if len(rows) == 1:
        return rows[0].id
    if not rows:
        raise UserError(f"no account matches {ref!r}; see `roomsift accounts`")
    raise UserError(f"{ref!r} matches {len(rows)} accounts; use the account number from `roomsift accounts`")


def list_chats(conn: Connection) -> list[dict[str, Any]]:
    stats = (
        select(m.chat_id, func.count().label("n"), func.count(func.distinct(m.account_id)).label("senders"),
               func.min(m.time_utc).label("first"), func.max(m.time_utc).label("last"),
               func.min(m.time_local).label("first_local"), func.max(m.time_local).label("last_local"))
        .group_by(m.chat_id)
        .subquery()
    )
    rows = conn.execute(
        select(c.id, c.platform, c.platform_id, c.title, c.type, stats.c.n, stats.c.senders, stats.c.first, stats.c.last,
               stats.c.first_local, stats.c.last_local)
        .outerjoin(stats, stats.c.chat_id == c.id)
        .order_by(c.id)
    ).all()
    out = []
    for r in rows:
        # A 1:1 chat's title is the other person's name; the privacy layer shows it as one
        # (column kind "room"). Its platform id holds the exporter's account id.
        personal = (r.type or "") in PERSONAL_CHAT_TYPES
        out.append({
            "chat": r.id, "platform": r.platform, "platform_id": None if personal else r.platform_id,
            "title": r.title, "type": r.type or ("1:1" if personal else None),
            "messages": r.n or 0, "senders": r.senders or 0,
            "first": fmt_time(r.first, r.first_local), "last": fmt_time(r.last, r.last_local),
        })
    return out


def list_accounts(conn: Connection, chat: int | None = None, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    q = (
        select(a.id, a.key, a.platform, a.identity_basis, a.name, func.count(m.id).label("n"),
               func.count(func.distinct(m.chat_id)).label("chats"), func.min(m.time_utc).label("first"), func.max(m.time_utc).label("last"),
               func.min(m.time_local).label("first_local"), func.max(m.time_local).label("last_local"))
        .outerjoin(schema.messages, m.account_id == a.id)
        .group_by(a.id)
        .order_by(func.count(m.id).desc(), a.id)
        .limit(limit)
        .offset(offset)
    )
    if chat is not None:
        q = q.where(m.chat_id == chat)
    names = schema.account_names.c
    out = []
    for r in conn.execute(q).all():
        history = [
            n.name for n in conn.execute(select(names.name).where(and_(names.account_id == r.id, names.kind == "display")).order_by(names.first_utc))
        ]
        out.append({
            "account": r.id, "key": r.key, "platform": r.platform, "identity_basis": r.identity_basis, "name": r.name,
            "names": history, "messages": r.n, "chats": r.chats,
            "first": fmt_time(r.first, r.first_local), "last": fmt_time(r.last, r.last_local),
        })
    return out


def list_messages(
    conn: Connection, *, chat: int | None = None, account: int | None = None, since: int | None = None,
    until: int | None = None, search: str | list[str] | None = None, limit: int = 50, offset: int = 0,
) -> list[dict[str, Any]]:
    conds = _message_conds(chat, account, since, until, search)
    q = (
        select(m.id, m.chat_id, m.platform_id, m.kind, m.time_utc, m.time_local, m.sender_name, m.text, m.action,
               m.reply_to, m.forwarded_from, m.edited_utc, m.edited_local, a.key.label("account_key"), c.title.label("chat_title"))
        .outerjoin(schema.accounts, a.id == m.account_id)
        .join(schema.chats, c.id == m.chat_id)
        .where(and_(true(), *conds))
        .order_by(m.chat_id, m.time_utc.nulls_first(), m.time_local.nulls_first(), m.id)  # time order; row id = file order for ties
        # (NULLS FIRST: SQLite's order, which PostgreSQL reverses by default)
        .limit(limit)
        .offset(offset)
    )
    media = schema.media.c
    out = []
    for r in conn.execute(q).all():
        kinds = [f"{x.kind}:{x.status}" for x in conn.execute(select(media.kind, media.status).where(media.message_id == r.id))]
        out.append({
            "chat": r.chat_id, "chat_title": r.chat_title, "message": r.platform_id, "kind": r.kind,
            "time": fmt_time(r.time_utc, r.time_local), "time_utc": r.time_utc, "time_local": r.time_local, "account": r.account_key, "sender": r.sender_name,
            "text": r.text if r.kind != "service" else f"[{r.action}] {r.text}".strip(),
            "reply_to": r.reply_to, "forwarded_from": r.forwarded_from, "edited": bool(r.edited_utc or r.edited_local),
            "media": kinds,
        })
    return out


def _message_conds(chat, account, since, until, search) -> list:
    conds = []
    if chat is not None:
        conds.append(m.chat_id == chat)
    if account is not None:
        conds.append(m.account_id == account)
    conds += _time_conds(since, until)
    if search:
        terms = [search] if isinstance(search, str) else search
        conds.append(or_(*(m.text.contains(t, autoescape=True) for t in terms)))
    return conds


def local_time_matches(conn: Connection, *, chat: int | None = None, account: int | None = None, since: int | None = None,
                       until: int | None = None, search: str | list[str] | None = None) -> int:
    """How many selected messages were placed in the time range by their local clock only."""
    if since is None and until is None:
        return 0
    conds = _message_conds(chat, account, since, until, search) + [m.time_utc.is_(None), m.time_local.is_not(None)]
    return conn.execute(select(func.count()).select_from(schema.messages).where(and_(*conds))).scalar_one()


def message_numbers(conn: Connection, row_ids: list[int]) -> dict[int, tuple[int, int]]:
    """(chat number, message id as `roomsift messages` shows it) for internal message rows."""
    out: dict[int, tuple[int, int]] = {}
    ids = [i for i in set(row_ids) if i is not None]
    for start in range(0, len(ids), 900):
        for rid, chat, pid in conn.execute(select(m.id, m.chat_id, m.platform_id).where(m.id.in_(ids[start:start + 900]))):
            out[rid] = (chat, pid)
    return out
