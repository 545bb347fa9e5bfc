"""The bulk-load path of the ingest core (issue 13): a text export large enough that the
secondary indexes are dropped during the load and the rows are written by the writer
thread. A failure deep in the file must leave the case exactly as it was, indexes
included; a successful load must store what the per-batch path stores."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from roomsift.ingest.core import ingest
from roomsift.ingest.errors import IngestError

from tests.ingest_formats.conftest import stored_messages

HEADER = "작전방 님과 카카오톡 대화\n저장한 날짜 : 2024년 6월 1일 오후 12:00\n"


def kakaotalk_android(lines: int) -> str:
    """An Android-layout KakaoTalk export of `lines` messages: ~70 bytes a line, so 50,000
    lines pass the bulk-load threshold (an estimated 50,000 messages)."""
    body = [f"2024년 3월 {1 + i // 20000}일 오후 {1 + (i // 60) % 12}:{i % 60:02d}, member{i % 37:02d} : 메시지 {i} 확인했어요"
            for i in range(lines)]
    return HEADER + "\n".join(body) + "\n"


def indexes(case) -> set[str]:
    """The case's named indexes, on either backend."""
    with case.connect() as conn:
        inspector = inspect(conn)
        return {ix["name"] for table in inspector.get_table_names() for ix in inspector.get_indexes(table)}


@pytest.mark.slow
def test_failure_deep_in_a_bulk_load_leaves_the_case_and_its_indexes(case, tmp_path):
    before = indexes(case)
    assert "ix_messages_chat_time" in before
    data = kakaotalk_android(60_000).encode("utf-8")
    cut = data.index("메시지 59000 ".encode("utf-8"))
    export = tmp_path / "KakaoTalkChats.txt"
    export.write_bytes(data[:cut] + b"\xff\xfe" + data[cut + 2:])  # not UTF-8, after ~58 batches were written
    with pytest.raises(IngestError, match="not UTF-8"):
        ingest(case, export)
    assert stored_messages(case) == []
    assert indexes(case) == before


@pytest.mark.slow
def test_bulk_load_stores_what_the_small_path_stores(case, tmp_path):
    big = tmp_path / "big" / "KakaoTalkChats.txt"
    big.parent.mkdir()
    big.write_text(kakaotalk_android(60_000), encoding="utf-8")
    before = indexes(case)
    result = ingest(case, big)
    assert result.messages_new == 60_000
    assert indexes(case) == before  # rebuilt at the end
    rows = stored_messages(case)
    assert len(rows) == 60_000 and rows[59_999]["text"] == "메시지 59999 확인했어요"
    # A small export of the same chat, overlapping the big one's last 200 lines, goes
    # through the per-batch path (indexes kept) and adds nothing new.
    small = tmp_path / "small" / "KakaoTalkChats.txt"
    small.parent.mkdir()
    lines = kakaotalk_android(60_000).splitlines()
    small.write_text("\n".join(lines[:2] + lines[-200:]) + "\n", encoding="utf-8")
    again = ingest(case, small)
    assert again.messages_new == 0 and again.messages_known == 200
    with case.connect() as conn:
        names = tuple(conn.execute(text("SELECT count(*), sum(count) FROM account_names")).one())
    assert names == (37, 60_200)  # one display name per member; every sighting counted once


def _case_rows(case) -> tuple[list, list]:
    """Messages (with their account's key) and account name history, without row ids."""
    with case.connect() as conn:
        messages = conn.execute(text(
            "SELECT m.platform_id, m.kind, a.key, m.sender_name, m.time_utc, m.time_local, m.text, m.action, m.extra, m.content_hash"
            " FROM messages m LEFT JOIN accounts a ON a.id = m.account_id ORDER BY m.id")).all()
        names = conn.execute(text(
            "SELECT a.key, n.kind, n.name, n.first_utc, n.last_utc, n.count FROM account_names n"
            " JOIN accounts a ON a.id = n.account_id ORDER BY n.id")).all()
        targets = conn.execute(text(
            "SELECT m.platform_id, t.role, t.name, a.key FROM action_targets t JOIN messages m ON m.id = t.message_id"
            " LEFT JOIN accounts a ON a.id = t.account_id ORDER BY t.id")).all()
    return [tuple(r) for r in messages] + [tuple(r) for r in targets], [tuple(r) for r in names]


@pytest.mark.parametrize("backwards", [False, True])
def test_batch_wise_path_stores_what_the_per_message_path_stores(tmp_path, backwards):
    """A new chat's batches are written column-wise with per-sender statistics; a chat the
    case already holds goes message by message. Both must store the same rows, including
    name statistics over times that run backwards, invitations and media placeholders."""
    from roomsift.case.store import Case

    lines = []
    for i in range(3000):
        day, minute = 1 + i // 1000, (i * 7) % 600 if backwards else (i % 1000) // 2
        stamp = f"2024년 3월 {day}일 {'오전' if minute < 300 else '오후'} {1 + (minute // 60) % 12}:{minute % 60:02d}"
        if i % 500 == 250:
            lines.append(f"{stamp}, member{i % 13:02d}님이 newcomer{i}님을 초대했습니다.")
        elif i % 97 == 0:
            lines.append(f"{stamp}, member{i % 13:02d} : 사진")
        else:
            lines.append(f"{stamp}, member{i % 13:02d} : 메시지 {i}")
    full = tmp_path / "full" / "KakaoTalkChats.txt"
    full.parent.mkdir()
    full.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    first = tmp_path / "first" / "KakaoTalkChats.txt"
    first.parent.mkdir()
    first.write_text(HEADER + lines[0] + "\n", encoding="utf-8")

    batch_wise = Case.create(tmp_path / "a")
    ingest(batch_wise, full)
    per_message = Case.create(tmp_path / "b")
    ingest(per_message, first)  # the chat exists now: the full export goes message by message
    assert ingest(per_message, full).messages_known == 1

    messages_a, names_a = _case_rows(batch_wise)
    messages_b, names_b = _case_rows(per_message)
    assert messages_a == messages_b
    assert any(kind == "service" for _pid, kind, *_rest in messages_a[:3000])
    # The first message was counted twice in the second case (once per export).
    assert names_b[0][:5] == names_a[0][:5] and names_b[0][5] == names_a[0][5] + 1
    assert names_b[1:] == names_a[1:]
    assert sum(n[5] for n in names_a) == 3000 + 6  # every sender sighting, and each invitee once
