"""A case: one folder holding `case.json` and its database.

The database is an embedded SQLite file (`case.db`, WAL mode) by default. A team case
may point `case.json`'s "database" at a PostgreSQL URL instead; all SQL goes through
SQLAlchemy Core so the same code runs on both.

Schema changes go through Alembic (case/migrations); `Case.open` brings an older case
up to date, so a case made by an earlier roomsift still opens.
"""

from __future__ import annotations

import getpass
import json
import os
import threading
import time
import uuid
from contextlib import contextmanager, nullcontext
from contextvars import ContextVar
from pathlib import Path
from typing import Any, Iterator

from sqlalchemy import Connection, Engine, create_engine, event, insert, select

from roomsift.case import schema

CASE_FILE = "case.json"
DB_FILE = "case.db"


class CaseError(Exception):
    """A case folder that does not exist, is not a case, or cannot be opened."""


# The signed-in user of one web request (roomsift.present.web): per request, never process-wide.
_ACTING: ContextVar[str | None] = ContextVar("roomsift_acting", default=None)


def current_actor() -> str:
    """Who is acting: the web request's signed-in user, else --user (set into ROOMSIFT_USER
    by the CLI), else the OS login."""
    return _ACTING.get() or os.environ.get("ROOMSIFT_USER") or getpass.getuser() or "unknown"


@contextmanager
def acting_as(name: str) -> Iterator[None]:
    token = _ACTING.set(name)
    try:
        yield
    finally:
        _ACTING.reset(token)


def now_utc() -> int:
    return int(time.time())


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    dbapi_conn.isolation_level = None  # transactions are begun by _sqlite_begin, not by the driver
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA cache_size=-65536")  # 64 MiB page cache
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    # A writing transaction (Case.begin) takes SQLite's write lock when it starts, waiting up to
    # busy_timeout: one that read first would otherwise fail at once ("database is locked") when
    # another process (a second server process, a CLI command) wrote in between.
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("writes") else "BEGIN")


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, future=True)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if url.startswith(("postgresql://", "postgres://")):  # the psycopg 3 driver (the `postgres` extra)
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return create_engine(url, future=True, pool_pre_ping=True)


class Case:
    def __init__(self, path: Path, meta: dict[str, Any], engine: Engine):
        self.path = path
        self.meta = meta
        self.engine = engine
        # SQLite has one writer at a time and its busy handler polls, unfairly: a server's many
        # threads queue here for their turn (in order) instead of all polling the file lock,
        # where one could wait past busy_timeout. Re-entrant: a write may nest another.
        self._writer = threading.RLock() if engine.dialect.name == "sqlite" else nullcontext()
        _load_plugins()

    # -- creation and opening -------------------------------------------------------
    @classmethod
    def create(cls, path: str | os.PathLike, name: str | None = None, database_url: str | None = None) -> "Case":
        folder = Path(path).expanduser().resolve()
        if (folder / CASE_FILE).exists():
            raise CaseError(f"{folder}: a case already exists here")
        if folder.exists() and any(folder.iterdir()):
            raise CaseError(f"{folder}: folder is not empty; choose a new folder for the case")
        folder.mkdir(parents=True, exist_ok=True)
        meta = {
            "format": "roomsift-case",
            "version": 1,
            "id": str(uuid.uuid4()),
            "name": name or folder.name,
            "created_utc": now_utc(),
            "created_by": current_actor(),
            "database": database_url or f"sqlite:///{DB_FILE}",
        }
        engine = make_engine(cls._resolve_url(folder, meta["database"]))
        from roomsift.case.migrate import upgrade

        upgrade(engine)
        case = cls(folder, meta, engine)
        with case.begin() as conn:
            conn.execute(insert(schema.case_meta), [{"key": k, "value": json.dumps(v)} for k, v in meta.items()])
            case.record_event(conn, "case_created", f"case {meta['name']!r} created", {"case_id": meta["id"]})
        # Written last: a folder without case.json is not a case, so a crash above leaves no half-case.
        tmp = folder / (CASE_FILE + ".tmp")
        tmp.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
        tmp.replace(folder / CASE_FILE)
        return case

    @classmethod
    def open(cls, path: str | os.PathLike) -> "Case":
        folder = Path(path).expanduser().resolve()
        meta_file = folder / CASE_FILE
        if not meta_file.is_file():
            raise CaseError(f"{folder}: not a roomsift case (no {CASE_FILE}); create one with `roomsift case new`")
        try:
            meta = json.loads(meta_file.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise CaseError(f"{meta_file}: unreadable case file: {exc}") from exc
        engine = make_engine(cls._resolve_url(folder, meta["database"]))
        from roomsift.case.migrate import upgrade

        upgrade(engine)
        return cls(folder, meta, engine)

    @staticmethod
    def _resolve_url(folder: Path, url: str) -> str:
        env = os.environ.get("ROOMSIFT_DATABASE_URL")
        if env:
            return env
        if url.startswith("sqlite:///") and not url.startswith("sqlite:////"):
            return f"sqlite:///{folder / url[len('sqlite:///'):]}"
        return url

    # -- connections ----------------------------------------------------------------
    @contextmanager
    def begin(self) -> Iterator[Connection]:
        """A transaction: committed when the block ends, rolled back on any error."""
        with self._writer, self.engine.connect() as conn:
            with conn.execution_options(writes=True).begin():
                yield conn

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Case":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def name(self) -> str:
        return self.meta.get("name", self.path.name)

    @property
    def db_path(self) -> Path | None:
        url = self._resolve_url(self.path, self.meta["database"])
        return Path(url[len("sqlite:///"):]) if url.startswith("sqlite:///") else None

    # -- events ---------------------------------------------------------------------
    def record_event(self, conn: Connection, kind: str, summary: str, details: dict[str, Any] | None = None) -> int:
        """Append to the case's event history inside the caller's transaction, so an
        event exists exactly when the change it describes was committed."""
        row = {
            "time_utc": now_utc(),
            "actor": current_actor(),
            "kind": kind,
            "summary": summary,
            "details": details or {},
        }
        result = conn.execute(insert(schema.events).returning(schema.events.c.id), row)
        event_id = result.scalar_one()
        for listener in EVENT_LISTENERS:
            listener(self, conn, event_id, row)
        return event_id

    def events(self) -> list[dict[str, Any]]:
        with self.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(select(schema.events).order_by(schema.events.c.id))]


# Callables (case, conn, event_id, row) run for every recorded event, inside its
# transaction. The oversight package registers the audit log here.
EVENT_LISTENERS: list = []

# Modules that register EVENT_LISTENERS (and output filters) when imported. Imported when
# the first Case is made, so no way of opening a case skips the audit log or privacy layer.
PLUGIN_MODULES = ("roomsift.oversight.hook",)


def _load_plugins() -> None:
    import importlib

    for name in PLUGIN_MODULES:
        importlib.import_module(name)
