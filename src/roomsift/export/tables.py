"""Analyst tables — participants, payments, identity links, known-material matches — as
rows with privacy kinds per column, for CSV files and XLSX workbooks (openpyxl)."""

from __future__ import annotations

import csv
import io
from typing import Any, Callable, NamedTuple


class Col(NamedTuple):
    """A column and its privacy kind (the privacy layer reads `key` and `kind`)."""
    key: str
    header: str
    kind: str = "plain"

TABLES: dict[str, list[Col]] = {
    "participants": [Col("rank", "rank"), Col("person", "person", "person"), Col("roles", "roles"), Col("tier", "tier"),
                     Col("score", "score"), Col("accounts", "accounts", "account"), Col("messages", "messages"),
                     Col("cited", "cited evidence"), Col("top_signal", "top signal"), Col("rooms", "rooms")],
    "payments": [Col("time", "time"), Col("room", "room"), Col("person", "person", "person"), Col("account", "account", "account"),
                 Col("sender", "sender name", "name"), Col("kind", "kind"), Col("amount", "amount"),
                 Col("value", "pay-to value", "payment"),
                 Col("validity", "validity"), Col("how", "how posted"), Col("message", "message")],
    "links": [Col("link", "link"), Col("status", "status"), Col("strength", "strength"), Col("kinds", "evidence kinds"),
              Col("account_a", "account", "account"), Col("person_a", "person", "person"),
              Col("account_b", "other account", "account"), Col("person_b", "other person", "person"),
              Col("evidence", "evidence", "text"), Col("messages", "messages")],
    "matches": [Col("time", "time"), Col("room", "room"), Col("message", "message"), Col("account", "poster", "account"),
                Col("sender_name", "poster name", "name"), Col("media_id", "media"), Col("hashset", "hash set"),
                Col("category", "category"), Col("ext_id", "list id"), Col("kind", "match"), Col("distance", "distance"),
                Col("quality", "quality")],
}


def _participants(case, scope) -> list[dict]:
    from roomsift.analysis.triage import engine

    with case.connect() as conn:
        result = engine.run(conn)
    rows = []
    for rank, pf in enumerate(result.participants, start=1):
        if scope.persons and pf.person not in scope.persons:
            continue
        cites = engine.top_citations(pf, 1)
        rooms = sorted({e.chat.title for e in [c.evidence for c in pf.cited] + pf.membership})
        if scope.chats and not ({e.chat.id for e in [c.evidence for c in pf.cited] + pf.membership} & set(scope.chats)):
            continue
        rows.append({"rank": rank, "person": pf.person, "roles": pf.roles, "tier": pf.tier, "score": round(pf.score, 3),
                     "accounts": engine.participant_accounts(result, pf), "messages": pf.messages, "cited": pf.evidence_total,
                     "top_signal": cites[0].evidence.signal if cites else "member", "rooms": rooms})
    return rows


def _payments(case, scope) -> list[dict]:
    from roomsift.analysis.artifacts.model import PAYMENT_KINDS
    from roomsift.analysis.identity.build import ensure
    from roomsift.analysis.payments import report

    ensure(case)
    with case.connect() as conn:
        rows = report.artifact_rows(conn, kinds=list(PAYMENT_KINDS) + ["amount"])
    out = []
    for r in rows:
        if (scope.persons and r["person"] not in scope.persons) or (scope.chats and r["chat"] not in scope.chats):
            continue
        if r["kind"] == "amount":  # an amount identifies no one: shown as written, not as a payment identifier
            r = dict(r, amount=r["value"], value=None)
        out.append(r)
    return out


def _links(case, scope) -> list[dict]:
    from roomsift.analysis.identity import queries
    from roomsift.analysis.identity.build import ensure

    ensure(case)
    with case.connect() as conn:
        rows = queries.link_rows(conn)
    return [r for r in rows if not scope.persons or r["person_a"] in scope.persons or r["person_b"] in scope.persons]


def _matches(case, scope) -> list[dict]:
    from roomsift.analysis.identity.api import person_map
    from roomsift.media import queries

    with case.connect() as conn:
        rows = queries.list_matches(conn, limit=10_000_000)
        if scope.persons:
            from sqlalchemy import select

            from roomsift.case import schema

            pm = person_map(conn)
            keys = dict(conn.execute(select(schema.accounts.c.key, schema.accounts.c.id)).all())
            rows = [r for r in rows if pm.get(keys.get(r["account"])) in scope.persons]
    return [r for r in rows if not scope.chats or r["chat"] in scope.chats]


SOURCES: dict[str, Callable[[Any, Any], list[dict]]] = {"participants": _participants, "payments": _payments,
                                                        "links": _links, "matches": _matches}


def table(case, name: str, scope, shown_rows: Callable) -> list[dict[str, Any]]:
    """One table's rows after the privacy layer (`shown_rows(case, rows, cols)`, handed in by
    present/, the one door), lists joined for a cell."""
    cols = TABLES[name]
    rows = shown_rows(case, SOURCES[name](case, scope), cols)
    return [{c.key: _cell(r.get(c.key)) for c in cols} for r in rows]


def _cell(v: Any) -> Any:
    if isinstance(v, (list, tuple, set)):
        return ", ".join(str(x) for x in v)
    if isinstance(v, dict):
        return "; ".join(f"{k}={x}" for k, x in v.items())
    return v


def to_csv(name: str, rows: list[dict[str, Any]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([c.key for c in TABLES[name]])
    for r in rows:
        w.writerow(["" if r[c.key] is None else r[c.key] for c in TABLES[name]])
    return buf.getvalue()


def to_xlsx(tables: dict[str, list[dict[str, Any]]], note: str) -> bytes:
    """A workbook with one sheet per table (header row frozen, filters on) and a note sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    about = wb.active
    about.title = "about"
    for line in note.splitlines():
        about.append([line])
    for name, rows in tables.items():
        ws = wb.create_sheet(name)
        ws.append([c.header for c in TABLES[name]])
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for i, r in enumerate(rows, start=2):
            for j, c in enumerate(TABLES[name], start=1):
                cell = ws.cell(row=i, column=j, value=r[c.key])
                if isinstance(r[c.key], str) and r[c.key].startswith("="):
                    cell.data_type = "s"  # text as written, never a formula
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = ws.dimensions
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()

