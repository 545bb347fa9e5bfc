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
