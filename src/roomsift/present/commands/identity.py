"""`roomsift persons`, `roomsift person PERSON`, `roomsift link list|confirm|reject`."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from sqlalchemy import delete, insert

from roomsift.analysis.identity import queries
from roomsift.analysis.identity.build import ensure
from roomsift.analysis.identity.tables import link_decisions
from roomsift.browse.queries import message_numbers
from roomsift.case.options import CaseOpt, format_option
from roomsift.case.store import Case, current_actor, now_utc
from roomsift.errors import UserError
from roomsift.present.labels import person_ref
from roomsift.present.output import Col, check_format, emit, emit_document

PERSON_COLS = [
    Col("person", "person", "person"), Col("accounts", "accounts"), Col("account_keys", "account ids", "account"),
    Col("names", "names", "name"), Col("rooms", "rooms", "room"), Col("messages", "messages"), Col("candidates", "candidate links"),
]
LINK_COLS = [
    Col("link", "link"), Col("status", "status"), Col("strength", "strength"), Col("kinds", "evidence kinds"),
    Col("account_a", "account", "account"), Col("person_a", "person", "person"),
    Col("account_b", "other account", "account"), Col("person_b", "other person", "person"),
    Col("evidence", "evidence", "text", max_width=60), Col("messages", "messages"),
]
SECTIONS = {
    "accounts": [Col("account", "#"), Col("key", "account", "account"), Col("identity_basis", "identified by"), Col("name", "latest name", "name")],
    "names": [Col("account", "account", "account"), Col("kind", "kind"), Col("name", "name", "name"), Col("first", "first seen"), Col("last", "last seen"), Col("count", "messages")],
    "rooms": [Col("chat", "#"), Col("room", "room", "room"), Col("messages", "messages"), Col("first", "first"), Col("last", "last")],
    "artifacts": [Col("time", "time"), Col("room", "room", "room"), Col("kind", "kind"), Col("value", "value", "payment"), Col("validity", "validity"), Col("how", "how posted"), Col("chat", "chat"), Col("message", "message")],
    "links": LINK_COLS,
}


def persons_cmd(
    case: Path = CaseOpt,
    min_accounts: int = typer.Option(1, "--min-accounts", help="Only persons with at least this many accounts."),
    limit: int = typer.Option(100, help="Rows per page."),
    page: int = typer.Option(1, help="Page (1 = persons with most accounts)."),
    rebuild: bool = typer.Option(False, "--rebuild", help="Rebuild artifacts and identity even if the case is unchanged."),
    fmt: str = format_option(),
) -> None:
    """Persons: accounts clustered by strong or confirmed links, most accounts first."""
    check_format(fmt)
    if page < 1 or limit < 1:
        raise UserError("--page and --limit must be at least 1")
    c = Case.open(case)
    ensure(c, force=rebuild, rescan=rebuild)
    with c.connect() as conn:
        rows = queries.list_persons(conn, min_accounts=min_accounts, limit=limit, offset=(page - 1) * limit)
    emit(rows, PERSON_COLS, fmt, title=f"Persons (page {page})", context={"case": c})


def person_cmd(
    person: str = typer.Argument(..., help="Person label (P000012) or one of its accounts."),
    case: Path = CaseOpt,
    fmt: str = format_option(),
) -> None:
    """One person: accounts, names over time, rooms, artifacts, links with evidence."""
    check_format(fmt)
    c = Case.open(case)
    ensure(c)
    with c.begin() as conn:
        label = queries.resolve_person(conn, person_ref(c, conn, person))
        doc = queries.dossier(conn, label)
        doc["artifacts"], doc["links"] = _numbered(conn, doc["artifacts"]), _message_labels(conn, doc["links"])
        c.record_event(conn, "person_view", f"viewed person {label}", {"person": label, "accounts": [a["key"] for a in doc["accounts"]]})
    ctx = {"case": c}
    if fmt == "json":
        emit_document(_document(doc), context=ctx)
        return
    for section, cols in SECTIONS.items():
        emit(doc[section], cols, fmt, title=f"{label}: {section}", context=ctx)


def _value_key(kind: str) -> str:
    """Each identifier kind under its own key (and pseudonym prefix); amounts and URLs are plain."""
    from roomsift.oversight.pseudonyms import ARTIFACT_NS

    return ARTIFACT_NS.get(kind, "value")


def _numbered(conn, rows: list[dict]) -> list[dict]:
    """Messages by (chat number, id) as `roomsift messages` shows them, never internal row ids."""
    numbers = message_numbers(conn, [r.get("message") for r in rows])
    return [dict(r, chat=numbers[r["message"]][0], message=numbers[r["message"]][1]) if r.get("message") in numbers else r
            for r in rows]


def _message_labels(conn, rows: list[dict]) -> list[dict]:
    """Cited messages as "chat:id" (`roomsift messages --chat CHAT` lists that id)."""
    numbers = message_numbers(conn, [i for r in rows for i in r.get("messages") or []])
    return [dict(r, messages=[f"{numbers[i][0]}:{numbers[i][1]}" for i in r["messages"] if i in numbers])
            if r.get("messages") else r for r in rows]


def _document(doc: dict) -> dict:
    """The dossier as JSON, keyed so the privacy layer knows each identifying field."""
    return {
        "person": doc["person"],
        "person_accounts": [{"account": a["key"], "identity_basis": a["identity_basis"], "display_name": a["name"]} for a in doc["accounts"]],
        "name_history": [
            {"account": n["account"], "kind": n["kind"], ("username" if n["kind"] == "username" else "display_name"): n["name"],
             "first": n["first"], "last": n["last"], "count": n["count"]}
            for n in doc["names"]
        ],
        "rooms": doc["rooms"],
        "payment_artifacts": [
            {"time": x["time"], "room": x["room"], "kind": x["kind"], _value_key(x["kind"]): x["value"], "validity": x["validity"], "how": x["how"], "chat": x.get("chat"), "message_id": x["message"]}
            for x in doc["artifacts"]
        ],
        "links": [
            {"link": x["link"], "status": x["status"], "strength": x["strength"], "kinds": x["kinds"],
             "accounts": [x["account_a"], x["account_b"]], "persons": [x["person_a"], x["person_b"]], "text": x["evidence"], "message_ids": x["messages"]}
            for x in doc["links"]
        ],
    }


link_app = typer.Typer(help="Identity links between accounts: list, confirm or reject candidates.", no_args_is_help=True)


@link_app.command("list")
def link_list(
    case: Path = CaseOpt,
    status: Optional[str] = typer.Option(None, help="Only links with this status: merged|candidate|confirmed|rejected."),
    limit: int = typer.Option(200, help="At most this many links."),
    fmt: str = format_option(),
) -> None:
    """Links between accounts with their evidence, strongest first."""
    check_format(fmt)
    c = Case.open(case)
    ensure(c)
    with c.connect() as conn:
        rows = _message_labels(conn, queries.link_rows(conn, status=status, limit=limit))
    emit(rows, LINK_COLS, fmt, title="Identity links", context={"case": c})


def _decide(case: Path, link: str, decision: str, note: Optional[str]) -> None:
    c = Case.open(case)
    with c.begin() as conn:
        a, b = queries.find_link(conn, link)
        d = link_decisions.c
        conn.execute(delete(link_decisions).where(d.account_a == a, d.account_b == b))
        conn.execute(insert(link_decisions), {"account_a": a, "account_b": b, "decision": decision, "actor": current_actor(), "time_utc": now_utc(), "note": note})
        c.record_event(conn, f"link_{decision}", f"{decision}ed identity link L{a}-{b}", {"link": f"L{a}-{b}", "account_a": a, "account_b": b, "note": note})
    ensure(c)
    with c.connect() as conn:
        rows = _message_labels(conn, queries.link_rows(conn, account_ids=[a, b]))
    rows = [r for r in rows if r["link"] == f"L{a}-{b}"] or [{"link": f"L{a}-{b}", "status": "confirmed" if decision == "confirm" else "rejected", "evidence": "no rule found this pair; decided by the investigator"}]
    emit(rows, LINK_COLS, "table", title=f"Link {decision}ed", context={"case": c})


@link_app.command("confirm")
def link_confirm(
    link: str = typer.Argument(..., help="Link label, e.g. L12-345 (from `roomsift link list` or `roomsift person`)."),
    case: Path = CaseOpt,
    note: Optional[str] = typer.Option(None, help="Why (recorded with the decision)."),
) -> None:
    """Confirm a link: its two accounts become one person."""
    _decide(case, link, "confirm", note)


@link_app.command("reject")
def link_reject(
    link: str = typer.Argument(..., help="Link label, e.g. L12-345."),
    case: Path = CaseOpt,
    note: Optional[str] = typer.Option(None, help="Why (recorded with the decision)."),
) -> None:
    """Reject a link: it never merges its two accounts, however strong its evidence."""
    _decide(case, link, "reject", note)


def register(app: typer.Typer) -> None:
    app.command("persons")(persons_cmd)
    app.command("person")(person_cmd)
    app.add_typer(link_app, name="link")
