"""Helpers for the KakaoTalk / WhatsApp / Discord ingest tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from roomsift.case import schema
from roomsift.case.store import Case
from roomsift.ingest.records import ChatRecord, MessageRecord
from roomsift.ingest.registry import detect_format
from roomsift.ingest.source import ExportSource

from tests.conftest import SAMPLES  # honours ROOMSIFT_SHARED


def parse_export(path, fmt: str | None = None) -> tuple[str, list[tuple[ChatRecord, list[MessageRecord]]]]:
    """Detect and parse an export through the registry: (format name, [(chat, messages)])."""
    with ExportSource.open_path(path) as source:
        parser_cls, mains = detect_format(source, fmt)
        chats: list[tuple[ChatRecord, list[MessageRecord]]] = []
        for main in mains:
            for rec in parser_cls().parse(source, main):
                if isinstance(rec, ChatRecord):
                    chats.append((rec, []))
                elif isinstance(rec, MessageRecord):
                    chats[-1][1].append(rec)
        return parser_cls.name, chats


def parse_one(path, fmt: str | None = None) -> tuple[ChatRecord, list[MessageRecord]]:
    name, chats = parse_export(path, fmt)
    assert len(chats) == 1
    return chats[0]


@pytest.fixture
def case(tmp_path) -> Case:
    return Case.create(tmp_path / "case")


def stored_messages(case: Case) -> list[dict]:
    m, a, c = schema.messages.c, schema.accounts.c, schema.chats.c
    with case.connect() as conn:
        rows = conn.execute(
            select(m.platform_id, m.kind, m.time_utc, m.time_local, m.text, m.action, a.key, a.identity_basis, c.platform)
            .select_from(schema.messages.outerjoin(schema.accounts, m.account_id == a.id).join(schema.chats, m.chat_id == c.id))
            .order_by(m.id)
        ).all()
    return [dict(r._mapping) for r in rows]
