"""One Dask LocalCluster (2 single-threaded worker processes) per test module, and small
generated exports: several WhatsApp chats in one folder (several main files), a Telegram
room with abstract photos. All content synthetic and non-graphic."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

pytest.importorskip("distributed")

PHRASES = ["입장료는 어디로 보내요?", "새 자료 올림", "확인했어요", "링크 다시 보내주세요", "send us something good",
           "new batch uploaded", "payment sent, check please", "ok", "ㅋㅋㅋ", "오늘 치킨 먹었는데 맛있더라",
           "who is the admin here?", "thanks", "see you at the station around 7"]


@pytest.fixture(scope="module")
def cluster_address():
    import dask
    from distributed import LocalCluster

    # A task that kills its worker fails at once instead of being retried on 3 more workers.
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}), LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        yield cluster.scheduler_address


def write_whatsapp_chats(folder: Path, chats: int = 3, lines: int = 60) -> Path:
    """A folder of WhatsApp (Android) text exports, one file per chat."""
    folder.mkdir(parents=True, exist_ok=True)
    for c in range(chats):
        t = datetime(2024, 3, 1 + c, 9, 0)
        out = []
        for i in range(lines):
            t += timedelta(minutes=7 + (i * 13 + c) % 50)
            clock = f"{t.hour % 12 or 12}:{t.minute:02d}\u202f{'AM' if t.hour < 12 else 'PM'}"
            sender = f"member{(i * 7 + c) % 9:02d}"
            out.append(f"{t.month}/{t.day}/{t.year % 100:02d}, {clock} - {sender}: {PHRASES[(i + c) % len(PHRASES)]} #{i}")
        (folder / f"WhatsApp Chat with Room {chr(65 + c)}.txt").write_text("\n".join(out) + "\n", encoding="utf-8")
    return folder


def write_photo_room(folder: Path, photos: int = 10) -> Path:
    """A Telegram room whose messages carry abstract JPEGs, one unreadable file among them."""
    from roomsift.demo.images import save_abstract_jpeg
    from tests.tgexport import msg, write_single_chat

    messages = []
    for i in range(1, photos + 1):
        rel = f"photos/photo_{i}.jpg"
        if i == photos:
            (folder / "photos").mkdir(parents=True, exist_ok=True)
            (folder / rel).write_bytes(b"not an image at all")
        else:
            save_abstract_jpeg(folder / rel, seed=i, size=(160, 120))
        messages.append(msg(i, f"new batch {i}", sender=(f"Member {i % 3}", f"user{100 + i % 3}"), photo=rel, width=160, height=120))
    return write_single_chat(folder, messages, name="Photo Room")


def copy_case(case: Path, to: Path) -> Path:
    shutil.copytree(case, to)
    return to


# Columns that record when something ran, not what it found.
TIME_COLUMNS = {"started_utc", "finished_utc", "added_utc", "last_verified_utc", "hashed_utc", "time_utc_event", "created_utc"}


def dump_tables(case: Path, tables: list[str]) -> dict[str, list[tuple]]:
    """Every row of `tables`, ordered by id (or all columns), without time-of-run columns."""
    db = sqlite3.connect(case / "case.db")
    try:
        out = {}
        for table in tables:
            cols = [r[1] for r in db.execute(f"PRAGMA table_info({table})") if r[1] not in TIME_COLUMNS]
            order = ", ".join(cols)
            out[table] = db.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY {order}").fetchall()
        return out
    finally:
        db.close()
