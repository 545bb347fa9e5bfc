"""The case store's backend as a test dimension: `pytest` runs on SQLite (each case's
`case.db`), `pytest --db postgresql` runs the same tests with every new case in its own
fresh PostgreSQL database (a copy of one the migrations built once per test process), dropped
when the test session ends.

The server is `$ROOMSIFT_TEST_DB` (default postgresql://postgres@127.0.0.1/postgres; the
user must be allowed to create databases). Tests reach a case's database through
`raw_db(case_folder)` and copy a case with `copy_case(src, dst)`, so they read the same on
both backends."""

from __future__ import annotations

import json
import os
import re
import shutil
import uuid
from pathlib import Path

ADMIN_URL = os.environ.get("ROOMSIFT_TEST_DB", "postgresql://postgres@127.0.0.1/postgres")

# "sqlite" or "postgresql"; set by conftest's pytest_configure from --db.
BACKEND = "sqlite"
# Databases made by this test process, in order of creation; fixtures drop their own.
CREATED: list[str] = []
_admin = None


def admin():
    """An autocommit connection to the server's maintenance database (made once)."""
    global _admin
    if _admin is None or _admin.closed:
        import psycopg

        _admin = psycopg.connect(ADMIN_URL, autocommit=True, connect_timeout=5)
    return _admin


def url_of(name: str) -> str:
    return ADMIN_URL.rsplit("/", 1)[0] + "/" + name


def new_database(template: str | None = None) -> str:
    """A fresh database, cloned from `template` or else from this process's migrated
    template (so a new case skips Alembic's migrations); returns its URL."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw")
    name = f"rs_test_{worker}_{uuid.uuid4().hex[:12]}"
    if template:
        # CREATE DATABASE ... TEMPLATE needs the template to have no other sessions
        admin().execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (template,))
    admin().execute(f'CREATE DATABASE "{name}" TEMPLATE "{template or _migrated()}"')
    CREATED.append(name)
    if not template:
        _new_token(url_of(name))
    return url_of(name)


_template: str | None = None


def _migrated() -> str:
    """A database brought to the newest schema by the case's own migrations, made once per
    process: every new case is a copy of it, as `Case.create` would have migrated it (its
    `upgrade` then finds the schema current). Migrations are still run, here, every session."""
    global _template
    if _template is None:
        from roomsift.case.migrate import upgrade
        from roomsift.case.store import make_engine

        name = f"rs_test_{os.environ.get('PYTEST_XDIST_WORKER', 'gw')}_template_{uuid.uuid4().hex[:8]}"
        admin().execute(f'CREATE DATABASE "{name}"')
        engine = make_engine(url_of(name))
        try:
            upgrade(engine)
        finally:
            engine.dispose()
        _template = name
    return _template


def _new_token(url: str) -> None:
    """Migration oversight_0003 writes a random case-state token; give each copy its own,
    as migrating it would have."""
    import secrets

    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        if conn.execute("SELECT to_regclass('privacy_state')").fetchone()[0]:
            conn.execute("UPDATE privacy_state SET token = %s WHERE id = 1", (secrets.token_hex(16),))


def release_since(index: int) -> None:
    """End the sessions on the databases made since CREATED[index] (cases a test left open
    must not use up the server's connections; a case still in use reconnects)."""
    names = CREATED[index:]
    if names:
        admin().execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ANY(%s)", (names,))


def drop_all() -> None:
    """Drop every database this process made. Each DROP DATABASE waits for a checkpoint;
    drops waiting at the same time share one, so they run on several connections at once
    (FORCE ends a leaked case's sessions)."""
    from concurrent.futures import ThreadPoolExecutor

    import psycopg

    def drop(names: list[str]) -> None:
        with psycopg.connect(ADMIN_URL, autocommit=True, connect_timeout=5) as conn:
            for name in names:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    global _template
    names, CREATED[:] = list(CREATED) + ([_template] if _template else []), []
    _template = None
    lanes = min(DROP_LANES, len(names))
    if lanes:
        with ThreadPoolExecutor(lanes) as pool:
            list(pool.map(drop, [names[i::lanes] for i in range(lanes)]))


# Connections dropping at once at the end of a session (per test process; well under the
# server's default max_connections of 100 with two processes).
DROP_LANES = 16


def database_of(folder: Path) -> str:
    return json.loads((Path(folder) / "case.json").read_text(encoding="utf-8"))["database"]


def copy_case(src: Path, dst: Path) -> Path:
    """Copy a case folder; on PostgreSQL the copy gets its own clone of the database."""
    shutil.copytree(src, dst)
    url = database_of(dst)
    if url.startswith("postgresql"):
        meta = json.loads((dst / "case.json").read_text(encoding="utf-8"))
        meta["database"] = new_database(template=url.rsplit("/", 1)[1])
        (dst / "case.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return dst


class _PgConnection:
    """The slice of sqlite3.Connection the tests use, on psycopg: `?` placeholders,
    execute(...).fetchall()/fetchone(), rows indexable by position or column name."""

    def __init__(self, url: str, named: bool):
        import psycopg

        from psycopg.types.string import TextLoader

        self._conn = psycopg.connect(url)
        for json_type in ("json", "jsonb"):  # as text, as sqlite3 returns them
            self._conn.adapters.register_loader(json_type, TextLoader)
        self._named = named

    def execute(self, sql: str, params=()):
        cur = self._conn.cursor(row_factory=_row_factory if self._named else None)
        return cur.execute(re.sub(r"\?", "%s", sql.replace("%", "%%")), tuple(params))

    def commit(self):
        self._conn.commit()

    def close(self):
        self._conn.close()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, *_):
        if exc_type is None:
            self._conn.commit()
        self.close()


class _Row(tuple):
    keys_: tuple

    def __getitem__(self, key):
        if isinstance(key, str):
            return tuple.__getitem__(self, self.keys_.index(key))
        return tuple.__getitem__(self, key)

    def keys(self):
        return list(self.keys_)


def _row_factory(cursor):
    names = tuple(d.name for d in cursor.description or ())

    def make(values):
        row = _Row(values)
        row.keys_ = names
        return row

    return make


def raw_db(folder: Path, named: bool = False):
    """A DB-API connection to a case's own database, for tests that look under the
    store: sqlite3 on SQLite; on PostgreSQL a psycopg connection that reads the same SQL.
    `named=True` gives rows addressable by column name (sqlite3.Row)."""
    url = database_of(folder)
    if url.startswith("postgresql"):
        return _PgConnection(url, named)
    import sqlite3

    path = Path(url[len("sqlite:///"):])
    conn = sqlite3.connect(path if path.is_absolute() else Path(folder) / path)
    if named:
        conn.row_factory = sqlite3.Row
    return conn
