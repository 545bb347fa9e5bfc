"""The one question other analyses ask identity: which person is this account?

Contract: `person_map(conn)` returns {account_id: person_label} for every account. Until
identity clustering has run on a case, each account is its own person, labelled by
`account_person_label`. Identity work (roomsift.analysis.identity) replaces the body with
its clusters; callers never change."""

from __future__ import annotations

from sqlalchemy import Connection, select

from roomsift.case import schema


def account_person_label(account_id: int) -> str:
    return f"P{account_id:06d}"


def person_map(conn: Connection) -> dict[int, str]:
    return {row.id: account_person_label(row.id) for row in conn.execute(select(schema.accounts.c.id))}
