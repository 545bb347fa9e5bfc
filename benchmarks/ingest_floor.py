"""The floor of an ingest: the least work any ingest of the same export must do, run as its
own process so it is timed like `roomsift ingest` (issue 13).

    python benchmarks/ingest_floor.py telegram EXPORT_FOLDER DB
    python benchmarks/ingest_floor.py text EXPORT_FILE DB

telegram: orjson parse of result.json + sqlite3 executemany of (chat, id, time, sender,
text) in one transaction + one index on (chat, time). text: decode the file + split lines +
executemany of (chat, line number, line) + one index. Prints the number of rows stored.
`run_child` times such a process (and `roomsift ingest`) the same way for the benchmarks."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orjson


def telegram_rows(folder: Path) -> list[tuple]:
    doc = orjson.loads((folder / "result.json").read_bytes())
    chat = doc["id"]
    rows = []
    for m in doc["messages"]:
        text = m.get("text", "")
        rows.append((chat, m["id"], int(m["date_unixtime"]), m.get("from_id"), text if type(text) is str else ""))
    return rows


def text_rows(path: Path) -> list[tuple]:
    text = path.read_bytes().decode("utf-8-sig")
    return [(1, i, None, None, line) for i, line in enumerate(text.splitlines(), 1)]


def store(rows: list[tuple], db: Path) -> None:
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("CREATE TABLE messages (chat INTEGER, id INTEGER, time INTEGER, sender TEXT, text TEXT)")
    with con:
        con.executemany("INSERT INTO messages VALUES (?, ?, ?, ?, ?)", rows)
        con.execute("CREATE INDEX ix_messages_chat_time ON messages (chat, time)")
    con.close()


def run_child(cmd: list[str]) -> dict:
    """Run one child process; its wall time, CPU time (user + system) and peak RSS alone."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - t0
        out.seek(0), err.seek(0)
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit(f"{' '.join(cmd[:4])} failed: {err.read().strip()}")
        return {"wall": elapsed, "cpu": usage.ru_utime + usage.ru_stime, "rss_mb": usage.ru_maxrss / 1024, "stdout": out.read().strip()}


def median_run(runs: list[dict]) -> dict:
    """The run with the median CPU time (its other figures with it)."""
    return sorted(runs, key=lambda r: r["cpu"])[len(runs) // 2]


def main() -> None:
    kind, source, db = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    rows = telegram_rows(source) if kind == "telegram" else text_rows(source)
    store(rows, db)
    print(len(rows))


if __name__ == "__main__":
    main()
