"""`roomsift chats|accounts|messages`: look at what was ingested."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from roomsift.case.options import CaseOpt, format_option
from roomsift.errors import UserError
from roomsift.present.output import Col, check_format, emit, say

# The case store, queries and labels (SQLAlchemy and the privacy layer) are imported in the
# commands: `roomsift chats --help` must not pay for them.

CHAT_COLS = [
    Col("chat", "#"), Col("platform", "platform"), Col("title", "title", "room"), Col("type", "type"),
    Col("messages", "messages"), Col("senders", "senders"), Col("first", "first"), Col("last", "last"),
]
ACCOUNT_COLS = [
    Col("account", "#"), Col("key", "account", "account"), Col("identity_basis", "identified by"),
    Col("name", "name", "name"), Col("names", "names seen", "name"), Col("messages", "messages"), Col("chats", "chats"),
    Col("first", "first"), Col("last", "last"),
]
MESSAGE_COLS = [
    Col("chat", "chat"), Col("message", "id"), Col("time", "time"), Col("time_utc", "epoch UTC", table=False),
    Col("time_local", "local time", table=False),
    Col("account", "account", "account"),
    # kind tells a service action ("service": text is "[action] …", roomsift's annotation) from a
    # message whose text merely looks like one
    Col("kind", "kind"), Col("sender", "sender", "name"), Col("text", "text", "text", max_width=80), Col("reply_to", "reply to"),
    Col("forwarded_from", "forwarded from", "name"), Col("edited", "edited"), Col("media", "media"),
]


def _page(page: int, limit: int) -> int:
    if page < 1 or limit < 1:
        raise UserError("--page and --limit must be at least 1")
    return (page - 1) * limit


def chats(case: Path = CaseOpt, fmt: str = format_option()) -> None:
    """List the chats (rooms, groups, channels, 1:1 chats) in the case."""
    from roomsift.browse import queries
    from roomsift.case.store import Case

    check_format(fmt)
    c = Case.open(case)
    with c.connect() as conn:
        rows = queries.list_chats(conn)
    emit(rows, CHAT_COLS, fmt, title="Chats", context={"case": c})


def accounts(
    case: Path = CaseOpt,
    chat: Optional[str] = typer.Option(None, help="Only accounts that posted in this chat."),
    limit: int = typer.Option(100, help="Rows per page."),
    page: int = typer.Option(1, help="Page number (1 = most active)."),
    fmt: str = format_option(),
) -> None:
    """List platform accounts, most active first, with the names each was seen under."""
    from roomsift.browse import queries
    from roomsift.case.store import Case
    from roomsift.present import labels

    check_format(fmt)
    c = Case.open(case)
    with c.connect() as conn:
        chat_id = labels.resolve_chat(c, conn, chat) if chat else None
        rows = queries.list_accounts(conn, chat=chat_id, limit=limit, offset=_page(page, limit))
    emit(rows, ACCOUNT_COLS, fmt, title=f"Accounts (page {page})", context={"case": c})


def messages(
    case: Path = CaseOpt,
    chat: Optional[str] = typer.Option(None, help="Chat number, platform id or title."),
    account: Optional[str] = typer.Option(None, help="Account number or key (telegram:user123)."),
    since: Optional[str] = typer.Option(None, help="From this UTC time (YYYY-MM-DD[THH:MM])."),
    until: Optional[str] = typer.Option(None, help="Before this UTC time."),
    search: Optional[str] = typer.Option(None, "--search", "-s", help="Text contains this."),
    limit: int = typer.Option(50, help="Rows per page."),
    page: int = typer.Option(1, help="Page number."),
    fmt: str = format_option(),
) -> None:
    """Show messages in time order, filtered by chat, account, time range and text."""
    from roomsift.browse import queries
    from roomsift.case.store import Case
    from roomsift.present import labels

    check_format(fmt)
    c = Case.open(case)
    with c.connect() as conn:
        where = dict(
            chat=labels.resolve_chat(c, conn, chat) if chat else None,
            account=labels.resolve_account(c, conn, account) if account else None,
            since=queries.parse_time(since),
            until=queries.parse_time(until),
            search=labels.search_terms(c, conn, search) if search else None,
        )
        rows = queries.list_messages(conn, **where, limit=limit, offset=_page(page, limit))
        local = queries.local_time_matches(conn, **where)
    emit(rows, MESSAGE_COLS, fmt, title=f"Messages (page {page})", context={"case": c},
         caption="times without 'UTC' are local times whose zone the export does not state")
    if local:  # never drop or place them silently
        say(f"note: {local} message(s) have only a local time (zone unknown; see `roomsift ingest --tz`); "
            "they were placed in --since/--until by their local clock time", case=c, err=True)


def register(app: typer.Typer) -> None:
    app.command("chats")(chats)
    app.command("accounts")(accounts)
    app.command("messages")(messages)
