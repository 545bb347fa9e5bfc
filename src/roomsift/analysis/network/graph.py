"""Build the persons × rooms graph from a case.

Nodes: persons (`P000123`, from identity), rooms (`R12`) and outside sources that rooms
forward from (`S:<name>`, when the source is not itself a room of the case).
Edges (attributes say which evidence they rest on):
- person – room: `posts` (messages), `joins` (joined/invited/created by service action);
- person – person: `replies` (one replied to the other's message; direction summed);
- source/room → room: `forwards` (messages forwarded from the one into the other)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

import networkx as nx
from sqlalchemy import Connection, and_, func, select
from sqlalchemy.orm import aliased

from roomsift.case import schema


def room_node(chat_id: int) -> str:
    return f"R{chat_id}"


def build(conn: Connection, person_of: dict[int, str]) -> nx.Graph:
    m, c, at, a = schema.messages.c, schema.chats.c, schema.action_targets.c, schema.accounts.c
    g = nx.Graph()
    titles: dict[str, int] = {}
    for r in conn.execute(select(c.id, c.title, c.type, c.platform_id)):
        g.add_node(room_node(r.id), kind="room", label=r.title or f"chat {r.id}", room_type=r.type or "")
        titles[r.title or ""] = r.id
        titles[f"id:{r.platform_id}"] = r.id
    for r in conn.execute(select(schema.chat_titles.c.chat_id, schema.chat_titles.c.title)):
        titles.setdefault(r.title, r.chat_id)

    posts: Counter = Counter()
    q = select(m.account_id, m.chat_id, func.count()).where(m.account_id.is_not(None), m.kind == "message").group_by(m.account_id, m.chat_id)
    for acc, chat, n in conn.execute(q):
        p = person_of.get(acc)
        if p:
            posts[(p, chat)] += n
    joins: Counter = Counter()
    q = select(m.account_id, m.chat_id).where(m.account_id.is_not(None), m.kind == "service", m.action.in_(("join_group_by_link", "create_group", "create_channel", "migrate_from_group")))
    for acc, chat in conn.execute(q):
        p = person_of.get(acc)
        if p:
            joins[(p, chat)] += 1
    # Service-action members: by account when the export names it, else by a display name
    # that only one account in the case ever had.
    by_name: dict[str, int | None] = {}
    for r in conn.execute(select(schema.account_names.c.account_id, schema.account_names.c.name).where(schema.account_names.c.kind == "display")):
        by_name[r.name] = r.account_id if by_name.get(r.name, r.account_id) == r.account_id else None
    q = (
        select(at.account_id, at.name, m.chat_id)
        .join(schema.messages, m.id == at.message_id)
        .where(at.role == "member", m.action.in_(("invite_members", "create_group", "chat_add_user")))
    )
    for acc, name, chat in conn.execute(q):
        acc = acc if acc is not None else by_name.get(name or "")
        p = person_of.get(acc) if acc is not None else None
        if p:
            joins[(p, chat)] += 1

    for p in set(person_of.values()):
        pass  # persons appear only through their edges: passive accounts with no trace stay out
    for (p, chat), n in (posts + joins).items():
        if p not in g:
            g.add_node(p, kind="person", label=p)
        g.add_edge(p, room_node(chat), kind="member", posts=posts.get((p, chat), 0), joins=joins.get((p, chat), 0), weight=float(n))

    # Replies between persons.
    parent = aliased(schema.messages)
    q = (
        select(m.account_id, parent.c.account_id, func.count())
        .join(parent, and_(parent.c.chat_id == m.chat_id, parent.c.platform_id == m.reply_to))
        .where(m.reply_to.is_not(None), m.account_id.is_not(None), parent.c.account_id.is_not(None))
        .group_by(m.account_id, parent.c.account_id)
    )
    replies: Counter = Counter()
    for x, y, n in conn.execute(q):
        px, py = person_of.get(x), person_of.get(y)
        if px and py and px != py:
            replies[tuple(sorted((px, py)))] += n
    for (px, py), n in replies.items():
        for p in (px, py):
            if p not in g:
                g.add_node(p, kind="person", label=p)
        if g.has_edge(px, py):
            g[px][py]["replies"] += n
            g[px][py]["weight"] += n
        else:
            g.add_edge(px, py, kind="reply", replies=n, weight=float(n))

    # Forwarding into rooms from rooms or outside sources.
    q = select(m.chat_id, m.forwarded_from, m.forwarded_from_id, func.count()).where(m.forwarded_from.is_not(None) | m.forwarded_from_id.is_not(None)).group_by(m.chat_id, m.forwarded_from, m.forwarded_from_id)
    feeds: Counter = Counter()
    for chat, name, fid, n in conn.execute(q):
        src_chat = None
        if fid:
            src_chat = titles.get(f"id:{re.sub(r'^(channel|chat|user)', '', fid)}")
        if src_chat is None and name:
            src_chat = titles.get(name)
        if src_chat == chat:
            continue
        if src_chat is not None:
            src = room_node(src_chat)
        else:
            src = f"S:{name or fid}"
            if src not in g:
                g.add_node(src, kind="source", label=name or fid)
        feeds[(src, room_node(chat))] += n
    for (src, dst), n in feeds.items():
        if g.has_edge(src, dst):  # forwarding both ways between two rooms: keep one edge, both counts
            g[src][dst]["forwards"] = g[src][dst].get("forwards", 0) + n
            g[src][dst]["weight"] += n
            g[src][dst]["sources"] = ",".join(sorted(set(g[src][dst]["sources"].split(",")) | {src}))
        else:
            g.add_edge(src, dst, kind="forward", forwards=n, weight=float(n), sources=src)
    return g
