"""What triage reads from the case store, held compactly in memory.

One pass over `messages` (only the columns triage needs), plus media kinds, service-action
targets, and account names. Everything is keyed by the database ids so the findings can
cite messages exactly. Queries are built with SQLAlchemy Core so SQLite and PostgreSQL work;
the message rows, the bulk of a case, are fetched through the driver's own cursor.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable

from sqlalchemy import Connection, func, select

from roomsift.case import schema


@dataclass(slots=True)
class Msg:
    id: int
    chat_id: int
    platform_id: int
    kind: str
    account_id: int | None
    time_utc: int | None
    time_local: str | None  # wall-clock time as written, when the export gives no zone
    text: str
    reply_to: int | None
    forwarded_from: str | None
    action: str | None
    author: str | None
    media: tuple[str, ...] = ()


@dataclass
class Chat:
    id: int
    platform_id: str
    title: str
    type: str | None
    platform: str = ""
    messages: list[Msg] = field(default_factory=list)
    by_platform_id: dict[int, int] = field(default_factory=dict)  # platform id → index in messages

    def message(self, platform_id: int | None) -> Msg | None:
        if platform_id is None:
            return None
        i = self.by_platform_id.get(platform_id)
        return self.messages[i] if i is not None else None


@dataclass
class Corpus:
    chats: dict[int, Chat]
    targets: dict[int, list[tuple[str, str | None, int | None]]]  # message id → (role, name, account id)
    account_keys: dict[int, str]
    display_to_accounts: dict[str, set[int]]
    username_to_account: dict[str, int]
    channel_accounts: set[int]

    @property
    def message_count(self) -> int:
        return sum(len(c.messages) for c in self.chats.values())


def load(conn: Connection, chat_filter: Callable[[Chat], bool] | None = None, progress: Callable[[int], None] | None = None) -> Corpus:
    c = schema.chats.c
    chats = {r.id: Chat(r.id, r.platform_id, r.title or r.platform_id, r.type, r.platform)
             for r in conn.execute(select(c.id, c.platform_id, c.title, c.type, c.platform))}
    if chat_filter:
        chats = {k: v for k, v in chats.items() if chat_filter(v)}

    md = schema.media.c
    media: dict[int, list[str]] = defaultdict(list)
    for mid, kind in conn.execute(select(md.message_id, md.kind)):
        media[mid].append(kind)

    m = schema.messages.c
    # Time order (KakaoTalk and WhatsApp ids are content hashes, not a sequence); the row id
    # (file order) breaks ties and orders messages without any time.
    q = select(m.id, m.chat_id, m.platform_id, m.kind, m.account_id, m.time_utc, m.time_local, m.text, m.reply_to, m.forwarded_from,
               m.action, m.author).order_by(m.chat_id, m.time_utc, m.time_local, m.id)
    n = 0
    no_media = ()
    for rows in _driver_rows(conn, q):
        for row in rows:
            chat = chats.get(row[1])
            if chat is None:
                continue
            found = media.get(row[0])
            msg = Msg(*row, media=tuple(found) if found else no_media)
            chat.by_platform_id[msg.platform_id] = len(chat.messages)
            chat.messages.append(msg)
        n += len(rows)
        if progress:
            progress(len(rows))

    t = schema.action_targets.c
    targets: dict[int, list] = defaultdict(list)
    for mid, role, name, acc in conn.execute(select(t.message_id, t.role, t.name, t.account_id)):
        targets[mid].append((role, name, acc))

    a = schema.accounts.c
    account_keys = {}
    channel_accounts = set()
    for r in conn.execute(select(a.id, a.key, a.platform_id)):
        account_keys[r.id] = r.key
        if str(r.platform_id).startswith(("channel", "chat")):
            channel_accounts.add(r.id)
    display: dict[str, set[int]] = defaultdict(set)
    usernames: dict[str, int] = {}
    an = schema.account_names.c
    for acc, kind, name in conn.execute(select(an.account_id, an.kind, an.name)):
        if kind == "display":
            display[name].add(acc)
        elif kind == "username":
            usernames[name.lstrip("@").lower()] = acc
    return Corpus(chats, targets, account_keys, dict(display), usernames, channel_accounts)


def _driver_rows(conn: Connection, query, size: int = 20000):
    """The query's rows in batches, straight from the database driver's cursor (plain
    tuples): a million messages read without building a SQLAlchemy row object for each."""
    sql = str(query.compile(dialect=conn.dialect))
    cursor = conn.connection.driver_connection.cursor()
    try:
        cursor.execute(sql)
        while rows := cursor.fetchmany(size):
            yield rows
    finally:
        cursor.close()


def count_messages(conn: Connection) -> int:
    return conn.execute(select(func.count()).select_from(schema.messages)).scalar_one()
