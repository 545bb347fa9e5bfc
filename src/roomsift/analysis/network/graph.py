"""Build the persons × rooms graph from a case.

Nodes: persons (`P000123`, from identity), rooms (`R12`) and outside sources that rooms
forward from (`S:<name>`, when the source is not itself a room of the case).
Edges (attributes say which evidence they rest on):
- person – room: `posts` (messages), `joins` (joined/invited/created by service action);
- person – person: `replies` (one replied to the other's message; direction summed);
- source/room → room: `forwards` (messages forwarded from the one into the other)."""

from __future__ import annotations

import re
from collections import Counter

import networkx as nx
from sqlalchemy import Connection

from roomsift.analysis.artifacts import bulk


def room_node(chat_id: int) -> str:
    return f"R{chat_id}"


def build(conn: Connection, person_of: dict[int, str]) -> nx.Graph:
    g = nx.Graph()
    titles: dict[str, int] = {}
    for chat_id, title, typ, platform_id in bulk.rows(conn, "SELECT id, title, type, platform_id FROM chats"):
        g.add_node(room_node(chat_id), kind="room", label=title or f"chat {chat_id}", room_type=typ or "")
        titles[title or ""] = chat_id
        titles[f"id:{platform_id}"] = chat_id
    for chat_id, title in bulk.rows(conn, "SELECT chat_id, title FROM chat_titles"):
        titles.setdefault(title, chat_id)

    posts: Counter = Counter()
    sql = "SELECT account_id, chat_id, COUNT(*) FROM messages WHERE account_id IS NOT NULL AND kind = 'message' GROUP BY account_id, chat_id"
    for acc, chat, n in bulk.rows(conn, sql):
        p = person_of.get(acc)
        if p:
            posts[(p, chat)] += n
    joins: Counter = Counter()
    sql = ("SELECT account_id, chat_id, COUNT(*) FROM messages WHERE account_id IS NOT NULL AND kind = 'service' AND action IN "
           "('join_group_by_link', 'create_group', 'create_channel', 'migrate_from_group') GROUP BY account_id, chat_id")
    for acc, chat, n in bulk.rows(conn, sql):
        p = person_of.get(acc)
        if p:
            joins[(p, chat)] += n
    # Service-action members: by account when the export names it, else by a display name
    # that only one account in the case ever had.
    by_name: dict[str, int | None] = {}
    for acc, name in bulk.rows(conn, "SELECT account_id, name FROM account_names WHERE kind = 'display'"):
        by_name[name] = acc if by_name.get(name, acc) == acc else None
    sql = ("SELECT t.account_id, t.name, m.chat_id FROM action_targets t JOIN messages m ON m.id = t.message_id "
           "WHERE t.role = 'member' AND m.action IN ('invite_members', 'create_group', 'chat_add_user')")
    for acc, name, chat in bulk.rows(conn, sql):
        acc = acc if acc is not None else by_name.get(name or "")
        p = person_of.get(acc) if acc is not None else None
        if p:
            joins[(p, chat)] += 1

    # Persons appear only through their edges: an account with no trace in any room stays out.
    pairs = sorted(set(posts) | set(joins))  # sorted: the same case gives the same graph, edge for edge
    g.add_nodes_from(((p, {"kind": "person", "label": p}) for p in dict.fromkeys(p for p, _ in pairs)))
    g.add_edges_from(
        (p, room_node(chat), {"kind": "member", "posts": posts.get((p, chat), 0), "joins": joins.get((p, chat), 0),
                              "weight": float(posts.get((p, chat), 0) + joins.get((p, chat), 0))})
        for p, chat in pairs
    )

    # Replies between persons.
    sql = ("SELECT m.account_id, r.account_id, COUNT(*) FROM messages m JOIN messages r "
           "ON r.chat_id = m.chat_id AND r.platform_id = m.reply_to "
           "WHERE m.reply_to IS NOT NULL AND m.account_id IS NOT NULL AND r.account_id IS NOT NULL "
           "GROUP BY m.account_id, r.account_id")
    replies: Counter = Counter()
    for x, y, n in bulk.rows(conn, sql):
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
    sql = ("SELECT chat_id, forwarded_from, forwarded_from_id, COUNT(*) FROM messages "
           "WHERE forwarded_from IS NOT NULL OR forwarded_from_id IS NOT NULL GROUP BY chat_id, forwarded_from, forwarded_from_id")
    feeds: Counter = Counter()
    for chat, name, fid, n in bulk.rows(conn, sql):
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
