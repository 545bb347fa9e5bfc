"""Every label roomsift shows is accepted back as input.

A chat is named by its number (`3`, `#3`), platform id, title, or — for a 1:1 chat, whose
title is a person's name — the `name_…` pseudonym shown in its place. An account by its
number, key, platform id, or the `acct_…`/`user_…`/`name_…` pseudonym shown for it. A text
search for a pseudonym finds the messages where the identifier behind it is written."""

from __future__ import annotations

from sqlalchemy import Connection, select

from roomsift.browse import queries
from roomsift.case import schema
from roomsift.errors import UserError
from roomsift.oversight.privacy import find_labelled


def resolve_chat(case, conn: Connection, ref: str) -> int:
    try:
        return queries.resolve_chat(conn, ref)
    except UserError:
        names = {norm for ns, norm in find_labelled(case, conn, ref) if ns == "name"}
        if not names:
            raise
    from roomsift.oversight.pseudonyms import normalise

    c = schema.chats.c
    ids = [cid for cid, title in conn.execute(select(c.id, c.title).where(c.title.is_not(None)))
           if normalise("name", title) in names]
    if len(ids) == 1:
        return ids[0]
    if not ids:
        raise UserError(f"no chat matches {ref!r}; see `roomsift chats`")
    raise UserError(f"{ref!r} names {len(ids)} chats; use the chat number from `roomsift chats`")


def resolve_account(case, conn: Connection, ref: str) -> int:
    try:
        return queries.resolve_account(conn, ref)
    except UserError:
        found = find_labelled(case, conn, ref)
        if not found:
            raise
    from roomsift.oversight.privacy import case_view

    index = case_view(case).index(conn)
    accounts = set().union(*(index.accounts(ns, norm) for ns, norm in found))
    if len(accounts) == 1:
        return next(iter(accounts))
    raise UserError(f"{ref!r} names {len(accounts)} accounts; use the account number from `roomsift accounts`")


def search_terms(case, conn: Connection, text: str) -> list[str]:
    """What to look for in message text: the text itself, or every written form of the
    identifier behind a pseudonym (a display name, a username with or without @)."""
    found = find_labelled(case, conn, text)
    if not found:
        return [text]
    terms: list[str] = []
    names = schema.account_names.c
    for ns, norm in found:
        if ns == "account":
            continue
        forms = {norm}
        for (name,) in conn.execute(select(names.name).where(names.name.is_not(None))):
            if name.lstrip("@").casefold() == norm.casefold() or " ".join(name.casefold().split()) == norm:
                forms.add(name.lstrip("@"))
        terms.extend(sorted(forms))
    return terms or [text]


def person_ref(case, conn: Connection, ref: str) -> str:
    """What `explain` and `person` take (a label or an account key), also from a shown
    account pseudonym (acct_…, user_…, name_…)."""
    if not find_labelled(case, conn, ref):
        return ref
    account = resolve_account(case, conn, ref)
    return conn.execute(select(schema.accounts.c.key).where(schema.accounts.c.id == account)).scalar_one()
