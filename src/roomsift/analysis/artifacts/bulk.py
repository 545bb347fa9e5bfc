"""Fast paths for whole-case reads and derived-table writes.

Analyses read every message and write tens of thousands of rows; SQLAlchemy's per-row
result and parameter processing cost more than the work itself there (measured: a
1,000,000-message artifact scan took 41 s through Core rows, most of it row handling).
These helpers go to the DBAPI cursor of the same connection and transaction, so the
transaction semantics are unchanged; the SQL is plain and portable."""

from __future__ import annotations

import gc
import json
from contextlib import contextmanager
from typing import Any, Iterable, Iterator

from sqlalchemy import JSON, Connection, Table, insert


def rows(conn: Connection, sql: str, params: tuple = (), size: int = 20000) -> Iterator[tuple]:
    """Plain tuples from a SELECT with `?` placeholders (rewritten for other drivers)."""
    if params and conn.dialect.paramstyle != "qmark":
        sql = sql.replace("?", "%s")
    cur = conn.connection.dbapi_connection.cursor()
    try:
        cur.execute(sql, params)
        while True:
            batch = cur.fetchmany(size)
            if not batch:
                return
            yield from batch
    finally:
        cur.close()


def insert_many(conn: Connection, table: Table, records: Iterable[dict[str, Any]], batch: int = 20000) -> int:
    """Insert dicts into `table`; executemany on the driver for SQLite, Core elsewhere."""
    records = list(records)
    if not records:
        return 0
    if conn.dialect.name != "sqlite":
        for i in range(0, len(records), batch):
            conn.execute(insert(table), records[i:i + batch])
        return len(records)
    cols = [c for c in table.columns if c.name in records[0]]
    json_cols = {c.name for c in cols if isinstance(c.type, JSON)}
    names = [c.name for c in cols]
    sql = f'INSERT INTO {table.name} ({", ".join(chr(34) + n + chr(34) for n in names)}) VALUES ({", ".join("?" for _ in names)})'
    cur = conn.connection.dbapi_connection.cursor()
    try:
        for i in range(0, len(records), batch):
            cur.executemany(sql, [
                tuple(json.dumps(r[n], ensure_ascii=False) if n in json_cols else r[n] for n in names)
                for r in records[i:i + batch]
            ])
    finally:
        cur.close()
    return len(records)


@contextmanager
def no_gc_pauses() -> Iterator[None]:
    """Suspend the cyclic garbage collector while an analysis builds millions of small
    objects: its generational passes over a heap that only grows cost more than the
    analysis itself (measured: identity over 260,000 accounts spent most of its time in
    collector passes). Reference counting still frees everything as usual."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
