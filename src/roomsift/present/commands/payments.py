"""`roomsift payments`: payment and contact artifacts, price lists, claimed totals,
identifiers shared across rooms, and money flows (payer → collector)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from roomsift.analysis.artifacts.model import ALL_KINDS
from roomsift.analysis.identity.build import ensure
from roomsift.analysis.payments import report
from roomsift.analysis.payments.rates import load_rates
from roomsift.case.options import CaseOpt, format_option
from roomsift.case.store import Case
from roomsift.errors import UserError
from roomsift.present.labels import resolve_chat
from roomsift.present.output import Col, check_format, emit, say

VIEWS = ("artifacts", "prices", "totals", "shared", "flows")


def _numbered(conn, rows: list[dict]) -> list[dict]:
    """Messages by the number `roomsift messages` shows (chat, id), not internal row ids."""
    from roomsift.browse.queries import message_numbers

    numbers = message_numbers(conn, [r.get("message") for r in rows])
    for r in rows:
        if r.get("message") in numbers:
            r["chat"], r["message"] = numbers[r["message"]]
    return rows


def payments(
    case: Path = CaseOpt,
    view: str = typer.Option("artifacts", "--view", help=f"What to show: {'|'.join(VIEWS)}."),
    kind: Optional[list[str]] = typer.Option(None, "--kind", "-k", help=f"Only these kinds (repeatable): {', '.join(ALL_KINDS)}."),
    person: Optional[str] = typer.Option(None, "--person", "-p", help="Only this person (label from `roomsift persons`)."),
    chat: Optional[str] = typer.Option(None, "--chat", help="Only this chat (number, id or title)."),
    valid_only: bool = typer.Option(False, "--valid-only", help="Leave out malformed addresses (checksum failed)."),
    rates_file: Optional[Path] = typer.Option(None, "--rates", help="JSON file of KRW rates (default: built-in 2020-03-01 rates)."),
    flows: bool = typer.Option(False, "--flows", help="Money flows: who paid whom (same as --view flows)."),
    fmt: str = format_option(),
) -> None:
    """Payment and contact artifacts: who posted which wallet, account, PIN or amount, and how; --flows: who paid whom."""
    check_format(fmt)
    if flows:
        view = "flows"
    if view not in VIEWS:
        raise UserError(f"unknown view {view!r}; choose one of {', '.join(VIEWS)}")
    for k in kind or []:
        if k not in ALL_KINDS:
            raise UserError(f"unknown kind {k!r}; choose from {', '.join(ALL_KINDS)}")
    rates = load_rates(rates_file)
    c = Case.open(case)
    ensure(c)
    ctx = {"case": c}
    with c.connect() as conn:
        chat_id = resolve_chat(c, conn, chat) if chat else None
        if person:
            _check_person(conn, person)
        if view == "artifacts":
            rows = _numbered(conn, report.artifact_rows(conn, kinds=kind, chat=chat_id, person=person, include_malformed=not valid_only))
            cols = [
                Col("time", "time"), Col("room", "room", "room"), Col("person", "person", "person"), Col("account", "account", "account"),
                Col("sender", "sender", "name"), Col("kind", "kind"), Col("value", "value", "payment"),
                Col("validity", "validity"), Col("how", "how posted"), Col("chat", "chat"), Col("message", "message"),
            ]
            emit(rows, cols, fmt, title="Payment and contact artifacts", context=ctx)
        elif view == "prices":
            rows = _numbered(conn, report.price_list(conn, rates, chat=chat_id))
            cols = [
                Col("time", "time"), Col("room", "room", "room"), Col("person", "posted by", "person"), Col("price", "price"),
                Col("krw", "≈ KRW"), Col("pay_to", "pay to", "payment"), Col("chat", "chat"), Col("message", "message"),
            ]
            emit(rows, cols, fmt, title="Price lists over time", caption=f"KRW basis: {rates.basis}", context=ctx)
        elif view == "totals":
            rows = report.claimed_totals(conn, rates, person=person)
            cols = [
                Col("person", "person", "person"), Col("claims", "claims"), Col("total_krw", "claimed ≈ KRW"),
                Col("amounts", "amounts"), Col("rooms", "rooms", "room"), Col("accounts", "accounts", "account"),
                Col("first", "first"), Col("last", "last"),
            ]
            emit(rows, cols, fmt, title="Claimed payments per person", caption=f"KRW basis: {rates.basis}", context=ctx)
        elif view == "flows":
            rows = report.flow_rows(conn, person=person)
            cols = [
                Col("time", "time"), Col("room", "room", "room"), Col("payer_person", "payer", "person"), Col("payer", "payer account", "account"),
                Col("collector_persons", "collector", "person"), Col("collectors", "collector accounts", "account"),
                Col("kind", "kind"), Col("value", "value", "payment"), Col("amount", "amount"), Col("how", "how"),
                Col("messages", "messages"),
            ]
            emit(rows, cols, fmt, title="Money flows: payer → collector (a payment relation, never identity)", context=ctx)
        else:
            rows = report.shared_across_rooms(conn)
            cols = [
                Col("kind", "kind"), Col("value", "value", "payment"), Col("room_count", "rooms"), Col("rooms", "room names", "room"),
                Col("posts", "posts"), Col("persons", "persons", "person"), Col("how", "how posted"),
                Col("first", "first"), Col("last", "last"),
            ]
            emit(rows, cols, fmt, title="Identifiers seen in more than one room", context=ctx)
    if fmt != "table" and view in ("prices", "totals"):
        say(f"KRW basis: {rates.basis}", case=c, err=True)


def _check_person(conn, label: str) -> None:
    from sqlalchemy import select

    from roomsift.analysis.identity.tables import persons

    if conn.execute(select(persons.c.label).where(persons.c.label == label)).first() is None:
        raise UserError(f"no person {label!r}; see `roomsift persons`")


def register(app: typer.Typer) -> None:
    app.command("payments")(payments)
