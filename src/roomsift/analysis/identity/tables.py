"""Identity tables (migration identity_0001): persons, their accounts, the links between
accounts with evidence and strength, and the investigators' decisions on links.

Persons and links are derived (rebuilt from the case whenever it changes); decisions are
not: they are keyed by the account pair so they survive every rebuild."""

from __future__ import annotations

from sqlalchemy import JSON, BigInteger, Column, Float, ForeignKey, Index, Integer, String, Table, Text, UniqueConstraint

from roomsift.case.schema import metadata

persons = Table(
    "persons",
    metadata,
    Column("label", String(32), primary_key=True),  # P + smallest account id: stable across reruns
    Column("accounts", Integer, nullable=False),
    Column("rooms", Integer, nullable=False, default=0),
    Column("messages", Integer, nullable=False, default=0),
)

person_accounts = Table(
    "person_accounts",
    metadata,
    Column("account_id", Integer, ForeignKey("accounts.id"), primary_key=True),
    Column("person", String(32), nullable=False),
)
Index("ix_person_accounts_person", person_accounts.c.person)

identity_links = Table(
    "identity_links",
    metadata,
    Column("label", String(48), primary_key=True),  # L<a>-<b>, a < b account ids
    Column("account_a", Integer, ForeignKey("accounts.id"), nullable=False),
    Column("account_b", Integer, ForeignKey("accounts.id"), nullable=False),
    Column("kinds", Text, nullable=False),  # comma-separated evidence kinds
    Column("strength", Float, nullable=False),  # 0..1, combined over the evidence
    Column("evidence", JSON, nullable=False),  # [{kind, strength, summary, messages: [...]}]
    Column("status", String(16), nullable=False),  # merged | candidate | confirmed | rejected
)
Index("ix_identity_links_a", identity_links.c.account_a)
Index("ix_identity_links_b", identity_links.c.account_b)

link_decisions = Table(
    "link_decisions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("account_a", Integer, ForeignKey("accounts.id"), nullable=False),
    Column("account_b", Integer, ForeignKey("accounts.id"), nullable=False),
    Column("decision", String(16), nullable=False),  # confirm | reject
    Column("actor", String(200), nullable=False),
    Column("time_utc", BigInteger, nullable=False),
    Column("note", Text),
    UniqueConstraint("account_a", "account_b", name="uq_link_decisions_pair"),
)
