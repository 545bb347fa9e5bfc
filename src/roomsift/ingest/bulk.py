"""Bulk row writes of an ingest: lean INSERT statements, run beside the parser.

Two measured costs shape this module (benchmarks/RESULTS.md, issue 13):
- Binding parameters dominates SQLite's insert cost, NULLs included: a 96,000-row batch of
  24-column message rows took 0.86 s CPU, the same rows naming only the 11 columns that hold
  a value 0.27 s. So each batch names only the columns some row of it fills; the others take
  their default (NULL), which is the same stored row.
- SQLite releases the GIL while it steps a statement, so the inserts can run in a writer
  thread while the main thread parses the next batch (`RowWriter`). One thread owns the bulk
  statements; everything runs in the caller's single transaction, so a failure still rolls
  the whole ingest back.
"""

from __future__ import annotations

import queue
import threading
from sqlalchemy import Connection


def lean_insert(table: str, columns: list[str], rows: list[tuple], mark: str) -> tuple[str, list[tuple]]:
    """(SQL, rows) inserting `rows` with only the columns that are not NULL in every row."""
    if not rows:
        return "", rows
    cols = list(zip(*rows))
    n = len(rows)
    keep = [i for i, col in enumerate(cols) if col.count(None) != n]
    if len(keep) != len(columns):
        rows = list(zip(*(cols[i] for i in keep)))
        columns = [columns[i] for i in keep]
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join([mark] * len(columns))})"
    return sql, rows


class RowWriter:
    """Runs bulk inserts in order, on a writer thread for SQLite, inline otherwise.

    `put` hands a batch over (blocking when two are already waiting: memory stays bounded);
    `drain` waits until every batch handed over is in the database, and re-raises a writer
    error in the caller. Call `drain` before reading rows that may still be queued and
    `close` (always, e.g. in `finally`) before the transaction ends."""

    def __init__(self, conn: Connection, threaded: bool | None = None):
        self.conn = conn
        self.mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        if threaded is None:
            threaded = conn.dialect.name == "sqlite"
        self.error: BaseException | None = None
        self.jobs: queue.Queue[tuple[str, list[tuple]] | None] | None = None
        self.thread: threading.Thread | None = None
        if threaded:
            self.dbapi = conn.connection.driver_connection
            self.jobs = queue.Queue(maxsize=2)
            self.thread = threading.Thread(target=self._run, name="roomsift-ingest-writer", daemon=True)
            self.thread.start()

    def put(self, table: str, columns: list[str], rows: list[tuple]) -> None:
        if not rows:
            return
        self._check()
        sql, rows = lean_insert(table, columns, rows, self.mark)
        if self.jobs is None:
            self.conn.exec_driver_sql(sql, rows)
        else:
            self.jobs.put((sql, rows))

    def put_columns(self, table: str, columns: dict[str, list], n: int, constants: dict[str, int | None] | None = None) -> None:
        """Like `put`, from column lists (name -> n values) instead of rows. `constants`
        (the same integer in every row: chat, ingest) are written into the statement as
        literals: binding them per row costs as much as binding a value column."""
        if not n:
            return
        self._check()
        kept = [name for name, values in columns.items() if values.count(None) != n]
        fixed = {name: int(value) for name, value in (constants or {}).items() if value is not None}
        values = [self.mark] * len(kept) + [str(v) for v in fixed.values()]
        sql = f"INSERT INTO {table} ({', '.join(kept + list(fixed))}) VALUES ({', '.join(values)})"
        rows = list(zip(*(columns[name] for name in kept)))
        if self.jobs is None:
            self.conn.exec_driver_sql(sql, rows)
        else:
            self.jobs.put((sql, rows))

    def drain(self) -> None:
        if self.jobs is not None:
            self.jobs.join()
        self._check()

    def close(self) -> None:
        """Stop the writer thread after the batches already handed over."""
        if self.thread is not None and self.thread.is_alive():
            assert self.jobs is not None
            self.jobs.put(None)
            self.thread.join()

    def _check(self) -> None:
        if self.error is not None:
            raise self.error

    def _run(self) -> None:
        assert self.jobs is not None
        cursor = self.dbapi.cursor()
        while True:
            job = self.jobs.get()
            try:
                if job is None:
                    return
                if self.error is None:  # after a failure, later batches are dropped (rolled back anyway)
                    cursor.executemany(*job)
            except BaseException as exc:  # noqa: BLE001 - handed to the main thread
                self.error = exc
            finally:
                self.jobs.task_done()
